//! The buyer's whole purchase on the practice screens, kept as one value in the progress
//! record so a reload in the middle comes back to the same screen with the cart intact.
//!
//! Screens, in order: product page -> cart -> address -> shipping -> price list (with
//! vouchers) -> payment method and "Buat Pesanan" -> the method's payment screen -> paid.
//! The money and the order follow `checkout` and `order`; this file only decides which
//! screen may open and what a tap changes.

use super::cart::{CartError, CartUpdate};
use super::catalog::{ProductId, PRODUCTS};
use super::checkout::{Checkout, CheckoutProblem};
use super::order::{Action, Order, OrderStatus};
use super::payment::Payment;
use super::shipping::{Destination, ShippingChoice};
use super::voucher::{find_voucher, VoucherRefusal, VoucherSlot};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    #[default]
    Product,
    Cart,
    Address,
    Shipping,
    Summary,
    Payment,
    /// The chosen method's screen: VA number, QR code, counter code, plan, COD amount.
    Pay,
    Paid,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Product,
        Screen::Cart,
        Screen::Address,
        Screen::Shipping,
        Screen::Summary,
        Screen::Payment,
        Screen::Pay,
        Screen::Paid,
    ];

    /// A stable name for styling and tests (`data-screen`), whatever the words on screen.
    pub fn key(self) -> &'static str {
        match self {
            Screen::Product => "product",
            Screen::Cart => "cart",
            Screen::Address => "address",
            Screen::Shipping => "shipping",
            Screen::Summary => "summary",
            Screen::Payment => "payment",
            Screen::Pay => "pay",
            Screen::Paid => "paid",
        }
    }

    /// The screen a "back" button leads to; the product page and the screens after the
    /// order is placed have none.
    pub fn previous(self) -> Option<Screen> {
        match self {
            Screen::Product | Screen::Pay | Screen::Paid => None,
            Screen::Cart => Some(Screen::Product),
            Screen::Address => Some(Screen::Cart),
            Screen::Shipping => Some(Screen::Address),
            Screen::Summary => Some(Screen::Shipping),
            Screen::Payment => Some(Screen::Summary),
        }
    }
}

/// Why a screen cannot open or a tap does nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// Something on an earlier screen is still missing.
    Checkout(CheckoutProblem),
    /// Once the order is placed its cart and choices are fixed.
    OrderPlaced,
    /// There is no order to pay yet.
    NoOrder,
    /// The payment time ran out before the buyer paid; the order is cancelled.
    Expired,
    NoVariantPicked,
    Cart(CartError),
    Voucher(VoucherRefusal),
}

/// Everything the buyer has done so far.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Purchase {
    /// Stored as the learner left it; read it through `screen()`, which checks it again.
    pub screen: Screen,
    /// The product page on show.
    pub product: Option<ProductId>,
    /// The variant picked on the product page.
    pub sku: Option<String>,
    pub checkout: Checkout,
    pub order: Option<Order>,
}

impl Purchase {
    /// The screen to show: the stored one if it may still open (a stored record may be
    /// old or edited), otherwise the last earlier one that may.
    pub fn screen(&self) -> Screen {
        Screen::ALL
            .into_iter()
            .rev()
            .filter(|&s| s <= self.screen)
            .find(|&s| self.may_open(s).is_ok())
            .unwrap_or(Screen::Product)
    }

    /// The product page's product: the one picked, or the first in the shop.
    pub fn product(&self) -> ProductId {
        self.product.unwrap_or(PRODUCTS[0].id)
    }

    pub fn may_open(&self, screen: Screen) -> Result<(), Blocked> {
        let c = &self.checkout;
        let need = |ok: bool, problem| {
            if ok {
                Ok(())
            } else {
                Err(Blocked::Checkout(problem))
            }
        };
        if self.order.is_some() {
            return match screen {
                Screen::Pay => Ok(()),
                Screen::Paid => need(self.is_done(), CheckoutProblem::NoPayment),
                _ => Err(Blocked::OrderPlaced),
            };
        }
        match screen {
            Screen::Product | Screen::Cart => Ok(()),
            Screen::Address => need(!c.cart.is_empty(), CheckoutProblem::EmptyCart),
            Screen::Shipping => self.may_open(Screen::Address).and(need(
                c.destination.is_some(),
                CheckoutProblem::NoDestination,
            )),
            Screen::Summary | Screen::Payment => self
                .may_open(Screen::Shipping)
                .and(need(c.shipping.is_some(), CheckoutProblem::NoShipping)),
            Screen::Pay | Screen::Paid => Err(Blocked::NoOrder),
        }
    }

    pub fn open(&mut self, screen: Screen) -> Result<(), Blocked> {
        self.may_open(screen)?;
        self.screen = screen;
        Ok(())
    }

