//! The lesson model: what a lesson file describes, as plain Rust data.
//!
//! This module and its children are also compiled into `build.rs` (via `#[path]`), together
//! with the simulator models its steps name (`post`, `search::market`), so `crate::` paths
//! work in both.

pub mod check;
pub mod text;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

use crate::post::{Channel, Stage};
use crate::search::market::Category;
use serde::{Deserialize, Serialize};

/// One lesson, as written by a trainer in `lessons/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    /// The number the file name starts with ("02-aman-bertransaksi.toml" is 2); progress
    /// cards name lessons by it. Set from the file name, not written in the file.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub number: u8,
    pub title: String,
    /// One sentence: what the learner can do after the lesson.
    pub goal: String,
    pub minutes: u32,
    /// Points shown on the finish screen: what was learned.
    pub learned: Vec<String>,
    pub steps: Vec<Step>,
}

fn is_zero(number: &u8) -> bool {
    *number == 0
}

/// A step kind is one variant here, one component in `ui::steps`, and its tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Step {
    Explanation(Explanation),
    Choice(Choice),
    Ordering(Ordering),
    TextAnswer(TextAnswer),
    PostBuilder(PostBuilder),
    KeywordLab(KeywordLab),
    Checkout(CheckoutPractice),
    SellerOrders(SellerPractice),
}

impl Step {
    /// Whether the learner must give a right answer before moving on.
    pub fn is_question(&self) -> bool {
        !matches!(self, Step::Explanation(_))
    }

    /// The heading a screen reader announces for this step.
    pub fn heading(&self) -> &str {
        match self {
            Step::Explanation(s) => &s.title,
            Step::Choice(s) => &s.question,
            Step::Ordering(s) => &s.question,
            Step::TextAnswer(s) => &s.question,
            Step::PostBuilder(s) => &s.title,
            Step::KeywordLab(s) => &s.title,
            Step::Checkout(s) => &s.title,
            Step::SellerOrders(s) => &s.title,
        }
    }

    /// Advice for the trainer running a group session, if the lesson file gives one.
    /// Only Mode Pelatih shows it; the learner's player never does.
    pub fn trainer_note(&self) -> Option<&str> {
        match self {
            Step::Explanation(s) => s.trainer_note.as_deref(),
            Step::Choice(s) => s.trainer_note.as_deref(),
            Step::Ordering(s) => s.trainer_note.as_deref(),
            Step::TextAnswer(s) => s.trainer_note.as_deref(),
            Step::PostBuilder(s) => s.trainer_note.as_deref(),
            Step::KeywordLab(s) => s.trainer_note.as_deref(),
            Step::Checkout(s) => s.trainer_note.as_deref(),
            Step::SellerOrders(s) => s.trainer_note.as_deref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    pub title: String,
    /// Paragraphs separated by a blank line; lines starting with "- " form a list.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// Path inside `public/`, e.g. "img/warung.svg".
    pub file: String,
    /// What the picture shows, read aloud by screen readers.
    pub alt: String,
}

/// Multiple choice: one right option (tap to answer) or several (tick, then check).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub question: String,
    pub options: Vec<ChoiceOption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

impl Choice {
    pub fn right_count(&self) -> usize {
        self.options.iter().filter(|o| o.correct).count()
    }

    pub fn allows_several(&self) -> bool {
        self.right_count() > 1
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    /// Shown when the learner picks this option: why it is right or wrong.
    pub feedback: String,
}

/// Put items in order. The file lists them in the right order; the app shows them mixed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordering {
    pub question: String,
    pub items: Vec<String>,
    pub feedback_correct: String,
    pub feedback_wrong: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

/// A short typed answer, checked by rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextAnswer {
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    pub rules: Vec<TextRule>,
    pub feedback_correct: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

/// One rule for a typed answer: exactly one of the two word lists is filled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRule {
    /// The answer must contain at least one of these words or phrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub must_contain: Vec<String>,
    /// The answer must contain none of these words or phrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub must_not_contain: Vec<String>,
    /// Shown when this rule is not met.
    pub feedback: String,
}

/// Build a product post with a live preview and AIDAS feedback (`crate::post`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostBuilder {
    pub title: String,
    /// What to make, e.g. "Buat Status untuk pagi ini".
    pub task: String,
    /// The channel to post on; without it the learner picks one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The AIDAS stages the post must show before the learner moves on.
    pub must_meet: Vec<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

/// Write a listing's title and description in the practice marketplace and watch where it
/// ranks for the shopper searches that matter (`crate::search`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordLab {
    pub title: String,
    pub task: String,
    pub category: Category,
    /// What the learner is selling, as a reminder on screen.
    pub product: String,
    /// Shopper searches from lessons/data/pencarian.toml, written exactly as there.
    pub searches: Vec<String>,
    /// The results page (20 listings each) the listing must reach for every search.
    pub goal_page: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

/// Buy from the practice shop as a customer, from the product page to a paid order
/// (`crate::shop::purchase`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckoutPractice {
    pub title: String,
    pub task: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}

/// Handle a paid order as the seller, answer a buyer and decide on two traps
/// (`crate::shop::desk`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SellerPractice {
    pub title: String,
    pub task: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_note: Option<String>,
}
