//! Mode Pelatih: a lesson for a projector or a shared screen, in large type, step by step,
//! with the answers and every option's feedback shown when the trainer taps. It keeps its
//! place in memory only: nothing becomes the trainer's own progress.

use super::later::{part, screen, PartView};
use super::navigation::Link;
use super::steps::explanation::ExplanationStep;
use crate::lesson::check::{ordering_seed, starting_order};
use crate::lesson::{step_kinds, Choice, Explanation, Lesson, Ordering, Step, TextAnswer};
use crate::route::Route;
use crate::strings::text;
use leptos::prelude::*;

part!(
    presenter,
    preload_presenter,
    pub fn presenter_part(lesson: &'static Lesson) -> PartView {
        Ok(screen(move || view! { <Presenter lesson /> }.into_any()))
    }
);

#[component]
fn Presenter(lesson: &'static Lesson) -> impl IntoView {
    let t = text();
    let total = lesson.steps.len();
    let index = RwSignal::new(0_usize);
    let revealed = RwSignal::new(false);
    let note_open = RwSignal::new(false);
    let go = move |to: usize| {
        index.set(to);
        revealed.set(false);
        note_open.set(false);
    };
    view! {
        <div class="screen presenter">
            <header class="player-header">
                <Link to=Route::Home class="back-link">{format!("← {}", t.to_lessons)}</Link>
                <p class="lesson-title">{format!("{} · {}", t.presenter_mode, lesson.title)}</p>
            </header>
            {move || {
                let at = index.get();
                match lesson.steps.get(at) {
                    Some(step) => view! {
                        <p class="step-count">{(t.step_of)(at + 1, total)}</p>
                        <h2>{step.heading()}</h2>
                        {step_on_screen(step, OnScreen { lesson, at, revealed })}
                        {step.trainer_note().map(|note| trainer_note(note, note_open))}
                    }
                    .into_any(),
                    None => view! {
                        <h2>{t.finished_heading}</h2>
                        <p>{t.presenter_done}</p>
                        <ul class="learned">{lesson.learned.iter().map(|point| view! { <li>{&**point}</li> }).collect_view()}</ul>
                    }
                    .into_any(),
                }
            }}
            <nav class="step-nav">
                <button class="secondary" disabled=move || index.get() == 0 on:click=move |_| go(index.get_untracked().saturating_sub(1))>
                    {t.presenter_previous}
                </button>
                <button class="primary" disabled=move || { index.get() >= total } on:click=move |_| go(index.get_untracked() + 1)>
                    {t.presenter_next}
                </button>
            </nav>
        </div>
    }
}

/// Where a step is shown in Mode Pelatih, and whether the trainer has revealed its answers.
#[derive(Clone, Copy)]
struct OnScreen {
    lesson: &'static Lesson,
    at: usize,
    revealed: RwSignal<bool>,
}

macro_rules! write_on_screen {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident, answer: [$($answer:tt)*],
        shown: $shown:ident;)*) => {
        fn step_on_screen(step: &'static Step, screen: OnScreen) -> AnyView {
            match step {
                $(Step::$variant(step) => on_screen!($shown, $kind, step, screen),)*
            }
        }
    };
}

/// A question kind has its own view in `on_screen`; a simulator shows its task and hint,
/// for the trainer to demonstrate on a phone.
macro_rules! on_screen {
    (first_part, $kind:ident, $step:ident, $screen:ident) => {
        on_screen::$kind($step, $screen)
    };
    (own_part, $kind:ident, $step:ident, $screen:ident) => {
        simulator_on_screen(&$step.task, $step.hint.as_deref())
    };
}

step_kinds!(write_on_screen);

/// Mode Pelatih's view of each step kind in the first part, named after the kind.
mod on_screen {
    use super::*;

    pub fn explanation(step: &'static Explanation, _screen: OnScreen) -> AnyView {
        view! { <ExplanationStep step /> }.into_any()
    }

    pub fn choice(step: &'static Choice, screen: OnScreen) -> AnyView {
        view! { {choice_on_screen(step, screen.revealed)} {reveal_button(screen.revealed)} }
            .into_any()
    }

