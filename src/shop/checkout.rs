//! The checkout page: cart, address, shipping, vouchers and payment, priced line by line,
//! and "Buat Pesanan".
//!
//! Order total = subtotal - shop voucher + shipping - shipping voucher + admin fee + COD fee.
//! Each step is a whole-rupiah integer; the vouchers never take a part below 0, and the
//! COD fee and PayLater/card limits are worked out on goods and shipping after vouchers.

use super::cart::{Cart, PricedLine};
use super::order::{Order, OrderId, OrderStatus};
use super::payment::{Fees, InstalmentPlan, Payment, PaymentRefusal};
use super::shipping::{quote, Destination, ShippingChoice, ShippingQuote};
use super::voucher::{find_voucher, normalize_code, Voucher, VoucherRefusal, VoucherSlot};
use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

/// What the buyer has chosen so far. Kept in the progress record; missing fields read as
/// not chosen yet, and stored values are checked again on every `quote`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Checkout {
    pub cart: Cart,
    pub destination: Option<Destination>,
    pub shipping: Option<ShippingChoice>,
    /// Voucher codes, normalised.
    pub shop_voucher: Option<String>,
    pub shipping_voucher: Option<String>,
    pub payment: Option<Payment>,
}

/// The money of an order, each part a whole rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Totals {
    pub subtotal: Rupiah,
    pub shop_discount: Rupiah,
    /// 0 until a destination and a courier are chosen.
    pub shipping: Rupiah,
    pub shipping_discount: Rupiah,
    pub admin_fee: Rupiah,
    pub cod_fee: Rupiah,
    pub total: Rupiah,
}

/// One row of the price list on the checkout page. Discounts hold the amount taken off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakdownLine {
    Subtotal(Rupiah),
    ShopVoucher(Rupiah),
    Shipping(Rupiah),
    ShippingVoucher(Rupiah),
    AdminFee(Rupiah),
    CodFee(Rupiah),
    Total(Rupiah),
}

/// What still stops "Buat Pesanan".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckoutProblem {
    EmptyCart,
    NoDestination,
    NoShipping,
    NoPayment,
    /// A voucher on the order no longer applies (e.g. the cart shrank below its minimum).
    Voucher {
        slot: VoucherSlot,
        refusal: VoucherRefusal,
    },
    Payment(PaymentRefusal),
}

/// Everything the checkout page shows for the current choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub lines: Vec<PricedLine>,
    pub shipping: Option<ShippingQuote>,
    pub totals: Totals,
    /// For PayLater and card instalments.
    pub plan: Option<InstalmentPlan>,
    /// Empty when the order can be placed.
    pub problems: Vec<CheckoutProblem>,
}

impl Quote {
    /// What stops the order before a payment is chosen: the summary screen leaves the
    /// payment to the payment screen that follows it.
    pub fn problems_before_payment(&self) -> impl Iterator<Item = CheckoutProblem> + '_ {
        self.problems
            .iter()
            .copied()
            .filter(|&problem| problem != CheckoutProblem::NoPayment)
    }
}

impl BreakdownLine {
    pub fn amount(self) -> Rupiah {
        match self {
            BreakdownLine::Subtotal(a)
            | BreakdownLine::ShopVoucher(a)
            | BreakdownLine::Shipping(a)
            | BreakdownLine::ShippingVoucher(a)
            | BreakdownLine::AdminFee(a)
            | BreakdownLine::CodFee(a)
            | BreakdownLine::Total(a) => a,
        }
    }

    /// Shown with a minus sign.
    pub fn is_discount(self) -> bool {
        matches!(
            self,
            BreakdownLine::ShopVoucher(_) | BreakdownLine::ShippingVoucher(_)
        )
    }
}

impl Totals {
    /// The rows to list, in the order they add up. Rows of Rp0 are left out, except the
    /// subtotal and the total; so shipping shows once it is chosen (it is never free).
    pub fn breakdown(&self) -> Vec<BreakdownLine> {
        [
            BreakdownLine::Subtotal(self.subtotal),
            BreakdownLine::ShopVoucher(self.shop_discount),
            BreakdownLine::Shipping(self.shipping),
            BreakdownLine::ShippingVoucher(self.shipping_discount),
            BreakdownLine::AdminFee(self.admin_fee),
            BreakdownLine::CodFee(self.cod_fee),
            BreakdownLine::Total(self.total),
        ]
        .into_iter()
        .filter(|line| {
            line.amount() > 0
                || matches!(line, BreakdownLine::Subtotal(_) | BreakdownLine::Total(_))
        })
        .collect()
    }
}

