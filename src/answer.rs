//! What a learner gave for a step, as kept in the progress record, and whether it is right.
//! `Answer` is written from the registry of step kinds (`lesson::kinds`); each kind that
//! asks something adds its `Checked` constructor here.

use crate::cash_book::Book;
use crate::lesson::check::{
    check_choice, check_order, check_text, is_arrangement, TEXT_ANSWER_MAX_CHARS,
};
use crate::lesson::text::truncate_chars;
use crate::lesson::{step_kinds, Choice, KeywordLab, Ordering, PostBuilder, Step, TextAnswer};
use crate::lesson::{CashBook, PriceCalculator};
use crate::post::{review, PostDraft};
use crate::pricing::PriceSheet;
use crate::search::lab::{follow, reaches_goal, ListingDraft};
use crate::search::shipped;
use crate::shop::desk::SellerDesk;
use crate::shop::purchase::Purchase;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

macro_rules! write_answer {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident,
        answer: [$($stored:literal: $kept:ty $(, fits if $fits:ident)?)?], shown: $shown:ident;)*) => {
        /// What the learner gave for a step, one variant per step kind that asks something,
        /// kept under the name in the registry (`lesson::kinds`): choices as the picked
        /// options' indexes, an ordering as the file's item indexes in the learner's order,
        /// typed text as typed, and a simulator's whole state, kept on every change.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "type", content = "value")]
        pub enum Answer {
            $($(#[serde(rename = $stored)] $variant($kept),)?)*
        }

        impl Answer {
            /// Whether a kept answer belongs to `step`: its kind, and what the kind's check
            /// says about a lesson file that may have changed since.
            pub fn fits(&self, step: &Step) -> bool {
                match self {
                    $($(Answer::$variant(kept) => {
                        matches!(step, Step::$variant(step) if kept_fits!(step, kept $(, $fits)?))
                    })?)*
                }
            }
        }
    };
}

/// A kept answer fits its kind's step unless the kind names a check.
macro_rules! kept_fits {
    ($step:ident, $kept:ident) => {{
        let _ = ($step, $kept);
        true
    }};
    ($step:ident, $kept:ident, $fits:ident) => {
        $fits($step, $kept)
    };
}

step_kinds!(write_answer);

/// The picked options are all still in the step.
fn picks_are_options(step: &Choice, picked: &[usize]) -> bool {
    picked.iter().all(|&i| i < step.options.len())
}

/// The kept order holds every item of the step once.
fn is_full_arrangement(step: &Ordering, order: &[usize]) -> bool {
    is_arrangement(order, step.items.len())
}

/// A simulator's state as the progress record keeps it: JSON that only the simulator's own
/// part turns into its type. The app's first part loads and saves the record without the
/// (large) code that reads and writes every simulator's state; on disk it is the same JSON.
pub struct Stored<T> {
    json: Value,
    kind: PhantomData<fn() -> T>,
}

impl<T: Serialize> Stored<T> {
    pub fn new(state: &T) -> Stored<T> {
        // Our states are plain structs and enums with string keys, which always convert.
        Stored {
            json: serde_json::to_value(state).unwrap_or(Value::Null),
            kind: PhantomData,
        }
    }
}

impl<T: DeserializeOwned> Stored<T> {
    /// The state, or None when what was kept no longer reads (from an older app, or damaged).
    pub fn read(&self) -> Option<T> {
        T::deserialize(&self.json).ok()
    }
}

impl<T> Clone for Stored<T> {
    fn clone(&self) -> Self {
        Stored {
            json: self.json.clone(),
            kind: PhantomData,
        }
    }
}

impl<T> PartialEq for Stored<T> {
    fn eq(&self, other: &Self) -> bool {
        self.json == other.json
    }
}

impl<T> Eq for Stored<T> {}

impl<T> fmt::Debug for Stored<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.json.fmt(f)
    }
}

impl<T> Serialize for Stored<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Stored<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(|json| Stored {
            json,
            kind: PhantomData,
        })
    }
}

