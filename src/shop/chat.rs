//! The seller's inbox: buyer messages that ask for a decision (two of them traps), and a
//! question and a review that ask for a written reply.
//!
//! The traps: a picture of a "transfer" while the marketplace still shows the order unpaid
//! (only the order status counts, a picture is easy to fake), and a buyer asking to cancel
//! and pay straight into the seller's bank account "biar murah" (outside the marketplace
//! neither side is protected, and it is how many scams start).

use super::order::OrderStatus;
use crate::lesson::check::{check_rules, TextVerdict};
use crate::lesson::TextRule;
use serde::{Deserialize, Serialize};

/// A buyer message that asks the seller to decide. Words are in `strings::shop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyerMessage {
    /// "Sudah transfer, ini buktinya" with a picture; the app says Belum dibayar.
    TransferProof,
    /// "Batalkan saja, transfer langsung ke rekening Kakak biar murah."
    PayOutsideMarketplace,
    /// "Sudah bayar lewat aplikasi, dikirim kapan?"; the app says paid.
    PaidAsksWhenShipped,
}

/// What the learner, as seller, chooses to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    ShipNow,
    /// Look at the order status in the app, and send only when it says paid.
    CheckAppFirst,
    /// Give a bank account number and take the money outside the app.
    AgreeToDirectTransfer,
    /// Say no kindly and ask the buyer to pay in the app.
    DeclinePolitely,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictReason {
    /// Shipped because of a picture: pictures are easy to edit.
    PictureIsNotPayment,
    /// Only the order status in the app says whether the money arrived.
    AppStatusDecides,
    /// Shipped an order the app shows unpaid.
    NotPaidInApp,
    /// Money paid outside the app has no protection for buyer or seller.
    OutsidePaymentUnprotected,
    KeepsPaymentInApp,
    /// The app shows it paid, so go ahead.
    PaidOrderGoesAhead,
    /// The app shows it paid: turning it down loses a real buyer.
    PaidOrderRefused,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub right: bool,
    pub reason: VerdictReason,
}

impl BuyerMessage {
    pub const ALL: [BuyerMessage; 3] = [
        BuyerMessage::TransferProof,
        BuyerMessage::PayOutsideMarketplace,
        BuyerMessage::PaidAsksWhenShipped,
    ];

    /// What the order screen shows beside the message.
    pub fn status_in_app(self) -> OrderStatus {
        match self {
            BuyerMessage::TransferProof | BuyerMessage::PayOutsideMarketplace => {
                OrderStatus::AwaitingPayment
            }
            BuyerMessage::PaidAsksWhenShipped => OrderStatus::AwaitingConfirmation,
        }
    }

    /// Whether the message comes with a picture (of a transfer receipt).
    pub fn has_picture(self) -> bool {
        self == BuyerMessage::TransferProof
    }
}

impl Decision {
    pub const ALL: [Decision; 4] = [
        Decision::ShipNow,
        Decision::CheckAppFirst,
        Decision::AgreeToDirectTransfer,
        Decision::DeclinePolitely,
    ];
}

/// Whether the learner's decision on a buyer message was right, and why.
pub fn decide_on_message(message: BuyerMessage, decision: Decision) -> Verdict {
    use BuyerMessage::*;
    use Decision::*;
    use VerdictReason::*;
    let (right, reason) = match (message, decision) {
        (_, AgreeToDirectTransfer) => (false, OutsidePaymentUnprotected),
        (TransferProof, ShipNow) => (false, PictureIsNotPayment),
        (PayOutsideMarketplace, ShipNow) => (false, NotPaidInApp),
        (PaidAsksWhenShipped, ShipNow) => (true, PaidOrderGoesAhead),
        (_, CheckAppFirst) | (TransferProof, DeclinePolitely) => (true, AppStatusDecides),
        (PayOutsideMarketplace, DeclinePolitely) => (true, KeepsPaymentInApp),
        (PaidAsksWhenShipped, DeclinePolitely) => (false, PaidOrderRefused),
    };
    Verdict { right, reason }
}

