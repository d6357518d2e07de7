use crate::answer::{Answer, Checked};
use crate::lesson::check::TEXT_ANSWER_MAX_CHARS;
use crate::lesson::TextAnswer;
use crate::strings::text;
use crate::feedback::Feedback;
use crate::ui::feedback::FeedbackBox;
use leptos::prelude::*;

pub fn show(step: &'static TextAnswer, cx: super::StepContext) -> AnyView {
    view! { <TextAnswerStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()
}

#[component]
fn TextAnswerStep(step: &'static TextAnswer, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let draft = RwSignal::new(match saved.get_untracked() {
        Some(Answer::TextAnswer(text)) => text,
        _ => String::new(),
    });
    let said = Signal::derive(move || match saved.get() {
        Some(Answer::TextAnswer(answer)) => Some(Feedback::text_answer(step, &answer)),
        _ => None,
    });
    let t = text();
    let placeholder = step.placeholder.as_deref().unwrap_or(t.type_here);
    let left = move || TEXT_ANSWER_MAX_CHARS.saturating_sub(draft.with(|d| d.chars().count()));
    view! {
        <label class="answer-label" for="jawaban">{t.your_answer}</label>
        <textarea id="jawaban" rows="4" maxlength=TEXT_ANSWER_MAX_CHARS.to_string() placeholder=placeholder
            aria-describedby="step-heading sisa-huruf"
            prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
        <p class="counter" id="sisa-huruf">{move || (t.chars_left)(left())}</p>
        <button class="primary check" disabled=move || draft.with(|d| d.trim().is_empty())
            on:click=move |_| on_answer.run(draft.with(|text| Checked::text_answer(step, text)))>{t.check_answer}</button>
        <FeedbackBox said />
    }
}
