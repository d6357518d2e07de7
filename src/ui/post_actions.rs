//! Keep, copy and share a post: the same buttons under the builder and in the kept list.

use super::share::copy_and_say;
use super::ProgressStore;
use crate::post::{self, PostDraft};
use crate::strings::post as words;
use leptos::prelude::*;

#[component]
pub fn PostActions(draft: Signal<PostDraft>, #[prop(optional)] keep: bool) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let said = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        copy_and_say(
            &draft.with_untracked(post::share_text),
            said,
            words::COPIED,
            words::COPY_FAILED,
        )
    };
    let share_link = move || draft.with(|d| crate::link::wa_link("", &post::share_text(d)));
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
