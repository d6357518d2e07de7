//! The box that says whether an answer is right and why (`crate::feedback` works it out);
//! shared by every question kind.

use crate::feedback::Feedback;
use crate::strings::text;
use leptos::prelude::*;

#[component]
pub fn FeedbackBox(said: Signal<Option<Feedback>>) -> impl IntoView {
    view! {
        <div class="feedback-area" aria-live="polite">
            {move || said.get().map(|said| {
                let (class, verdict) = if said.correct { ("feedback right", text().right) } else { ("feedback wrong", text().not_yet) };
                view! {
                    <div class=class role="status">
                        <p class="verdict">{verdict}</p>
                        {said.lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                        {said.hint.map(|hint| view! { <p class="hint"><strong>{text().hint}</strong>" "{hint}</p> })}
                    </div>
                }
            })}
        </div>
    }
}
