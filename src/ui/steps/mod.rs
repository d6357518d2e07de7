//! One component per step kind, in a module named after the kind (`ui/steps/<kind>.rs`). Each
//! renders its step, forwards the learner's answer, and shows feedback worked out by the core
//! from the saved answer (so it survives reloads). The modules, `StepBody`'s arms and the
//! simulators' preloads are written from the registry of step kinds (`lesson::kinds`): a
//! kind shown in the first part has `pub fn show(step, cx) -> AnyView`; a simulator declares
//! its own part `show` with `part!(<kind>, preload, ...)`.

use super::later::later;
use super::{now, ProgressStore};
use crate::answer::{Answer, Checked, Stored};
use crate::lesson::wire::Wire;
use crate::lesson::{step_kinds, Lesson, List, Packed, Step};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;

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

/// A simulator step's packed list (`lesson::Packed`), read the first time its screen opens and
/// kept for as long as the app runs, like the lesson it belongs to; so coming back to a step
/// neither reads nor keeps it again.
fn unpacked<T: Wire + Clone + 'static>(packed: &'static Packed<List<T>>) -> &'static [T] {
    thread_local! {
        static READ: RefCell<HashMap<usize, &'static dyn Any>> = RefCell::default();
    }
    let key = std::ptr::from_ref(packed) as usize;
    READ.with(|read| {
        let kept = read
            .borrow()
            .get(&key)
            .and_then(|list| list.downcast_ref::<Vec<T>>());
        if let Some(list) = kept {
            return list.as_slice();
        }
        let list: &'static Vec<T> = Box::leak(Box::new(packed.get().into_owned()));
        read.borrow_mut().insert(key, list);
        list.as_slice()
    })
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
