//! Keep, copy and share a post: the same buttons under the builder and in the kept list.

use super::ProgressStore;
use crate::post::{self, PostDraft};
use crate::strings::post as words;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

#[component]
pub fn PostActions(draft: Signal<PostDraft>, #[prop(optional)] keep: bool) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let said = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let text = draft.with_untracked(post::share_text);
        match copy_to_clipboard(&text) {
            Some(done) => leptos::task::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(done).await.is_ok();
                said.set(Some(if copied { words::COPIED } else { words::COPY_FAILED }));
            }),
            None => said.set(Some(words::COPY_FAILED)),
        }
    };
    let share_link = move || draft.with(|d| crate::link::wa_share_link(&post::share_text(d)));
    view! {
        <div class="post-actions">
            {keep.then(|| view! {
                <button class="secondary" on:click=move |_| {
                    store.change(|record| record.keep_post(draft.get_untracked()));
                    said.set(Some(words::KEPT));
                }>{words::KEEP}</button>
            })}
            <button class="secondary" on:click=copy>{words::COPY}</button>
            <a class="button primary" href=share_link target="_blank" rel="noopener noreferrer">{words::SHARE_WHATSAPP}</a>
            <p class="note">{words::SHARE_NOTE}</p>
            <p role="status">{move || said.get()}</p>
        </div>
    }
}

/// Starts copying; `None` where the browser offers no clipboard (e.g. not over https).
fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
    has_clipboard.then(|| navigator.clipboard().write_text(text))
}
