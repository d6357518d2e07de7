//! Parts of the app that a first visit downloads after the first lesson step: the
//! simulators, the class screens, Mode Pelatih and the kept posts. Each is a split point;
//! the build (scripts/build-wasm.sh) cuts it into a wasm file of its own, and the service
//! worker keeps every file on the phone, so later visits and offline use load them from there.

use crate::strings::text;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ServiceWorkerContainer};

/// A part could not be downloaded: the phone is offline and the part was not stored yet,
/// or the server no longer has this version's files.
#[derive(Clone, Copy)]
pub struct PartMissing;

impl From<SplitLoaderError> for PartMissing {
    fn from(_: SplitLoaderError) -> Self {
        PartMissing
    }
}

/// How a loaded part draws its screen. A part hands this back instead of a finished view so
/// that the view is made by `part_view`, inside the screen that asked for it, and is cleaned
/// up with that screen. Made inside the loading task, the kept posts' view outlived the home
/// screen, and the next tap in a lesson read its disposed values and trapped (issue 14).
pub type Screen = Arc<dyn Fn() -> AnyView + Send + Sync>;

pub type PartView = Result<Screen, PartMissing>;

/// A part's screen, for the function a part's `part!` declares.
pub fn screen(draw: impl Fn() -> AnyView + Send + Sync + 'static) -> Screen {
    Arc::new(draw)
}

/// Marks a function returning `PartView` as a split point of its own wasm part, with a
/// preload function that fetches the part without showing it.
macro_rules! part {
    ($part:ident, $preload:ident, $item:item) => {
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        $item
    };
}
pub(crate) use part;

/// Shows a part once it is loaded. Until then a short status; if it cannot be loaded, a
/// plain sentence: offline, to try again with signal; online, to reload the page (a newer
/// version replaced this one's files; progress is in storage, so nothing is lost).
pub fn later<Fut>(load: impl Fn() -> Fut + Send + Sync + 'static) -> AnyView
where
    Fut: Future<Output = PartView> + 'static,
{
    add_part_styles();
    part_view(Arc::new(move || Box::pin(load())))
}

/// Shows a lesson once its steps are loaded (`lessons`), as `later` shows a part: the same
/// status and sentences, without the parts' stylesheet, which a lesson's player does not use.
pub fn with_steps<Fut>(load: impl Fn() -> Fut + Send + Sync + 'static) -> AnyView
where
    Fut: Future<Output = PartView> + 'static,
{
    part_view(Arc::new(move || Box::pin(load())))
}

type PartFuture = Pin<Box<dyn Future<Output = PartView>>>;

/// Not generic, so the parts share one copy of the loading screen's code.
fn part_view(load: Arc<dyn Fn() -> PartFuture + Send + Sync>) -> AnyView {
    let loaded = RwSignal::new(None::<PartView>);
    let fetch = move || {
        let part = load();
        leptos::task::spawn_local(async move {
            // The screen may have closed while the part was on its way: then nobody waits for it.
            let _ = loaded.try_set(Some(part.await));
        });
    };
    fetch();
    let try_again = fetch.clone();
    (move || match loaded.get() {
        None => view! { <p class="loading" role="status">{text().part_loading}</p> }.into_any(),
        Some(Ok(draw)) => draw(),
        Some(Err(PartMissing)) if window().navigator().on_line() => view! {
            <div class="notice" role="alert">
                <p>{text().part_outdated}</p>
                <button class="primary" on:click=|_| { let _ = window().location().reload(); }>{text().reload}</button>
            </div>
        }
        .into_any(),
        Some(Err(PartMissing)) => {
            let try_again = try_again.clone();
            view! {
                <div class="notice" role="alert">
                    <p>{text().part_missing}</p>
                    <button class="primary" on:click=move |_| {
                        focus_screen_heading();
                        loaded.set(None);
                        try_again();
                    }>{text().try_again}</button>
                </div>
            }
            .into_any()
        }
    })
    .into_any()
}

/// The button goes away with its message; the screen's heading keeps a screen reader's place.
fn focus_screen_heading() {
    let heading = document()
        .query_selector("main h2")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// Loads every part and lesson into memory as soon as the page runs from the service worker's copy,
/// which uses no data: at once on a later visit, and on a first visit when the service
/// worker has stored the files and takes the page over. A learner mid-lesson then keeps a
/// complete app even when a new version replaces the stored files. Before that, fetching
/// the parts would download them a second time, next to the service worker.
pub fn preload_all_when_stored() {
    let Some(workers) = service_workers() else {
        return;
    };
    if workers.controller().is_some() {
        preload_all();
    } else {
        let on_takeover = Closure::once_into_js(preload_all);
        workers.set_oncontrollerchange(Some(on_takeover.unchecked_ref()));
    }
}

/// The page's service workers, which plain http and some in-app browsers do not have.
fn service_workers() -> Option<ServiceWorkerContainer> {
    let workers =
        js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("serviceWorker")).ok()?;
    (!workers.is_undefined()).then(|| workers.unchecked_into())
}

/// Links the parts' stylesheet (public/parts.css) once. It is fetched beside the part's wasm
/// and is a fraction of its size, so it is in place by the time the part shows.
fn add_part_styles() {
    const HREF: &str = "/parts.css";
    let page = document();
    if page
        .query_selector(&format!("link[href='{HREF}']"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let (Ok(link), Some(head)) = (page.create_element("link"), page.head()) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", HREF);
    let _ = head.append_child(&link);
}

fn preload_all() {
    add_part_styles();
    leptos::task::spawn_local(async {
        // A part that fails to load is tried again when the learner opens it.
        super::steps::preload_parts().await;
        let _ = super::lessons::load_all().await;
        let _ = super::class_screens::preload_class().await;
        let _ = super::presenter::preload_presenter().await;
        let _ = super::kept_posts::preload_kept_posts().await;
    });
}
