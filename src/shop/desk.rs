//! The seller's practice inbox after a sale: one paid order to confirm, pack and ship with a
//! tracking number, a buyer's question to answer, and two traps to decide on. Kept as one
//! value in the progress record. The rules are `order` and `chat`; this file holds the
//! state and says when the step is done.

use super::chat::{check_reply, decide_on_message, BuyerMessage, Decision, ReplyTask, Verdict};
use super::checkout::Checkout;
use super::order::{Action, Order, OrderStatus, TransitionError};
use super::payment::Payment;
use super::shipping::{Courier, Destination, Service, ShippingChoice};
use crate::lesson::check::{TextVerdict, TEXT_ANSWER_MAX_CHARS};
use crate::lesson::text::truncate_chars;
use serde::{Deserialize, Serialize};

/// The messages that ask the seller to decide: both are traps.
pub const TRAPS: [BuyerMessage; 2] = [
    BuyerMessage::TransferProof,
    BuyerMessage::PayOutsideMarketplace,
];
/// The buyer's question the seller answers in writing.
pub const QUESTION: ReplyTask = ReplyTask::SpiceQuestion;
/// The review that arrives once the parcel is on its way.
pub const REVIEW: ReplyTask = ReplyTask::ComplaintReview;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerDesk {
    pub order: Order,
    /// The latest decision per trap.
    #[serde(default)]
    pub decisions: Vec<(BuyerMessage, Decision)>,
    /// The reply sent to the buyer's question; empty until one is sent.
    #[serde(default)]
    pub reply: String,
}

/// The order that comes in: 2 x keripik singkong level 3, 250 g, and a jar of sambal, to
/// Surabaya by Kancil Reguler, paid by QRIS.
pub fn incoming_order(now: u64) -> Order {
    let mut checkout = Checkout {
        destination: Some(Destination::Surabaya),
        shipping: Some(ShippingChoice {
            courier: Courier::Kancil,
            service: Service::Regular,
        }),
        payment: Some(Payment::Qris),
        ..Checkout::default()
    };
    // The shop's own catalogue holds both variants, so these adds and the order succeed.
    let _ = checkout.cart.add("KS-L3-250", 2);
    let _ = checkout.cart.add("SB-150", 1);
    let mut order = checkout
        .place_order(now)
        .expect("the incoming order is complete");
    let _ = order.apply(&Action::Pay);
    order
}

impl SellerDesk {
    pub fn new(now: u64) -> SellerDesk {
        SellerDesk {
            order: incoming_order(now),
            decisions: Vec::new(),
            reply: String::new(),
        }
    }

    /// Confirm, pack or ship (with the marketplace's resi); a refused step changes nothing.
    pub fn act(&mut self, action: &Action) -> Result<(), TransitionError> {
        self.order.apply(action)
    }

    pub fn decide(&mut self, message: BuyerMessage, decision: Decision) -> Verdict {
        self.decisions.retain(|(m, _)| *m != message);
        self.decisions.push((message, decision));
        decide_on_message(message, decision)
    }

    /// The verdict on the latest decision about `message`, if one was made.
    pub fn verdict(&self, message: BuyerMessage) -> Option<Verdict> {
        self.decisions
            .iter()
            .find(|(m, _)| *m == message)
            .map(|&(m, d)| decide_on_message(m, d))
    }

