//! The seller's inbox: buyer messages that ask for a decision (two of them traps), and a
//! question and a review that ask for a written reply.
//!
//! The traps: a picture of a "transfer" while the marketplace still shows the order unpaid
//! (only the order status counts, a picture is easy to fake), and a buyer asking to cancel
//! and pay straight into the seller's bank account "biar murah" (outside the marketplace
//! neither side is protected, and it is how many scams start).

use super::order::OrderStatus;
use crate::lesson::check::TEXT_ANSWER_MAX_CHARS;
use crate::lesson::text::{contains_phrase, truncate_chars};
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
    pub const ALL: [BuyerMessage; 3] = [BuyerMessage::TransferProof, BuyerMessage::PayOutsideMarketplace, BuyerMessage::PaidAsksWhenShipped];

    /// What the order screen shows beside the message.
    pub fn status_in_app(self) -> OrderStatus {
        match self {
            BuyerMessage::TransferProof | BuyerMessage::PayOutsideMarketplace => OrderStatus::AwaitingPayment,
            BuyerMessage::PaidAsksWhenShipped => OrderStatus::AwaitingConfirmation,
        }
    }

    /// Whether the message comes with a picture (of a transfer receipt).
    pub fn has_picture(self) -> bool {
        self == BuyerMessage::TransferProof
    }
}

impl Decision {
    pub const ALL: [Decision; 4] = [Decision::ShipNow, Decision::CheckAppFirst, Decision::AgreeToDirectTransfer, Decision::DeclinePolitely];
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

/// What a good reply has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyPoint {
    /// A greeting or a kind word.
    Polite,
    /// Points to the variant that is not spicy.
    OffersMildLevel,
    Apologises,
    /// Replacement, resending or money back.
    OffersRemedy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyMistake {
    BlamesBuyer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyVerdict {
    pub right: bool,
    /// Points the reply still lacks, in the task's order.
    pub missing: Vec<ReplyPoint>,
    pub mistakes: Vec<ReplyMistake>,
}

impl ReplyTask {
    pub fn points(self) -> &'static [ReplyPoint] {
        match self {
            ReplyTask::SpiceQuestion => &[ReplyPoint::Polite, ReplyPoint::OffersMildLevel],
            ReplyTask::ComplaintReview => &[ReplyPoint::Apologises, ReplyPoint::OffersRemedy],
        }
    }

    /// Stars the buyer gave, for a review.
    pub fn stars(self) -> Option<u8> {
        match self {
            ReplyTask::SpiceQuestion => None,
            ReplyTask::ComplaintReview => Some(2),
        }
    }
}

/// Words that show a point, matched at the start of a word like lesson answers are
/// ("maaf" also finds "maafkan"). Indonesian prefixes are listed as their own words
/// ("diganti"), because a match must start a word.
fn phrases(point: ReplyPoint) -> &'static [&'static str] {
    match point {
        ReplyPoint::Polite => &[
            "halo", "hai", "kak", "ibu", "bapak", "terima kasih", "makasih", "selamat", "salam", "silakan", "silahkan", "mohon", "maaf",
        ],
        ReplyPoint::OffersMildLevel => &[
            "level 0", "level0", "level nol", "tidak pedas", "nggak pedas", "ngga pedas", "gak pedas", "ga pedas", "tanpa pedas",
            "tidak ada pedas", "original",
        ],
        ReplyPoint::Apologises => &["maaf", "sorry"],
        ReplyPoint::OffersRemedy => &[
            "ganti", "diganti", "mengganti", "gantikan", "tukar", "ditukar", "menukar", "kirim ulang", "dikirim ulang", "kirim lagi",
            "kirimkan lagi", "dikirim lagi", "refund", "uang kembali", "kembalikan", "dikembalikan", "pengembalian", "retur",
        ],
    }
}

const BLAMING: &[&str] = &[
    "salah kakak", "salah anda", "salah ibu", "salah bapak", "salah sendiri", "kakak yang salah", "anda yang salah",
    "bukan salah kami", "bukan salah saya", "bukan tanggung jawab",
];

