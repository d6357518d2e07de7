//! The lesson model: what a lesson file describes, as plain Rust data.
//!
//! This module and its children are also compiled into `build.rs` (via `#[path]`), together
//! with the simulator models its steps name (`post`, `search::market`), so `crate::` paths
//! work in both.

pub mod check;
mod kinds;
pub mod spelling;
pub mod text;
pub mod validate;
pub mod wire;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;
#[cfg(not(target_arch = "wasm32"))]
pub mod editorial;
#[cfg(not(target_arch = "wasm32"))]
pub mod examples;
#[cfg(not(target_arch = "wasm32"))]
pub mod glossary;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

// build.rs compiles this module too, and uses only `Step`.
#[allow(unused_imports)]
pub(crate) use kinds::step_kinds;
#[allow(unused_imports)]
pub use kinds::{Kind, Shown, Step, KINDS};
pub use wire::Packed;

use crate::cash_book::CashKind;
use crate::money::Rupiah;
use crate::post::{Channel, Stage};
use crate::search::market::Category;
use serde::Deserialize;
use std::borrow::Cow;

/// The field list of a struct a lesson file fills, for the source writer (host) and the
/// lesson file's reader (`wire`): each takes the struct apart field by field, so a field
/// added to the struct and not to its list stops the build instead of going missing.
macro_rules! lesson_fields {
    ($($fields:tt)*) => {
        #[cfg(not(target_arch = "wasm32"))]
        source::struct_source!($($fields)*);
        wire::struct_wire!($($fields)*);
    };
}

/// Text in a lesson. The shipped lessons borrow theirs from the binary (build.rs writes them
/// as static data, so the app parses nothing at start); a lesson read from a file owns it.
pub type Text = Cow<'static, str>;

/// A list in a lesson: borrowed or owned, like `Text`.
pub type List<T> = Cow<'static, [T]>;

/// One lesson, as written by a trainer in `lessons/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: Text,
    /// The number the file name starts with ("02-aman-bertransaksi.toml" is 2); progress
    /// cards name lessons by it. Set from the file name, not written in the file.
    #[serde(default)]
    pub number: u8,
    /// The id of the lesson this one is shown right after. A new lesson gets a new number
    /// (cards name lessons by number, so old numbers never move) and finds its place with this.
    #[serde(default)]
    pub after: Option<Text>,
    pub title: Text,
    /// One sentence: what the learner can do after the lesson.
    pub goal: Text,
    pub minutes: u32,
    /// Points shown on the finish screen: what was learned.
    pub learned: List<Text>,
    pub steps: List<Step>,
}
lesson_fields!(Lesson {
    id,
    number,
    after,
    title,
    goal,
    minutes,
    learned,
    steps
});

/// What the first download knows of a lesson before its steps are loaded: what the home
/// screen shows, and the step count that progress needs. build.rs writes one per lesson
/// (`catalog::index`) beside the lesson's own file (`wire`), read when the lesson opens.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonHead {
    pub id: Text,
    pub number: u8,
    pub title: Text,
    pub goal: Text,
    pub minutes: u32,
    pub step_count: usize,
    /// The lesson's file in the build's `lessons/` folder (`wire::file_name`).
    pub file: Text,
}
#[cfg(not(target_arch = "wasm32"))]
source::struct_source!(LessonHead {
    id,
    number,
    title,
    goal,
    minutes,
    step_count,
    file
});

#[cfg(not(target_arch = "wasm32"))]
impl Lesson {
    /// What the first download keeps of this lesson, naming the file its steps are in.
    pub fn head(&self) -> LessonHead {
        LessonHead {
            id: self.id.clone(),
            number: self.number,
            title: self.title.clone(),
            goal: self.goal.clone(),
            minutes: self.minutes,
            step_count: self.steps.len(),
            file: wire::file_name(self, &wire::encode_lesson(self)).into(),
        }
    }
}

/// What progress needs of a lesson: its id and how many steps it has. The first download
/// knows this of every lesson (`LessonHead`) before any lesson's steps arrive.
pub trait Outline {
    fn id(&self) -> &str;
    fn step_count(&self) -> usize;
}

