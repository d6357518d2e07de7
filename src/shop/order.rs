//! A placed order, as the buyer pays it and the seller fulfils it.
//!
//! States, in order: Belum dibayar -> Dibayar, menunggu konfirmasi -> Dikonfirmasi ->
//! Dikemas -> Dikirim (with the tracking number, resi, that the marketplace makes) ->
//! Selesai. A COD order starts at "menunggu konfirmasi": it is paid to the courier at the door. Until it is shipped an
//! order can be cancelled. A refused step returns why and leaves the order as it was.

use super::cart::Cart;
use super::checkout::Totals;
use super::payment::{
    minimarket_code, paylater_plan, qris_payload, virtual_account_number, Bank, InstalmentPlan,
    Payment,
};
use super::shipping::{Courier, Destination, ShippingQuote};
use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

/// Shortest and longest tracking number, counting letters and digits only.
pub const RESI_MIN_CHARS: usize = 10;
pub const RESI_MAX_CHARS: usize = 16;

/// "LL" and the moment the order was placed, in ms: unique on one phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrderId(pub String);

impl OrderId {
    pub fn at(millis: u64) -> OrderId {
        OrderId(format!("LL{millis}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    AwaitingPayment,
    /// Paid (or COD), waiting for the seller.
    AwaitingConfirmation,
    Confirmed,
    Packed,
    Shipped,
    Completed,
    Cancelled,
}

/// A step someone takes on the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// The buyer pays (the marketplace shows it as paid).
    Pay,
    /// The seller accepts the order.
    Confirm,
    Pack,
    /// Hand over to the courier with this resi (the marketplace's own, `Order::platform_resi`);
    /// it is checked and stored cleaned.
    Ship {
        resi: String,
    },
    /// The buyer confirms the parcel arrived.
    Receive,
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// The marketplace does not show the order as paid: nothing may be done with it yet.
    NotPaidYet,
    /// A step was skipped: the order must reach this state first.
    MustFirstBe(OrderStatus),
    /// The order is already at or past this step.
    AlreadyDone(OrderStatus),
    /// Paid already, or COD.
    NothingToPay,
    /// The parcel is with the courier.
    TooLateToCancel,
    /// Completed or cancelled: nothing more happens.
    Closed(OrderStatus),
    InvalidResi(ResiError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResiError {
    Empty,
    /// Letters and digits counted, without spaces and dashes.
    TooShort {
        length: usize,
    },
    TooLong {
        length: usize,
    },
    /// Something other than letters, digits, spaces and dashes.
    InvalidCharacter(char),
    /// Real tracking numbers always have digits.
    NoDigits,
}

impl OrderStatus {
    /// A stable name for styling and tests (`data-status`), whatever the words on screen.
    pub fn key(self) -> &'static str {
        match self {
            OrderStatus::AwaitingPayment => "awaiting-payment",
            OrderStatus::AwaitingConfirmation => "awaiting-confirmation",
            OrderStatus::Confirmed => "confirmed",
            OrderStatus::Packed => "packed",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Completed => "completed",
            OrderStatus::Cancelled => "cancelled",
        }
    }

    /// Position along the happy path; `None` for cancelled.
    fn rank(self) -> Option<u8> {
        match self {
            OrderStatus::AwaitingPayment => Some(0),
            OrderStatus::AwaitingConfirmation => Some(1),
            OrderStatus::Confirmed => Some(2),
            OrderStatus::Packed => Some(3),
            OrderStatus::Shipped => Some(4),
            OrderStatus::Completed => Some(5),
            OrderStatus::Cancelled => None,
        }
    }

    fn next(self) -> OrderStatus {
        match self {
            OrderStatus::AwaitingPayment => OrderStatus::AwaitingConfirmation,
            OrderStatus::AwaitingConfirmation => OrderStatus::Confirmed,
            OrderStatus::Confirmed => OrderStatus::Packed,
            OrderStatus::Packed => OrderStatus::Shipped,
            OrderStatus::Shipped | OrderStatus::Completed => OrderStatus::Completed,
            OrderStatus::Cancelled => OrderStatus::Cancelled,
        }
    }
}

/// A tracking number as typed: "KCL-2611 2300 4567" reads as "KCL261123004567". Spaces
/// and dashes are dropped, letters made capitals; then 10 to 16 letters and digits, with
/// at least one digit.
pub fn parse_resi(typed: &str) -> Result<String, ResiError> {
    let mut cleaned = String::new();
    for c in typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2013}' | '\u{2014}'))
    {
        if !c.is_ascii_alphanumeric() {
            return Err(ResiError::InvalidCharacter(c));
        }
        cleaned.push(c.to_ascii_uppercase());
    }
    let length = cleaned.len();
    if length == 0 {
        Err(ResiError::Empty)
    } else if length < RESI_MIN_CHARS {
        Err(ResiError::TooShort { length })
    } else if length > RESI_MAX_CHARS {
        Err(ResiError::TooLong { length })
    } else if !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        Err(ResiError::NoDigits)
    } else {
        Ok(cleaned)
    }
}

/// The state after `action`, or why it cannot happen now.
pub fn advance(status: OrderStatus, action: &Action) -> Result<OrderStatus, TransitionError> {
    let Some(rank) = status.rank().filter(|_| status != OrderStatus::Completed) else {
        return Err(TransitionError::Closed(status));
    };
    let target = match action {
        Action::Cancel if status == OrderStatus::Shipped => {
            return Err(TransitionError::TooLateToCancel)
        }
        Action::Cancel => return Ok(OrderStatus::Cancelled),
        Action::Pay if status == OrderStatus::AwaitingPayment => {
            return Ok(OrderStatus::AwaitingConfirmation)
        }
        Action::Pay => return Err(TransitionError::NothingToPay),
        Action::Confirm => OrderStatus::Confirmed,
        Action::Pack => OrderStatus::Packed,
        Action::Ship { .. } => OrderStatus::Shipped,
        Action::Receive => OrderStatus::Completed,
    };
    let target_rank = target.rank().unwrap_or(0);
    if target_rank <= rank {
        return Err(TransitionError::AlreadyDone(status));
    }
    if status == OrderStatus::AwaitingPayment {
        return Err(TransitionError::NotPaidYet);
    }
    if target_rank > rank + 1 {
        return Err(TransitionError::MustFirstBe(status.next()));
    }
    if let Action::Ship { resi } = action {
        parse_resi(resi).map_err(TransitionError::InvalidResi)?;
    }
    Ok(target)
}

/// How the buyer pays this order, for the payment screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentInstructions {
    /// Show `payload` as a QR code.
    ScanQr {
        payload: String,
        amount: Rupiah,
        deadline: u64,
    },
    VirtualAccount {
        bank: Bank,
        number: String,
        amount: Rupiah,
        deadline: u64,
    },
    EWallet {
        amount: Rupiah,
        deadline: u64,
    },
    /// Read `code` out at the minimarket cashier and pay there in cash.
    Minimarket {
        code: String,
        amount: Rupiah,
        deadline: u64,
    },
    /// Have the cash ready for the courier.
    PayCourier {
        amount: Rupiah,
    },
    PayLater(InstalmentPlan),
    /// `plan` when paying in instalments. Interest applies to any bill not paid in full by
    /// its due date, which the screen must say.
    CreditCard {
        amount: Rupiah,
        plan: Option<InstalmentPlan>,
    },
    /// Authorise once; the shop's bank then pulls the amount from the account.
    DirectDebit {
        bank: Bank,
        amount: Rupiah,
    },
}

