//! Home: every lesson with its progress, a button that resumes where the learner stopped,
//! and a reset that asks first.

use super::kept_posts;
use super::later::later;
use super::navigation::{Link, Navigator};
use super::{now, ProgressStore};
use crate::catalog;
use crate::class::record::certificate_earned;
use crate::lesson::LessonHead;
use crate::progress::LessonStatus;
use crate::route::Route;
use crate::strings::class as class_words;
use crate::strings::text;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let t = text();
    // Only a learner who kept a post downloads the part that shows them. Read once: posts are
    // kept on another screen, and the list shows nothing once the learner empties it.
    let has_kept_posts = store
        .record
        .with_untracked(|record| !record.kept_posts().is_empty());
    view! {
        <header class="app-header">
            <h1>{t.app_name}</h1>
            <p>{t.app_tagline}</p>
        </header>
        <section aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t.lessons_heading}</h2>
            <ul class="lesson-list">
                {catalog::index().iter().map(|lesson| view! { <li><LessonCard lesson /></li> }).collect_view()}
            </ul>
        </section>
        <LearnWithClass store />
        {has_kept_posts.then(|| later(move || kept_posts::kept_posts_part(store)))}
        <ForTrainers />
        <ResetProgress store />
        <footer><p>{t.privacy}</p></footer>
    }
}

#[component]
fn LessonCard(lesson: &'static LessonHead) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let navigator = expect_context::<Navigator>();
    let t = text();
    let status = Memo::new(move |_| store.record.with(|record| record.status(lesson)));
    let title_id = format!("judul-{}", lesson.id);
    let card_label = title_id.clone();
    let open = move |_| {
        store.change(|record| record.open_lesson(lesson, now()));
        navigator.go(Route::Lesson(lesson.id.to_string()));
    };
    view! {
        <article class="lesson-card" aria-labelledby=card_label>
            <h3 id=title_id>{&*lesson.title}</h3>
            <p>{&*lesson.goal}</p>
            <p class="meta">{(t.about_minutes)(lesson.minutes)}</p>
            <p class="status" data-status=move || status_name(status.get())>{move || status_text(status.get())}</p>
            <button class="primary" on:click=open>
                {move || match status.get() {
                    LessonStatus::NotStarted => t.start,
                    LessonStatus::InProgress { .. } => t.resume,
                    LessonStatus::Finished => t.again,
                }}
            </button>
        </article>
    }
}

fn status_text(status: LessonStatus) -> String {
    let t = text();
    match status {
        LessonStatus::NotStarted => t.status_not_started.to_string(),
        LessonStatus::InProgress { step, of } => (t.step_of)(step, of),
        LessonStatus::Finished => t.status_finished.to_string(),
    }
}

/// A stable name for styling and tests, whatever the language on screen.
fn status_name(status: LessonStatus) -> &'static str {
    match status {
        LessonStatus::NotStarted => "not-started",
        LessonStatus::InProgress { .. } => "in-progress",
        LessonStatus::Finished => "finished",
    }
}

/// Joining a trainer's class, the progress card and, once earned, the certificate.
#[component]
fn LearnWithClass(store: ProgressStore) -> impl IntoView {
    let class = Memo::new(move |_| {
        store
            .record
            .with(|r| r.class().map(|c| c.display_name().to_string()))
    });
    let certified = Memo::new(move |_| {
        store
            .record
            .with(|r| certificate_earned(r, catalog::index()))
    });
    view! {
        <section class="with-class" aria-labelledby="class-heading">
            <h2 id="class-heading">{class_words::CLASS_HEADING}</h2>
            <p>{move || class.get().map_or_else(|| class_words::CLASS_INTRO.to_string(), |name| class_words::in_class_text(&name))}</p>
            {move || certified.get().then(|| view! { <p class="done">{class_words::CERTIFICATE_READY}</p> })}
            <ul class="trainer-links">
                <li><Link to=Route::Join(None) class="button secondary">{class_words::JOIN_CLASS}</Link></li>
                <li><Link to=Route::Card class="button secondary">{class_words::OPEN_CARD}</Link></li>
                <li><Link to=Route::Certificate class="button secondary">{class_words::OPEN_CERTIFICATE}</Link></li>
            </ul>
        </section>
    }
}

/// Links to Mode Pelatih, for trainers who show a lesson to a class.
#[component]
fn ForTrainers() -> impl IntoView {
    let t = text();
    view! {
        <section class="for-trainers" aria-labelledby="trainers-heading">
            <h2 id="trainers-heading">{t.presenter_heading}</h2>
            <p>{t.presenter_intro}</p>
            <ul class="trainer-links">
                <li><Link to=Route::Classes class="button primary">{class_words::MY_CLASSES}</Link></li>
                {catalog::index().iter().map(|lesson| view! {
                    <li><Link to=Route::Presenter(lesson.id.to_string()) class="button secondary">{(t.presenter_open)(&lesson.title)}</Link></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ResetProgress(store: ProgressStore) -> impl IntoView {
    let t = text();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    view! {
        <section class="reset">
            {move || if asking.get() {
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
                        <p id="reset-question">{t.reset_question}</p>
                        <button class="danger" on:click=move |_| { store.reset(); asking.set(false); done.set(true); }>{t.reset_yes}</button>
                        <button class="secondary" on:click=move |_| asking.set(false)>{t.reset_no}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button class="secondary" on:click=move |_| { done.set(false); asking.set(true); }>{t.reset}</button>
                }.into_any()
            }}
            <p role="status">{move || done.get().then_some(t.reset_done)}</p>
        </section>
    }
}