    pub fn ordering(step: &'static Ordering, screen: OnScreen) -> AnyView {
        // The same mixed order the learners' phones show for this step.
        let seed = ordering_seed(screen.lesson, screen.at);
        view! { {ordering_on_screen(step, &seed, screen.revealed)} {reveal_button(screen.revealed)} }.into_any()
    }

    pub fn text_answer(step: &'static TextAnswer, screen: OnScreen) -> AnyView {
        view! { {text_answer_on_screen(step, screen.revealed)} {reveal_button(screen.revealed)} }
            .into_any()
    }
}

fn reveal_button(revealed: RwSignal<bool>) -> impl IntoView {
    let t = text();
    view! {
        <button class="secondary reveal" aria-expanded=move || revealed.get().to_string() on:click=move |_| revealed.update(|r| *r = !*r)>
            {move || if revealed.get() { t.presenter_hide } else { t.presenter_show }}
        </button>
    }
}

fn choice_on_screen(step: &'static Choice, revealed: RwSignal<bool>) -> impl IntoView {
    let t = text();
    view! {
        <ol class="presenter-options" type="A">
            {step.options.iter().map(|option| view! {
                <li data-right=move || revealed.get().then(|| option.correct.to_string())>
                    <p>{&*option.text}</p>
                    {move || revealed.get().then(|| view! {
                        <p class="presenter-feedback">
                            <strong>{if option.correct { t.presenter_right } else { t.presenter_wrong }}": "</strong>
                            {crate::feedback::without_verdict(&option.feedback)}
                        </p>
                    })}
                </li>
            }).collect_view()}
        </ol>
    }
}

fn ordering_on_screen(
    step: &'static Ordering,
    seed: &str,
    revealed: RwSignal<bool>,
) -> impl IntoView {
    let t = text();
    let mixed = starting_order(step.items.len(), seed);
    view! {
        <ol class="presenter-options">{mixed.into_iter().map(|i| view! { <li>{&*step.items[i]}</li> }).collect_view()}</ol>
        {move || revealed.get().then(|| view! {
            <div class="presenter-feedback">
                <p><strong>{t.presenter_right_order}</strong></p>
                <ol class="right-order">{step.items.iter().map(|item| view! { <li>{&**item}</li> }).collect_view()}</ol>
                <p>{&*step.feedback_correct}</p>
            </div>
        })}
    }
}

fn text_answer_on_screen(step: &'static TextAnswer, revealed: RwSignal<bool>) -> impl IntoView {
    let t = text();
    move || {
        revealed.get().then(|| view! {
        <div class="presenter-feedback">
            <ul>
                {step.rules.iter().map(|rule| {
                    let said = if !rule.must_contain.is_empty() {
                        (t.presenter_good_answer_has)(&rule.must_contain)
                    } else if !rule.must_not_contain.is_empty() {
                        (t.presenter_good_answer_avoids)(&rule.must_not_contain)
                    } else if !rule.must_not_deny.is_empty() {
                        (t.presenter_good_answer_never_denies)(&rule.must_not_deny)
                    } else {
                        (t.presenter_good_answer_at_most)(rule.max_chars.unwrap_or_default())
                    };
                    view! { <li>{said}</li> }
                }).collect_view()}
            </ul>
            <p>{&*step.feedback_correct}</p>
        </div>
    })
    }
}

fn simulator_on_screen(task: &'static str, hint: Option<&'static str>) -> AnyView {
    let t = text();
    view! {
        <p class="task">{task}</p>
        {hint.map(|hint| view! { <p class="hint"><strong>{t.hint}</strong>" "{hint}</p> })}
        <p class="note">{t.presenter_demonstrate}</p>
    }
    .into_any()
}

/// Closed until the trainer taps it, and closed again on the next step (the screen keeps the
/// same element between steps): the class sees the same screen.
fn trainer_note(note: &'static str, open: RwSignal<bool>) -> impl IntoView {
    let is_open = |ev: leptos::ev::Event| {
        ev.target()
            .and_then(|target| js_sys::Reflect::get(&target, &"open".into()).ok())
            .and_then(|open| open.as_bool())
    };
    view! {
        <details class="trainer-note" prop:open=move || open.get() on:toggle=move |ev| open.set(is_open(ev).unwrap_or(false))>
            <summary>{text().presenter_trainer_note}</summary>
            <p>{note}</p>
        </details>
    }
}