/// An order as placed. Kept in the progress record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: OrderId,
    /// Ms since 1970.
    pub created_at: u64,
    pub cart: Cart,
    pub destination: Destination,
    pub shipping: ShippingQuote,
    pub shop_voucher: Option<String>,
    pub shipping_voucher: Option<String>,
    pub payment: Payment,
    pub totals: Totals,
    pub status: OrderStatus,
    /// Cleaned, once shipped.
    pub resi: Option<String>,
}

impl Order {
    /// The tracking number the marketplace makes when the seller taps Atur Pengiriman: the
    /// courier's letters and the order's own digits, so each order has its own.
    pub fn platform_resi(&self) -> String {
        let prefix = match self.shipping.choice.courier {
            Courier::Kancil => "KCL",
            Courier::Rajawali => "RJW",
            Courier::Semut => "SMT",
        };
        let digits: Vec<char> = self
            .id
            .as_str()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let room = RESI_MAX_CHARS - prefix.len();
        let tail: String = digits[digits.len().saturating_sub(room)..].iter().collect();
        format!("{prefix}{tail:0>10}")
    }

    /// Takes a step; a refused step changes nothing.
    pub fn apply(&mut self, action: &Action) -> Result<(), TransitionError> {
        self.status = advance(self.status, action)?;
        if let Action::Ship { resi } = action {
            self.resi = parse_resi(resi).ok();
        }
        Ok(())
    }