    pub fn send_reply(&mut self, text: &str) -> TextVerdict<'static> {
        self.reply = truncate_chars(text, TEXT_ANSWER_MAX_CHARS).to_string();
        check_reply(QUESTION, &self.reply)
    }

    /// The verdict on the reply sent, if one was.
    pub fn reply_verdict(&self) -> Option<TextVerdict<'static>> {
        (!self.reply.trim().is_empty()).then(|| check_reply(QUESTION, &self.reply))
    }

    pub fn is_shipped(&self) -> bool {
        matches!(
            self.order.status,
            OrderStatus::Shipped | OrderStatus::Completed
        )
    }

    /// Done when the order is shipped, both traps were decided right and the reply is right.
    pub fn is_done(&self) -> bool {
        self.is_shipped()
            && TRAPS
                .iter()
                .all(|&m| self.verdict(m).is_some_and(|v| v.right))
            && self.reply_verdict().is_some_and(|v| v.correct)
    }

    /// A stored desk put right: the reply cut to the text box's length, decisions only
    /// on the traps and one per trap.
    pub fn within_limits(mut self) -> SellerDesk {
        self.reply = truncate_chars(&self.reply, TEXT_ANSWER_MAX_CHARS).to_string();
        let mut kept: Vec<(BuyerMessage, Decision)> = Vec::new();
        for (message, decision) in self.decisions.into_iter().rev() {
            if TRAPS.contains(&message) && !kept.iter().any(|(m, _)| *m == message) {
                kept.insert(0, (message, decision));
            }
        }
        self.decisions = kept;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::chat::VerdictReason;
    use crate::shop::order::ResiError;

    const NOW: u64 = 1_795_402_800_000;
    const GOOD_REPLY: &str = "Halo Kak, level 3 cukup pedas. Untuk anak, ambil Level 0 saja ya.";

    fn ship(resi: &str) -> Action {
        Action::Ship { resi: resi.into() }
    }

    fn shipped_desk() -> SellerDesk {
        let mut desk = SellerDesk::new(NOW);
        for action in [Action::Confirm, Action::Pack, ship("KCL-2611-2300-4567")] {
            desk.act(&action).unwrap();
        }
        desk
    }

    #[test]
    fn the_incoming_order_is_paid_and_waits_for_the_seller() {
        let desk = SellerDesk::new(NOW);
        assert_eq!(desk.order.status, OrderStatus::AwaitingConfirmation);
        assert!(desk.order.is_paid());
        // 2 x 25.000 + 20.000 + Surabaya Kancil Reguler 1 kg (2 x 280 g + 300 g + 100 g = 960 g) Rp10.000.
        assert_eq!(desk.order.totals.total, 80_000);
        assert!(!desk.is_done());
    }

    #[test]
    fn a_wrong_resi_is_refused_and_a_good_one_ships() {
        let mut desk = SellerDesk::new(NOW);
        assert_eq!(
            desk.act(&ship("KCL261123004567")),
            Err(TransitionError::MustFirstBe(OrderStatus::Confirmed))
        );
        desk.act(&Action::Confirm).unwrap();
        desk.act(&Action::Pack).unwrap();
        assert_eq!(
            desk.act(&ship("12345")),
            Err(TransitionError::InvalidResi(ResiError::TooShort {
                length: 5
            }))
        );
        assert!(!desk.is_shipped());
        desk.act(&ship("kcl 2611 2300 4567")).unwrap();
        assert!(desk.is_shipped());
        assert_eq!(desk.order.resi.as_deref(), Some("KCL261123004567"));
    }

    #[test]
    fn the_seller_ships_with_the_resi_the_marketplace_makes() {
        let mut desk = SellerDesk::new(NOW);
        desk.act(&Action::Confirm).unwrap();
        desk.act(&Action::Pack).unwrap();
        let resi = desk.order.platform_resi();
        desk.act(&ship(&resi)).unwrap();
        assert_eq!(desk.order.resi, Some(resi));
        assert!(desk.is_shipped());
    }

    #[test]
    fn shipping_on_a_transfer_picture_is_wrong_and_checking_the_app_is_right() {
        let mut desk = SellerDesk::new(NOW);
        assert_eq!(desk.verdict(BuyerMessage::TransferProof), None);
        let wrong = desk.decide(BuyerMessage::TransferProof, Decision::ShipNow);
        assert_eq!(
            wrong,
            Verdict {
                right: false,
                reason: VerdictReason::PictureIsNotPayment
            }
        );
        assert_eq!(desk.verdict(BuyerMessage::TransferProof), Some(wrong));
        let right = desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
        assert!(right.right);
        assert_eq!(
            desk.decisions,
            vec![(BuyerMessage::TransferProof, Decision::CheckAppFirst)]
        );
    }

    #[test]
    fn done_needs_shipping_both_traps_and_a_good_reply() {
        let mut desk = shipped_desk();
        assert!(!desk.is_done());
        desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
        desk.decide(
            BuyerMessage::PayOutsideMarketplace,
            Decision::AgreeToDirectTransfer,
        );
        assert!(!desk.send_reply("level 3 pedas").correct);
        assert!(!desk.is_done());
        assert!(desk.send_reply(GOOD_REPLY).correct);
        assert!(!desk.is_done(), "one trap still decided wrong");
        desk.decide(
            BuyerMessage::PayOutsideMarketplace,
            Decision::DeclinePolitely,
        );
        assert!(desk.is_done());

        let mut not_shipped = SellerDesk::new(NOW);
        not_shipped.decisions = desk.decisions.clone();
        not_shipped.send_reply(GOOD_REPLY);
        assert!(!not_shipped.is_done());
    }

    #[test]
    fn a_stored_desk_round_trips_and_is_put_right() {
        let mut desk = shipped_desk();
        desk.send_reply(GOOD_REPLY);
        let json = serde_json::to_string(&desk).unwrap();
        assert_eq!(serde_json::from_str::<SellerDesk>(&json).unwrap(), desk);

        desk.reply = "x".repeat(TEXT_ANSWER_MAX_CHARS + 50);
        desk.decisions = vec![
            (BuyerMessage::TransferProof, Decision::ShipNow),
            (BuyerMessage::PaidAsksWhenShipped, Decision::ShipNow),
            (BuyerMessage::TransferProof, Decision::CheckAppFirst),
        ];
        let fixed = desk.within_limits();
        assert_eq!(fixed.reply.chars().count(), TEXT_ANSWER_MAX_CHARS);
        assert_eq!(
            fixed.decisions,
            vec![(BuyerMessage::TransferProof, Decision::CheckAppFirst)]
        );
        assert_eq!(fixed.reply_verdict().map(|v| v.correct), Some(false));
        assert_eq!(SellerDesk::new(NOW).reply_verdict(), None);
    }
}