/// Something the buyer wrote that wants a written answer. Words are in `strings::shop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyTask {
    /// In the chat: "Level 3 pedas banget nggak? Buat anak saya yang masih SD."
    SpiceQuestion,
    /// A 2-star review: the chips arrived crushed.
    ComplaintReview,
}

impl ReplyTask {
    /// The situation in lessons/data/balasan.toml that judges this reply, with its examples:
    /// the same situation is judged the same in the lessons that ask it.
    pub fn situation(self) -> &'static str {
        match self {
            ReplyTask::SpiceQuestion => "tanya-level-pedas",
            ReplyTask::ComplaintReview => "keluhan-remuk",
        }
    }

    pub fn rules(self) -> &'static [TextRule] {
        situation_rules(self.situation())
    }

    /// Stars the buyer gave, for a review.
    pub fn stars(self) -> Option<u8> {
        match self {
            ReplyTask::SpiceQuestion => None,
            ReplyTask::ComplaintReview => Some(2),
        }
    }
}

/// The written replies build.rs checked, with their examples, from lessons/data/balasan.toml.
mod shipped {
    use crate::lesson::TextRule;
    use std::borrow::Cow;

    pub static SITUATIONS: &[(&str, &[TextRule])] =
        include!(concat!(env!("OUT_DIR"), "/situations.rs"));
}

/// The rules of a situation by its id; none for an id the file does not have.
pub fn situation_rules(id: &str) -> &'static [TextRule] {
    shipped::SITUATIONS
        .iter()
        .find(|(known, _)| *known == id)
        .map_or(&[], |(_, rules)| rules)
}

