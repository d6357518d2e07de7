//! The leptos shell: screens that render the core's state and forward the learner's taps.
//! Rules live in the core (`lesson`, `feedback`, `progress`, `catalog` and the simulators'
//! modules), never here.

mod card;
mod certificate;
mod class_screens;
mod classes;
mod feedback;
mod home;
mod join;
mod kept_posts;
mod later;
mod lessons;
mod navigation;
mod player;
mod post_actions;
mod presenter;
mod roster;
mod share;
mod steps;
mod storage;

use crate::catalog;
use crate::lesson::LessonHead;
use crate::route::Route;
use crate::strings::text;
use later::later;
use leptos::prelude::*;
use navigation::Navigator;

pub use storage::ProgressStore;

pub fn mount() {
    // The static page shown while the app downloads; the app takes over from here.
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
    later::preload_all_when_stored();
}

/// Milliseconds since 1970 by the phone's clock.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

#[component]
fn App() -> impl IntoView {
    let store = ProgressStore::open();
    provide_context(store);
    let navigator = Navigator::start();
    provide_context(navigator);
    view! {
        <main>
            <StorageNotice store />
            {move || match navigator.current.get() {
                Route::Home => view! { <home::Home /> }.into_any(),
                Route::Lesson(id) => with_lesson(&id, |head| match lessons::loaded(head) {
                    Some(lesson) => view! { <player::Player lesson /> }.into_any(),
                    None => later::with_steps(move || async move {
                        let lesson = lessons::load(head).await?;
                        Ok(later::screen(move || view! { <player::Player lesson /> }.into_any()))
                    }),
                }),
                Route::Presenter(id) => with_lesson(&id, |head| later(move || async move {
                    presenter::presenter_part(lessons::load(head).await?).await
                })),
                route @ (Route::Join(_) | Route::Card | Route::Certificate | Route::Classes | Route::Class(_)) => {
                    later(move || {
                        let route = route.clone();
                        async move {
                            // The card, the certificate and the roster read every lesson's steps.
                            let lessons = match route {
                                Route::Card | Route::Certificate | Route::Class(_) => lessons::load_all().await?,
                                _ => &[],
                            };
                            class_screens::class_screen(route, lessons).await
                        }
                    })
                }
                Route::NotFound => view! { <home::Home /> }.into_any(),
            }}
        </main>
    }
}

/// Shows a lesson's screen, or says the lesson is not there (an old or mistyped address).
fn with_lesson(id: &str, show: impl FnOnce(&'static LessonHead) -> AnyView) -> AnyView {
    match catalog::find(id) {
        Some(lesson) => show(lesson),
        None => view! {
            <div class="screen">
                <h2>{text().lesson_missing}</h2>
                <navigation::Link to=Route::Home class="button primary">{text().to_lessons}</navigation::Link>
            </div>
        }
        .into_any(),
    }
}

/// Shown on every screen: a storage problem can happen in the middle of a lesson.
#[component]
fn StorageNotice(store: ProgressStore) -> impl IntoView {
    move || {
        store.notice.get().map(|notice| {
            view! {
                <div class="notice" role="alert">
                    <p>{notice.message()}</p>
                    <button class="secondary" on:click=move |_| store.notice.set(None)>{text().close}</button>
                </div>
            }
        })
    }
}