impl Checkout {
    fn voucher_code(&self, slot: VoucherSlot) -> Option<&String> {
        match slot {
            VoucherSlot::Shop => self.shop_voucher.as_ref(),
            VoucherSlot::Shipping => self.shipping_voucher.as_ref(),
        }
    }

    fn voucher_code_mut(&mut self, slot: VoucherSlot) -> &mut Option<String> {
        match slot {
            VoucherSlot::Shop => &mut self.shop_voucher,
            VoucherSlot::Shipping => &mut self.shipping_voucher,
        }
    }

    /// Puts a typed voucher code on the order, in the place its kind takes. One shop and
    /// one shipping voucher at most: a second of a kind is refused, not swapped in.
    pub fn apply_voucher(&mut self, typed: &str, now: u64) -> Result<VoucherSlot, VoucherRefusal> {
        let voucher = find_voucher(typed)?;
        let slot = voucher.slot();
        match self.voucher_code(slot) {
            Some(code) if normalize_code(code) == voucher.code => {
                return Err(VoucherRefusal::AlreadyApplied)
            }
            Some(_) => return Err(VoucherRefusal::SlotTaken(slot)),
            None => {}
        }
        voucher.check(self.cart.subtotal(), now)?;
        *self.voucher_code_mut(slot) = Some(voucher.code.to_string());
        Ok(slot)
    }

    pub fn remove_voucher(&mut self, slot: VoucherSlot) {
        *self.voucher_code_mut(slot) = None;
    }

