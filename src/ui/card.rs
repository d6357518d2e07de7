//! The learner's progress card: who they are, how far each lesson went, the evaluation,
//! and the progress code to send to the trainer by WhatsApp, typed or as a QR code.

use super::join::LearnerDetails;
use super::navigation::Link;
use super::share::{copy_and_say, QrPicture};
use super::{now, ProgressStore};
use crate::catalog;
use crate::class::evaluation::EvaluationQuestion;
use crate::class::record::{card_from_record, certificate_earned};
use crate::lesson::Lesson;
use crate::link::wa_link;
use crate::route::Route;
use crate::strings::class as words;
use leptos::prelude::*;

#[component]
pub fn CardScreen(lessons: &'static [Lesson]) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let has_name = Memo::new(move |_| store.record.with(|r| r.learner().is_some()));
    let editing = RwSignal::new(false);
    let on_save = Callback::new(move |learner| {
        store.change(|record| record.set_learner(learner));
        editing.set(false);
    });
    view! {
        <div class="screen class-screen">
            <h2>{words::CARD_HEADING}</h2>
            {move || if !has_name.get() || editing.get() {
                view! {
                    <p>{words::CARD_NEEDS_NAME}</p>
                    <LearnerDetails on_save />
                }.into_any()
            } else {
                view! {
                    <p>{words::CARD_INTRO}</p>
                    <Summary lessons />
                    <button class="secondary" on:click=move |_| editing.set(true)>{words::CHANGE_DETAILS}</button>
                    <ProgressCode lessons />
                    <EvaluationFold />
                }.into_any()
            }}
        </div>
    }
}

/// Who, which class, and each started lesson in one line.
#[component]
fn Summary(lessons: &'static [Lesson]) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let card = Memo::new(move |_| {
        store
            .record
            .with(|record| card_from_record(record, lessons, now()))
    });
    let class_line = move || {
        store
            .record
            .with(|r| r.class().map(|c| words::in_class_text(c.display_name())))
    };
    let phone_line =
        move || card.with(|c| c.phone.map(|phone| words::this_phone_text(&phone.text())));
    view! {
        <p class="learner-name"><strong>{move || card.with(|c| c.learner.clone())}</strong> " " {move || card.with(|c| c.business.clone())}</p>
        <p class="meta">{phone_line}</p>
        <p>{class_line}</p>
        {move || card.with(|card| if card.lessons.is_empty() {
            view! { <p>{words::NOTHING_YET}</p> }.into_any()
        } else {
            view! {
                <ul class="lesson-results">
                    {card.lessons.iter().map(|result| {
                        let title = catalog::by_number(result.number).map_or("", |l| &*l.title);
                        view! { <li><strong>{title}</strong><br />{words::lesson_result_text(result)} ", " {words::minutes_text(result.minutes.into())}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        })}
    }
}

/// The evaluation asks about the whole course: open once every lesson is done, folded before
/// that for a trainer who asks for it early.
#[component]
fn EvaluationFold() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let course_done = store
        .record
        .with_untracked(|record| certificate_earned(record, catalog::index()));
    view! {
        <details class="evaluation-fold" open=course_done>
            <summary>{words::EVALUATION_FOLD}</summary>
            <EvaluationForm />
        </details>
    }
}

#[component]
fn EvaluationForm() -> impl IntoView {
    let evaluation = catalog::evaluation();
    view! {
        <section class="evaluation" aria-labelledby="evaluation-heading">
            <h3 id="evaluation-heading">{evaluation.title.as_str()}</h3>
            <p>{evaluation.intro.as_str()}</p>
            {evaluation.questions.iter().enumerate().map(|(index, question)| view! { <EvaluationItem index question /> }).collect_view()}
            <p class="note">{words::EVALUATION_SAVED_NOTE}</p>
        </section>
    }
}

#[component]
fn EvaluationItem(index: usize, question: &'static EvaluationQuestion) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let chosen = move || {
        store
            .record
            .with(|r| r.evaluation().get(index).copied().unwrap_or(0))
    };
    let choose = move |option: u8| store.change(|record| record.answer_evaluation(index, option));
    view! {
        <fieldset class="options">
            <legend>{question.question.as_str()}</legend>
            {question.options.iter().enumerate().map(|(i, option)| {
                let value = u8::try_from(i + 1).unwrap_or(0);
                view! {
                    <label class="option">
                        <input type="radio" name=format!("evaluasi-{index}") prop:checked=move || chosen() == value on:change=move |_| choose(value) />
                        <span>{option.as_str()}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn ProgressCode(lessons: &'static [Lesson]) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let code = Memo::new(move |_| {
        store
            .record
            .with(|record| card_from_record(record, lessons, now()).encode())
    });
    let has_certificate = Memo::new(move |_| {
        store
            .record
            .with(|record| certificate_earned(record, catalog::index()))
    });
    let trainer_wa = store.record.with_untracked(|record| {
        record
            .class()
            .map(|class| class.trainer_wa.clone())
            .unwrap_or_default()
    });
    let said = RwSignal::new(None::<&'static str>);
    view! {
        <section class="progress-code" aria-labelledby="code-heading">
            <h3 id="code-heading">{words::CODE_LABEL}</h3>
            <p class="code" data-testid="progress-code">{move || code.get()}</p>
            <a class="button primary" href=move || wa_link(&trainer_wa, &words::send_text(&code.get())) target="_blank" rel="noopener noreferrer">{words::SEND_TO_TRAINER}</a>
            <button class="secondary" on:click=move |_| copy_and_say(&code.get_untracked(), said, words::COPIED, words::COPY_FAILED)>{words::COPY_CODE}</button>
            <p role="status">{move || said.get()}</p>
            <QrPicture text=code label=words::CODE_QR_LABEL />
            {move || has_certificate.get().then(|| view! {
                <p>{words::CERTIFICATE_READY}</p>
                <Link to=Route::Certificate class="button secondary">{words::OPEN_CERTIFICATE}</Link>
            })}
        </section>
    }
}
