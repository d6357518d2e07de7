//! Parts of the app that a first visit downloads after the first lesson step: the
//! simulators, the class screens, Mode Pelatih and the kept posts. Each is a split point;
//! the build (scripts/build-wasm.sh) cuts it into a wasm file of its own, and the service
//! worker keeps every file on the phone, so later visits and offline use load them from there.

use crate::strings::text;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

/// A part could not be downloaded: the phone went offline before it was saved.
pub struct PartMissing;

impl From<SplitLoaderError> for PartMissing {
    fn from(_: SplitLoaderError) -> Self {
        PartMissing
    }
}

pub type PartView = Result<AnyView, PartMissing>;

/// Marks a function returning `PartView` as a split point of its own wasm part, with a
/// preload function that fetches the part without showing it.
macro_rules! part {
    ($part:ident, $preload:ident, $item:item) => {
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        $item
    };
}
pub(crate) use part;

/// Shows a part once it is loaded. Until then a short status; if it cannot be loaded,
/// a plain sentence and a button to try again.
#[component]
pub fn Later<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = PartView> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{text().part_loading}</p> }>
            {move || {
                attempt.track();
                let part = load();
                Suspend::new(async move {
                    match part.await {
                        Ok(view) => view,
                        Err(PartMissing) => view! {
                            <div class="notice" role="alert">
                                <p>{text().part_missing}</p>
                                <button class="primary" on:click=move |_| attempt.update(|n| *n += 1)>{text().try_again}</button>
                            </div>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Loads every part into memory once the page runs from the service worker's copy (no
/// data used). A learner mid-lesson then keeps a complete app even when a new version
/// replaces the stored files. On a first visit this waits: the service worker is still
/// downloading the same files, and fetching them twice would cost the learner data.
pub fn preload_all_when_stored() {
    let stored = window().navigator().service_worker().controller().is_some();
    if !stored {
        return;
    }
    leptos::task::spawn_local(async {
        // A part that fails to load is tried again when the learner opens it.
        let _ = super::steps::preload_post_builder().await;
        let _ = super::steps::preload_keyword_lab().await;
        let _ = super::steps::preload_checkout().await;
        let _ = super::steps::preload_seller_orders().await;
        let _ = super::class_screens::preload_class().await;
        let _ = super::presenter::preload_presenter().await;
        let _ = super::kept_posts::preload_kept_posts().await;
    });
}