    fn editable(&self) -> Result<(), Blocked> {
        if self.order.is_some() {
            Err(Blocked::OrderPlaced)
        } else {
            Ok(())
        }
    }

    /// Shows another product's page; the variant picked for the last one is dropped.
    pub fn view_product(&mut self, product: ProductId) -> Result<(), Blocked> {
        self.editable()?;
        if self.product() != product {
            self.sku = None;
        }
        self.product = Some(product);
        self.screen = Screen::Product;
        Ok(())
    }

    /// Picks a variant on the product page (a sold-out one too: adding it says why not).
    pub fn pick_variant(&mut self, sku: &str) -> Result<(), Blocked> {
        self.editable()?;
        let variant = PRODUCTS
            .iter()
            .find(|p| p.id == self.product())
            .and_then(|p| p.variants.iter().find(|v| v.sku == sku))
            .ok_or(Blocked::Cart(CartError::UnknownVariant))?;
        self.sku = Some(variant.sku.to_string());
        Ok(())
    }

    /// "Masukkan Keranjang": adds the picked variant and opens the cart.
    pub fn add_to_cart(&mut self, quantity: u32) -> Result<CartUpdate, Blocked> {
        self.editable()?;
        let sku = self.sku.clone().ok_or(Blocked::NoVariantPicked)?;
        let update = self
            .checkout
            .cart
            .add(&sku, quantity)
            .map_err(Blocked::Cart)?;
        self.screen = Screen::Cart;
        Ok(update)
    }

    pub fn set_quantity(&mut self, sku: &str, quantity: u32) -> Result<CartUpdate, Blocked> {
        self.editable()?;
        self.checkout
            .cart
            .set_quantity(sku, quantity)
            .map_err(Blocked::Cart)
    }

    pub fn choose_destination(&mut self, destination: Destination) -> Result<(), Blocked> {
        self.editable()?;
        self.checkout.destination = Some(destination);
        Ok(())
    }

    pub fn choose_shipping(&mut self, choice: ShippingChoice) -> Result<(), Blocked> {
        self.editable()?;
        self.checkout.shipping = Some(choice);
        Ok(())
    }

    pub fn apply_voucher(&mut self, typed: &str, now: u64) -> Result<VoucherSlot, Blocked> {
        self.editable()?;
        self.checkout
            .apply_voucher(typed, now)
            .map_err(Blocked::Voucher)
    }

    pub fn remove_voucher(&mut self, slot: VoucherSlot) -> Result<(), Blocked> {
        self.editable()?;
        self.checkout.remove_voucher(slot);
        Ok(())
    }

    pub fn choose_payment(&mut self, payment: Payment) -> Result<(), Blocked> {
        self.editable()?;
        self.checkout.payment = Some(payment);
        Ok(())
    }

    /// "Buat Pesanan": places the order and opens its payment screen.
    pub fn place_order(&mut self, now: u64) -> Result<(), Vec<CheckoutProblem>> {
        if self.order.is_some() {
            return Ok(());
        }
        self.order = Some(self.checkout.place_order(now)?);
        self.screen = Screen::Pay;
        Ok(())
    }

    /// The practice "Saya sudah bayar": the marketplace now shows the order as paid,
    /// unless the payment time has run out.
    pub fn pay(&mut self, now: u64) -> Result<(), Blocked> {
        let order = self.order.as_mut().ok_or(Blocked::NoOrder)?;
        if order
            .payment_deadline()
            .is_some_and(|deadline| now > deadline)
        {
            // A late payment is refused; the lapsed order is cancelled like on a marketplace.
            let _ = order.apply(&Action::Cancel);
            return Err(Blocked::Expired);
        }
        if order.apply(&Action::Pay).is_ok() {
            self.screen = Screen::Paid;
        }
        Ok(())
    }

    /// After a lapsed or cancelled order: back to choosing a payment, with the cart kept.
    pub fn order_again(&mut self) {
        if self
            .order
            .as_ref()
            .is_some_and(|o| o.status == OrderStatus::Cancelled)
        {
            self.order = None;
            self.screen = Screen::Payment;
        }
    }

    /// The step is done once an order is paid, or placed for cash on delivery.
    pub fn is_done(&self) -> bool {
        self.order.as_ref().is_some_and(|o| {
            o.is_paid()
                || (o.payment.method().pays_on_delivery() && o.status != OrderStatus::Cancelled)
        })
    }

