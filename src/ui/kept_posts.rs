//! The posts a learner kept from the post builder, listed on the home screen to copy and
//! share. A part of its own: only a learner who kept a post downloads it.

use super::later::{part, screen, PartView};
use super::post_actions::PostActions;
use super::ProgressStore;
use crate::post;
use crate::strings::post as words;
use leptos::prelude::*;

part!(
    kept_posts,
    preload_kept_posts,
    pub fn kept_posts_part(store: ProgressStore) -> PartView {
        Ok(screen(move || view! { <KeptPosts store /> }.into_any()))
    }
);

#[component]
fn KeptPosts(store: ProgressStore) -> impl IntoView {
    let count = Memo::new(move |_| store.record.with(|record| record.kept_posts().len()));
    move || {
        (count.get() > 0).then(|| view! {
        <section class="kept-posts" aria-labelledby="kept-heading">
            <h2 id="kept-heading">{words::KEPT_HEADING}</h2>
            <ul class="lesson-list">
                // A kept post that no longer reads (from an older app) is left out, not shown blank.
                {(0..count.get()).filter(|&index| store.record.with_untracked(|r| r.kept_posts()[index].read().is_some())).map(|index| {
                    let draft = Signal::derive(move || store.record.with(|r| r.kept_posts().get(index).and_then(|kept| kept.read()).unwrap_or_default()));
                    view! {
                        <li class="lesson-card kept-post">
                            <p class="meta">{move || words::channel_name(draft.with(|d| d.channel))}</p>
                            <div class="kept-text">{move || draft.with(post::share_text).lines().map(|line| view! { <p>{line.to_string()}</p> }).collect_view()}</div>
                            <PostActions draft />
                            <button class="secondary" on:click=move |_| store.change(|r| r.forget_post(index))>{words::FORGET}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    })
    }
}