/// An answer with its verdict, made by its own step kind's check after cutting what was typed
/// to the kept limits. One constructor per kind, so the app's first part carries only the
/// checks of the steps it shows: a simulator's check (and the marketplace it ranks against)
/// travels with the simulator's part (src/ui/later.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    answer: Answer,
    correct: bool,
}

impl Checked {
    pub fn choice(step: &Choice, picked: Vec<usize>) -> Checked {
        Checked {
            correct: check_choice(step, &picked).correct,
            answer: Answer::Choice(picked),
        }
    }

    pub fn ordering(step: &Ordering, order: Vec<usize>) -> Checked {
        Checked {
            correct: check_order(step, &order).correct,
            answer: Answer::Ordering(order),
        }
    }

    pub fn text_answer(step: &TextAnswer, text: &str) -> Checked {
        let text = truncate_chars(text, TEXT_ANSWER_MAX_CHARS);
        Checked {
            correct: check_text(step, text).correct,
            answer: Answer::TextAnswer(text.to_string()),
        }
    }

    pub fn post_builder(step: &PostBuilder, draft: PostDraft) -> Checked {
        let draft = draft.within_limits();
        Checked {
            correct: post_is_done(step, &draft),
            answer: Answer::PostBuilder(Stored::new(&draft)),
        }
    }

    pub fn keyword_lab(step: &KeywordLab, draft: ListingDraft) -> Checked {
        let draft = draft.within_limits();
        Checked {
            correct: listing_is_done(step, &draft),
            answer: Answer::KeywordLab(Stored::new(&draft)),
        }
    }

    pub fn checkout(purchase: Purchase) -> Checked {
        let purchase = purchase.within_limits();
        Checked {
            correct: purchase.is_done(),
            answer: Answer::Checkout(Stored::new(&purchase)),
        }
    }

    pub fn seller_orders(desk: SellerDesk) -> Checked {
        let desk = desk.within_limits();
        Checked {
            correct: desk.is_done(),
            answer: Answer::SellerOrders(Stored::new(&desk)),
        }
    }

    pub fn price_calculator(step: &PriceCalculator, sheet: PriceSheet) -> Checked {
        let sheet = sheet.fitted(step);
        Checked {
            correct: sheet.is_done(step),
            answer: Answer::PriceCalculator(Stored::new(&sheet)),
        }
    }

    pub fn cash_book(step: &CashBook, book: Book) -> Checked {
        let book = book.fitted(step);
        Checked {
            correct: book.is_done(step),
            answer: Answer::CashBook(Stored::new(&book)),
        }
    }

    pub fn answer(&self) -> &Answer {
        &self.answer
    }

    pub fn is_right(&self) -> bool {
        self.correct
    }

    pub fn into_answer(self) -> Answer {
        self.answer
    }
}

/// A post is done when it is for the step's channel (if one is set) and every stage the
/// step asks for is there. Other stages and mistakes are advice, not a gate.
pub fn post_is_done(step: &PostBuilder, draft: &PostDraft) -> bool {
    let right_channel = step.channel.is_none_or(|channel| channel == draft.channel);
    let checks = review(draft).stages;
    right_channel
        && step
            .must_meet
            .iter()
            .all(|stage| checks.iter().any(|c| c.stage == *stage && c.done()))
}

