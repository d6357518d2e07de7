//! Moves the progress record between memory and the browser's localStorage, and tells the
//! learner when storage lets them down. Reading and upgrading are `progress::load`'s job,
//! folding two tabs' progress into one is `progress::merge`'s.

use super::now;
use crate::class::card::PhoneId;
use crate::progress::{self, Damage, Loaded, ProgressRecord};
use crate::strings::text;
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
    /// A newer version of the app saved progress this one cannot read.
    Outdated,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Damaged => text().notice_damaged,
            Notice::Unavailable => text().notice_unavailable,
            Notice::Full => text().notice_full,
            Notice::Outdated => text().notice_outdated,
        }
    }
}

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub record: RwSignal<ProgressRecord>,
    pub notice: RwSignal<Option<Notice>>,
    /// False when the browser gives no storage, when an unreadable record could not be
    /// kept aside, or when a newer app saved it: then we must not write over it.
    writable: StoredValue<bool>,
    /// The stored text as this tab last read or wrote it. While it is the same, no other
    /// tab has saved since, and there is nothing to fold in.
    seen: StoredValue<Option<String>>,
}

impl ProgressStore {
    pub fn open() -> Self {
        let store = ProgressStore {
            record: RwSignal::new(ProgressRecord::new()),
            notice: RwSignal::new(None),
            writable: StoredValue::new(true),
            seen: StoredValue::new(None),
        };
        if browser_storage().is_none() {
            store.notice.set(Some(Notice::Unavailable));
            store.writable.set_value(false);
        } else if let Some(stored) = store.read_newer() {
            store.record.set(stored);
        }
        let random = (js_sys::Math::random() * f64::from(1u32 << PhoneId::BITS)) as u32;
        store.record.update(|record| {
            record.keep_phone_id(random);
        });
        store.save();
        // Another tab saved: show its progress here too. The listener lives as long as the page.
        window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_none_or(|key| key == KEY) {
                store.follow();
            }
        });
        store
    }

    /// Changes the record and saves it at once, so a closed tab loses nothing. The change
    /// is made on what is stored now, so what another tab saved is never written over.
    pub fn change(&self, edit: impl FnOnce(&mut ProgressRecord)) {
        let stored = self.read_newer();
        self.record.update(|record| record.change(stored, edit));
        self.save();
    }

    pub fn reset(&self) {
        self.change(ProgressRecord::forget_lessons);
    }

    /// Folds what another tab saved into what this tab shows.
    fn follow(&self) {
        if let Some(stored) = self.read_newer() {
            self.record
                .update(|record| *record = progress::merge(stored, std::mem::take(record)));
        }
    }

    /// The stored record, when it is not what this tab last read or wrote. Unreadable text
    /// is kept aside first and the learner told; if it cannot be, nothing is written over it.
    fn read_newer(&self) -> Option<ProgressRecord> {
        let storage = browser_storage()?;
        let text = storage.get_item(KEY).ok().flatten();
        if self.seen.with_value(|seen| *seen == text) {
            return None;
        }
        self.seen.set_value(text.clone());
        let (record, writable) = match progress::load(text.as_deref()) {
            Loaded::Empty => (None, true),
            Loaded::Read { record, .. } => (Some(record), true),
            // Kept aside, a newer app's record would be copied at each of its saves.
            Loaded::Damaged {
                reason: Damage::NewerVersion(_),
                ..
            } => {
                self.notice.set(Some(Notice::Outdated));
                (None, false)
            }
            Loaded::Damaged { record, .. } => {
                let original = text.unwrap_or_default();
                let kept_aside = storage
                    .set_item(&format!("{ASIDE_PREFIX}{}", now()), &original)
                    .is_ok();
                self.notice.set(Some(Notice::Damaged));
                (Some(record), kept_aside)
            }
        };
        self.writable.set_value(writable);
        record
    }

    fn save(&self) {
        let Some(storage) = browser_storage().filter(|_| self.writable.get_value()) else {
            return;
        };
        let text = self.record.with_untracked(ProgressRecord::to_json);
        match storage.set_item(KEY, &text) {
            Ok(()) => {
                self.seen.set_value(Some(text));
                if self.notice.get_untracked() == Some(Notice::Full) {
                    self.notice.set(None);
                }
            }
            Err(_) => self.notice.set(Some(Notice::Full)),
        }
    }
}

/// The browser's localStorage, or `None` where it is switched off or forbidden.
fn browser_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