impl Outline for Lesson {
    fn id(&self) -> &str {
        &self.id
    }
    fn step_count(&self) -> usize {
        self.steps.len()
    }
}

impl Outline for LessonHead {
    fn id(&self) -> &str {
        &self.id
    }
    fn step_count(&self) -> usize {
        self.step_count
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    pub title: Text,
    /// Paragraphs separated by a blank line; lines starting with "- " form a list.
    pub text: Text,
    #[serde(default)]
    pub picture: Option<Picture>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(Explanation {
    title,
    text,
    picture,
    trainer_note
});

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// Path inside `public/`, e.g. "img/warung.svg".
    pub file: Text,
    /// What the picture shows, read aloud by screen readers.
    pub alt: Text,
}
lesson_fields!(Picture { file, alt });

/// Multiple choice: one right option (tap to answer) or several (tick, then check).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub question: Text,
    pub options: List<ChoiceOption>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(Choice {
    question,
    options,
    hint,
    trainer_note
});

impl Choice {
    pub fn right_count(&self) -> usize {
        self.options.iter().filter(|o| o.correct).count()
    }

    pub fn allows_several(&self) -> bool {
        self.right_count() > 1
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub text: Text,
    #[serde(default)]
    pub correct: bool,
    /// Shown when the learner picks this option: why it is right or wrong.
    pub feedback: Text,
}
lesson_fields!(ChoiceOption {
    text,
    correct,
    feedback
});

/// Put items in order. The file lists them in the right order; the app shows them mixed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordering {
    pub question: Text,
    pub items: List<Text>,
    pub feedback_correct: Text,
    pub feedback_wrong: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(Ordering {
    question,
    items,
    feedback_correct,
    feedback_wrong,
    hint,
    trainer_note
});

/// A short typed answer, checked by rules.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextAnswer {
    pub question: Text,
    #[serde(default)]
    pub placeholder: Option<Text>,
    pub rules: List<TextRule>,
    pub feedback_correct: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(TextAnswer {
    question,
    placeholder,
    rules,
    feedback_correct,
    hint,
    trainer_note
});

/// One rule for a typed answer: exactly one of the word lists (or `max_chars`) is filled.
/// Words are read as `spelling` reads chat ("gk bs" is "tidak bisa", "tiga" is "3"), and a word after
/// a negation ("tidak bisa diganti") is not said, only denied.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRule {
    /// The answer must say at least one of these words or phrases.
    #[serde(default)]
    pub must_contain: List<Text>,
    /// The answer must say none of these words or phrases.
    #[serde(default)]
    pub must_not_contain: List<Text>,
    /// The answer must not deny any of these: "tidak bisa diganti" denies "diganti".
    #[serde(default)]
    pub must_not_deny: List<Text>,
    /// The answer may be at most this many characters long, e.g. a product title.
    #[serde(default)]
    pub max_chars: Option<usize>,
    /// Shown when this rule is not met: why the answer is not right yet.
    pub feedback: Text,
}
lesson_fields!(TextRule {
    must_contain,
    must_not_contain,
    must_not_deny,
    max_chars,
    feedback
});

/// Build a product post with a live preview and AIDAS feedback (`crate::post`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostBuilder {
    pub title: Text,
    /// What to make, e.g. "Buat Status untuk pagi ini".
    pub task: Text,
    /// The channel to post on; without it the learner picks one.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The AIDAS stages the post must show before the learner moves on.
    pub must_meet: List<Stage>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(PostBuilder {
    title,
    task,
    channel,
    must_meet,
    hint,
    trainer_note
});

/// Write a listing's title and description in the practice marketplace and watch where it
/// ranks for the shopper searches that matter (`crate::search`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordLab {
    pub title: Text,
    pub task: Text,
    pub category: Category,
    /// What the learner is selling, as a reminder on screen.
    pub product: Text,
    /// Shopper searches from lessons/data/pencarian.toml, written exactly as there.
    pub searches: List<Text>,
    /// The results page (20 listings each) the listing must reach for every search.
    pub goal_page: usize,
    #[serde(default)]
    pub start_title: Option<Text>,
    #[serde(default)]
    pub start_description: Option<Text>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(KeywordLab {
    title,
    task,
    category,
    product,
    searches,
    goal_page,
    start_title,
    start_description,
    hint,
    trainer_note
});

/// Buy from the practice shop as a customer, from the product page to a paid order
/// (`crate::shop::purchase`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkout {
    pub title: Text,
    pub task: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(Checkout {
    title,
    task,
    hint,
    trainer_note
});

/// Handle a paid order as the seller, answer a buyer and decide on two traps
/// (`crate::shop::desk`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SellerOrders {
    pub title: Text,
    pub task: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(SellerOrders {
    title,
    task,
    hint,
    trainer_note
});

/// Price one product from its batch's costs and see what a sale earns on each channel
/// (`crate::pricing`). The channels' fee rates are the practice market's, written here.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceCalculator {
    pub title: Text,
    pub task: Text,
    /// What is priced, e.g. "Keripik singkong pedas 250 g".
    pub product: Text,
    /// One batch's costs, as the boxes start.
    pub batch: Packed<List<BatchCost>>,
    pub packs_per_batch: u32,
    /// The learner's sales in a month, as the box starts.
    pub packs_per_month: u32,
    /// The profit to keep, in whole percent of the price.
    pub target_margin: u8,
    /// A one-off purchase to pay back, e.g. "Sealer baru".
    pub one_off_name: Text,
    pub one_off_cost: Rupiah,
    pub channels: Packed<List<SaleChannel>>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(PriceCalculator {
    title,
    task,
    product,
    batch,
    packs_per_batch,
    packs_per_month,
    target_margin,
    one_off_name,
    one_off_cost,
    channels,
    hint,
    trainer_note
});

/// One cost of a batch. `own_time` marks the seller's own wage, which she may leave out.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchCost {
    pub name: Text,
    pub amount: Rupiah,
    #[serde(default)]
    pub own_time: bool,
}
lesson_fields!(BatchCost {
    name,
    amount,
    own_time
});

