//! The eight payment methods of Indonesian marketplaces, with the practice shop's fees,
//! limits, instalment plans and payment numbers. Fees and rates are fictional but plausible:
//!
//! | Method | Admin fee | Pay within | Other rules |
//! | --- | --- | --- | --- |
//! | QRIS | Rp0 | 30 minutes | |
//! | Virtual account | Rp1.000 | 24 hours | a number per order and bank |
//! | E-wallet | Rp0 | 30 minutes | |
//! | Minimarket counter | Rp2.500 | 24 hours | a payment code per order |
//! | COD | COD fee: 3%, at least Rp2.000 | on delivery | order up to Rp500.000 |
//! | PayLater | Rp0 | approved at once | 1 month 0%; 3, 6, 12 months 3% a month; limit Rp1.000.000 |
//! | Credit card | Rp0 | approved at once | instalments 3, 6, 12 months 1,5% a month, from Rp500.000 |
//! | Direct debit | Rp0 | approved at once | authorised once, then the shop's bank pulls the money |
//!
//! Interest is flat: the monthly rate times the months, on the order total, rounded up to
//! the whole rupiah. The total is split into equal monthly instalments rounded down, and the
//! last instalment takes what is left, so the instalments always add up to the total paid.

use super::{basis_points_up, stable_hash};
use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

pub const VIRTUAL_ACCOUNT_FEE: Rupiah = 1_000;
pub const MINIMARKET_FEE: Rupiah = 2_500;
/// 3% of the order before the fee.
pub const COD_FEE_BASIS_POINTS: u64 = 300;
pub const COD_FEE_MIN: Rupiah = 2_000;
/// The most an order (goods and shipping, after vouchers) may be for COD: the courier
/// carries the cash, and a large order refused at the door costs the shop the shipping.
pub const COD_MAX: Rupiah = 500_000;
/// PayLater interest per month for 3, 6 and 12 months; 1 month is free.
pub const PAYLATER_MONTHLY_BASIS_POINTS: u64 = 300;
/// The practice buyer's PayLater credit limit.
pub const PAYLATER_LIMIT: Rupiah = 1_000_000;
pub const CARD_INSTALMENT_MONTHLY_BASIS_POINTS: u64 = 150;
/// Card instalments are offered from this order total.
pub const CARD_INSTALMENT_MIN: Rupiah = 500_000;
/// Interest a month on a card bill not paid in full by its due date (the example the
/// warning shows; Bank Indonesia's cap for credit cards is 1,75% a month).
pub const CARD_LATE_INTEREST_BASIS_POINTS: u64 = 175;

const MINUTE_MILLIS: u64 = 60 * 1_000;

/// Fictional banks, each with the prefix its virtual account numbers start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bank {
    Padi,
    Cempaka,
    Lontar,
}

impl Bank {
    pub const ALL: [Bank; 3] = [Bank::Padi, Bank::Cempaka, Bank::Lontar];

    pub fn virtual_account_prefix(self) -> &'static str {
        match self {
            Bank::Padi => "88301",
            Bank::Cempaka => "77502",
            Bank::Lontar => "12903",
        }
    }
}

/// How many months an instalment plan runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    OneMonth,
    ThreeMonths,
    SixMonths,
    TwelveMonths,
}

impl Term {
    pub const ALL: [Term; 4] = [
        Term::OneMonth,
        Term::ThreeMonths,
        Term::SixMonths,
        Term::TwelveMonths,
    ];
    /// Card instalments run 3, 6 or 12 months; one month is simply the card bill.
    pub const CARD: [Term; 3] = [Term::ThreeMonths, Term::SixMonths, Term::TwelveMonths];

    pub fn months(self) -> u64 {
        match self {
            Term::OneMonth => 1,
            Term::ThreeMonths => 3,
            Term::SixMonths => 6,
            Term::TwelveMonths => 12,
        }
    }
}

/// The buyer's choice on the payment screen, with what that method needs picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Payment {
    Qris,
    VirtualAccount {
        bank: Bank,
    },
    EWallet,
    Minimarket,
    Cod,
    PayLater {
        term: Term,
    },
    /// `None`: the whole amount goes on the card bill.
    CreditCard {
        instalments: Option<Term>,
    },
    DirectDebit {
        bank: Bank,
    },
}

