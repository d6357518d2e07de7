//! Moves the progress record between memory and the browser's localStorage, and tells the
//! learner when storage lets them down. Reading and upgrading are `progress::load`'s job.

use crate::class::card::PhoneId;
use crate::progress::{self, Loaded, ProgressRecord};
use crate::strings::text;
use crate::time::Millis;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const KEY: &str = "lapak-latihan/kemajuan";
/// Unreadable records are kept under this prefix plus the time they were found.
const ASIDE_PREFIX: &str = "lapak-latihan/kemajuan-rusak-";

/// What the learner is told about their saved progress, in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Damaged,
    Unavailable,
    Full,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Damaged => text().notice_damaged,
            Notice::Unavailable => text().notice_unavailable,
            Notice::Full => text().notice_full,
        }
    }
}

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub record: RwSignal<ProgressRecord>,
    pub notice: RwSignal<Option<Notice>>,
    /// False when the browser gives no storage, or when an unreadable record could not be
    /// kept aside: then we must not write over it.
    writable: StoredValue<bool>,
}

impl ProgressStore {
    pub fn open(now: Millis) -> Self {
        let (mut record, notice, writable) = Self::read(now);
        record.keep_phone_id((js_sys::Math::random() * f64::from(1u32 << PhoneId::BITS)) as u32);
        let store = ProgressStore {
            record: RwSignal::new(record),
            notice: RwSignal::new(notice),
            writable: StoredValue::new(writable),
        };
        store.save();
        store
    }

    fn read(now: Millis) -> (ProgressRecord, Option<Notice>, bool) {
        let Some(storage) = browser_storage() else {
            return (ProgressRecord::new(), Some(Notice::Unavailable), false);
        };
        let stored = storage.get_item(KEY).ok().flatten();
        match progress::load(stored.as_deref()) {
            Loaded::Empty => (ProgressRecord::new(), None, true),
            Loaded::Read { record, .. } => (record, None, true),
            Loaded::Damaged { record, .. } => {
                let original = stored.unwrap_or_default();
                let kept_aside = storage
                    .set_item(&format!("{ASIDE_PREFIX}{now}"), &original)
                    .is_ok();
                (record, Some(Notice::Damaged), kept_aside)
            }
        }
    }

    /// Changes the record and saves it at once, so a closed tab loses nothing.
    pub fn change(&self, edit: impl FnOnce(&mut ProgressRecord)) {
        self.record.update(edit);
        self.save();
    }

    pub fn reset(&self) {
        self.change(ProgressRecord::forget_lessons);
    }

    fn save(&self) {
        if !self.writable.get_value() {
            return;
        }
        let saved = self
            .record
            .with_untracked(|record| LocalStorage::set(KEY, record));
        match saved {
            Ok(()) if self.notice.get_untracked() == Some(Notice::Full) => self.notice.set(None),
            Ok(()) => {}
            Err(_) => self.notice.set(Some(Notice::Full)),
        }
    }
}

/// The browser's localStorage, or `None` where it is switched off or forbidden.
fn browser_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