/// A place to sell, with what it takes from each sale.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaleChannel {
    pub name: Text,
    /// Said under the channel, e.g. the QRIS fact.
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(default)]
    pub fees: List<SaleFee>,
    /// A voucher the seller pays for, taken off the price.
    #[serde(default)]
    pub seller_voucher: Rupiah,
    /// Shipping the seller pays per pack.
    #[serde(default)]
    pub seller_shipping: Rupiah,
}
lesson_fields!(SaleChannel {
    name,
    note,
    fees,
    seller_voucher,
    seller_shipping
});

/// One fee: a rate as written ("8%", "2,5%"), at most `cap`, nothing up to `free_up_to`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaleFee {
    pub name: Text,
    pub rate: Text,
    #[serde(default)]
    pub cap: Option<Rupiah>,
    #[serde(default)]
    pub free_up_to: Option<Rupiah>,
}
lesson_fields!(SaleFee {
    name,
    rate,
    cap,
    free_up_to
});

/// Record a week of money events as business or household, in or out
/// (`crate::cash_book`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CashBook {
    pub title: Text,
    pub task: Text,
    /// The business's money on Monday morning.
    pub starting_cash: Rupiah,
    pub events: Packed<List<CashEvent>>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub trainer_note: Option<Text>,
}
lesson_fields!(CashBook {
    title,
    task,
    starting_cash,
    events,
    hint,
    trainer_note
});

/// One event of the week: its day (1 is Monday), what happened, the amount, where it
/// belongs, and why (shown after the learner records it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CashEvent {
    pub day: u8,
    pub text: Text,
    pub amount: Rupiah,
    pub kind: CashKind,
    pub why: Text,
}
lesson_fields!(CashEvent {
    day,
    text,
    amount,
    kind,
    why
});
