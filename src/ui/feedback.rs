//! The box that says whether an answer is right and why; shared by every question kind.

use crate::strings::text;
use leptos::prelude::*;

/// What to say about one checked answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub correct: bool,
    pub lines: Vec<String>,
    /// Offered after a wrong answer only.
    pub hint: Option<String>,
}

#[component]
pub fn FeedbackBox(said: Signal<Option<Said>>) -> impl IntoView {
    view! {
        <div class="feedback-area" aria-live="polite">
            {move || said.get().map(|said| {
                let (class, verdict) = if said.correct { ("feedback right", text().right) } else { ("feedback wrong", text().not_yet) };
                let hint = said.hint.filter(|_| !said.correct);
                view! {
                    <div class=class role="status">
                        <p class="verdict">{verdict}</p>
                        {said.lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                        {hint.map(|hint| view! { <p class="hint"><strong>{text().hint}</strong>" "{hint}</p> })}
                    </div>
                }
            })}
        </div>
    }
}