/// The method alone, for facts that do not depend on the bank or term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    Qris,
    VirtualAccount,
    EWallet,
    Minimarket,
    Cod,
    PayLater,
    CreditCard,
    DirectDebit,
}

/// What the buyer needs to pay this way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Cash, at a counter or at the door.
    Cash,
    EWallet,
    /// QRIS: any bank app or e-wallet.
    BankAppOrEWallet,
    BankAccount,
    CreditCard,
    /// PayLater is a loan: the marketplace must approve the buyer first.
    CreditApproval,
}

/// Why a method cannot be used for this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentRefusal {
    CodAboveMaximum {
        maximum: Rupiah,
    },
    PayLaterAboveLimit {
        limit: Rupiah,
    },
    CardInstalmentBelowMinimum {
        minimum: Rupiah,
    },
    /// Card instalments run 3, 6 or 12 months.
    TermNotOffered,
}

/// Fees added to the order for the chosen method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fees {
    pub admin: Rupiah,
    pub cod: Rupiah,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 8] = [
        PaymentMethod::Qris,
        PaymentMethod::VirtualAccount,
        PaymentMethod::EWallet,
        PaymentMethod::Minimarket,
        PaymentMethod::Cod,
        PaymentMethod::PayLater,
        PaymentMethod::CreditCard,
        PaymentMethod::DirectDebit,
    ];

    pub fn admin_fee(self) -> Rupiah {
        match self {
            PaymentMethod::VirtualAccount => VIRTUAL_ACCOUNT_FEE,
            PaymentMethod::Minimarket => MINIMARKET_FEE,
            _ => 0,
        }
    }

    pub fn requirement(self) -> Requirement {
        match self {
            PaymentMethod::Qris => Requirement::BankAppOrEWallet,
            PaymentMethod::VirtualAccount | PaymentMethod::DirectDebit => Requirement::BankAccount,
            PaymentMethod::EWallet => Requirement::EWallet,
            PaymentMethod::Minimarket | PaymentMethod::Cod => Requirement::Cash,
            PaymentMethod::PayLater => Requirement::CreditApproval,
            PaymentMethod::CreditCard => Requirement::CreditCard,
        }
    }

    /// Methods a buyer with no bank account can use: cash, an e-wallet, or QRIS from an
    /// e-wallet. PayLater is left out: it is a loan that needs approval, not a way to pay.
    pub fn works_without_bank_account(self) -> bool {
        matches!(
            self.requirement(),
            Requirement::Cash | Requirement::EWallet | Requirement::BankAppOrEWallet
        )
    }

    /// How long the buyer has to pay after ordering; `None` when payment is not a
    /// separate step (approved at once, or paid at the door).
    pub fn payment_window_millis(self) -> Option<u64> {
        match self {
            PaymentMethod::Qris | PaymentMethod::EWallet => Some(30 * MINUTE_MILLIS),
            PaymentMethod::VirtualAccount | PaymentMethod::Minimarket => {
                Some(24 * 60 * MINUTE_MILLIS)
            }
            _ => None,
        }
    }

    /// Cash on delivery is the one method paid after the goods arrive.
    pub fn pays_on_delivery(self) -> bool {
        self == PaymentMethod::Cod
    }

    /// The payment a method starts with when the buyer taps it: the first bank, the shortest
    /// PayLater term, the whole amount on a card. The bank or term can be changed after.
    pub fn first_choice(self) -> Payment {
        match self {
            PaymentMethod::Qris => Payment::Qris,
            PaymentMethod::VirtualAccount => Payment::VirtualAccount { bank: Bank::ALL[0] },
            PaymentMethod::EWallet => Payment::EWallet,
            PaymentMethod::Minimarket => Payment::Minimarket,
            PaymentMethod::Cod => Payment::Cod,
            PaymentMethod::PayLater => Payment::PayLater { term: Term::ALL[0] },
            PaymentMethod::CreditCard => Payment::CreditCard { instalments: None },
            PaymentMethod::DirectDebit => Payment::DirectDebit { bank: Bank::ALL[0] },
        }
    }
}