    /// The stored voucher for `slot`, if it still applies to goods worth `subtotal`.
    fn valid_voucher(
        &self,
        slot: VoucherSlot,
        subtotal: Rupiah,
        now: u64,
    ) -> Result<Option<&'static Voucher>, VoucherRefusal> {
        let Some(code) = self.voucher_code(slot) else {
            return Ok(None);
        };
        let voucher = find_voucher(code)?;
        if voucher.slot() != slot {
            return Err(VoucherRefusal::Unknown);
        }
        voucher.check(subtotal, now)?;
        Ok(Some(voucher))
    }

    /// Prices the current choices at `now` (ms since 1970, for voucher end dates).
    pub fn quote(&self, now: u64) -> Quote {
        let mut problems = Vec::new();
        let lines = self.cart.priced();
        let subtotal = self.cart.subtotal();
        if lines.is_empty() {
            problems.push(CheckoutProblem::EmptyCart);
        }
        let mut voucher = |slot| {
            self.valid_voucher(slot, subtotal, now)
                .unwrap_or_else(|refusal| {
                    problems.push(CheckoutProblem::Voucher { slot, refusal });
                    None
                })
        };
        let shop_voucher = voucher(VoucherSlot::Shop);
        let shipping_voucher = voucher(VoucherSlot::Shipping);
        let shop_discount = shop_voucher.map_or(0, |v| v.goods_discount(subtotal));

        let shipping = match (self.destination, self.shipping) {
            (Some(destination), Some(choice)) => {
                Some(quote(choice, destination.zone(), self.cart.total_grams()))
            }
            (None, _) => {
                problems.push(CheckoutProblem::NoDestination);
                None
            }
            (_, None) => {
                problems.push(CheckoutProblem::NoShipping);
                None
            }
        };
        let shipping_cost = shipping.map_or(0, |q| q.cost);
        let shipping_discount = shipping_voucher.map_or(0, |v| v.shipping_discount(shipping_cost));

        // Both discounts are capped at what they come off, so neither subtraction goes below 0.
        let before_fees =
            (subtotal - shop_discount).saturating_add(shipping_cost - shipping_discount);
        let fees = match &self.payment {
            None => {
                problems.push(CheckoutProblem::NoPayment);
                Fees::default()
            }
            Some(payment) => payment.fees(before_fees).unwrap_or_else(|refusal| {
                problems.push(CheckoutProblem::Payment(refusal));
                Fees::default()
            }),
        };
        let total = before_fees
            .saturating_add(fees.admin)
            .saturating_add(fees.cod);
        let plan = match &self.payment {
            Some(payment)
                if !problems
                    .iter()
                    .any(|p| matches!(p, CheckoutProblem::Payment(_))) =>
            {
                payment.plan(total)
            }
            _ => None,
        };
        let totals = Totals {
            subtotal,
            shop_discount,
            shipping: shipping_cost,
            shipping_discount,
            admin_fee: fees.admin,
            cod_fee: fees.cod,
            total,
        };
        Quote {
            lines,
            shipping,
            totals,
            plan,
            problems,
        }
    }

    /// "Buat Pesanan": the order, or everything that still stops it.
    pub fn place_order(&self, now: u64) -> Result<Order, Vec<CheckoutProblem>> {
        let quote = self.quote(now);
        match (
            quote.problems.is_empty(),
            self.destination,
            quote.shipping,
            self.payment,
        ) {
            (true, Some(destination), Some(shipping), Some(payment)) => Ok(Order {
                id: OrderId::at(now),
                created_at: now,
                cart: self.cart.clone(),
                destination,
                shipping,
                shop_voucher: self.shop_voucher.clone(),
                shipping_voucher: self.shipping_voucher.clone(),
                payment,
                totals: quote.totals,
                status: if payment.method().pays_on_delivery() {
                    OrderStatus::AwaitingConfirmation
                } else {
                    OrderStatus::AwaitingPayment
                },
                resi: None,
            }),
            _ => Err(quote.problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::payment::{Bank, Term};
    use crate::shop::shipping::{Courier, Service};

    const NOW: u64 = 1_795_402_800_000;
    const KANCIL_REGULAR: ShippingChoice = ShippingChoice {
        courier: Courier::Kancil,
        service: Service::Regular,
    };

    fn checkout(items: &[(&str, u32)], destination: Destination, payment: Payment) -> Checkout {
        let mut cart = Cart::default();
        for (sku, quantity) in items {
            cart.add(sku, *quantity).unwrap();
        }
        Checkout {
            cart,
            destination: Some(destination),
            shipping: Some(KANCIL_REGULAR),
            payment: Some(payment),
            ..Checkout::default()
        }
    }

    #[test]
    fn worked_example_with_both_vouchers_and_a_virtual_account() {
        // 2 x keripik singkong level 3 250 g (Rp25.000) + 1 x sambal 150 g (Rp20.000) = Rp70.000.
        // 2 x 280 g + 300 g + 100 g box = 960 g: 1 kg to Bandung, Kancil Reguler Rp15.000.
        let mut c = checkout(
            &[("KS-L3-250", 2), ("SB-150", 1)],
            Destination::Bandung,
            Payment::VirtualAccount { bank: Bank::Padi },
        );
        assert_eq!(c.apply_voucher("hemat10", NOW), Ok(VoucherSlot::Shop));
        assert_eq!(
            c.apply_voucher("gratis ongkir", NOW),
            Ok(VoucherSlot::Shipping)
        );
        let q = c.quote(NOW);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
        // 70.000 - 7.000 (10%) + 15.000 - 15.000 (gratis ongkir, cap 15.000) + 1.000 admin = 64.000
        assert_eq!(
            q.totals,
            Totals {
                subtotal: 70_000,
                shop_discount: 7_000,
                shipping: 15_000,
                shipping_discount: 15_000,
                admin_fee: 1_000,
                cod_fee: 0,
                total: 64_000
            }
        );
        assert_eq!(
            q.totals.breakdown(),
            vec![
                BreakdownLine::Subtotal(70_000),
                BreakdownLine::ShopVoucher(7_000),
                BreakdownLine::Shipping(15_000),
                BreakdownLine::ShippingVoucher(15_000),
                BreakdownLine::AdminFee(1_000),
                BreakdownLine::Total(64_000),
            ]
        );
    }

    #[test]
    fn worked_example_cod_outside_java_two_kilos() {
        // 3 x sambal 250 g (Rp30.000) = Rp90.000; 3 x 450 g + 100 g = 1.450 g: 2 kg.
        // Makassar, Kancil Reguler: 2 x Rp32.000 = Rp64.000. COD fee 3% of Rp154.000 = Rp4.620.
        let c = checkout(&[("SB-250", 3)], Destination::Makassar, Payment::Cod);
        let q = c.quote(NOW);
        assert_eq!(
            (q.totals.shipping, q.totals.cod_fee, q.totals.total),
            (64_000, 4_620, 158_620)
        );
        assert_eq!(
            q.totals.breakdown().last(),
            Some(&BreakdownLine::Total(158_620))
        );
        assert!(q.totals.breakdown().contains(&BreakdownLine::CodFee(4_620)));
    }

    #[test]
    fn a_voucher_larger_than_the_goods_never_makes_the_total_negative() {
        // 1 x keripik 100 g Rp12.000; KENALAN20RB takes Rp12.000, not Rp20.000.
        // Malang, Kancil Reguler 1 kg Rp8.000; ONGKIR10RB takes Rp8.000. QRIS: no fee. Total Rp0.
        let mut c = checkout(&[("KS-L0-100", 1)], Destination::Malang, Payment::Qris);
        c.apply_voucher("KENALAN20RB", NOW).unwrap();
        c.apply_voucher("ongkir10rb", NOW).unwrap();
        let q = c.quote(NOW);
        assert_eq!(
            (
                q.totals.shop_discount,
                q.totals.shipping_discount,
                q.totals.total
            ),
            (12_000, 8_000, 0)
        );
        assert_eq!(q.totals.breakdown().last(), Some(&BreakdownLine::Total(0)));
    }

    #[test]
    fn only_one_voucher_of_each_kind() {
        let mut c = checkout(&[("KS-L0-250", 4)], Destination::Malang, Payment::Qris);
        assert_eq!(c.apply_voucher("POTONG5RB", NOW), Ok(VoucherSlot::Shop));
        assert_eq!(
            c.apply_voucher("potong 5rb", NOW),
            Err(VoucherRefusal::AlreadyApplied)
        );
        assert_eq!(
            c.apply_voucher("HEMAT10", NOW),
            Err(VoucherRefusal::SlotTaken(VoucherSlot::Shop))
        );
        assert_eq!(
            c.apply_voucher("ONGKIR10RB", NOW),
            Ok(VoucherSlot::Shipping)
        );
        assert_eq!(
            c.apply_voucher("GRATISONGKIR", NOW),
            Err(VoucherRefusal::SlotTaken(VoucherSlot::Shipping))
        );
        c.remove_voucher(VoucherSlot::Shop);
        assert_eq!(c.apply_voucher("HEMAT10", NOW), Ok(VoucherSlot::Shop));
        // 4 x 25.000 = 100.000; 10% = 10.000 (exactly the cap).
        assert_eq!(c.quote(NOW).totals.shop_discount, 10_000);
    }

    #[test]
    fn minimum_purchase_exactly_met_and_one_rupiah_short_at_checkout() {
        // GRATISONGKIR needs Rp40.000: 2 x Rp20.000 sambal meets it exactly.
        let mut c = checkout(&[("SB-150", 2)], Destination::Surabaya, Payment::EWallet);
        assert_eq!(
            c.apply_voucher("GRATISONGKIR", NOW),
            Ok(VoucherSlot::Shipping)
        );
        // 1 x 12.000 + 2 x 13.000 = 38.000: Rp2.000 short.
        let mut short = checkout(
            &[("KS-L3-100", 1), ("KS-L5-100", 2)],
            Destination::Surabaya,
            Payment::EWallet,
        );
        assert_eq!(
            short.apply_voucher("GRATISONGKIR", NOW),
            Err(VoucherRefusal::BelowMinimum {
                minimum: 40_000,
                short_by: 2_000
            })
        );
        assert_eq!(short.shipping_voucher, None);
        // HEMAT10 needs Rp50.000: 2 x 25.000 meets it exactly. (Catalogue prices are whole
        // thousands, so Rp1 short is tested on the voucher itself.)
        let mut exact = checkout(&[("KS-L0-250", 2)], Destination::Surabaya, Payment::EWallet);
        assert_eq!(exact.apply_voucher("HEMAT10", NOW), Ok(VoucherSlot::Shop));
        assert_eq!(exact.quote(NOW).totals.shop_discount, 5_000);
        c.cart.set_quantity("SB-150", 1).unwrap();
        // The cart shrank under the minimum: the voucher stays listed but gives nothing.
        let q = c.quote(NOW);
        assert_eq!(q.totals.shipping_discount, 0);
        assert_eq!(
            q.problems,
            vec![CheckoutProblem::Voucher {
                slot: VoucherSlot::Shipping,
                refusal: VoucherRefusal::BelowMinimum {
                    minimum: 40_000,
                    short_by: 20_000
                }
            }]
        );
        assert!(c.place_order(NOW).is_err());
    }

    #[test]
    fn cod_above_its_maximum_is_refused_at_checkout() {
        // 10 x 25.000 + 10 x 25.000 = 500.000 of goods, plus shipping: above Rp500.000.
        let c = checkout(
            &[("KS-L0-250", 10), ("KS-L3-250", 10)],
            Destination::Malang,
            Payment::Cod,
        );
        let q = c.quote(NOW);
        assert_eq!(
            q.problems,
            vec![CheckoutProblem::Payment(PaymentRefusal::CodAboveMaximum {
                maximum: 500_000
            })]
        );
        assert_eq!(q.totals.cod_fee, 0);
        // 20 x 280 g + 100 g = 5.700 g: 6 kg x Rp8.000 = Rp48.000.
        assert_eq!(q.totals.total, 548_000);
        let mut lighter = c.clone();
        lighter.cart.set_quantity("KS-L3-250", 8).unwrap();
        // 18 x 25.000 = 450.000; 18 x 280 g + 100 g = 5.140 g: 6 kg, Rp48.000. Rp498.000 is
        // within the maximum; COD fee 3% = Rp14.940.
        let q = lighter.quote(NOW);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
        assert_eq!((q.totals.cod_fee, q.totals.total), (14_940, 512_940));
    }

    #[test]
    fn paylater_plan_comes_with_the_quote() {
        // 4 x 13.000 + 1 x 18.000 = 70.000; 4 x 120 g + 220 g + 100 g = 800 g: 1 kg to Malang,
        // Kancil Reguler Rp8.000. Total Rp78.000; 3 months at 3% = 9% = Rp7.020; Rp85.020 = 3 x 28.340.
        let c = checkout(
            &[("KS-L5-100", 4), ("KP-ORI-200", 1)],
            Destination::Malang,
            Payment::PayLater {
                term: Term::ThreeMonths,
            },
        );
        let q = c.quote(NOW);
        assert_eq!(q.totals.total, 78_000);
        let plan = q.plan.unwrap();
        assert_eq!((plan.interest, plan.total_paid), (7_020, 85_020));
        assert_eq!(plan.instalments, vec![28_340, 28_340, 28_340]);
    }

    #[test]
    fn missing_choices_are_all_listed() {
        let q = Checkout::default().quote(NOW);
        assert_eq!(
            q.problems,
            vec![
                CheckoutProblem::EmptyCart,
                CheckoutProblem::NoDestination,
                CheckoutProblem::NoPayment
            ]
        );
        let before_payment: Vec<CheckoutProblem> = q.problems_before_payment().collect();
        assert_eq!(
            before_payment,
            [CheckoutProblem::EmptyCart, CheckoutProblem::NoDestination],
            "the payment is the next screen's"
        );
        assert_eq!(q.totals, Totals::default());
        assert_eq!(
            q.totals.breakdown(),
            vec![BreakdownLine::Subtotal(0), BreakdownLine::Total(0)]
        );
        let no_courier = Checkout {
            destination: Some(Destination::Bandung),
            ..Checkout::default()
        };
        assert!(no_courier
            .quote(NOW)
            .problems
            .contains(&CheckoutProblem::NoShipping));
        assert_eq!(Checkout::default().place_order(NOW).unwrap_err().len(), 3);
    }

    #[test]
    fn a_tampered_stored_voucher_gives_nothing() {
        let mut c = checkout(&[("KS-L0-250", 4)], Destination::Malang, Payment::Qris);
        c.shop_voucher = Some("GRATISONGKIR".into());
        c.shipping_voucher = Some("BOHONG".into());
        let q = c.quote(NOW);
        assert_eq!((q.totals.shop_discount, q.totals.shipping_discount), (0, 0));
        assert_eq!(q.problems.len(), 2);
    }

    #[test]
    fn placing_an_order_fixes_its_money_and_status() {
        let c = checkout(
            &[("KP-COK-200", 2)],
            Destination::Surabaya,
            Payment::Minimarket,
        );
        let order = c.place_order(NOW).unwrap();
        // 2 x 20.000 + Surabaya Kancil Reguler 1 kg Rp10.000 + Rp2.500 counter fee.
        assert_eq!(order.totals.total, 52_500);
        assert_eq!(order.status, OrderStatus::AwaitingPayment);
        assert_eq!(order.id.as_str(), "LL1795402800000");
        let cod = checkout(&[("KP-COK-200", 2)], Destination::Surabaya, Payment::Cod)
            .place_order(NOW)
            .unwrap();
        assert_eq!(cod.status, OrderStatus::AwaitingConfirmation);
    }

    #[test]
    fn a_checkout_round_trips_and_old_records_read() {
        let mut c = checkout(
            &[("KS-L3-100", 2)],
            Destination::Bandung,
            Payment::PayLater {
                term: Term::SixMonths,
            },
        );
        c.apply_voucher("KENALAN20RB", NOW).unwrap();
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Checkout>(&json).unwrap(), c);
        assert_eq!(
            serde_json::from_str::<Checkout>("{}").unwrap(),
            Checkout::default()
        );
    }
}