/// A listing is done when it reaches the goal page for every search the step follows.
pub fn listing_is_done(step: &KeywordLab, draft: &ListingDraft) -> bool {
    let market = shipped::market();
    let followed = follow(shipped::index(), &market.searches, &step.searches);
    reaches_goal(
        &followed,
        &draft.listing(step.category, &step.product),
        step.goal_page,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lesson::{ChoiceOption, TextRule};
    use crate::post::{Channel, Photo, Stage};

    /// A right answer to `step`, made the way a learner would give it; `None` for a step that
    /// asks nothing. The registry's completeness test (`lesson::kinds`) checks every kind
    /// with it, so a new kind that asks something needs its arm here.
    pub(crate) fn right_answer(step: &Step) -> Option<Checked> {
        const NOW: u64 = 1_795_402_800_000;
        match step {
            Step::Explanation(_) => None,
            Step::Choice(step) => {
                let right = step
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(_, option)| option.correct)
                    .map(|(i, _)| i);
                Some(Checked::choice(step, right.collect()))
            }
            Step::Ordering(step) => Some(Checked::ordering(step, (0..step.items.len()).collect())),
            Step::TextAnswer(step) => {
                let wanted: Vec<&str> = step
                    .rules
                    .iter()
                    .filter_map(|rule| rule.must_contain.first().map(|w| &**w))
                    .collect();
                Some(Checked::text_answer(step, &wanted.join(". ")))
            }
            Step::PostBuilder(step) => {
                let caption = "Keripik singkong pedas Mbak Rini, renyah dan gurih, 250 gr. Garansi uang kembali.";
                let channel = step.channel.unwrap_or_default();
                Some(Checked::post_builder(
                    step,
                    PostDraft {
                        channel,
                        caption: caption.into(),
                        ..good_status()
                    },
                ))
            }
            Step::KeywordLab(step) => {
                let mut words: Vec<&str> = step
                    .searches
                    .iter()
                    .flat_map(|search| search.split_whitespace())
                    .collect();
                words.dedup();
                let searches: Vec<&str> = step.searches.iter().map(|search| &**search).collect();
                let draft = ListingDraft {
                    title: words.join(" "),
                    description: format!("{}. {}.", step.product, searches.join(", ")),
                };
                Some(Checked::keyword_lab(step, draft))
            }
            Step::Checkout(_) => {
                let mut purchase = placed_purchase(NOW);
                purchase.pay(NOW).ok()?;
                Some(Checked::checkout(purchase))
            }
            Step::SellerOrders(_) => {
                let mut desk = answered_desk(NOW);
                ship(&mut desk);
                Some(Checked::seller_orders(desk))
            }
            Step::PriceCalculator(step) => {
                let mut sheet = PriceSheet::new(step);
                let cost = sheet.cost_per_pack(step).unwrap_or(0);
                sheet.prices = step
                    .channels
                    .get()
                    .iter()
                    .map(|channel| {
                        let price =
                            crate::pricing::suggested_price(channel, cost, step.target_margin);
                        crate::money::format_rupiah(price.unwrap_or(0))
                    })
                    .collect();
                Some(Checked::price_calculator(step, sheet))
            }
            Step::CashBook(step) => {
                let mut book = Book::new(step);
                for (index, event) in step.events.get().iter().enumerate() {
                    book.record(index, event.kind);
                }
                Some(Checked::cash_book(step, book))
            }
        }
    }

    /// A purchase ordered at `now` to be paid with QRIS, not paid yet.
    pub(crate) fn placed_purchase(now: u64) -> Purchase {
        use crate::shop::payment::Payment;
        use crate::shop::purchase::Screen;
        use crate::shop::shipping::{Courier, Destination, Service, ShippingChoice};
        let mut purchase = Purchase::default();
        purchase.pick_variant("KS-L0-100").unwrap();
        purchase.add_to_cart(1).unwrap();
        purchase.choose_destination(Destination::Malang).unwrap();
        purchase
            .choose_shipping(ShippingChoice {
                courier: Courier::Semut,
                service: Service::Economy,
            })
            .unwrap();
        purchase.choose_payment(Payment::Qris).unwrap();
        purchase.open(Screen::Payment).unwrap();
        purchase.place_order(now).unwrap();
        purchase
    }

    /// A seller desk opened at `now` with the buyer's question and both traps answered
    /// rightly, the order not shipped yet.
    fn answered_desk(now: u64) -> SellerDesk {
        use crate::shop::chat::{BuyerMessage, Decision};
        let mut desk = SellerDesk::new(now);
        desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
        desk.decide(
            BuyerMessage::PayOutsideMarketplace,
            Decision::DeclinePolitely,
        );
        desk.send_reply("Halo Kak, untuk anak ambil level 0 saja.");
        desk
    }

    fn ship(desk: &mut SellerDesk) {
        use crate::shop::order::Action;
        for action in [
            Action::Confirm,
            Action::Pack,
            Action::Ship {
                resi: "KCL261123004567".into(),
            },
        ] {
            desk.act(&action).unwrap();
        }
    }

    fn choice() -> Choice {
        let option = |text: &'static str, correct| ChoiceOption {
            text: text.into(),
            correct,
            feedback: "f".into(),
        };
        Choice {
            question: "OTP?".into(),
            options: vec![option("kirim", false), option("tolak", true)].into(),
            hint: None,
            trainer_note: None,
        }
    }

    fn ordering() -> Ordering {
        Ordering {
            question: "Urutkan".into(),
            items: vec!["Pilih".into(), "Bayar".into()].into(),
            feedback_correct: "ya".into(),
            feedback_wrong: "belum".into(),
            hint: None,
            trainer_note: None,
        }
    }

    fn text_answer() -> TextAnswer {
        TextAnswer {
            question: "Jawab".into(),
            placeholder: None,
            rules: vec![TextRule {
                must_contain: vec!["tolak".into()].into(),
                feedback: "f".into(),
                ..TextRule::default()
            }]
            .into(),
            feedback_correct: "ya".into(),
            hint: None,
            trainer_note: None,
        }
    }

    fn status_step(must_meet: Vec<Stage>) -> PostBuilder {
        PostBuilder {
            title: "Buat Status".into(),
            task: "Pagi ini".into(),
            channel: Some(Channel::WhatsappStatus),
            must_meet: must_meet.into(),
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
        assert!(Checked::choice(&choice(), vec![1]).is_right());
        assert!(!Checked::choice(&choice(), vec![0]).is_right());
        assert!(Checked::ordering(&ordering(), vec![0, 1]).is_right());
        assert!(!Checked::ordering(&ordering(), vec![1, 0]).is_right());
        assert!(Checked::text_answer(&text_answer(), "saya tolak").is_right());
        assert!(!Checked::text_answer(&text_answer(), "boleh").is_right());
        assert_eq!(
            Checked::choice(&choice(), vec![1]).into_answer(),
            Answer::Choice(vec![1])
        );
    }

    #[test]
    fn typed_answers_are_cut_to_the_kept_length_before_the_check() {
        let long = format!("{} tolak", "😀".repeat(TEXT_ANSWER_MAX_CHARS));
        let checked = Checked::text_answer(&text_answer(), &long);
        let Answer::TextAnswer(kept) = checked.answer() else {
            panic!("kind")
        };
        assert_eq!(kept.chars().count(), TEXT_ANSWER_MAX_CHARS);
        assert!(!checked.is_right(), "the cut-off word does not count");
        assert!(
            Checked::text_answer(&text_answer(), &format!("{} tolak", "😀".repeat(10))).is_right()
        );
    }

    #[test]
    fn a_post_is_done_when_the_asked_stages_are_there() {
        let step = status_step(vec![
            Stage::Attention,
            Stage::Interest,
            Stage::Desire,
            Stage::Action,
        ]);
        assert!(post_is_done(&step, &good_status()));
        let no_way_to_order = PostDraft {
            how_to_order: String::new(),
            ..good_status()
        };
        assert!(!post_is_done(&step, &no_way_to_order));
        assert!(post_is_done(
            &status_step(vec![Stage::Attention]),
            &no_way_to_order
        ));
    }

    #[test]
    fn a_post_for_another_channel_does_not_count() {
        let step = status_step(vec![Stage::Action]);
        let on_instagram = PostDraft {
            channel: Channel::InstagramFeed,
            ..good_status()
        };
        assert!(!post_is_done(&step, &on_instagram));
        let any_channel = PostBuilder {
            channel: None,
            ..step
        };
        assert!(post_is_done(&any_channel, &on_instagram));
    }

    #[test]
    fn a_listing_is_done_when_it_reaches_the_goal_page() {
        let lab = KeywordLab {
            title: "Judul".into(),
            task: "Tulis".into(),
            category: crate::search::Category::Snacks,
            product: "Keripik singkong pedas".into(),
            searches: vec!["keripik singkong pedes".into()].into(),
            goal_page: 1,
            start_title: None,
            start_description: None,
            hint: None,
            trainer_note: None,
        };
        let weak = ListingDraft {
            title: "Produk Enak Murah!!!".into(),
            description: String::new(),
        };
        let clear = ListingDraft {
            title: "Keripik Singkong Pedas Renyah 250gr".into(),
            description: "Keripik singkong pedas.".into(),
        };
        let other_product = ListingDraft {
            title: "Keripik Singkong Pisang Pedas Renyah 250gr".into(),
            ..clear.clone()
        };
        assert!(!Checked::keyword_lab(&lab, weak).is_right());
        assert!(Checked::keyword_lab(&lab, clear).is_right());
        assert!(
            !Checked::keyword_lab(&lab, other_product).is_right(),
            "a product she does not sell in the title"
        );
    }

    #[test]
    fn a_purchase_is_right_once_paid_and_a_desk_once_done() {
        const NOW: u64 = 1_795_402_800_000;
        let mut purchase = placed_purchase(NOW);
        assert!(
            !Checked::checkout(purchase.clone()).is_right(),
            "placed, not paid"
        );
        purchase.pay(NOW).unwrap();
        assert!(Checked::checkout(purchase).is_right());

        let mut desk = answered_desk(NOW);
        assert!(
            !Checked::seller_orders(desk.clone()).is_right(),
            "not shipped yet"
        );
        ship(&mut desk);
        assert!(Checked::seller_orders(desk).is_right());
    }

    #[test]
    fn answers_keep_stable_names_in_storage() {
        let json = serde_json::to_string(&Answer::Choice(vec![1])).unwrap();
        assert_eq!(json, r#"{"type":"choice","value":[1]}"#);
        let post = serde_json::to_string(&Answer::PostBuilder(Stored::new(&PostDraft::default())))
            .unwrap();
        assert!(post.starts_with(r#"{"type":"post","value":{"#), "{post}");
        assert!(post.contains(r#""channel":"whatsapp_status""#), "{post}");
    }

    /// Phones keep answers under these names; a renamed variant must still read them.
    #[test]
    fn every_kind_reads_the_answers_phones_have_kept() {
        let kept = |json: &str| {
            serde_json::from_str::<Answer>(json).unwrap_or_else(|e| panic!("{json}: {e}"))
        };
        assert!(matches!(
            kept(r#"{"type":"choice","value":[1]}"#),
            Answer::Choice(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"order","value":[1,0]}"#),
            Answer::Ordering(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"text","value":"tolak"}"#),
            Answer::TextAnswer(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"post","value":{}}"#),
            Answer::PostBuilder(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"listing","value":{}}"#),
            Answer::KeywordLab(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"purchase","value":{}}"#),
            Answer::Checkout(_)
        ));
        assert!(matches!(
            kept(r#"{"type":"seller_desk","value":{}}"#),
            Answer::SellerOrders(_)
        ));
        let written =
            serde_json::to_string(&Answer::SellerOrders(Stored::new(&SellerDesk::new(1)))).unwrap();
        assert!(
            written.starts_with(r#"{"type":"seller_desk","#),
            "{written}"
        );
    }

    #[test]
    fn a_stored_state_reads_back_and_garbage_reads_as_nothing() {
        let draft = good_status();
        let stored = Stored::new(&draft);
        assert_eq!(stored.read(), Some(draft.clone()));
        let json = serde_json::to_string(&stored).unwrap();
        let same: Value = serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&json).unwrap(),
            same,
            "the same JSON as the state itself"
        );
        let back: Stored<PostDraft> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, stored);
        let garbage: Stored<PostDraft> = serde_json::from_str(r#"{"channel":"merpati"}"#).unwrap();
        assert_eq!(garbage.read(), None);
    }
}