    /// Whether the marketplace shows the money as received: never from a picture the buyer
    /// sends, only from this status. A COD order is paid when the buyer receives it.
    pub fn is_paid(&self) -> bool {
        match self.status {
            OrderStatus::AwaitingPayment | OrderStatus::Cancelled => false,
            OrderStatus::Completed => true,
            _ => !self.payment.method().pays_on_delivery(),
        }
    }

    /// Whether the buyer still pays the courier at the door: a COD order not yet delivered
    /// (nor cancelled). Buyer and seller see the same status line for it, which never says
    /// "Dibayar": the money has reached nobody yet.
    pub fn due_at_door(&self) -> bool {
        self.payment.method().pays_on_delivery()
            && !matches!(self.status, OrderStatus::Completed | OrderStatus::Cancelled)
    }

    /// When an unpaid order expires; `None` for methods without a waiting time.
    pub fn payment_deadline(&self) -> Option<u64> {
        self.payment
            .method()
            .payment_window_millis()
            .map(|window| self.created_at.saturating_add(window))
    }

    pub fn instructions(&self) -> PaymentInstructions {
        let amount = self.totals.total;
        let id = self.id.as_str();
        // Every method below that shows a deadline has a payment window.
        let deadline = self.payment_deadline().unwrap_or(self.created_at);
        match self.payment {
            Payment::Qris => PaymentInstructions::ScanQr {
                payload: qris_payload(id, amount),
                amount,
                deadline,
            },
            Payment::VirtualAccount { bank } => PaymentInstructions::VirtualAccount {
                bank,
                number: virtual_account_number(bank, id),
                amount,
                deadline,
            },
            Payment::EWallet => PaymentInstructions::EWallet { amount, deadline },
            Payment::Minimarket => PaymentInstructions::Minimarket {
                code: minimarket_code(id),
                amount,
                deadline,
            },
            Payment::Cod => PaymentInstructions::PayCourier { amount },
            Payment::PayLater { term } => {
                PaymentInstructions::PayLater(paylater_plan(amount, term))
            }
            Payment::CreditCard { .. } => PaymentInstructions::CreditCard {
                amount,
                plan: self.payment.plan(amount),
            },
            Payment::DirectDebit { bank } => PaymentInstructions::DirectDebit { bank, amount },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::checkout::Checkout;

    /// The browser tests find the order's state by these names.
    #[test]
    fn every_status_has_its_own_stable_key() {
        use OrderStatus::*;
        let all = [
            AwaitingPayment,
            AwaitingConfirmation,
            Confirmed,
            Packed,
            Shipped,
            Completed,
            Cancelled,
        ];
        let keys: Vec<&str> = all.iter().map(|status| status.key()).collect();
        assert_eq!(
            keys,
            [
                "awaiting-payment",
                "awaiting-confirmation",
                "confirmed",
                "packed",
                "shipped",
                "completed",
                "cancelled"
            ]
        );
    }

    use super::OrderStatus::*;
    use crate::shop::payment::Term;
    use crate::shop::shipping::{Service, ShippingChoice};

    const NOW: u64 = 1_795_402_800_000;

    fn order(payment: Payment) -> Order {
        let mut checkout = Checkout {
            destination: Some(Destination::Bandung),
            shipping: Some(ShippingChoice {
                courier: Courier::Kancil,
                service: Service::Regular,
            }),
            payment: Some(payment),
            ..Checkout::default()
        };
        checkout.cart.add("KS-L3-250", 2).unwrap();
        checkout.place_order(NOW).unwrap()
    }

    fn ship(resi: &str) -> Action {
        Action::Ship { resi: resi.into() }
    }

    #[test]
    fn the_happy_path_from_payment_to_completed() {
        let mut o = order(Payment::Qris);
        for (action, status) in [
            (Action::Pay, AwaitingConfirmation),
            (Action::Confirm, Confirmed),
            (Action::Pack, Packed),
            (ship("kcl-2611-2300-4567"), Shipped),
            (Action::Receive, Completed),
        ] {
            assert_eq!(o.apply(&action), Ok(()), "{action:?}");
            assert_eq!(o.status, status);
        }
        assert_eq!(o.resi.as_deref(), Some("KCL261123004567"));
        assert!(o.is_paid());
    }

    #[test]
    fn an_unpaid_order_cannot_be_processed() {
        let mut o = order(Payment::VirtualAccount { bank: Bank::Padi });
        assert!(!o.is_paid());
        for action in [
            Action::Confirm,
            Action::Pack,
            ship("KCL261123004567"),
            Action::Receive,
        ] {
            assert_eq!(
                o.apply(&action),
                Err(TransitionError::NotPaidYet),
                "{action:?}"
            );
        }
        assert_eq!(o.status, AwaitingPayment);
        assert_eq!(o.resi, None);
    }

    #[test]
    fn steps_cannot_be_skipped_or_repeated() {
        assert_eq!(
            advance(AwaitingConfirmation, &Action::Pack),
            Err(TransitionError::MustFirstBe(Confirmed))
        );
        assert_eq!(
            advance(AwaitingConfirmation, &ship("KCL261123004567")),
            Err(TransitionError::MustFirstBe(Confirmed))
        );
        assert_eq!(
            advance(Confirmed, &ship("KCL261123004567")),
            Err(TransitionError::MustFirstBe(Packed))
        );
        assert_eq!(
            advance(Packed, &Action::Receive),
            Err(TransitionError::MustFirstBe(Shipped))
        );
        assert_eq!(
            advance(Confirmed, &Action::Confirm),
            Err(TransitionError::AlreadyDone(Confirmed))
        );
        assert_eq!(
            advance(Shipped, &Action::Pack),
            Err(TransitionError::AlreadyDone(Shipped))
        );
        assert_eq!(
            advance(Packed, &Action::Pay),
            Err(TransitionError::NothingToPay)
        );
    }

    #[test]
    fn cancelling_until_shipped_and_nothing_after_the_end() {
        assert_eq!(advance(AwaitingPayment, &Action::Cancel), Ok(Cancelled));
        assert_eq!(advance(Packed, &Action::Cancel), Ok(Cancelled));
        assert_eq!(
            advance(Shipped, &Action::Cancel),
            Err(TransitionError::TooLateToCancel)
        );
        for action in [
            Action::Pay,
            Action::Confirm,
            Action::Cancel,
            Action::Receive,
        ] {
            assert_eq!(
                advance(Completed, &action),
                Err(TransitionError::Closed(Completed))
            );
            assert_eq!(
                advance(Cancelled, &action),
                Err(TransitionError::Closed(Cancelled))
            );
        }
    }

    #[test]
    fn shipping_needs_a_plausible_resi() {
        let mut o = order(Payment::Cod);
        assert_eq!(o.status, AwaitingConfirmation);
        assert_eq!(o.apply(&Action::Pay), Err(TransitionError::NothingToPay));
        o.apply(&Action::Confirm).unwrap();
        o.apply(&Action::Pack).unwrap();
        assert_eq!(
            o.apply(&ship("")),
            Err(TransitionError::InvalidResi(ResiError::Empty))
        );
        assert_eq!(
            o.apply(&ship("12345")),
            Err(TransitionError::InvalidResi(ResiError::TooShort {
                length: 5
            }))
        );
        assert_eq!((o.status, o.resi.as_deref()), (Packed, None));
        assert!(!o.is_paid(), "COD is paid at the door");
        assert!(o.due_at_door());
        o.apply(&ship("SMT 0012 3456 78")).unwrap();
        assert_eq!(
            (o.status, o.resi.as_deref()),
            (Shipped, Some("SMT0012345678"))
        );
        assert!(o.due_at_door(), "shipped is not delivered");
        o.apply(&Action::Receive).unwrap();
        assert!(o.is_paid());
        assert!(!o.due_at_door());
    }

    #[test]
    fn only_cod_is_due_at_the_door_and_only_until_delivered_or_cancelled() {
        let mut qris = order(Payment::Qris);
        assert!(!qris.due_at_door());
        qris.apply(&Action::Pay).unwrap();
        assert!(!qris.due_at_door());
        let mut cod = order(Payment::Cod);
        assert!(cod.due_at_door());
        cod.apply(&Action::Cancel).unwrap();
        assert!(!cod.due_at_door());
    }

    #[test]
    fn the_marketplace_makes_a_valid_resi_of_its_own_for_each_order() {
        let o = order(Payment::Qris);
        assert_eq!(o.platform_resi(), "KCL1795402800000");
        assert_eq!(parse_resi(&o.platform_resi()), Ok(o.platform_resi()));
        let later = Order {
            id: OrderId::at(NOW + 1),
            ..o.clone()
        };
        assert_ne!(later.platform_resi(), o.platform_resi());
        let by_semut = Order {
            id: OrderId("LL7".into()),
            shipping: ShippingQuote {
                choice: ShippingChoice {
                    courier: Courier::Semut,
                    service: Service::Regular,
                },
                ..o.shipping
            },
            ..o
        };
        assert_eq!(by_semut.platform_resi(), "SMT0000000007");
        assert!(parse_resi(&by_semut.platform_resi()).is_ok());
    }

    #[test]
    fn resi_format() {
        assert_eq!(parse_resi("1234567890"), Ok("1234567890".into()));
        assert_eq!(
            parse_resi(" jp-1234-5678-9012 "),
            Ok("JP123456789012".into())
        );
        assert_eq!(
            parse_resi("ABCD1234567890EF"),
            Ok("ABCD1234567890EF".into())
        );
        assert_eq!(parse_resi("   - -  "), Err(ResiError::Empty));
        assert_eq!(
            parse_resi("123456789"),
            Err(ResiError::TooShort { length: 9 })
        );
        assert_eq!(
            parse_resi("ABCD1234567890EFG"),
            Err(ResiError::TooLong { length: 17 })
        );
        assert_eq!(parse_resi("BELUMADARESI"), Err(ResiError::NoDigits));
        assert_eq!(
            parse_resi("KCL/2611/2300"),
            Err(ResiError::InvalidCharacter('/'))
        );
        assert_eq!(
            parse_resi("KCL2611230０"),
            Err(ResiError::InvalidCharacter('０'))
        );
        assert_eq!(
            parse_resi(&"9".repeat(100_000)),
            Err(ResiError::TooLong { length: 100_000 })
        );
    }

    #[test]
    fn payment_instructions_per_method() {
        let va = order(Payment::VirtualAccount {
            bank: Bank::Cempaka,
        });
        // 2 x 25.000 + Bandung 1 kg Rp15.000 + Rp1.000 = Rp66.000, due 24 hours later.
        match va.instructions() {
            PaymentInstructions::VirtualAccount {
                bank,
                number,
                amount,
                deadline,
            } => {
                assert_eq!(
                    (bank, amount, deadline),
                    (Bank::Cempaka, 66_000, NOW + 86_400_000)
                );
                assert_eq!(
                    number,
                    virtual_account_number(Bank::Cempaka, "LL1795402800000")
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            order(Payment::Qris).instructions(),
            PaymentInstructions::ScanQr {
                payload: "LAPAK-LATIHAN|ORDER|LL1795402800000|65000".into(),
                amount: 65_000,
                deadline: NOW + 1_800_000
            }
        );
        // Rp65.000 + 3% = Rp1.950, raised to the Rp2.000 minimum.
        assert_eq!(
            order(Payment::Cod).instructions(),
            PaymentInstructions::PayCourier { amount: 67_000 }
        );
        match order(Payment::PayLater {
            term: Term::ThreeMonths,
        })
        .instructions()
        {
            // 9% of Rp65.000 = Rp5.850; Rp70.850 = 23.616 + 23.616 + 23.618.
            PaymentInstructions::PayLater(plan) => {
                assert_eq!(plan.instalments, vec![23_616, 23_616, 23_618])
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            order(Payment::DirectDebit { bank: Bank::Lontar }).payment_deadline(),
            None
        );
    }

    #[test]
    fn an_order_round_trips_through_json() {
        let mut o = order(Payment::CreditCard { instalments: None });
        o.apply(&Action::Pay).unwrap();
        let json = serde_json::to_string(&o).unwrap();
        assert!(
            json.contains(r#""status":"awaiting_confirmation""#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Order>(&json).unwrap(), o);
    }
}
