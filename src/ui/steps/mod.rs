//! One component per step kind. Each renders its step, forwards the learner's answer, and
//! shows feedback worked out by `lesson::check` from the saved answer (so it survives reloads).

mod checkout;
mod choice;
pub mod explanation;
mod keyword_lab;
mod ordering;
mod post_builder;
mod seller_orders;
mod text_answer;

pub use checkout::preload_checkout;
pub use keyword_lab::preload_keyword_lab;
pub use post_builder::preload_post_builder;
pub use seller_orders::preload_seller_orders;

use super::later::later;
use super::{now, ProgressStore};
use crate::answer::{Answer, Checked, Stored};
use crate::lesson::{Lesson, Step};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

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
    match step {
        Step::Explanation(step) => view! { <explanation::ExplanationStep step /> }.into_any(),
        Step::Choice(step) => view! { <choice::ChoiceStep step saved on_answer /> }.into_any(),
        Step::Ordering(step) => {
            let seed = format!("{}/{index}", lesson.id);
            view! { <ordering::OrderingStep step seed saved on_answer /> }.into_any()
        }
        Step::TextAnswer(step) => {
            view! { <text_answer::TextAnswerStep step saved on_answer /> }.into_any()
        }
        Step::PostBuilder(step) => {
            later(move || post_builder::post_builder_part(step, saved, on_answer))
        }
        Step::KeywordLab(step) => {
            later(move || keyword_lab::keyword_lab_part(step, saved, on_answer))
        }
        Step::Checkout(step) => later(move || checkout::checkout_part(step, saved, on_answer)),
        Step::SellerOrders(step) => {
            later(move || seller_orders::seller_orders_part(step, saved, on_answer))
        }
    }
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
