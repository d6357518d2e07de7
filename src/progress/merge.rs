//! Two tabs, one record. A tab makes each change on the record as stored at that moment
//! (`ProgressRecord::change`), so it never writes back a copy it read earlier; `merge` folds
//! two records into one without moving the learner back, in whichever order they come and
//! whatever the phone's clock says (no rule here looks at a time to decide).
//!
//! The rules, per field:
//! - The record reset more often gives the lessons, kept posts and evaluation: a reset is the
//!   one deliberate step back. A lesson's later round (started again) gives its steps and
//!   answers.
//! - Within a round: the furthest step; per step the newer answer (by the record's count of
//!   changes when it was given); the first start and the first finish; the larger time spent.
//!   Each tab adds its taps to the time it read from the other, so the larger already holds
//!   both and no minute is counted twice.
//! - The newer record (more changes saved) gives the learner, the class, the kept posts,
//!   each evaluation answer and each trainer class's codes; what only the older one holds
//!   is kept where the newer holds nothing. Trainer classes are never dropped.
//! - Two records with the same count were changed at once in two tabs: their kept posts and
//!   a trainer class's codes are joined.

use super::{LessonProgress, ProgressRecord, StepAnswer};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// One record holding both `a` and `b`. The same for `merge(b, a)`, and `merge(a, a)` is `a`.
pub fn merge(a: ProgressRecord, b: ProgressRecord) -> ProgressRecord {
    let (newer, older) = newer_first(a, b);
    let at_once = newer.edits == older.edits;
    // Taken apart field by field, so that a field added to the record must be merged too.
    let ProgressRecord {
        version,
        lessons,
        kept_posts,
        learner,
        class,
        evaluation,
        classes,
        phone,
        edits,
        resets,
    } = newer;
    let (lessons, kept_posts, evaluation) = match resets.cmp(&older.resets) {
        Ordering::Equal => (
            merge_lessons(lessons, older.lessons),
            if at_once {
                joined(kept_posts, older.kept_posts)
            } else {
                kept_posts
            },
            merge_evaluation(evaluation, &older.evaluation),
        ),
        Ordering::Greater => (lessons, kept_posts, evaluation),
        Ordering::Less => (older.lessons, older.kept_posts, older.evaluation),
    };
    ProgressRecord {
        version: version.max(older.version),
        lessons,
        kept_posts,
        learner: learner.or(older.learner),
        class: class.or(older.class),
        evaluation,
        classes: classes.merged(older.classes, at_once),
        phone: phone.or(older.phone),
        edits,
        resets: resets.max(older.resets),
    }
}

impl ProgressRecord {
    /// Makes one change the way every tab does: first folds in what another tab saved since
    /// (`stored`), so the change lands on the latest progress; then counts it and makes it.
    pub fn change<T>(
        &mut self,
        stored: Option<ProgressRecord>,
        edit: impl FnOnce(&mut ProgressRecord) -> T,
    ) -> T {
        if let Some(stored) = stored {
            *self = merge(stored, std::mem::take(self));
        }
        self.edits = self.edits.saturating_add(1);
        edit(self)
    }
}

/// The record with more changes saved first; at equal counts an order that depends only on
/// the two records, so that `merge` gives the same whichever comes first.
fn newer_first(a: ProgressRecord, b: ProgressRecord) -> (ProgressRecord, ProgressRecord) {
    let a_is_newer = match a.edits.cmp(&b.edits) {
        Ordering::Equal => a.to_json() >= b.to_json(),
        order => order == Ordering::Greater,
    };
    if a_is_newer {
        (a, b)
    } else {
        (b, a)
    }
}

fn merge_lessons(
    mut newer: BTreeMap<String, LessonProgress>,
    older: BTreeMap<String, LessonProgress>,
) -> BTreeMap<String, LessonProgress> {
    for (id, theirs) in older {
        let mine = newer.entry(id).or_default();
        *mine = merge_lesson(std::mem::take(mine), theirs);
    }
    newer
}