    /// A stored purchase put right: a product's variant that is not its own and voucher
    /// codes the shop does not have are dropped (the cart puts itself right on reading).
    pub fn within_limits(mut self) -> Purchase {
        if self.sku.is_some() {
            let sku = self.sku.take().unwrap_or_default();
            let _ = self.pick_variant(&sku);
        }
        for slot in [VoucherSlot::Shop, VoucherSlot::Shipping] {
            let code = match slot {
                VoucherSlot::Shop => &mut self.checkout.shop_voucher,
                VoucherSlot::Shipping => &mut self.checkout.shipping_voucher,
            };
            if code
                .as_deref()
                .is_some_and(|c| find_voucher(c).map(|v| v.slot()) != Ok(slot))
            {
                *code = None;
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::cart::LineLimit;

    /// The browser tests and styles find screens by these names.
    #[test]
    fn every_screen_has_its_own_stable_key() {
        let keys: Vec<&str> = Screen::ALL.iter().map(|screen| screen.key()).collect();
        assert_eq!(
            keys,
            ["product", "cart", "address", "shipping", "summary", "payment", "pay", "paid"]
        );
    }

    use crate::shop::catalog::ProductId;
    use crate::shop::order::OrderStatus;
    use crate::shop::payment::Bank;
    use crate::shop::shipping::{Courier, Service};

    const NOW: u64 = 1_795_402_800_000;
    const KANCIL_REGULAR: ShippingChoice = ShippingChoice {
        courier: Courier::Kancil,
        service: Service::Regular,
    };

    /// A purchase walked up to the payment screen: 2 x keripik singkong level 3 250 g to Bandung.
    fn at_payment() -> Purchase {
        let mut p = Purchase::default();
        p.pick_variant("KS-L3-250").unwrap();
        p.add_to_cart(2).unwrap();
        p.open(Screen::Address).unwrap();
        p.choose_destination(Destination::Bandung).unwrap();
        p.open(Screen::Shipping).unwrap();
        p.choose_shipping(KANCIL_REGULAR).unwrap();
        p.open(Screen::Summary).unwrap();
        p.open(Screen::Payment).unwrap();
        p
    }

    #[test]
    fn a_new_purchase_starts_on_the_first_product_page() {
        let p = Purchase::default();
        assert_eq!(
            (p.screen(), p.product()),
            (Screen::Product, ProductId::KeripikSingkong)
        );
        assert!(!p.is_done());
    }

    #[test]
    fn adding_needs_a_picked_variant_in_stock_and_opens_the_cart() {
        let mut p = Purchase::default();
        assert_eq!(p.add_to_cart(1), Err(Blocked::NoVariantPicked));
        p.pick_variant("KS-L5-250").unwrap();
        assert_eq!(p.add_to_cart(1), Err(Blocked::Cart(CartError::SoldOut)));
        assert_eq!(p.screen(), Screen::Product);
        p.pick_variant("KS-L5-100").unwrap();
        assert_eq!(
            p.add_to_cart(6),
            Ok(CartUpdate::Capped {
                quantity: 4,
                limit: LineLimit::Stock
            })
        );
        assert_eq!(p.screen(), Screen::Cart);
    }

    #[test]
    fn a_variant_must_belong_to_the_product_on_show() {
        let mut p = Purchase::default();
        assert_eq!(
            p.pick_variant("SB-150"),
            Err(Blocked::Cart(CartError::UnknownVariant))
        );
        p.view_product(ProductId::SambalBawang).unwrap();
        assert_eq!(p.pick_variant("SB-150"), Ok(()));
        p.view_product(ProductId::KeripikPisang).unwrap();
        assert_eq!(p.sku, None, "another product's page forgets the last pick");
    }

    #[test]
    fn each_screen_opens_only_once_the_earlier_choices_are_made() {
        let mut p = Purchase::default();
        assert_eq!(
            p.open(Screen::Address),
            Err(Blocked::Checkout(CheckoutProblem::EmptyCart))
        );
        p.pick_variant("KS-L0-100").unwrap();
        p.add_to_cart(1).unwrap();
        assert_eq!(
            p.open(Screen::Shipping),
            Err(Blocked::Checkout(CheckoutProblem::NoDestination))
        );
        p.choose_destination(Destination::Malang).unwrap();
        assert_eq!(
            p.open(Screen::Summary),
            Err(Blocked::Checkout(CheckoutProblem::NoShipping))
        );
        assert_eq!(p.open(Screen::Pay), Err(Blocked::NoOrder));
        p.choose_shipping(KANCIL_REGULAR).unwrap();
        assert_eq!(p.open(Screen::Payment), Ok(()));
        // Emptying the cart sends a stored screen back to the cart.
        p.set_quantity("KS-L0-100", 0).unwrap();
        assert_eq!(p.screen(), Screen::Cart);
    }

    #[test]
    fn a_refused_voucher_says_why() {
        let mut p = at_payment();
        assert_eq!(
            p.apply_voucher("LEBARAN25", NOW),
            Err(Blocked::Voucher(VoucherRefusal::Expired))
        );
        assert_eq!(
            p.apply_voucher("HEMAT 100", NOW),
            Err(Blocked::Voucher(VoucherRefusal::Unknown))
        );
        assert_eq!(
            p.apply_voucher("HEMAT10", NOW),
            Ok(VoucherSlot::Shop),
            "2 x Rp25.000 meets the Rp50.000 minimum exactly"
        );
        assert_eq!(
            p.apply_voucher("gratisongkir", NOW),
            Ok(VoucherSlot::Shipping),
            "Rp50.000 is over the Rp40.000 minimum"
        );
        assert_eq!(
            p.apply_voucher("ongkir10rb", NOW),
            Err(Blocked::Voucher(VoucherRefusal::SlotTaken(
                VoucherSlot::Shipping
            )))
        );
    }

    #[test]
    fn buat_pesanan_needs_a_payment_and_then_fixes_the_cart() {
        let mut p = at_payment();
        assert_eq!(p.place_order(NOW), Err(vec![CheckoutProblem::NoPayment]));
        p.choose_payment(Payment::VirtualAccount { bank: Bank::Padi })
            .unwrap();
        assert_eq!(p.place_order(NOW), Ok(()));
        assert_eq!(p.screen(), Screen::Pay);
        assert_eq!(p.set_quantity("KS-L3-250", 1), Err(Blocked::OrderPlaced));
        assert_eq!(p.open(Screen::Cart), Err(Blocked::OrderPlaced));
        assert_eq!(
            p.open(Screen::Paid),
            Err(Blocked::Checkout(CheckoutProblem::NoPayment))
        );
        assert!(!p.is_done(), "placed but not paid");
    }

    #[test]
    fn paying_in_time_marks_the_order_paid_and_finishes_the_step() {
        let mut p = at_payment();
        p.choose_payment(Payment::Qris).unwrap();
        p.place_order(NOW).unwrap();
        // QRIS gives 30 minutes: the last moment still counts.
        assert_eq!(p.pay(NOW + 1_800_000), Ok(()));
        assert_eq!(p.screen(), Screen::Paid);
        assert_eq!(
            p.order.as_ref().map(|o| o.status),
            Some(OrderStatus::AwaitingConfirmation)
        );
        assert!(p.is_done());
        // Paying twice changes nothing.
        assert_eq!(p.pay(NOW + 1), Ok(()));
        assert!(p.is_done());
    }

    #[test]
    fn paying_too_late_cancels_and_the_buyer_orders_again_with_the_cart_kept() {
        let mut p = at_payment();
        p.choose_payment(Payment::VirtualAccount {
            bank: Bank::Cempaka,
        })
        .unwrap();
        p.place_order(NOW).unwrap();
        assert_eq!(p.pay(NOW + 86_400_001), Err(Blocked::Expired));
        assert_eq!(
            p.order.as_ref().map(|o| o.status),
            Some(OrderStatus::Cancelled)
        );
        assert!(!p.is_done());
        p.order_again();
        assert_eq!((p.order.as_ref(), p.screen()), (None, Screen::Payment));
        assert_eq!(p.checkout.cart.quantity("KS-L3-250"), 2);
    }

    #[test]
    fn order_again_keeps_a_live_order() {
        let mut p = at_payment();
        p.choose_payment(Payment::Minimarket).unwrap();
        p.place_order(NOW).unwrap();
        p.order_again();
        assert!(p.order.is_some());
    }

    #[test]
    fn cash_on_delivery_is_done_once_placed() {
        let mut p = at_payment();
        p.choose_payment(Payment::Cod).unwrap();
        p.place_order(NOW).unwrap();
        assert!(p.is_done());
        assert_eq!(p.screen(), Screen::Pay);
    }

    #[test]
    fn a_reload_resumes_on_the_same_screen_with_the_cart() {
        let mut p = at_payment();
        p.open(Screen::Summary).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        let back: Purchase = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            (back.screen(), back.checkout.cart.item_count()),
            (Screen::Summary, 2)
        );
        assert_eq!(
            serde_json::from_str::<Purchase>("{}").unwrap(),
            Purchase::default()
        );
    }

    #[test]
    fn an_edited_record_is_put_right() {
        let json = r#"{"screen":"paid","product":"sambal_bawang","sku":"KS-L3-250",
            "checkout":{"cart":[{"sku":"SB-150","quantity":2}],"shop_voucher":"GRATISONGKIR","shipping_voucher":"ONGKIR10RB"}}"#;
        let p = serde_json::from_str::<Purchase>(json)
            .unwrap()
            .within_limits();
        assert_eq!(p.sku, None);
        assert_eq!(
            (
                p.checkout.shop_voucher.as_deref(),
                p.checkout.shipping_voucher.as_deref()
            ),
            (None, Some("ONGKIR10RB"))
        );
        // "Paid" with no order and no address falls back to choosing the address.
        assert_eq!(p.screen(), Screen::Address);
    }
}