impl Payment {
    pub fn method(&self) -> PaymentMethod {
        match self {
            Payment::Qris => PaymentMethod::Qris,
            Payment::VirtualAccount { .. } => PaymentMethod::VirtualAccount,
            Payment::EWallet => PaymentMethod::EWallet,
            Payment::Minimarket => PaymentMethod::Minimarket,
            Payment::Cod => PaymentMethod::Cod,
            Payment::PayLater { .. } => PaymentMethod::PayLater,
            Payment::CreditCard { .. } => PaymentMethod::CreditCard,
            Payment::DirectDebit { .. } => PaymentMethod::DirectDebit,
        }
    }

    /// Fees for an order worth `amount` (goods and shipping after vouchers), or why this
    /// method cannot take it.
    pub fn fees(&self, amount: Rupiah) -> Result<Fees, PaymentRefusal> {
        if *self == Payment::Cod && amount > COD_MAX {
            return Err(PaymentRefusal::CodAboveMaximum { maximum: COD_MAX });
        }
        let fees = Fees {
            admin: self.method().admin_fee(),
            cod: if *self == Payment::Cod {
                cod_fee(amount)
            } else {
                0
            },
        };
        let total = amount.saturating_add(fees.admin).saturating_add(fees.cod);
        match *self {
            Payment::PayLater { .. } if total > PAYLATER_LIMIT => {
                Err(PaymentRefusal::PayLaterAboveLimit {
                    limit: PAYLATER_LIMIT,
                })
            }
            Payment::CreditCard {
                instalments: Some(term),
            } if !Term::CARD.contains(&term) => Err(PaymentRefusal::TermNotOffered),
            Payment::CreditCard {
                instalments: Some(_),
            } if total < CARD_INSTALMENT_MIN => Err(PaymentRefusal::CardInstalmentBelowMinimum {
                minimum: CARD_INSTALMENT_MIN,
            }),
            _ => Ok(fees),
        }
    }

    /// The monthly plan for an order `total`, for PayLater and card instalments.
    pub fn plan(&self, total: Rupiah) -> Option<InstalmentPlan> {
        match *self {
            Payment::PayLater { term } => Some(paylater_plan(total, term)),
            Payment::CreditCard {
                instalments: Some(term),
            } => Some(instalment_plan(
                total,
                term,
                CARD_INSTALMENT_MONTHLY_BASIS_POINTS,
            )),
            _ => None,
        }
    }
}

/// PayLater over `term`: free for one month, `PAYLATER_MONTHLY_BASIS_POINTS` a month longer.
pub fn paylater_plan(total: Rupiah, term: Term) -> InstalmentPlan {
    let rate = if term == Term::OneMonth {
        0
    } else {
        PAYLATER_MONTHLY_BASIS_POINTS
    };
    instalment_plan(total, term, rate)
}

/// 3% of `amount`, rounded up, at least Rp2.000.
pub fn cod_fee(amount: Rupiah) -> Rupiah {
    basis_points_up(amount, COD_FEE_BASIS_POINTS).max(COD_FEE_MIN)
}

