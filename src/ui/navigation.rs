//! Moving between screens with the browser's history, so back buttons and reloads work.
//! (A hand-written router: leptos_router cost 47 KB of gzip for our two screens.)

use crate::route::Route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

#[derive(Clone, Copy)]
pub struct Navigator {
    pub current: RwSignal<Route>,
}

impl Navigator {
    pub fn start() -> Self {
        let current = RwSignal::new(Route::parse(&location_path()));
        let handle = window_event_listener(ev::popstate, move |_| {
            current.set(Route::parse(&location_path()))
        });
        // The app lives as long as the page, so the listener does too.
        std::mem::forget(handle);
        Navigator { current }
    }

    pub fn go(&self, route: Route) {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&route.path()));
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
        self.current.set(route);
    }
}

fn location_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// A real link (it can be long-pressed and opened in a new tab) that changes screen in place.
#[component]
pub fn Link(to: Route, #[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let navigator = expect_context::<Navigator>();
    let href = to.path();
    let follow = move |event: ev::MouseEvent| {
        let plain_click = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if plain_click {
            event.prevent_default();
            navigator.go(to.clone());
        }
    };
    view! { <a href=href class=class on:click=follow>{children()}</a> }
}
