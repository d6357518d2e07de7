//! The lesson player: one step per screen, back and next, and the finish screen.

use super::navigation::Link;
use super::steps::StepBody;
use super::{now, ProgressStore};
use crate::lesson::text::scenario_and_ask;
use crate::lesson::Lesson;
use crate::route::Route;
use crate::strings::text;
use leptos::html::H2;
use leptos::prelude::*;

#[component]
pub fn Player(lesson: &'static Lesson) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let t = text();
    // Opening a lesson records it as started, so Home can offer to resume it.
    store.change(|record| record.go_to(lesson, record.resume_step(lesson), now()));
    let resume = move || {
        store
            .record
            .with_untracked(|record| record.resume_step(lesson))
    };

    // The step on screen is this tab's: another tab moving on in the lesson leaves it. Only
    // starting the lesson again or a reset, here or there, brings it to where the record is.
    let current = RwSignal::new(resume());
    Effect::new(move |before: Option<(u32, u32)>| {
        let round = store.record.with(|record| {
            (
                record.resets(),
                record.lesson(&lesson.id).map_or(0, |p| p.round),
            )
        });
        if before.is_some_and(|before| before != round) {
            current.set(resume());
        }
        round
    });
    let heading = NodeRef::<H2>::new();
    // Moving focus to the new heading makes screen readers announce each step.
    Effect::new(move |_| {
        current.track();
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });

    let total = lesson.steps.len();
    let go = move |step: usize| {
        current.set(step);
        store.change(|record| record.go_to(lesson, step, now()));
    };
    view! {
        <div class="screen player">
            <header class="player-header">
                <Link to=Route::Home class="back-link">{format!("← {}", t.to_lessons)}</Link>
                <p class="lesson-title">{&*lesson.title}</p>
            </header>
            {move || {
                let index = current.get();
                let Some(step) = lesson.steps.get(index) else {
                    return view! { <Finished lesson heading go /> }.into_any();
                };
                let may_continue = Memo::new(move |_| store.record.with(|record| record.may_continue(lesson, index)));
                let next_label = if index + 1 == total { t.finish } else { t.next };
                view! {
                    <p class="step-count">{(t.step_of)(index + 1, total)}</p>
                    <div class="progress-bar" aria-hidden="true">
                        <div style=format!("width:{}%", (index + 1) * 100 / total)></div>
                    </div>
                    <h2 id="step-heading" tabindex="-1" node_ref=heading>{question_heading(step.heading())}</h2>
                    <StepBody lesson index step />
                    <p class="why-wait">{move || (!may_continue.get()).then(|| (t.answer_to_continue)(next_label))}</p>
                    <nav class="step-nav">
                        {(index > 0).then(|| view! {
                            <button class="secondary" on:click=move |_| go(index - 1)>{t.back}</button>
                        })}
                        <button class="primary" disabled=move || !may_continue.get() on:click=move |_| go(index + 1)>
                            {next_label}
                        </button>
                    </nav>
                }
                .into_any()
            }}
        </div>
    }
}

#[component]
fn Finished(
    lesson: &'static Lesson,
    heading: NodeRef<H2>,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let t = text();
    let in_class = store
        .record
        .with_untracked(|record| record.class().is_some());
    view! {
        <div class="finished">
            <h2 tabindex="-1" node_ref=heading>{t.finished_heading}</h2>
            <p>{&*lesson.goal}</p>
            <h3>{t.learned_heading}</h3>
            <ul class="learned">
                {lesson.learned.iter().map(|point| view! { <li>{&**point}</li> }).collect_view()}
            </ul>
            {in_class.then(|| view! {
                <p>{crate::strings::class::SEND_AFTER_LESSON}</p>
                <Link to=Route::Card class="button secondary">{crate::strings::class::OPEN_CARD}</Link>
            })}
            <nav class="step-nav">
                <button class="secondary" on:click=move |_| { store.change(|record| record.restart(lesson, now())); go(0); }>{t.again}</button>
                <Link to=Route::Home class="button primary">{t.to_lessons}</Link>
            </nav>
        </div>
    }
}

/// A long question's scenario in normal weight, and only what it asks in bold.
fn question_heading(question: &str) -> impl IntoView {
    let (scenario, ask) = scenario_and_ask(question);
    view! {
        {(!scenario.is_empty()).then(|| view! { <span class="scenario">{scenario.to_string()}" "</span> })}
        <span class="ask">{ask.to_string()}</span>
    }
}