/// Interest for one month on a card bill left unpaid, for the warning's example.
pub fn card_late_interest(unpaid: Rupiah) -> Rupiah {
    basis_points_up(unpaid, CARD_LATE_INTEREST_BASIS_POINTS)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalmentPlan {
    pub term: Term,
    pub monthly_rate_basis_points: u64,
    pub principal: Rupiah,
    pub interest: Rupiah,
    pub total_paid: Rupiah,
    /// One amount per month; all equal except the last, which may be a little more.
    pub instalments: Vec<Rupiah>,
}

impl InstalmentPlan {
    /// The usual monthly amount (every month but perhaps the last).
    pub fn per_month(&self) -> Rupiah {
        self.instalments.first().copied().unwrap_or(0)
    }

    pub fn last(&self) -> Rupiah {
        self.instalments.last().copied().unwrap_or(0)
    }
}

/// Flat interest of `monthly_basis_points` a month on `principal`, split over the term.
pub fn instalment_plan(principal: Rupiah, term: Term, monthly_basis_points: u64) -> InstalmentPlan {
    let months = term.months();
    let interest = basis_points_up(principal, monthly_basis_points.saturating_mul(months));
    let total_paid = principal.saturating_add(interest);
    let each = total_paid / months;
    let mut instalments: Vec<Rupiah> = (0..months).map(|_| each).collect();
    if let Some(last) = instalments.last_mut() {
        *last = total_paid - each * (months - 1);
    }
    InstalmentPlan {
        term,
        monthly_rate_basis_points: monthly_basis_points,
        principal,
        interest,
        total_paid,
        instalments,
    }
}

/// The order's virtual account number at `bank`: the bank's 5-digit prefix and 11 digits
/// from the order id, so the same order always gets the same number (16 digits in all).
pub fn virtual_account_number(bank: Bank, order_id: &str) -> String {
    let digits = stable_hash(&[b"va|", order_id.as_bytes()]) % 100_000_000_000;
    format!("{}{digits:011}", bank.virtual_account_prefix())
}

/// The 12-digit code the buyer reads out at the minimarket cashier.
pub fn minimarket_code(order_id: &str) -> String {
    let digits = stable_hash(&[b"minimarket|", order_id.as_bytes()]) % 1_000_000_000_000;
    format!("{digits:012}")
}

/// What the QRIS screen's QR code holds: a practice text, deliberately not a real QRIS
/// merchant payload, so no banking app can pay it.
pub fn qris_payload(order_id: &str, amount: Rupiah) -> String {
    let id: String = order_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("LAPAK-LATIHAN|ORDER|{id}|{amount}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_fees_per_method() {
        let fees = PaymentMethod::ALL.map(PaymentMethod::admin_fee);
        assert_eq!(fees, [0, 1_000, 0, 2_500, 0, 0, 0, 0]);
        assert_eq!(
            Payment::VirtualAccount { bank: Bank::Padi }.fees(100_000),
            Ok(Fees {
                admin: 1_000,
                cod: 0
            })
        );
        assert_eq!(
            Payment::Minimarket.fees(100_000),
            Ok(Fees {
                admin: 2_500,
                cod: 0
            })
        );
        assert_eq!(Payment::Qris.fees(100_000), Ok(Fees::default()));
    }

    #[test]
    fn cod_fee_is_three_percent_rounded_up_with_a_minimum() {
        // 3% of Rp100.000
        assert_eq!(cod_fee(100_000), 3_000);
        // 3% of Rp123.457 = Rp3.703,71, rounded up
        assert_eq!(cod_fee(123_457), 3_704);
        // 3% of Rp50.000 = Rp1.500, below the minimum
        assert_eq!(cod_fee(50_000), 2_000);
        // 3% of Rp66.667 = Rp2.000,01, just above it
        assert_eq!(cod_fee(66_667), 2_001);
        assert_eq!(cod_fee(0), 2_000);
    }

    #[test]
    fn cod_up_to_its_maximum_and_not_a_rupiah_more() {
        // 3% of Rp500.000
        assert_eq!(
            Payment::Cod.fees(500_000),
            Ok(Fees {
                admin: 0,
                cod: 15_000
            })
        );
        assert_eq!(
            Payment::Cod.fees(500_001),
            Err(PaymentRefusal::CodAboveMaximum { maximum: 500_000 })
        );
        assert_eq!(
            Payment::Cod.fees(u64::MAX),
            Err(PaymentRefusal::CodAboveMaximum { maximum: 500_000 })
        );
    }

    #[test]
    fn paylater_one_month_is_free() {
        let plan = Payment::PayLater {
            term: Term::OneMonth,
        }
        .plan(87_650)
        .unwrap();
        assert_eq!((plan.interest, plan.total_paid), (0, 87_650));
        assert_eq!(plan.instalments, vec![87_650]);
    }

    #[test]
    fn paylater_three_months_even_and_uneven() {
        // Interest 3% x 3 months = 9% of Rp100.000 = Rp9.000; Rp109.000 / 3 is not even:
        // 36.333 + 36.333 + 36.334.
        let plan = Payment::PayLater {
            term: Term::ThreeMonths,
        }
        .plan(100_000)
        .unwrap();
        assert_eq!((plan.interest, plan.total_paid), (9_000, 109_000));
        assert_eq!(plan.instalments, vec![36_333, 36_333, 36_334]);
        // 9% of Rp90.000 = Rp8.100; Rp98.100 / 3 = Rp32.700 exactly.
        let even = Payment::PayLater {
            term: Term::ThreeMonths,
        }
        .plan(90_000)
        .unwrap();
        assert_eq!(even.instalments, vec![32_700, 32_700, 32_700]);
    }

    #[test]
    fn paylater_instalments_that_do_not_divide_evenly_add_up_exactly() {
        // 9% of Rp87.650 = Rp7.888,5, rounded up to Rp7.889; Rp95.539 = 31.846 + 31.846 + 31.847.
        let three = Payment::PayLater {
            term: Term::ThreeMonths,
        }
        .plan(87_650)
        .unwrap();
        assert_eq!((three.interest, three.total_paid), (7_889, 95_539));
        assert_eq!(three.instalments, vec![31_846, 31_846, 31_847]);
        assert_eq!((three.per_month(), three.last()), (31_846, 31_847));
        // 3% x 12 = 36% of Rp100.000 = Rp36.000; Rp136.000 / 12 = 11.333 (x11) and 11.337.
        let twelve = Payment::PayLater {
            term: Term::TwelveMonths,
        }
        .plan(100_000)
        .unwrap();
        assert_eq!(twelve.total_paid, 136_000);
        assert_eq!(twelve.instalments[..11], [11_333; 11]);
        assert_eq!(twelve.last(), 11_337);
        assert_eq!(twelve.instalments.iter().sum::<u64>(), 136_000);
        // 18% of Rp100.000 over 6 months: Rp118.000 = 19.666 x 5 + 19.670.
        let six = Payment::PayLater {
            term: Term::SixMonths,
        }
        .plan(100_000)
        .unwrap();
        assert_eq!(
            six.instalments,
            vec![19_666, 19_666, 19_666, 19_666, 19_666, 19_670]
        );
    }

    #[test]
    fn paylater_limit() {
        let paylater = Payment::PayLater {
            term: Term::SixMonths,
        };
        assert_eq!(paylater.fees(1_000_000), Ok(Fees::default()));
        assert_eq!(
            paylater.fees(1_000_001),
            Err(PaymentRefusal::PayLaterAboveLimit { limit: 1_000_000 })
        );
    }

    #[test]
    fn card_instalments_from_their_minimum_and_only_for_3_6_12_months() {
        let card = |term| Payment::CreditCard {
            instalments: Some(term),
        };
        assert_eq!(
            card(Term::ThreeMonths).fees(499_999),
            Err(PaymentRefusal::CardInstalmentBelowMinimum { minimum: 500_000 })
        );
        assert_eq!(card(Term::ThreeMonths).fees(500_000), Ok(Fees::default()));
        assert_eq!(
            card(Term::OneMonth).fees(600_000),
            Err(PaymentRefusal::TermNotOffered)
        );
        assert_eq!(
            Payment::CreditCard { instalments: None }.fees(10_000),
            Ok(Fees::default())
        );
        assert_eq!(
            Payment::CreditCard { instalments: None }.plan(600_000),
            None
        );
        // 1,5% x 6 = 9% of Rp600.000 = Rp54.000; Rp654.000 / 6 = Rp109.000.
        let plan = card(Term::SixMonths).plan(600_000).unwrap();
        assert_eq!(
            (plan.interest, plan.total_paid, plan.per_month()),
            (54_000, 654_000, 109_000)
        );
        // A card bill of Rp100.000 left unpaid costs 1,75% a month: Rp1.750.
        assert_eq!(card_late_interest(100_000), 1_750);
    }

    #[test]
    fn every_method_starts_with_a_payment_of_its_own_that_any_order_within_limits_takes() {
        for method in PaymentMethod::ALL {
            let first = method.first_choice();
            assert_eq!(first.method(), method);
            assert!(first.fees(100_000).is_ok(), "{first:?}");
        }
        assert_eq!(
            PaymentMethod::VirtualAccount.first_choice(),
            Payment::VirtualAccount { bank: Bank::Padi }
        );
        assert_eq!(
            PaymentMethod::PayLater.first_choice(),
            Payment::PayLater {
                term: Term::OneMonth
            }
        );
        assert_eq!(
            PaymentMethod::CreditCard.first_choice(),
            Payment::CreditCard { instalments: None }
        );
    }

    #[test]
    fn the_card_terms_offered_are_the_ones_a_card_takes() {
        for term in Term::ALL {
            let offered = Term::CARD.contains(&term);
            let taken = Payment::CreditCard {
                instalments: Some(term),
            }
            .fees(600_000)
            .is_ok();
            assert_eq!(offered, taken, "{term:?}");
        }
    }

    #[test]
    fn a_zero_order_makes_a_zero_plan() {
        let plan = instalment_plan(0, Term::TwelveMonths, 300);
        assert_eq!(plan.instalments, vec![0; 12]);
        let huge = instalment_plan(u64::MAX, Term::ThreeMonths, 300);
        assert_eq!(
            huge.instalments
                .iter()
                .map(|&i| u128::from(i))
                .sum::<u128>(),
            u128::from(u64::MAX)
        );
    }

    #[test]
    fn buyers_without_a_bank_account_can_use_four_methods() {
        let without: Vec<PaymentMethod> = PaymentMethod::ALL
            .into_iter()
            .filter(|m| m.works_without_bank_account())
            .collect();
        assert_eq!(
            without,
            [
                PaymentMethod::Qris,
                PaymentMethod::EWallet,
                PaymentMethod::Minimarket,
                PaymentMethod::Cod
            ]
        );
    }

    #[test]
    fn payment_windows() {
        assert_eq!(
            PaymentMethod::VirtualAccount.payment_window_millis(),
            Some(86_400_000)
        );
        assert_eq!(PaymentMethod::Qris.payment_window_millis(), Some(1_800_000));
        assert_eq!(PaymentMethod::Cod.payment_window_millis(), None);
    }

    #[test]
    fn virtual_account_numbers_are_per_order_and_bank_and_stable() {
        let va = virtual_account_number(Bank::Padi, "LL1795402800000");
        assert_eq!(va.len(), 16);
        assert!(
            va.starts_with("88301") && va.bytes().all(|b| b.is_ascii_digit()),
            "{va}"
        );
        assert_eq!(va, virtual_account_number(Bank::Padi, "LL1795402800000"));
        assert_ne!(va, virtual_account_number(Bank::Padi, "LL1795402800001"));
        let other_bank = virtual_account_number(Bank::Lontar, "LL1795402800000");
        assert!(other_bank.starts_with("12903"));
        assert_eq!(other_bank[5..], va[5..]);
        assert_eq!(virtual_account_number(Bank::Cempaka, "").len(), 16);
    }

    #[test]
    fn minimarket_codes_and_qr_payloads() {
        let code = minimarket_code("LL1795402800000");
        assert_eq!(code.len(), 12);
        assert_eq!(code, minimarket_code("LL1795402800000"));
        assert_ne!(code, minimarket_code("LL1795402800001"));
        assert_eq!(
            qris_payload("LL1795402800000", 95_539),
            "LAPAK-LATIHAN|ORDER|LL1795402800000|95539"
        );
        assert_eq!(qris_payload("LL|1|2", 5), "LAPAK-LATIHAN|ORDER|LL12|5");
    }

    #[test]
    fn a_choice_round_trips_through_json() {
        for payment in [
            Payment::Qris,
            Payment::VirtualAccount {
                bank: Bank::Cempaka,
            },
            Payment::PayLater {
                term: Term::TwelveMonths,
            },
            Payment::CreditCard { instalments: None },
        ] {
            let json = serde_json::to_string(&payment).unwrap();
            assert_eq!(serde_json::from_str::<Payment>(&json).unwrap(), payment);
        }
        assert_eq!(
            serde_json::to_string(&Payment::VirtualAccount { bank: Bank::Padi }).unwrap(),
            r#"{"method":"virtual_account","bank":"padi"}"#
        );
    }
}
