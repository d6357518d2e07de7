//! A lesson's steps, fetched from the lesson's file in the build (`lesson::wire`) when the
//! lesson opens, and kept in memory for the rest of the visit. The service worker stores
//! every lesson file after the first paint, so lessons open offline from then on.

use super::later::PartMissing;
use crate::catalog;
use crate::lesson::wire::decode_lesson;
use crate::lesson::{Lesson, LessonHead};
use leptos::prelude::window;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Lessons read this visit. Each is read once and lives as long as the page.
    static LOADED: RefCell<Vec<&'static Lesson>> = const { RefCell::new(Vec::new()) };
    static ALL: RefCell<Option<&'static [Lesson]>> = const { RefCell::new(None) };
}

/// The lesson, if its steps were read already this visit: then it shows at once.
pub fn loaded(head: &LessonHead) -> Option<&'static Lesson> {
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.id == head.id))
}

/// The lesson with its steps. Fails like a part that cannot be downloaded: offline before
/// the file was stored, or the server no longer has this version's files.
pub async fn load(head: &LessonHead) -> Result<&'static Lesson, PartMissing> {
    if let Some(lesson) = loaded(head) {
        return Ok(lesson);
    }
    let bytes = fetch(&format!("/lessons/{}", head.file))
        .await
        .ok_or(PartMissing)?;
    let lesson: &'static Lesson = Box::leak(Box::new(decode_lesson(&bytes).ok_or(PartMissing)?));
    LOADED.with(|loaded| loaded.borrow_mut().push(lesson));
    Ok(lesson)
}

/// Every lesson with its steps, in order: for the progress card, the certificate and the
/// roster, which read the steps of every lesson.
pub async fn load_all() -> Result<&'static [Lesson], PartMissing> {
    if let Some(all) = ALL.with(|all| *all.borrow()) {
        return Ok(all);
    }
    let mut lessons = Vec::new();
    for head in catalog::index() {
        lessons.push(load(head).await?.clone());
    }
    let all: &'static [Lesson] = Vec::leak(lessons);
    ALL.with(|kept| *kept.borrow_mut() = Some(all));
    Ok(all)
}

async fn fetch(address: &str) -> Option<Vec<u8>> {
    let response = JsFuture::from(window().fetch_with_str(address))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let bytes = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&bytes).to_vec())
}