/// One lesson's entries; `newer` is the one from the newer record.
fn merge_lesson(newer: LessonProgress, older: LessonProgress) -> LessonProgress {
    let finished_at = earliest(newer.finished_at, older.finished_at);
    let active_ms = newer.active_ms.max(older.active_ms);
    // The last tap as the newer record saw it: a clock that moved back must not keep an
    // older, later-looking time.
    let last_active_at = newer.last_active_at.or(older.last_active_at);
    let later_round = match newer.round.cmp(&older.round) {
        Ordering::Greater => newer,
        Ordering::Less => older,
        Ordering::Equal => {
            return LessonProgress {
                current_step: newer.current_step.max(older.current_step),
                answers: merge_answers(newer.answers, older.answers),
                started_at: earliest(newer.started_at, older.started_at),
                finished_at,
                active_ms,
                last_active_at,
                round: newer.round,
            }
        }
    };
    LessonProgress {
        finished_at,
        active_ms,
        last_active_at,
        ..later_round
    }
}

fn earliest(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Per step the answer given later; of two given at once, a right one, else the newer
/// record's.
fn merge_answers(
    mut newer: BTreeMap<usize, StepAnswer>,
    older: BTreeMap<usize, StepAnswer>,
) -> BTreeMap<usize, StepAnswer> {
    for (step, theirs) in older {
        let later = |mine: &StepAnswer| (theirs.edit, theirs.correct) > (mine.edit, mine.correct);
        if newer.get(&step).is_none_or(later) {
            newer.insert(step, theirs);
        }
    }
    newer
}

/// `newer`'s items, then those only in `older`.
fn joined<T: serde::Serialize>(mut newer: Vec<T>, older: Vec<T>) -> Vec<T> {
    // Compared as saved: a kept post's state has no equality of its own in the first download.
    let json = |item: &T| serde_json::to_string(item).unwrap_or_default();
    let kept: Vec<String> = newer.iter().map(json).collect();
    newer.extend(older.into_iter().filter(|item| !kept.contains(&json(item))));
    newer
}

/// Per question the newer record's choice, or the older's where the newer has none.
fn merge_evaluation(newer: Vec<u8>, older: &[u8]) -> Vec<u8> {
    (0..newer.len().max(older.len()))
        .map(|i| match newer.get(i) {
            Some(&chosen) if chosen != 0 => chosen,
            _ => older.get(i).copied().unwrap_or(0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Answer, Stored};
    use crate::class::card::tests::{sample_card, XorShift};
    use crate::class::class_code::{ClassCode, ClassInfo};
    use crate::class::trainer::tests::named;
    use crate::lesson::Lesson;
    use crate::post::PostDraft;
    use crate::progress::tests::{lesson, picked};
    use crate::progress::{load, Learner, LessonStatus, Loaded, Millis, BREAK_AFTER_MS};

    const MINUTE: Millis = 60_000;
    const YEAR: Millis = 365 * 24 * 60 * MINUTE;
    /// 2026-11-23 10:00 WIB, the day of a class.
    const NOW: Millis = 1_795_402_800_000;

    /// "kenali" and "aman": explanation, a choice (option 1 is right), explanation.
    fn lessons() -> [Lesson; 2] {
        let mut kenali = lesson();
        kenali.id = "kenali".into();
        [kenali, lesson()]
    }

    /// localStorage as the tabs share it: one text.
    #[derive(Default)]
    struct Disk(Option<String>);

    impl Disk {
        fn record(&self) -> Option<ProgressRecord> {
            match load(self.0.as_deref()) {
                Loaded::Read { record, .. } => Some(record),
                _ => None,
            }
        }
    }

    /// A tab as `ui::storage` runs it: each change reads the disk first, then writes.
    #[derive(Default)]
    struct Tab {
        record: ProgressRecord,
    }

    impl Tab {
        fn open(disk: &Disk) -> Tab {
            Tab {
                // Not `Default`: a new record carries today's version.
                record: match disk.record() {
                    Some(stored) => stored,
                    None => ProgressRecord::new(),
                },
            }
        }

        fn change<T>(&mut self, disk: &mut Disk, edit: impl FnOnce(&mut ProgressRecord) -> T) {
            self.record.change(disk.record(), edit);
            disk.0 = Some(self.record.to_json());
        }

        /// What the tab does on a `storage` event.
        fn follow(&mut self, disk: &Disk) {
            if let Some(stored) = disk.record() {
                self.record = merge(stored, std::mem::take(&mut self.record));
            }
        }
    }

    fn status(record: &ProgressRecord, lesson: &Lesson) -> LessonStatus {
        record.status(lesson)
    }

    #[test]
    fn going_back_keeps_the_furthest_step_and_the_counts_survive_storage() {
        let [kenali, aman] = lessons();
        let mut record = ProgressRecord::new();
        record.change(None, |r| r.go_to(&aman, 2, NOW));
        record.change(None, |r| r.go_to(&aman, 1, NOW + MINUTE));
        assert_eq!(
            record.resume_step(&aman),
            2,
            "reading a step again is not going back"
        );
        record.change(None, |r| r.restart(&aman, NOW + 2 * MINUTE));
        record.change(None, |r| {
            r.answer_step(&aman, 1, picked(&aman, 1, vec![1]), NOW + 3 * MINUTE)
        });
        record.change(None, ProgressRecord::forget_lessons);
        record.change(None, |r| r.restart(&kenali, NOW + 4 * MINUTE));
        record.change(None, |r| {
            r.answer_step(&kenali, 1, picked(&kenali, 1, vec![1]), NOW + 5 * MINUTE)
        });
        let kenali_progress = &record.lessons["kenali"];
        assert_eq!((record.edits, record.resets), (7, 1));
        assert_eq!(
            (kenali_progress.round, kenali_progress.answers[&1].edit),
            (0, 7)
        );
        record.change(None, |r| r.restart(&kenali, NOW + 6 * MINUTE));
        assert_eq!(record.lessons["kenali"].round, 1);
        let Loaded::Read { record: back, .. } = load(Some(&record.to_json())) else {
            panic!("not read")
        };
        assert_eq!(back, record);
    }

    #[test]
    fn two_tabs_each_moving_one_lesson_keep_both() {
        let [kenali, aman] = lessons();
        let mut disk = Disk::default();
        let (mut first, mut second) = (Tab::open(&disk), Tab::open(&disk));
        first.change(&mut disk, |r| r.go_to(&kenali, 1, NOW));
        second.change(&mut disk, |r| r.go_to(&aman, 1, NOW + MINUTE));
        let kept = disk.record().unwrap();
        assert_eq!(
            status(&kept, &kenali),
            LessonStatus::InProgress { step: 2, of: 3 }
        );
        assert_eq!(
            status(&kept, &aman),
            LessonStatus::InProgress { step: 2, of: 3 }
        );
        first.follow(&disk);
        assert_eq!(first.record, kept, "the first tab's home shows both");

        // The failing case: a tab writing the whole record it loaded earlier.
        let mut disk = Disk::default();
        let (mut first, mut second) = (Tab::open(&disk), Tab::open(&disk));
        first.change(&mut disk, |r| r.go_to(&kenali, 1, NOW));
        second.record.go_to(&aman, 1, NOW + MINUTE);
        disk.0 = Some(second.record.to_json());
        assert_eq!(
            status(&disk.record().unwrap(), &kenali),
            LessonStatus::NotStarted,
            "last writer wins"
        );
    }

    #[test]
    fn a_lesson_finished_in_one_tab_stays_finished_when_the_other_answers_and_moves() {
        let [_, aman] = lessons();
        let mut disk = Disk::default();
        let mut first = Tab::open(&disk);
        first.change(&mut disk, |r| r.go_to(&aman, 1, NOW));
        let mut second = Tab::open(&disk);
        first.change(&mut disk, |r| {
            r.answer_step(&aman, 1, picked(&aman, 1, vec![1]), NOW + MINUTE)
        });
        first.change(&mut disk, |r| r.go_to(&aman, 3, NOW + 2 * MINUTE));
        // The second tab still shows step 2 and answers it, wrongly, then rightly, and moves on.
        second.change(&mut disk, |r| {
            r.answer_step(&aman, 1, picked(&aman, 1, vec![0]), NOW + 3 * MINUTE)
        });
        second.change(&mut disk, |r| {
            r.answer_step(&aman, 1, picked(&aman, 1, vec![1]), NOW + 4 * MINUTE)
        });
        second.change(&mut disk, |r| r.go_to(&aman, 2, NOW + 5 * MINUTE));
        let kept = disk.record().unwrap();
        assert_eq!(status(&kept, &aman), LessonStatus::Finished);
        assert_eq!(kept.lessons["aman"].finished_at, Some(NOW + 2 * MINUTE));
        assert!(
            kept.lessons["aman"].answers[&1].right_first_try,
            "the first check, in the first tab, was right"
        );
        first.follow(&disk);
        assert_eq!(status(&first.record, &aman), LessonStatus::Finished);
    }

    #[test]
    fn starting_again_and_a_reset_reach_the_other_tab_and_win() {
        let [kenali, aman] = lessons();
        let mut disk = Disk::default();
        let mut first = Tab::open(&disk);
        first.change(&mut disk, |r| {
            r.learner = Learner::new("Bu Wati", "Keripik Wati")
        });
        first.change(&mut disk, |r| r.go_to(&aman, 3, NOW));
        let mut second = Tab::open(&disk);
        second.change(&mut disk, |r| r.go_to(&kenali, 1, NOW));
        first.change(&mut disk, |r| r.restart(&aman, NOW + MINUTE));
        second.follow(&disk);
        let again = &second.record.lessons["aman"];
        assert_eq!(
            (again.round, again.current_step, again.finished_at),
            (1, 0, Some(NOW)),
            "a new round, the first finish kept"
        );
        assert_eq!(
            status(&second.record, &kenali),
            LessonStatus::InProgress { step: 2, of: 3 },
            "its own lesson kept"
        );

        second.change(&mut disk, |r| r.keep_post(PostDraft::default()));
        first.change(&mut disk, ProgressRecord::forget_lessons);
        // The second tab has not heard of the reset yet and moves on: the reset still wins.
        let stale = second.record.clone();
        second.change(&mut disk, |r| r.go_to(&kenali, 2, NOW + 2 * MINUTE));
        let kept = disk.record().unwrap();
        assert_eq!(
            kept.lessons.keys().collect::<Vec<_>>(),
            ["kenali"],
            "only what came after the reset"
        );
        assert_eq!(kept.lessons["kenali"].current_step, 2);
        assert!(kept.kept_posts.is_empty());
        assert_eq!(
            kept.learner,
            Learner::new("Bu Wati", "Keripik Wati"),
            "a reset keeps who is learning"
        );
        assert_eq!(
            merge(stale.clone(), kept.clone()),
            kept,
            "an older copy does not bring the lessons back"
        );
    }

    #[test]
    fn time_spent_adds_up_across_tabs_without_counting_a_minute_twice() {
        let [_, aman] = lessons();
        let mut disk = Disk::default();
        let (mut first, mut second) = (Tab::open(&disk), Tab::open(&disk));
        first.change(&mut disk, |r| r.go_to(&aman, 0, NOW));
        first.change(&mut disk, |r| r.go_to(&aman, 1, NOW + MINUTE));
        second.change(&mut disk, |r| r.go_to(&aman, 1, NOW + 3 * MINUTE));
        first.change(&mut disk, |r| r.go_to(&aman, 2, NOW + 4 * MINUTE));
        assert_eq!(
            disk.record().unwrap().lessons["aman"].active_ms,
            4 * MINUTE,
            "one learner, one clock: the gaps between all taps"
        );

        // Two copies that both counted the same first minute: the minute stays one.
        let mut both = ProgressRecord::new();
        both.go_to(&aman, 0, NOW);
        both.go_to(&aman, 1, NOW + MINUTE);
        let (mut here, mut there) = (both.clone(), both);
        here.go_to(&aman, 1, NOW + 2 * MINUTE);
        there.go_to(&aman, 2, NOW + 3 * MINUTE);
        let merged = merge(here.clone(), there.clone());
        assert_eq!(
            merged.lessons["aman"].active_ms,
            3 * MINUTE,
            "the larger, never the sum (5) that counts the first minute twice"
        );
    }

    #[test]
    fn a_clock_a_year_off_gives_no_absurd_time_hides_no_lesson_and_merges() {
        let [kenali, aman] = lessons();
        let mut disk = Disk::default();
        let (mut behind, mut ahead) = (Tab::open(&disk), Tab::open(&disk));
        let mut taps = 0;
        for (at, step) in [
            (NOW, 0),
            (NOW - YEAR, 1),
            (NOW + YEAR, 2),
            (NOW - YEAR + MINUTE, 2),
            (NOW + MINUTE, 3),
        ] {
            let tab = if taps % 2 == 0 {
                &mut behind
            } else {
                &mut ahead
            };
            tab.change(&mut disk, |r| r.go_to(&kenali, step, at));
            taps += 1;
        }
        behind.change(&mut disk, |r| r.go_to(&aman, 1, NOW - YEAR));
        let kept = disk.record().unwrap();
        let kenali_time = kept.lessons["kenali"].active_ms;
        assert!(
            kenali_time <= taps * BREAK_AFTER_MS,
            "{kenali_time} ms from {taps} taps"
        );
        assert_eq!(status(&kept, &kenali), LessonStatus::Finished);
        assert_eq!(
            status(&kept, &aman),
            LessonStatus::InProgress { step: 2, of: 3 },
            "started a year ago by the clock, still started"
        );
        assert_eq!(kept.lessons["kenali"].finished_at, Some(NOW + MINUTE));
        for order in [
            merge(behind.record.clone(), ahead.record.clone()),
            merge(ahead.record.clone(), behind.record.clone()),
        ] {
            assert_eq!(status(&order, &kenali), LessonStatus::Finished);
        }
        // A tap after a clock moved back adds nothing; the next one counts again.
        let mut record = ProgressRecord::new();
        record.go_to(&aman, 0, NOW);
        record.go_to(&aman, 1, NOW - YEAR);
        record.go_to(&aman, 2, NOW - YEAR + MINUTE);
        assert_eq!(record.lessons["aman"].active_ms, MINUTE);
    }

    #[test]
    fn a_forgotten_post_stays_forgotten_and_posts_kept_at_once_are_both_kept() {
        let post = |caption: &str| PostDraft {
            caption: caption.into(),
            ..PostDraft::default()
        };
        let mut disk = Disk::default();
        let mut first = Tab::open(&disk);
        first.change(&mut disk, |r| r.keep_post(post("satu")));
        first.change(&mut disk, |r| r.keep_post(post("dua")));
        let mut second = Tab::open(&disk);
        first.change(&mut disk, |r| r.forget_post(0));
        second.follow(&disk);
        assert_eq!(second.record.kept_posts, [Stored::new(&post("satu"))]);

        let mut here = second.record.clone();
        let mut there = second.record.clone();
        here.change(None, |r| r.keep_post(post("tiga")));
        there.change(None, |r| r.keep_post(post("empat")));
        let captions: Vec<String> = merge(here.clone(), there.clone())
            .kept_posts
            .iter()
            .map(|p| p.read().unwrap().caption)
            .collect();
        assert_eq!(captions.len(), 3, "{captions:?}");
        assert!(
            ["satu", "tiga", "empat"]
                .iter()
                .all(|c| captions.contains(&c.to_string())),
            "{captions:?}"
        );
    }

    #[test]
    fn the_newest_learner_and_class_win_and_nothing_beats_a_name() {
        let info = |bits| ClassInfo::new(ClassCode::from_bits(bits));
        let mut disk = Disk::default();
        let (mut first, mut second) = (Tab::open(&disk), Tab::open(&disk));
        first.change(&mut disk, |r| r.learner = Learner::new("Wati", ""));
        second.change(&mut disk, |r| {
            r.learner = Learner::new("Bu Wati", "Keripik Wati");
            r.class = Some(info(1));
        });
        first.follow(&disk);
        assert_eq!(
            first.record.learner,
            Learner::new("Bu Wati", "Keripik Wati")
        );
        assert_eq!(first.record.class, Some(info(1)));
        let nameless = ProgressRecord {
            edits: 99,
            ..ProgressRecord::new()
        };
        assert_eq!(
            merge(nameless.clone(), first.record.clone()).learner,
            first.record.learner,
            "a newer record with no name keeps the name"
        );
    }

    #[test]
    fn trainer_classes_are_joined_and_codes_pasted_at_once_in_two_tabs_are_all_kept() {
        let mut base = ProgressRecord::new();
        let code = base
            .trainer_classes_mut()
            .start(named("Kelas Malang"), 0.1)
            .unwrap();
        let card = |name: &str, minutes| {
            let mut card = sample_card(name, minutes);
            card.class = Some(code.clone());
            card.encode()
        };
        let (mut here, mut there) = (base.clone(), base);
        here.trainer_classes_mut()
            .add_progress_codes(code.as_str(), &card("Bu Wati", 10));
        there.trainer_classes_mut().add_progress_codes(
            code.as_str(),
            &format!("{} {}", card("Bu Wati", 20), card("Pak Dedi", 5)),
        );
        there
            .trainer_classes_mut()
            .start(named("Kelas Batu"), 0.2)
            .unwrap();
        let merged = merge(here.clone(), there.clone());
        assert_eq!(merged.classes.iter().count(), 2);
        let kept = merged.classes.find(code.as_str()).unwrap().codes.join(" ");
        for pasted in [
            card("Bu Wati", 10),
            card("Bu Wati", 20),
            card("Pak Dedi", 5),
        ] {
            assert!(kept.contains(&pasted), "{pasted} lost");
        }
        // One paste after the other: the later record's roster, as the roster made it.
        there.edits = 1;
        let later = merge(here, there.clone());
        assert_eq!(later.classes, there.classes);
    }

    #[test]
    fn a_record_from_an_app_that_counts_no_changes_does_not_undo_progress() {
        let [kenali, aman] = lessons();
        let mut mine = ProgressRecord::new();
        for step in 0..=3 {
            mine.change(None, |r| {
                r.go_to(&aman, step, NOW + step as Millis * MINUTE)
            });
        }
        // An older app in another tab writes its copy, with a lesson of its own.
        let old = format!(
            r#"{{"version":3,"lessons":{{"aman":{{"current_step":1}},"kenali":{{"current_step":2,"started_at":{NOW}}}}}}}"#
        );
        let Loaded::Read { record: theirs, .. } = load(Some(&old)) else {
            panic!("not read")
        };
        let merged = merge(theirs.clone(), mine.clone());
        assert_eq!(status(&merged, &aman), LessonStatus::Finished);
        assert_eq!(
            status(&merged, &kenali),
            LessonStatus::InProgress { step: 3, of: 3 }
        );
    }

    /// A record drawn from a small set of values, so that two records often share lessons,
    /// steps, answers, posts and counts.
    fn random_record(random: &mut XorShift) -> ProgressRecord {
        let mut pick = |n: usize| random.below(n);
        let mut record = ProgressRecord::new();
        record.edits = pick(4) as u64;
        record.resets = pick(2) as u32;
        let time = |n: usize| (n > 0).then(|| NOW + n as Millis * MINUTE);
        for id in ["aman", "kenali", "posting"] {
            if pick(3) == 0 {
                continue;
            }
            let mut answers = BTreeMap::new();
            for step in 0..4 {
                if pick(2) == 0 {
                    let correct = pick(2) == 0;
                    answers.insert(
                        step,
                        StepAnswer {
                            answer: Answer::Choice(vec![pick(2)]),
                            correct,
                            right_first_try: pick(2) == 0,
                            checks_before_v4: 0,
                            edit: pick(4) as u64,
                        },
                    );
                }
            }
            let progress = LessonProgress {
                current_step: pick(5),
                answers,
                started_at: time(pick(3)),
                finished_at: time(pick(3)),
                active_ms: pick(4) as u64 * MINUTE,
                last_active_at: time(pick(4)),
                round: pick(2) as u32,
            };
            record.lessons.insert(id.into(), progress);
        }
        for caption in ["satu", "dua", "tiga"] {
            if pick(2) == 0 {
                let at = pick(record.kept_posts.len() + 1);
                record.kept_posts.insert(
                    at,
                    Stored::new(&PostDraft {
                        caption: caption.into(),
                        ..PostDraft::default()
                    }),
                );
            }
        }
        record.learner = [
            None,
            Learner::new("Wati", ""),
            Learner::new("Dedi", "Bakso"),
        ][pick(3)]
        .clone();
        record.class = [None, Some(ClassInfo::new(ClassCode::from_bits(1)))][pick(2)].clone();
        record.evaluation = (0..pick(4)).map(|_| pick(3) as u8).collect();
        for bits in [1, 2] {
            if pick(2) == 0 {
                let codes = [
                    vec![],
                    vec![sample_card("Wati", 10).encode()],
                    vec![sample_card("Wati", 20).encode()],
                ][pick(3)]
                .clone();
                let code = record
                    .classes
                    .start(named(["Kelas A", "Kelas B"][bits - 1]), bits as f64 / 4.0)
                    .unwrap();
                for pasted in codes {
                    record.classes.add_progress_codes(code.as_str(), &pasted);
                }
            }
        }
        record
    }

    #[test]
    fn merging_is_commutative_and_idempotent() {
        let mut random = XorShift(0x5EED_0001);
        for _ in 0..5_000 {
            let (a, b) = (random_record(&mut random), random_record(&mut random));
            let merged = merge(a.clone(), b.clone());
            assert_eq!(
                merged,
                merge(b.clone(), a.clone()),
                "\n{}\n{}",
                a.to_json(),
                b.to_json()
            );
            assert_eq!(merge(a.clone(), a.clone()), a, "{}", a.to_json());
            assert_eq!(merge(merged.clone(), merged.clone()), merged);
        }
    }

    #[test]
    fn no_merge_loses_a_finish_an_answer_or_time_or_moves_a_step_back() {
        let mut random = XorShift(0x5EED_0002);
        for _ in 0..5_000 {
            let (a, b) = (random_record(&mut random), random_record(&mut random));
            let merged = merge(a.clone(), b.clone());
            for input in [&a, &b]
                .into_iter()
                .filter(|input| input.resets == merged.resets)
            {
                for (id, mine) in &input.lessons {
                    let kept = &merged.lessons[id];
                    let context = format!("{id}\n{}\n{}", a.to_json(), b.to_json());
                    assert!(
                        mine.finished_at.is_none() || kept.finished_at.is_some(),
                        "finish lost: {context}"
                    );
                    assert!(kept.round >= mine.round, "{context}");
                    assert!(kept.active_ms >= mine.active_ms, "time lost: {context}");
                    if kept.round == mine.round {
                        assert!(
                            kept.current_step >= mine.current_step,
                            "step back: {context}"
                        );
                        assert!(
                            mine.answers
                                .keys()
                                .all(|step| kept.answers.contains_key(step)),
                            "answer lost: {context}"
                        );
                    }
                }
                assert!(input.learner.is_none() || merged.learner.is_some());
                assert!(input
                    .classes
                    .iter()
                    .all(|class| merged.classes.find(class.info.code.as_str()).is_some()));
            }
            let most = |id: &str| {
                [&a, &b]
                    .iter()
                    .filter_map(|r| r.lessons.get(id))
                    .map(|p| p.active_ms)
                    .max()
            };
            for (id, kept) in &merged.lessons {
                assert!(
                    Some(kept.active_ms) <= most(id),
                    "time counted twice in {id}"
                );
            }
        }
    }

    /// One random change a learner or trainer can make, at `now`.
    fn random_change(
        random: &mut XorShift,
        lessons: &[Lesson; 2],
        now: Millis,
    ) -> impl FnOnce(&mut ProgressRecord) {
        let lesson = lessons[random.below(2)].clone();
        let (kind, step, pick) = (random.below(20), random.below(4), random.below(3));
        move |record: &mut ProgressRecord| match kind {
            0..=6 => record.go_to(&lesson, step, now),
            7..=11 => {
                record.answer_step(&lesson, 1, picked(&lesson, 1, vec![pick.min(1)]), now);
            }
            12 => record.restart(&lesson, now),
            13 if pick == 0 => record.forget_lessons(),
            14 => record.keep_post(PostDraft {
                caption: format!("post {pick}"),
                ..PostDraft::default()
            }),
            15 => record.forget_post(pick),
            16 => record.learner = Learner::new(["Wati", "Sari", "Dedi"][pick], ""),
            17 => record.answer_evaluation(step, pick as u8 + 1),
            18 => {
                let _ = record
                    .classes
                    .start(named(["Kelas A", "Kelas B", "Kelas C"][pick]), 0.5);
            }
            _ => {
                let newest = record
                    .classes
                    .iter()
                    .next()
                    .map(|class| class.info.code.clone());
                if let Some(code) = newest {
                    let mut card = sample_card(["Wati", "Sari", "Dedi"][pick], now as u32 % 1000);
                    card.class = Some(code.clone());
                    record
                        .classes
                        .add_progress_codes(code.as_str(), &card.encode());
                }
            }
        }
    }

    #[test]
    fn an_older_copy_of_a_record_changes_nothing() {
        let lessons = lessons();
        let mut random = XorShift(0x5EED_0003);
        for round in 0..2_000 {
            let older = random_record(&mut random);
            let mut newer = older.clone();
            for change in 0..1 + random.below(6) {
                let now = NOW + (round * 10 + change) as Millis * MINUTE;
                newer.change(None, random_change(&mut random, &lessons, now));
            }
            assert_eq!(
                merge(newer.clone(), older.clone()),
                newer,
                "\n{}\n{}",
                older.to_json(),
                newer.to_json()
            );
        }
    }

    #[test]
    fn two_tabs_that_read_before_they_write_end_where_one_tab_would() {
        let lessons = lessons();
        let mut random = XorShift(0x5EED_0004);
        for _ in 0..300 {
            let mut disk = Disk::default();
            let mut tabs = [Tab::open(&disk), Tab::open(&disk)];
            let mut alone = ProgressRecord::new();
            for tap in 0..30 {
                let now = NOW + tap * MINUTE;
                let seed = random.next();
                let tab = random.below(2);
                tabs[tab].change(&mut disk, random_change(&mut XorShift(seed), &lessons, now));
                alone.change(None, random_change(&mut XorShift(seed), &lessons, now));
                // The other tab hears of it, or not yet.
                if random.below(2) == 0 {
                    tabs[1 - tab].follow(&disk);
                }
            }
            assert_eq!(disk.record().unwrap(), alone);
        }
    }
}