/// Checks a written reply to a buyer, as the lessons check a typed answer: every unmet rule
/// says why, most important first.
pub fn check_reply(task: ReplyTask, reply: &str) -> TextVerdict<'static> {
    check_rules(task.rules(), reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_picture_is_not_a_payment() {
        assert_eq!(
            BuyerMessage::TransferProof.status_in_app(),
            OrderStatus::AwaitingPayment
        );
        assert!(BuyerMessage::TransferProof.has_picture());
        let verdict = |d| decide_on_message(BuyerMessage::TransferProof, d);
        assert_eq!(
            verdict(Decision::ShipNow),
            Verdict {
                right: false,
                reason: VerdictReason::PictureIsNotPayment
            }
        );
        assert_eq!(
            verdict(Decision::CheckAppFirst),
            Verdict {
                right: true,
                reason: VerdictReason::AppStatusDecides
            }
        );
        assert_eq!(
            verdict(Decision::DeclinePolitely),
            Verdict {
                right: true,
                reason: VerdictReason::AppStatusDecides
            }
        );
        assert_eq!(
            verdict(Decision::AgreeToDirectTransfer),
            Verdict {
                right: false,
                reason: VerdictReason::OutsidePaymentUnprotected
            }
        );
    }

    #[test]
    fn paying_outside_the_marketplace_is_declined() {
        let verdict = |d| decide_on_message(BuyerMessage::PayOutsideMarketplace, d);
        assert_eq!(
            verdict(Decision::AgreeToDirectTransfer),
            Verdict {
                right: false,
                reason: VerdictReason::OutsidePaymentUnprotected
            }
        );
        assert_eq!(
            verdict(Decision::DeclinePolitely),
            Verdict {
                right: true,
                reason: VerdictReason::KeepsPaymentInApp
            }
        );
        assert_eq!(
            verdict(Decision::ShipNow),
            Verdict {
                right: false,
                reason: VerdictReason::NotPaidInApp
            }
        );
        assert!(verdict(Decision::CheckAppFirst).right);
    }

    #[test]
    fn a_paid_order_goes_ahead() {
        let verdict = |d| decide_on_message(BuyerMessage::PaidAsksWhenShipped, d);
        assert_eq!(
            verdict(Decision::ShipNow),
            Verdict {
                right: true,
                reason: VerdictReason::PaidOrderGoesAhead
            }
        );
        assert_eq!(
            verdict(Decision::DeclinePolitely),
            Verdict {
                right: false,
                reason: VerdictReason::PaidOrderRefused
            }
        );
        assert!(!verdict(Decision::AgreeToDirectTransfer).right);
    }

    #[test]
    fn every_message_has_a_right_and_a_wrong_decision() {
        for message in BuyerMessage::ALL {
            let rights = Decision::ALL
                .iter()
                .filter(|&&d| decide_on_message(message, d).right)
                .count();
            assert!(rights >= 1 && rights < Decision::ALL.len(), "{message:?}");
        }
    }

    #[test]
    fn every_reply_is_judged_by_a_situation_with_rules() {
        for task in [ReplyTask::SpiceQuestion, ReplyTask::ComplaintReview] {
            assert!(task.rules().len() >= 2, "{task:?}: {}", task.situation());
        }
        assert!(situation_rules("tidak-ada").is_empty());
    }

    #[test]
    fn a_kind_reply_pointing_to_the_mild_level_is_right() {
        let v = check_reply(
            ReplyTask::SpiceQuestion,
            "Halo Kak! Level 3 cukup pedas. Untuk anak, ambil yang Level 0 saja, tidak pedas 😊",
        );
        assert!(v.correct, "{v:?}");
        assert!(
            check_reply(
                ReplyTask::SpiceQuestion,
                "terima kasih, yg ORIGINAL aman buat anak"
            )
            .correct
        );
    }

    #[test]
    fn a_reply_says_why_it_is_not_right_yet() {
        let unmet = |reply: &str| check_reply(ReplyTask::SpiceQuestion, reply).unmet;
        assert_eq!(unmet("level 3 pedas").len(), 2);
        assert!(
            unmet("Halo kak, level 3 pedas")[0].starts_with("Tawarkan pilihan yang tidak pedas")
        );
        assert!(unmet("Halo kak, level 3 aman kok")[0].starts_with("Jangan bilang Level 3 aman"));
        assert!(
            unmet("<b>level0</b> ok")[0].starts_with("Tawarkan"),
            "\"level0\" is not \"level 0\""
        );
    }

    #[test]
    fn a_review_reply_that_refuses_politely_or_blames_the_courier_is_not_right() {
        let unmet = |reply: &str| check_reply(ReplyTask::ComplaintReview, reply).unmet;
        assert!(
            unmet("Mohon maaf Kak, keripiknya remuk. Kami kirim ulang hari ini ya.").is_empty()
        );
        assert!(unmet("Maaf kak, tidak bisa diganti")[0].starts_with("Jangan menolak mengganti"));
        assert!(
            unmet("Terima kasih, tapi remuk itu urusan kurir")[0].starts_with("Jangan menyalahkan")
        );
        assert!(unmet("Terima kasih ulasannya")[0].starts_with("Mulai dengan minta maaf"));
    }

    #[test]
    fn the_crushed_keripik_complaint_is_judged_the_same_in_the_lessons() {
        let text_steps_like_the_review = crate::catalog::lessons()
            .iter()
            .flat_map(|lesson| lesson.steps.iter())
            .filter(|step| matches!(step, crate::lesson::Step::TextAnswer(s) if *s.rules == *ReplyTask::ComplaintReview.rules()))
            .count();
        assert_eq!(
            text_steps_like_the_review, 2,
            "lessons 3 and 5 ask for a reply to the complaint"
        );
    }

    #[test]
    fn replies_past_the_text_box_limit_are_not_read() {
        let long = "x ".repeat(crate::lesson::check::TEXT_ANSWER_MAX_CHARS) + "maaf, kami ganti";
        assert!(!check_reply(ReplyTask::ComplaintReview, &long).correct);
    }
}