/// Checks a written reply to a buyer; long text is cut where the lesson text box stops.
pub fn check_reply(task: ReplyTask, reply: &str) -> ReplyVerdict {
    let reply = truncate_chars(reply, TEXT_ANSWER_MAX_CHARS);
    let has = |words: &[&str]| words.iter().any(|w| contains_phrase(reply, w));
    let missing: Vec<ReplyPoint> = task.points().iter().copied().filter(|&p| !has(phrases(p))).collect();
    let mistakes = if has(BLAMING) { vec![ReplyMistake::BlamesBuyer] } else { Vec::new() };
    ReplyVerdict { right: missing.is_empty() && mistakes.is_empty(), missing, mistakes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_picture_is_not_a_payment() {
        assert_eq!(BuyerMessage::TransferProof.status_in_app(), OrderStatus::AwaitingPayment);
        assert!(BuyerMessage::TransferProof.has_picture());
        let verdict = |d| decide_on_message(BuyerMessage::TransferProof, d);
        assert_eq!(verdict(Decision::ShipNow), Verdict { right: false, reason: VerdictReason::PictureIsNotPayment });
        assert_eq!(verdict(Decision::CheckAppFirst), Verdict { right: true, reason: VerdictReason::AppStatusDecides });
        assert_eq!(verdict(Decision::DeclinePolitely), Verdict { right: true, reason: VerdictReason::AppStatusDecides });
        assert_eq!(verdict(Decision::AgreeToDirectTransfer), Verdict { right: false, reason: VerdictReason::OutsidePaymentUnprotected });
    }

    #[test]
    fn paying_outside_the_marketplace_is_declined() {
        let verdict = |d| decide_on_message(BuyerMessage::PayOutsideMarketplace, d);
        assert_eq!(verdict(Decision::AgreeToDirectTransfer), Verdict { right: false, reason: VerdictReason::OutsidePaymentUnprotected });
        assert_eq!(verdict(Decision::DeclinePolitely), Verdict { right: true, reason: VerdictReason::KeepsPaymentInApp });
        assert_eq!(verdict(Decision::ShipNow), Verdict { right: false, reason: VerdictReason::NotPaidInApp });
        assert!(verdict(Decision::CheckAppFirst).right);
    }

    #[test]
    fn a_paid_order_goes_ahead() {
        let verdict = |d| decide_on_message(BuyerMessage::PaidAsksWhenShipped, d);
        assert_eq!(verdict(Decision::ShipNow), Verdict { right: true, reason: VerdictReason::PaidOrderGoesAhead });
        assert_eq!(verdict(Decision::DeclinePolitely), Verdict { right: false, reason: VerdictReason::PaidOrderRefused });
        assert!(!verdict(Decision::AgreeToDirectTransfer).right);
    }

    #[test]
    fn every_message_has_a_right_and_a_wrong_decision() {
        for message in BuyerMessage::ALL {
            let rights = Decision::ALL.iter().filter(|&&d| decide_on_message(message, d).right).count();
            assert!(rights >= 1 && rights < Decision::ALL.len(), "{message:?}");
        }
    }

    #[test]
    fn a_kind_reply_pointing_to_the_mild_level_is_right() {
        let v = check_reply(ReplyTask::SpiceQuestion, "Halo Kak! Level 3 cukup pedas. Untuk anak, ambil yang Level 0 saja, tidak pedas 😊");
        assert_eq!(v, ReplyVerdict { right: true, missing: vec![], mistakes: vec![] });
        assert!(check_reply(ReplyTask::SpiceQuestion, "terima kasih, yg ORIGINAL aman buat anak").right);
    }

    #[test]
    fn a_reply_names_what_it_lacks() {
        assert_eq!(check_reply(ReplyTask::SpiceQuestion, "level 3 pedas").missing, vec![ReplyPoint::Polite, ReplyPoint::OffersMildLevel]);
        assert_eq!(check_reply(ReplyTask::SpiceQuestion, "Halo kak, level 3 pedas").missing, vec![ReplyPoint::OffersMildLevel]);
        assert_eq!(check_reply(ReplyTask::SpiceQuestion, "").missing.len(), 2);
        assert_eq!(check_reply(ReplyTask::SpiceQuestion, "<b>level0</b> ok").missing, vec![ReplyPoint::Polite]);
    }

    #[test]
    fn a_review_reply_apologises_offers_a_fix_and_does_not_blame() {
        assert_eq!(ReplyTask::ComplaintReview.stars(), Some(2));
        let good = check_reply(ReplyTask::ComplaintReview, "Mohon maaf Kak, keripiknya remuk. Kami kirim ulang hari ini ya.");
        assert!(good.right, "{good:?}");
        assert!(check_reply(ReplyTask::ComplaintReview, "Maaf ya kak, akan kami ganti").right);
        assert!(check_reply(ReplyTask::ComplaintReview, "Maaf, pesanan diganti besok").right);
        let blaming = check_reply(ReplyTask::ComplaintReview, "Maaf, tapi itu salah kakak sendiri. Tidak ada ganti rugi.");
        assert_eq!(blaming.mistakes, vec![ReplyMistake::BlamesBuyer]);
        assert!(!blaming.right);
        assert_eq!(check_reply(ReplyTask::ComplaintReview, "Terima kasih ulasannya").missing, vec![ReplyPoint::Apologises, ReplyPoint::OffersRemedy]);
    }

    #[test]
    fn replies_past_the_text_box_limit_are_not_read() {
        let long = "x ".repeat(TEXT_ANSWER_MAX_CHARS) + "maaf, kami ganti";
        assert!(!check_reply(ReplyTask::ComplaintReview, &long).right);
    }
}
