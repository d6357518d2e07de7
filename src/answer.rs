//! What a learner gave for a step, as kept in the progress record, and whether it is right.
//! Every step kind's answer is one variant here.

use crate::lesson::check::{check_choice, check_order, check_text};
use crate::lesson::{KeywordLab, PostBuilder, Step};
use crate::post::{review, PostDraft};
use crate::search::lab::{follow, reaches_goal, ListingDraft};
use crate::search::shipped;
use crate::shop::desk::SellerDesk;
use crate::shop::purchase::Purchase;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// Indexes of the picked options.
    Choice(Vec<usize>),
    /// Item indexes (into the file's right order) in the order the learner arranged them.
    Order(Vec<usize>),
    Text(String),
    /// The post as built so far; kept on every keystroke so a reload keeps the draft.
    Post(PostDraft),
    /// The keyword lab's title and description as typed.
    Listing(ListingDraft),
    /// The checkout practice's cart, choices, screen and order; kept on every tap.
    Purchase(Purchase),
    /// The seller practice's order, decisions and reply; kept on every tap.
    SellerDesk(SellerDesk),
}

/// Whether `answer` is a right answer to `step`. An answer of another kind is not.
pub fn is_right(step: &Step, answer: &Answer) -> bool {
    match (step, answer) {
        (Step::Choice(s), Answer::Choice(picked)) => check_choice(s, picked).correct,
        (Step::Ordering(s), Answer::Order(order)) => check_order(s, order).correct,
        (Step::TextAnswer(s), Answer::Text(text)) => check_text(s, text).correct,
        (Step::PostBuilder(s), Answer::Post(draft)) => post_is_done(s, draft),
        (Step::KeywordLab(s), Answer::Listing(draft)) => listing_is_done(s, draft),
        (Step::Checkout(_), Answer::Purchase(purchase)) => purchase.is_done(),
        (Step::SellerOrders(_), Answer::SellerDesk(desk)) => desk.is_done(),
        _ => false,
    }
}

/// A post is done when it is for the step's channel (if one is set) and every stage the
/// step asks for is there. Other stages and mistakes are advice, not a gate.
pub fn post_is_done(step: &PostBuilder, draft: &PostDraft) -> bool {
    let right_channel = step.channel.is_none_or(|channel| channel == draft.channel);
    let checks = review(draft).stages;
    right_channel && step.must_meet.iter().all(|stage| checks.iter().any(|c| c.stage == *stage && c.done()))
}

