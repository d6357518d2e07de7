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

use super::{now, ProgressStore};
use crate::answer::Answer;
use crate::lesson::{Lesson, Step};
use leptos::prelude::*;

#[component]
pub fn StepBody(lesson: &'static Lesson, index: usize, step: &'static Step) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let saved = Signal::derive(move || {
        store.record.with(|record| record.answer(lesson, index).map(|saved| saved.answer.clone()))
    });
    let on_answer = Callback::new(move |answer: Answer| {
        store.change(|record| {
            record.answer_step(lesson, index, answer, now());
        })
    });
    match step {
        Step::Explanation(step) => view! { <explanation::ExplanationStep step /> }.into_any(),
        Step::Choice(step) => view! { <choice::ChoiceStep step saved on_answer /> }.into_any(),
        Step::Ordering(step) => {
            let seed = format!("{}/{index}", lesson.id);
            view! { <ordering::OrderingStep step seed saved on_answer /> }.into_any()
        }
        Step::TextAnswer(step) => view! { <text_answer::TextAnswerStep step saved on_answer /> }.into_any(),
        Step::PostBuilder(step) => view! { <post_builder::PostBuilderStep step saved on_answer /> }.into_any(),
        Step::KeywordLab(step) => view! { <keyword_lab::KeywordLabStep step saved on_answer /> }.into_any(),
        Step::Checkout(step) => view! { <checkout::CheckoutStep step saved on_answer /> }.into_any(),
        Step::SellerOrders(step) => view! { <seller_orders::SellerOrdersStep step saved on_answer /> }.into_any(),
    }
}
