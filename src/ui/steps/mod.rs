//! One component per step kind, in a module named after the kind (`ui/steps/<kind>.rs`). Each
//! renders its step, forwards the learner's answer, and shows feedback worked out by the core
//! from the saved answer (so it survives reloads). The modules, `StepBody`'s arms and the
//! simulators' preloads are written from the registry of step kinds (`lesson::kinds`): a
//! kind shown in the first part has `pub fn show(step, cx) -> AnyView`; a simulator declares
//! its own part `show` with `part!(<kind>, preload, ...)`.

use super::later::later;
use super::{now, ProgressStore};
use crate::answer::{Answer, Checked, Stored};
use crate::lesson::{step_kinds, Lesson, Step};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// What every step's screen gets: its lesson and place in it, the saved answer, and where
/// to send a new one.
#[derive(Clone, Copy)]
pub struct StepContext {
    pub lesson: &'static Lesson,
    pub index: usize,
    pub saved: Signal<Option<Answer>>,
    pub on_answer: Callback<Checked>,
}

macro_rules! write_steps {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident, answer: [$($answer:tt)*],
        shown: $shown:ident;)*) => {
        $(pub(super) mod $kind;)*

        fn step_view(step: &'static Step, cx: StepContext) -> AnyView {
            match step {
                $(Step::$variant(step) => show!($shown, $kind, step, cx),)*
            }
        }

        /// Fetches every simulator's part without showing it.
        pub async fn preload_parts() {
            // A part that fails to load is tried again when the learner opens it.
            $(preload!($shown, $kind);)*
        }
    };
}

macro_rules! show {
    (first_part, $kind:ident, $step:ident, $cx:ident) => {
        $kind::show($step, $cx)
    };
    (own_part, $kind:ident, $step:ident, $cx:ident) => {
        later(move || $kind::show($step, $cx))
    };
}

macro_rules! preload {
    (first_part, $kind:ident) => {};
    (own_part, $kind:ident) => {
        let _ = $kind::preload().await;
    };
}

step_kinds!(write_steps);

#[component]
pub fn StepBody(lesson: &'static Lesson, index: usize, step: &'static Step) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let saved = Signal::derive(move || {
        store.record.with(|record| {
            record
                .answer(lesson, index)
                .map(|saved| saved.answer.clone())
        })
    });
    let on_answer = Callback::new(move |checked: Checked| {
        store.change(|record| {
            record.answer_step(lesson, index, checked, now());
        })
    });
    step_view(
        step,
        StepContext {
            lesson,
            index,
            saved,
            on_answer,
        },
    )
}

/// Where a simulator starts: its kept state (`kept` picks it from the saved answer), else
/// `fresh`; and whether something was kept that no longer reads, so the learner is told.
fn resume<T: DeserializeOwned>(
    saved: Option<Answer>,
    kept: impl FnOnce(Answer) -> Option<Stored<T>>,
    fresh: impl FnOnce() -> T,
) -> (T, bool) {
    match saved.and_then(kept).map(|stored| stored.read()) {
        Some(Some(state)) => (state, false),
        Some(None) => (fresh(), true),
        None => (fresh(), false),
    }
}

/// Said above a simulator whose kept state no longer reads (from an older app, or damaged):
/// it starts afresh, and the learner should know why their work is not there.
#[component]
fn StartedAfresh() -> impl IntoView {
    view! { <p class="notice" role="status">{crate::strings::text().started_afresh}</p> }
}