/// A listing is done when it reaches the goal page for every search the step follows.
pub fn listing_is_done(step: &KeywordLab, draft: &ListingDraft) -> bool {
    let market = shipped::market();
    let followed = follow(shipped::index(), &market.searches, &step.searches);
    reaches_goal(&followed, &draft.listing(step.category), step.goal_page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{Choice, ChoiceOption, Explanation, Ordering, TextAnswer, TextRule};
    use crate::post::{Channel, Photo, Stage};

    fn choice() -> Step {
        let option = |text: &str, correct| ChoiceOption { text: text.into(), correct, feedback: "f".into() };
        Step::Choice(Choice { question: "OTP?".into(), options: vec![option("kirim", false), option("tolak", true)], hint: None, trainer_note: None })
    }

    fn ordering() -> Step {
        Step::Ordering(Ordering {
            question: "Urutkan".into(),
            items: vec!["Pilih".into(), "Bayar".into()],
            feedback_correct: "ya".into(),
            feedback_wrong: "belum".into(),
            hint: None,
            trainer_note: None,
        })
    }

    fn text_answer() -> Step {
        Step::TextAnswer(TextAnswer {
            question: "Jawab".into(),
            placeholder: None,
            rules: vec![TextRule { must_contain: vec!["tolak".into()], must_not_contain: vec![], feedback: "f".into() }],
            feedback_correct: "ya".into(),
            hint: None,
            trainer_note: None,
        })
    }

    fn status_step(must_meet: Vec<Stage>) -> PostBuilder {
        PostBuilder {
            title: "Buat Status".into(),
            task: "Pagi ini".into(),
            channel: Some(Channel::WhatsappStatus),
            must_meet,
            hint: None,
            trainer_note: None,
        }
    }

    fn good_status() -> PostDraft {
        PostDraft {
            channel: Channel::WhatsappStatus,
            photo: Photo::Sample("keripik-singkong".into()),
            caption: "Keripik singkong pedas Mbak Rini, renyah dan gurih, 250 gr.".into(),
            price: "15rb".into(),
            how_to_order: "Pesan lewat WA 0812-3456-7890".into(),
            hashtags: String::new(),
        }
    }

    #[test]
    fn each_kind_is_checked_by_its_own_checker() {
        assert!(is_right(&choice(), &Answer::Choice(vec![1])));
        assert!(!is_right(&choice(), &Answer::Choice(vec![0])));
        assert!(is_right(&ordering(), &Answer::Order(vec![0, 1])));
        assert!(!is_right(&ordering(), &Answer::Order(vec![1, 0])));
        assert!(is_right(&text_answer(), &Answer::Text("saya tolak".into())));
        assert!(!is_right(&text_answer(), &Answer::Text("boleh".into())));
    }

    #[test]
    fn an_answer_of_another_kind_is_never_right() {
        assert!(!is_right(&choice(), &Answer::Text("tolak".into())));
        assert!(!is_right(&text_answer(), &Answer::Choice(vec![0])));
        let explanation = Step::Explanation(Explanation { title: "t".into(), text: "x".into(), picture: None, trainer_note: None });
        assert!(!is_right(&explanation, &Answer::Text("x".into())));
        assert!(!is_right(&Step::PostBuilder(status_step(vec![])), &Answer::Text("x".into())));
    }

    #[test]
    fn a_post_is_done_when_the_asked_stages_are_there() {
        let step = status_step(vec![Stage::Attention, Stage::Interest, Stage::Desire, Stage::Action]);
        assert!(post_is_done(&step, &good_status()));
        let no_way_to_order = PostDraft { how_to_order: String::new(), ..good_status() };
        assert!(!post_is_done(&step, &no_way_to_order));
        assert!(post_is_done(&status_step(vec![Stage::Attention]), &no_way_to_order));
    }

    #[test]
    fn a_post_for_another_channel_does_not_count() {
        let step = status_step(vec![Stage::Action]);
        let on_instagram = PostDraft { channel: Channel::InstagramFeed, ..good_status() };
        assert!(!post_is_done(&step, &on_instagram));
        let any_channel = PostBuilder { channel: None, ..step };
        assert!(post_is_done(&any_channel, &on_instagram));
    }

    #[test]
    fn a_listing_is_done_when_it_reaches_the_goal_page() {
        let lab = KeywordLab {
            title: "Judul".into(),
            task: "Tulis".into(),
            category: crate::search::Category::Snacks,
            product: "Keripik".into(),
            searches: vec!["keripik singkong pedes".into()],
            goal_page: 1,
            start_title: None,
            start_description: None,
            hint: None,
            trainer_note: None,
        };
        let weak = ListingDraft { title: "Produk Enak Murah!!!".into(), description: String::new() };
        let clear = ListingDraft { title: "Keripik Singkong Pedas Renyah 250gr".into(), description: "Keripik singkong pedas.".into() };
        assert!(!is_right(&Step::KeywordLab(lab.clone()), &Answer::Listing(weak)));
        assert!(is_right(&Step::KeywordLab(lab), &Answer::Listing(clear)));
    }

    #[test]
    fn a_purchase_is_right_once_paid_and_a_desk_once_done() {
        use crate::lesson::{CheckoutPractice, SellerPractice};
        use crate::shop::chat::{BuyerMessage, Decision};
        use crate::shop::order::Action;
        use crate::shop::payment::Payment;
        use crate::shop::purchase::Screen;
        use crate::shop::shipping::{Courier, Destination, Service, ShippingChoice};
        const NOW: u64 = 1_795_402_800_000;
        let checkout = Step::Checkout(CheckoutPractice { title: "Beli".into(), task: "Beli keripik".into(), hint: None, trainer_note: None });
        let mut purchase = Purchase::default();
        purchase.pick_variant("KS-L0-100").unwrap();
        purchase.add_to_cart(1).unwrap();
        purchase.choose_destination(Destination::Malang).unwrap();
        purchase.choose_shipping(ShippingChoice { courier: Courier::Semut, service: Service::Economy }).unwrap();
        purchase.choose_payment(Payment::Qris).unwrap();
        purchase.open(Screen::Payment).unwrap();
        purchase.place_order(NOW).unwrap();
        assert!(!is_right(&checkout, &Answer::Purchase(purchase.clone())), "placed, not paid");
        purchase.pay(NOW).unwrap();
        assert!(is_right(&checkout, &Answer::Purchase(purchase.clone())));

        let seller = Step::SellerOrders(SellerPractice { title: "Jual".into(), task: "Proses".into(), hint: None, trainer_note: None });
        let mut desk = SellerDesk::new(NOW);
        desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
        desk.decide(BuyerMessage::PayOutsideMarketplace, Decision::DeclinePolitely);
        desk.send_reply("Halo Kak, untuk anak ambil level 0 saja.");
        assert!(!is_right(&seller, &Answer::SellerDesk(desk.clone())), "not shipped yet");
        for action in [Action::Confirm, Action::Pack, Action::Ship { resi: "KCL261123004567".into() }] {
            desk.act(&action).unwrap();
        }
        assert!(is_right(&seller, &Answer::SellerDesk(desk)));
        assert!(!is_right(&seller, &Answer::Purchase(purchase)), "an answer of another kind");
    }

    #[test]
    fn answers_keep_stable_names_in_storage() {
        let json = serde_json::to_string(&Answer::Choice(vec![1])).unwrap();
        assert_eq!(json, r#"{"type":"choice","value":[1]}"#);
        let post = serde_json::to_string(&Answer::Post(PostDraft::default())).unwrap();
        assert!(post.starts_with(r#"{"type":"post","value":{"channel":"whatsapp_status""#), "{post}");
    }
}
