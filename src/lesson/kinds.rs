//! The registry of step kinds: every kind is one row of `step_kinds!`, and every place that
//! treats the kinds one by one is written from that table, so no place can forget a kind:
//! - here: `Step`, its heading, trainer note and kind name, and `KINDS`;
//! - `lesson::source`: the source writer's arm;
//! - `answer`: the kept answer's variant (under its stored name) and `Answer::fits`;
//! - `ui::steps`: the kind's module, its component or part, and the part's preload;
//! - `ui::presenter`: Mode Pelatih's view of the step.
//!
//! A row reads: `kind: Variant(LessonStruct), heading: field, answer: [...], shown: ...;`
//! - `kind` is the name in lesson files (`kind = "..."`) and of the kind's module in
//!   `ui::steps`; `Variant` is the same name in CamelCase, for `Step` and `Answer`.
//! - `heading` is the struct's field a screen reader announces as the step's heading.
//! - `answer` is `[]` for a step that asks nothing, else `["stored name": kept type]`, and
//!   `, fits if check` when a kept answer may stop fitting a changed lesson file.
//! - `shown` is `first_part` (a component in the app's first download) or `own_part` (a
//!   simulator: a wasm part of its own, fetched when first shown and preloaded for offline).

/// Calls `$then!` with every step kind's row. The types named in `answer` resolve where
/// `$then!` expands (in `answer.rs`).
macro_rules! step_kinds {
    ($then:ident) => {
        $then! {
            explanation: Explanation(Explanation), heading: title, answer: [], shown: first_part;
            choice: Choice(Choice), heading: question,
                answer: ["choice": Vec<usize>, fits if picks_are_options], shown: first_part;
            ordering: Ordering(Ordering), heading: question,
                answer: ["order": Vec<usize>, fits if is_full_arrangement], shown: first_part;
            text_answer: TextAnswer(TextAnswer), heading: question, answer: ["text": String], shown: first_part;
            post_builder: PostBuilder(PostBuilder), heading: title,
                answer: ["post": Stored<PostDraft>], shown: own_part;
            keyword_lab: KeywordLab(KeywordLab), heading: title,
                answer: ["listing": Stored<ListingDraft>], shown: own_part;
            checkout: Checkout(CheckoutPractice), heading: title,
                answer: ["purchase": Stored<Purchase>], shown: own_part;
            seller_orders: SellerOrders(SellerPractice), heading: title,
                answer: ["seller_desk": Stored<SellerDesk>], shown: own_part;
        }
    };
}
#[allow(unused_imports)]
pub(crate) use step_kinds;

/// Where a step kind's screen comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A component in the app's first download: the question kinds.
    FirstPart,
    /// A wasm part of its own (`ui::later`): the simulators.
    OwnPart,
}

/// What the registry says about one step kind, for checks that walk every kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The name in lesson files and of the kind's module in `ui::steps`.
    pub name: &'static str,
    /// The `Step` and `Answer` variant.
    pub variant: &'static str,
    /// Whether the learner answers it (false for explanations).
    pub asks: bool,
    pub shown: Shown,
}

macro_rules! shown {
    (first_part) => {
        Shown::FirstPart
    };
    (own_part) => {
        Shown::OwnPart
    };
}

macro_rules! asks {
    ([]) => {
        false
    };
    ([$($answer:tt)+]) => {
        true
    };
}

macro_rules! kind {
    ($kind:ident, $variant:ident, [$($answer:tt)*], $shown:ident) => {
        Kind { name: stringify!($kind), variant: stringify!($variant), asks: asks!([$($answer)*]), shown: shown!($shown) }
    };
}

macro_rules! write_step {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident, answer: [$($answer:tt)*],
        shown: $shown:ident;)*) => {
        /// One step of a lesson; `kind = "..."` in the file picks the variant.
        #[derive(Debug, Clone, PartialEq, Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        pub enum Step {
            $($variant($lesson),)*
        }

        /// Every step kind, in the registry's order.
        pub const KINDS: &[Kind] = &[
            $(kind!($kind, $variant, [$($answer)*], $shown),)*
        ];

        impl Step {
            /// The registry's entry for this step's kind.
            pub fn kind(&self) -> &'static Kind {
                match self {
                    $(Step::$variant(_) => &kind!($kind, $variant, [$($answer)*], $shown),)*
                }
            }

            /// Whether the learner must give a right answer before moving on.
            pub fn is_question(&self) -> bool {
                self.kind().asks
            }

            /// Whether the step is a practice screen, kept on every edit: reported as done or
            /// not, never as a question missed on the first try.
            pub fn is_simulator(&self) -> bool {
                match self {
                    $(Step::$variant(_) => shown!($shown) == Shown::OwnPart,)*
                }
            }

            /// The heading a screen reader announces for this step.
            pub fn heading(&self) -> &str {
                match self {
                    $(Step::$variant(step) => &step.$heading,)*
                }
            }

            /// Advice for the trainer running a group session, if the lesson file gives one.
            /// Only Mode Pelatih shows it; the learner's player never does.
            pub fn trainer_note(&self) -> Option<&str> {
                match self {
                    $(Step::$variant(step) => step.trainer_note.as_deref(),)*
                }
            }
        }
    };
}

use super::*;
step_kinds!(write_step);
