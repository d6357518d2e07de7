//! The leptos shell: screens that render the core's state and forward the learner's taps.
//! Rules live in `lesson`, `progress` and `catalog`, never here.

mod feedback;
mod home;
mod player;
mod steps;
mod storage;

use crate::strings::text;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

pub use storage::ProgressStore;

pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Milliseconds since 1970 by the phone's clock.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

#[component]
fn App() -> impl IntoView {
    let store = ProgressStore::open(now());
    provide_context(store);
    view! {
        <Router>
            <main>
                <StorageNotice store />
                <Routes fallback=home::Home>
                    <Route path=path!("/") view=home::Home />
                    <Route path=path!("/pelajaran/:id") view=player::Player />
                </Routes>
            </main>
        </Router>
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

