//! The registry of step kinds: every kind is one row of `step_kinds!`, and every place that
//! treats the kinds one by one is written from that table, so no place can forget a kind:
//! - here: `Step`, its heading, trainer note and kind name, and `KINDS`;
//! - `lesson::source`: the source writer's arm, and `lesson::wire`: the lesson file's;
//! - `answer`: the kept answer's variant (under its stored name) and `Answer::fits`;
//! - `ui::steps`: the kind's module, its component or part, and the part's preload;
//! - `ui::presenter`: Mode Pelatih's view of the step;
//! - `tests/e2e/learner.js` (`simulatorParts`): the parts the browser tests expect, read
//!   from the rows' text, so keep one row's start (`kind: Variant(Struct),`) on one line.
//!
//! A row reads: `kind: Variant(LessonStruct), heading: field, answer: [...], shown: ...;`
//! - `kind` is the name in lesson files (`kind = "..."`) and of the kind's module in
//!   `ui::steps`; `Variant` is the same name in CamelCase, for `Step` and `Answer`.
//! - `heading` is the struct's field a screen reader announces as the step's heading.
//! - `answer` is `[]` for a step that asks nothing, else `["stored name": kept type]`, and
//!   `, fits if check` when a kept answer may stop fitting a changed lesson file.
//! - `shown` is `first_part` (a component in the app's first download) or `own_part` (a
//!   simulator: a wasm part of its own, fetched when first shown and preloaded for offline).
//!
//! The completeness test below walks every row and fails, naming the kind and the missing
//! piece, when something the compiler on the host cannot see is left out. README's "Adding
//! a step kind" lists the edits a new kind takes.

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
            checkout: Checkout(Checkout), heading: title,
                answer: ["purchase": Stored<Purchase>], shown: own_part;
            seller_orders: SellerOrders(SellerOrders), heading: title,
                answer: ["seller_desk": Stored<SellerDesk>], shown: own_part;
            price_calculator: PriceCalculator(PriceCalculator), heading: title,
                answer: ["price_sheet": Stored<PriceSheet>], shown: own_part;
            cash_book: CashBook(CashBook), heading: title,
                answer: ["cash_book": Stored<Book>], shown: own_part;
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
                match self {
                    $(Step::$variant(_) => asks!([$($answer)*]),)*
                }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::tests::right_answer;
    use crate::lesson::authoring::{parse_lesson, read_shared, Shared};
    use crate::lesson::source::lessons_source;
    use crate::lesson::validate::{Refs, MIN_STEPS};
    use crate::lesson::wire;
    use crate::progress::ProgressRecord;

    /// Walks every kind in the registry and lists, in one sentence each, every piece a
    /// kind needs that the compiler on this machine cannot see.
    #[test]
    fn every_step_kind_is_complete() {
        let problems: Vec<String> = KINDS.iter().flat_map(missing_pieces).collect();
        assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    }

    fn missing_pieces(kind: &Kind) -> Vec<String> {
        let name = kind.name;
        let mut missing = Vec::new();
        let mut require = |present: bool, problem: String| {
            if !present {
                missing.push(format!("Step kind `{name}`: {problem}"));
            }
        };
        let file = |path: &str| std::fs::read_to_string(path).unwrap_or_default();

        // The trainers' guide shows it, and its example validates and is written as source.
        match documented_example(name) {
            Err(problem) => require(false, problem),
            Ok(step) => {
                require(
                    step.kind().name == name,
                    format!(
                        "the example in lessons/README.md is read as `{}`.",
                        step.kind().name
                    ),
                );
                let source = lessons_source(std::slice::from_ref(&lesson_of(step.clone())));
                require(
                    source.contains(&format!("Step::{}(", kind.variant)),
                    "the source writer (lesson::source) does not write it.".into(),
                );
                let lesson = lesson_of(step.clone());
                require(
                    wire::decode_lesson(&wire::encode_lesson(&lesson)) == Some(lesson),
                    "a lesson file (lesson::wire) does not read it back as written.".into(),
                );
                answered(kind, &step, &mut require);
            }
        }

        // Its screen: a component in the first part, or a part of its own.
        let component = format!("src/ui/steps/{name}.rs");
        let ui = file(&component);
        require(!ui.is_empty(), format!("no component: add {component}."));
        match kind.shown {
            Shown::FirstPart => {
                require(
                    ui.is_empty() || ui.contains("pub fn show("),
                    format!("{component} has no `pub fn show(step, cx) -> AnyView`."),
                );
                require(
                    !ui.contains("part!("),
                    format!(
                        "the registry shows it in the first part, but {component} declares a part."
                    ),
                );
                let presenter = file("src/ui/presenter.rs");
                require(presenter.contains(&format!("pub fn {name}(")), format!("Mode Pelatih has no view of it: add `on_screen::{name}` in src/ui/presenter.rs."));
            }
            Shown::OwnPart => {
                require(
                    ui.is_empty() || ui.contains(&format!("part!({name}, preload,")),
                    format!("the registry shows it in a part of its own, but {component} declares no `part!({name}, preload, pub fn show(..))`."),
                );
            }
        }

        // The browser tests can answer it.
        if kind.asks {
            let learner = file("tests/e2e/learner.js");
            require(learner.contains(&format!("step.kind === '{name}'")), "the browser tests cannot answer it: add its branch to answerRight in tests/e2e/learner.js.".into());
        }
        missing
    }

    /// A right answer exists, fits the step, is checked as right and lets the learner on.
    fn answered(kind: &Kind, step: &Step, require: &mut impl FnMut(bool, String)) {
        let lesson = lesson_of(step.clone());
        let mut record = ProgressRecord::new();
        match right_answer(step) {
            None => require(
                !kind.asks,
                "no right answer to try: add its arm to answer::tests::right_answer.".into(),
            ),
            Some(checked) => {
                require(
                    kind.asks,
                    "the registry says it asks nothing (`answer: []`), yet it takes an answer."
                        .into(),
                );
                require(
                    checked.answer().fits(step),
                    "`Answer::fits` refuses a right answer to it.".into(),
                );
                require(
                    checked.is_right(),
                    "its right answer (answer::tests::right_answer) is checked as wrong.".into(),
                );
                record.answer_step(&lesson, 0, checked, 1);
            }
        }
        require(
            record.may_continue(&lesson, 0),
            "a learner cannot move on past it.".into(),
        );
    }

    /// The step of the first complete ```toml example under "### `name`" in the trainers' guide.
    fn documented_example(name: &str) -> Result<Step, String> {
        let guide = std::fs::read_to_string("lessons/README.md").unwrap_or_default();
        let missing = || {
            format!("no example in lessons/README.md: add a section \"### `{name}`: ...\" with a ```toml block.")
        };
        let section = guide
            .split("\n### ")
            .find(|section| section.starts_with(&format!("`{name}`")))
            .ok_or_else(missing)?;
        let blocks: Vec<&str> = section
            .split("```toml\n")
            .skip(1)
            .filter_map(|rest| rest.split("```").next())
            .collect();
        // The first example that is complete (an example may leave out what a list repeats).
        let mut first_problem = None;
        for block in &blocks {
            match example_step(block) {
                Ok(step) => return Ok(step),
                Err(problem) => first_problem = first_problem.or(Some(problem)),
            }
        }
        Err(first_problem.unwrap_or_else(missing))
    }

    /// One example read and checked as the build reads a lesson file: as the first step of
    /// a lesson that has the other steps a lesson needs.
    fn example_step(block: &str) -> Result<Step, String> {
        // Two questions whose right option is the shortest, so that lesson-wide rules (a
        // question at all, not always the longest option right) hold whatever the example is.
        let question = |n: usize| {
            format!("\n[[steps]]\nkind = \"choice\"\nquestion = \"Pertanyaan {n}?\"\n[[steps.options]]\ntext = \"Ya\"\ncorrect = true\nfeedback = \"Bagus.\"\n[[steps.options]]\ntext = \"Belum\"\nfeedback = \"Baca lagi.\"\n")
        };
        let explanation = |n: usize| {
            format!("\n[[steps]]\nkind = \"explanation\"\ntitle = \"Penjelasan {n}\"\ntext = \"Isi.\"\n")
        };
        let filler: String = (1..=2)
            .map(question)
            .chain((1..MIN_STEPS - 2).map(explanation))
            .collect();
        let header = "id = \"contoh\"\ntitle = \"Contoh\"\ngoal = \"Contoh.\"\nminutes = 5\nlearned = [\"Contoh.\"]\n\n";
        let source = format!("{header}{block}{filler}");
        // A snippet has no lesson around it to explain a term first, so the glossary is left out.
        let situations = read_shared()
            .map_err(|errors| errors.join("; "))?
            .situations;
        let shared = Shared {
            situations,
            ..Shared::default()
        };
        let lesson = parse_lesson("lessons/01-contoh.toml", &source, &refs(), &shared).map_err(
            |errors| {
                format!(
                    "the example in lessons/README.md does not validate: {}.",
                    errors.join("; ")
                )
            },
        )?;
        lesson
            .steps
            .first()
            .cloned()
            .ok_or_else(|| "the example in lessons/README.md has no step.".to_string())
    }

    fn lesson_of(step: Step) -> Lesson {
        Lesson {
            id: "contoh".into(),
            number: 1,
            after: None,
            title: "Contoh".into(),
            goal: "Contoh.".into(),
            minutes: 5,
            learned: vec!["Contoh.".into()].into(),
            steps: vec![step].into(),
        }
    }

    /// Searches must be in the shipped market; pictures belong to each deployment.
    fn refs() -> Refs<'static> {
        Refs {
            picture_exists: &|_| true,
            search_exists: &|query| {
                crate::search::shipped::market()
                    .searches
                    .iter()
                    .any(|s| s.query == query)
            },
            product_words: &|text| {
                crate::search::shipped::market()
                    .vocabulary
                    .product_words_in(text)
            },
        }
    }

    #[test]
    fn kinds_are_named_once_and_the_kind_names_are_what_lesson_files_write() {
        for (at, kind) in KINDS.iter().enumerate() {
            assert!(
                KINDS[..at]
                    .iter()
                    .all(|earlier| earlier.name != kind.name && earlier.variant != kind.variant),
                "{kind:?}"
            );
            let snake: String = kind
                .variant
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let gap = (i > 0 && c.is_uppercase()).then_some('_');
                    gap.into_iter().chain(c.to_lowercase())
                })
                .collect();
            assert_eq!(
                kind.name, snake,
                "serde reads `kind = \"{snake}\"` for Step::{}",
                kind.variant
            );
        }
    }
}
