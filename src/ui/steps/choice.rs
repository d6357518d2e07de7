use crate::answer::{Answer, Checked};
use crate::lesson::Choice;
use crate::strings::text;
use crate::feedback::Feedback;
use crate::ui::feedback::FeedbackBox;
use leptos::prelude::*;

pub fn show(step: &'static Choice, cx: super::StepContext) -> AnyView {
    view! { <ChoiceStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()
}

#[component]
fn ChoiceStep(step: &'static Choice, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let picked = move || picked_in(saved.get());
    let said = Signal::derive(move || match saved.get() {
        Some(Answer::Choice(picked)) => Some(Feedback::choice(step, &picked)),
        _ => None,
    });
    let several = step.allows_several();
    // Ticks are a draft until "Periksa jawaban"; they start from the last checked answer.
    let ticked = RwSignal::new(picked_in(saved.get_untracked()));
    let toggle = move |i: usize| ticked.update(|t| if let Some(at) = t.iter().position(|&x| x == i) { t.remove(at); } else { t.push(i); });
    let options = move || {
        step.options.iter().enumerate().map(move |(i, option)| {
            if several {
                // The last check's reason for this option, shown under it and coloured.
                let reason = move || said.with(|s| s.as_ref().and_then(|s| s.per_option.iter().find(|r| r.option == i).cloned()));
                let verdict = move || reason().map(|r| if r.correct { "right" } else { "wrong" });
                view! {
                    <label class="option" data-verdict=verdict>
                        <input type="checkbox" prop:checked=move || ticked.with(|t| t.contains(&i)) on:change=move |_| toggle(i) />
                        <span>{&*option.text}</span>
                    </label>
                    {move || reason().map(|r| view! {
                        <p class="option-reason" data-verdict=verdict>
                            <strong>{if r.correct { text().option_right } else { text().option_wrong }}</strong>" "{r.reason}
                        </p>
                    })}
                }
                .into_any()
            } else {
                let verdict = move || picked().contains(&i).then_some(if option.correct { "right" } else { "wrong" });
                view! {
                    <button class="option" aria-pressed=move || picked().contains(&i).to_string() data-verdict=verdict
                        on:click=move |_| on_answer.run(Checked::choice(step, vec![i]))>
                        {&*option.text}
                    </button>
                }
                .into_any()
            }
        }).collect_view()
    };
    view! {
        <p class="instruction">{if several { text().pick_several } else { text().pick_one }}</p>
        <fieldset class="options" aria-describedby="step-heading">
            <legend class="visually-hidden">{&*step.question}</legend>
            {options}
        </fieldset>
        {several.then(|| view! {
            <button class="primary check" on:click=move |_| on_answer.run(Checked::choice(step, ticked.get()))>
                {text().check_answer}
            </button>
        })}
        <FeedbackBox said />
    }
}

fn picked_in(answer: Option<Answer>) -> Vec<usize> {
    match answer {
        Some(Answer::Choice(picked)) => picked,
        _ => Vec::new(),
    }
}
