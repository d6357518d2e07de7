//! The learner's progress record: what is kept on the phone, how old records are upgraded,
//! and how unreadable ones are recovered. No browser here: `ui::storage` moves the text.

use crate::answer::{Answer, Checked, Stored};
use crate::class::card::{PhoneId, MAX_EVALUATION};
use crate::class::class_code::{clean_detail, ClassCode, ClassCodeProblem, ClassInfo};
use crate::class::trainer::TrainerClasses;
use crate::lesson::{Lesson, Outline};
use crate::post::PostDraft;
use crate::time::Millis;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

mod merge;
pub use merge::merge;

/// Version of the record written today. Version 1 (the first prototype's format) kept only
/// `{"step": n, "done": bool}` per lesson; `upgrade_v1` carries such records forward.
/// Version 3 added the learner, their class, the evaluation and a trainer's classes, all
/// optional, so a version 2 record reads as it is. Version 4 added the phone's id and
/// replaced each answer's count of checks by whether the first check was right
/// (`upgrade_v3_answers`). An app on an older version sees a newer record and keeps it aside
/// instead of writing over what it does not know. The counts two tabs merge by (`edits`,
/// `resets`, a lesson's `round`, an answer's `edit`) are optional: a record without them
/// reads as it is, and an app that does not know them reads the rest.
pub const SCHEMA_VERSION: u64 = 4;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProgressRecord {
    version: u64,
    /// Per lesson id.
    #[serde(default)]
    lessons: BTreeMap<String, LessonProgress>,
    /// Posts the learner chose to keep from the post builder, newest first.
    #[serde(default)]
    kept_posts: Vec<Stored<PostDraft>>,
    /// Who is learning on this phone, asked once for the progress card and certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    learner: Option<Learner>,
    /// The class the learner joined with a trainer's code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    class: Option<ClassInfo>,
    /// Answers to the end-of-course evaluation: per question 0 = none, n = option n (from 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    evaluation: Vec<u8>,
    /// Classes started on this phone by a trainer, newest first.
    #[serde(default, skip_serializing_if = "TrainerClasses::is_empty")]
    classes: TrainerClasses,
    /// Tells this phone's progress cards apart from another learner's with the same name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<PhoneId>,
    /// Changes saved so far, by any tab: a count, not a clock, so a phone set to the wrong
    /// date cannot make old progress look new (see `merge`).
    #[serde(default, skip_serializing_if = "is_zero")]
    edits: u64,
    /// Resets so far: a record with more resets forgot the lessons of one with fewer on purpose.
    #[serde(default, skip_serializing_if = "is_zero")]
    resets: u32,
}

fn is_zero<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Longest learner name and business name kept, in characters.
pub const LEARNER_NAME_MAX_CHARS: usize = 40;
pub const BUSINESS_NAME_MAX_CHARS: usize = 60;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    pub name: String,
    #[serde(default)]
    pub business: String,
}

impl Learner {
    /// The names as kept: spaces tidied, cut to length. `None` when no name was given.
    pub fn new(name: &str, business: &str) -> Option<Learner> {
        let name: String = clean_detail(name)
            .chars()
            .take(LEARNER_NAME_MAX_CHARS)
            .collect();
        let business = clean_detail(business)
            .chars()
            .take(BUSINESS_NAME_MAX_CHARS)
            .collect();
        (!name.is_empty()).then_some(Learner { name, business })
    }
}

/// How many kept posts we hold; the oldest goes when a new one comes.
pub const MAX_KEPT_POSTS: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// Index of the step on screen; equal to the number of steps on the finish screen.
    pub current_step: usize,
    /// The last answer per step index.
    pub answers: BTreeMap<usize, StepAnswer>,
    pub started_at: Option<Millis>,
    pub finished_at: Option<Millis>,
    /// Time spent learning: the gaps between taps, leaving out long breaks.
    pub active_ms: u64,
    pub last_active_at: Option<Millis>,
    /// Times the lesson was started again: a later round's steps and answers replace an
    /// earlier one's.
    #[serde(skip_serializing_if = "is_zero")]
    pub round: u32,
}

/// A gap between two taps longer than this is a break, not learning.
pub const BREAK_AFTER_MS: Millis = 10 * 60 * 1000;

impl LessonProgress {
    /// Counts the time since the last tap. A clock that moved back gives no time, one that
    /// jumped ahead counts as a break.
    fn note_activity(&mut self, now: Millis) {
        self.started_at.get_or_insert(now);
        if let Some(last) = self.last_active_at {
            let gap = now.saturating_sub(last);
            if gap <= BREAK_AFTER_MS {
                // Saturating: a stored time may be anything (damage, or an edited record).
                self.active_ms = self.active_ms.saturating_add(gap);
            }
        }
        self.last_active_at = Some(now);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepAnswer {
    pub answer: Answer,
    pub correct: bool,
    /// Whether the step's first check was right: later checks, and a simulator's edits
    /// (each is kept as a check), leave it as it was.
    #[serde(default)]
    pub right_first_try: bool,
    /// Versions 2 and 3 counted every check here; read only to upgrade such answers.
    #[serde(default, rename = "attempts", skip_serializing)]
    checks_before_v4: u32,
    /// The record's `edits` when this answer was given: of two answers, the newer.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub edit: u64,
}

/// What the home screen says about one lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    NotStarted,
    /// `step` counts from 1.
    InProgress {
        step: usize,
        of: usize,
    },
    Finished,
}

impl ProgressRecord {
    pub fn new() -> Self {
        ProgressRecord {
            version: SCHEMA_VERSION,
            ..ProgressRecord::default()
        }
    }

    pub fn lesson(&self, id: &str) -> Option<&LessonProgress> {
        self.lessons.get(id)
    }

    pub fn status(&self, lesson: &impl Outline) -> LessonStatus {
        let steps = lesson.step_count();
        match self.lesson(lesson.id()) {
            None => LessonStatus::NotStarted,
            // A finished lesson opened again but not yet moved in still counts as finished.
            Some(p)
                if p.current_step >= steps || (p.finished_at.is_some() && p.current_step == 0) =>
            {
                LessonStatus::Finished
            }
            Some(p) => LessonStatus::InProgress {
                step: p.current_step + 1,
                of: steps,
            },
        }
    }

    /// The step to open when the learner taps "Lanjutkan": where they stopped, kept inside
    /// the lesson even if the lesson file has since lost steps.
    pub fn resume_step(&self, lesson: &impl Outline) -> usize {
        let stopped_at = self.lesson(lesson.id()).map_or(0, |p| p.current_step);
        stopped_at.min(lesson.step_count())
    }

    /// The saved answer for a step, if it still fits the step (a lesson may have changed).
    pub fn answer(&self, lesson: &Lesson, step: usize) -> Option<&StepAnswer> {
        let saved = self.lesson(&lesson.id)?.answers.get(&step)?;
        saved.answer.fits(lesson.steps.get(step)?).then_some(saved)
    }

    /// Whether the learner may go past `step`: explanations always, questions once right.
    pub fn may_continue(&self, lesson: &Lesson, step: usize) -> bool {
        match lesson.steps.get(step) {
            Some(s) if s.is_question() => self.answer(lesson, step).is_some_and(|a| a.correct),
            Some(_) => true,
            None => false,
        }
    }

    /// Opens a lesson at `step`, starting its clock the first time. The record keeps the
    /// furthest step: going back to read a step again, here or in another tab, leaves it.
    pub fn go_to(&mut self, lesson: &impl Outline, step: usize, now: Millis) {
        let entry = self.lessons.entry(lesson.id().to_string()).or_default();
        entry.note_activity(now);
        let arrived = step.min(lesson.step_count());
        // The first finish is the one kept: a lesson finished again keeps its first date.
        if arrived == lesson.step_count() {
            entry.finished_at.get_or_insert(now);
        }
        entry.current_step = entry.current_step.max(arrived);
    }

    /// Keeps the learner's checked answer to `step`. Returns whether it is right; an answer of
    /// another kind than the step's is kept but never right.
    pub fn answer_step(
        &mut self,
        lesson: &Lesson,
        step: usize,
        checked: Checked,
        now: Millis,
    ) -> bool {
        let Some(kind) = lesson.steps.get(step) else {
            return false;
        };
        let correct = checked.is_right() && checked.answer().fits(kind);
        let answer = checked.into_answer();
        let entry = self.lessons.entry(lesson.id.to_string()).or_default();
        entry.note_activity(now);
        let before = entry.answers.get(&step);
        let right_first_try = before.map_or(correct, |first| first.right_first_try);
        // Newer than the answer it replaces, even one stamped wrongly by hand.
        let edit = before.map_or(self.edits, |a| self.edits.max(a.edit.saturating_add(1)));
        entry.answers.insert(
            step,
            StepAnswer {
                answer,
                correct,
                right_first_try,
                checks_before_v4: 0,
                edit,
            },
        );
        correct
    }

    /// Gives the record its phone id (from `random`) unless it has one: at the first start,
    /// and when a record from before ids is read. An id once given never changes.
    pub fn keep_phone_id(&mut self, random: u32) -> PhoneId {
        *self.phone.get_or_insert(PhoneId::from_bits(random))
    }

    /// Starts a lesson again from the first step with no answers, as a new round; a past
    /// finish and the time spent stay known.
    pub fn restart(&mut self, lesson: &impl Outline, now: Millis) {
        let (finished_at, active_ms, round) = self.lesson(lesson.id()).map_or((None, 0, 0), |p| {
            (p.finished_at, p.active_ms, p.round.saturating_add(1))
        });
        self.lessons.insert(
            lesson.id().to_string(),
            LessonProgress {
                started_at: Some(now),
                finished_at,
                active_ms,
                last_active_at: Some(now),
                round,
                ..LessonProgress::default()
            },
        );
    }

    /// Who is learning on this phone, once they have said.
    pub fn learner(&self) -> Option<&Learner> {
        self.learner.as_ref()
    }

    pub fn set_learner(&mut self, learner: Learner) {
        self.learner = Some(learner);
    }

    /// The class the learner joined, if any.
    pub fn class(&self) -> Option<&ClassInfo> {
        self.class.as_ref()
    }

    /// Joins the class whose code the learner typed (or a link or QR code filled in), and
    /// keeps who they are. The class's details from a link or QR code (`linked`) are kept
    /// only when they are for the typed code; otherwise the class is known by its code.
    pub fn join_class(
        &mut self,
        typed_code: &str,
        linked: Option<ClassInfo>,
        learner: Learner,
    ) -> Result<&ClassInfo, ClassCodeProblem> {
        let code = ClassCode::parse(typed_code)?;
        // Typing the same code again (to change a name) keeps what a link told of the class.
        let info = linked
            .filter(|info| info.code == code)
            .or_else(|| self.class.take().filter(|info| info.code == code))
            .unwrap_or_else(|| ClassInfo::new(code));
        self.learner = Some(learner);
        Ok(self.class.insert(info))
    }

    /// The learner's evaluation answers: per question 0 = none, n = option n (from 1).
    pub fn evaluation(&self) -> &[u8] {
        &self.evaluation
    }

    /// This phone's id for progress cards, once given (`keep_phone_id`).
    /// How often the lessons were forgotten, here or in another tab: a change means the step
    /// on screen must follow the record.
    pub fn resets(&self) -> u32 {
        self.resets
    }

    pub fn phone(&self) -> Option<PhoneId> {
        self.phone
    }

    /// The classes a trainer started on this phone.
    pub fn trainer_classes(&self) -> &TrainerClasses {
        &self.classes
    }

    pub fn trainer_classes_mut(&mut self) -> &mut TrainerClasses {
        &mut self.classes
    }

    /// Opens a lesson from the home screen: a finished lesson starts again from its first
    /// step (its finish and time stay known); any other resumes where the learner stopped.
    pub fn open_lesson(&mut self, lesson: &impl Outline, now: Millis) {
        if self.status(lesson) == LessonStatus::Finished {
            self.restart(lesson, now);
        }
    }

    /// Keeps the learner's choice (from 1) for evaluation question `index`; choosing the
    /// same option again keeps it.
    pub fn answer_evaluation(&mut self, index: usize, option: u8) {
        if index >= MAX_EVALUATION {
            return;
        }
        if self.evaluation.len() <= index {
            self.evaluation.resize(index + 1, 0);
        }
        self.evaluation[index] = option;
    }

    /// Forgets the lessons and kept posts, keeping who the learner is, their class and a
    /// trainer's classes (other people's progress that a reset must not take away). The
    /// count of resets goes up, so other tabs forget them too.
    pub fn forget_lessons(&mut self) {
        self.resets = self.resets.saturating_add(1);
        self.lessons.clear();
        self.kept_posts.clear();
        self.evaluation.clear();
    }

    /// Keeps a post at the top of the learner's list; keeping the same post again moves it up.
    pub fn keep_post(&mut self, draft: PostDraft) {
        let draft = Stored::new(&draft.within_limits());
        self.kept_posts.retain(|kept| *kept != draft);
        self.kept_posts.insert(0, draft);
        self.kept_posts.truncate(MAX_KEPT_POSTS);
    }

    /// The kept posts, newest first, each as kept (a post that no longer reads is `None`).
    pub fn kept_posts(&self) -> &[Stored<PostDraft>] {
        &self.kept_posts
    }

    pub fn forget_post(&mut self, index: usize) {
        if index < self.kept_posts.len() {
            self.kept_posts.remove(index);
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How reading the stored text went.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing was stored: a first visit.
    Empty,
    /// Read as it was, or upgraded from an older version (`upgraded_from`).
    Read {
        record: ProgressRecord,
        upgraded_from: Option<u64>,
    },
    /// Part or all of the text could not be read. `record` holds what could be saved; the
    /// caller keeps the original text aside and tells the learner.
    Damaged {
        record: ProgressRecord,
        reason: Damage,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    NotJson,
    NotARecord,
    /// Written by a newer version of the app than this one.
    NewerVersion(u64),
    /// Some lessons' entries were unreadable and left out.
    SomeLessons,
}

/// Reads the stored text, upgrading old versions and saving what can be saved.
pub fn load(stored: Option<&str>) -> Loaded {
    let Some(text) = stored.filter(|t| !t.trim().is_empty()) else {
        return Loaded::Empty;
    };
    let damaged = |reason| Loaded::Damaged {
        record: ProgressRecord::new(),
        reason,
    };
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return damaged(Damage::NotJson);
    };
    let Value::Object(mut fields) = value else {
        return damaged(Damage::NotARecord);
    };

    // A record with no version number is the prototype's version 1.
    let version = match fields.get("version") {
        None => 1,
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => n,
            _ => return damaged(Damage::NotARecord),
        },
    };
    if version > SCHEMA_VERSION {
        return damaged(Damage::NewerVersion(version));
    }
    let lessons = match fields.remove("lessons") {
        None => serde_json::Map::new(),
        Some(Value::Object(lessons)) => lessons,
        Some(_) => return damaged(Damage::NotARecord),
    };

    let mut record = ProgressRecord::new();
    let mut lost_some = false;
    let mut take =
        |key: &str| -> Option<Value> { fields.remove(key).filter(|value| !value.is_null()) };
    let mut read = |value: Option<Value>, into: &mut dyn FnMut(Value) -> bool| {
        if let Some(value) = value {
            lost_some |= !into(value);
        }
    };
    read(take("kept_posts"), &mut |v| {
        serde_json::from_value(v)
            .map(|posts| record.kept_posts = posts)
            .is_ok()
    });
    read(take("learner"), &mut |v| {
        serde_json::from_value(v)
            .map(|l| record.learner = Some(l))
            .is_ok()
    });
    read(take("class"), &mut |v| {
        serde_json::from_value(v)
            .map(|c| record.class = Some(c))
            .is_ok()
    });
    read(take("evaluation"), &mut |v| {
        serde_json::from_value(v)
            .map(|e| record.evaluation = e)
            .is_ok()
    });
    read(take("classes"), &mut |v| {
        serde_json::from_value(v)
            .map(|c| record.classes = c)
            .is_ok()
    });
    read(take("phone"), &mut |v| {
        serde_json::from_value(v)
            .map(|p| record.phone = Some(p))
            .is_ok()
    });
    read(take("edits"), &mut |v| {
        serde_json::from_value(v).map(|n| record.edits = n).is_ok()
    });
    read(take("resets"), &mut |v| {
        serde_json::from_value(v).map(|n| record.resets = n).is_ok()
    });
    for (id, entry) in lessons {
        let read = if version == 1 {
            upgrade_v1(&entry)
        } else {
            serde_json::from_value(entry).ok()
        };
        match read {
            Some(mut progress) => {
                if version < SCHEMA_VERSION {
                    upgrade_v3_answers(&mut progress);
                }
                record.lessons.insert(id, progress);
            }
            None => lost_some = true,
        }
    }
    if lost_some {
        Loaded::Damaged {
            record,
            reason: Damage::SomeLessons,
        }
    } else {
        Loaded::Read {
            record,
            upgraded_from: (version < SCHEMA_VERSION).then_some(version),
        }
    }
}

fn upgrade_v1(entry: &Value) -> Option<LessonProgress> {
    #[derive(Deserialize)]
    struct V1 {
        #[serde(default)]
        step: usize,
        #[serde(default)]
        done: bool,
    }
    let old: V1 = serde_json::from_value(entry.clone()).ok()?;
    // Version 1 kept no times; "finished" is all it knew, so the time is unknown (0).
    Some(LessonProgress {
        current_step: old.step,
        finished_at: old.done.then_some(0),
        ..LessonProgress::default()
    })
}

/// Versions 2 and 3 counted every check (and every simulator edit) as an attempt; an answer
/// checked once and right is the only one known to be right on the first try.
fn upgrade_v3_answers(progress: &mut LessonProgress) {
    for answer in progress.answers.values_mut() {
        answer.right_first_try = answer.correct && answer.checks_before_v4 <= 1;
        answer.checks_before_v4 = 0;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lesson::check::TEXT_ANSWER_MAX_CHARS;
    use crate::lesson::{Choice, ChoiceOption, Explanation, Step, TextAnswer, TextRule};

    /// Lesson 2, "aman": explanation, a choice (option 1 is right), explanation.
    pub(crate) fn lesson() -> Lesson {
        let option = |text: &'static str, correct| ChoiceOption {
            text: text.into(),
            correct,
            feedback: "f".into(),
        };
        Lesson {
            id: "aman".into(),
            number: 2,
            after: None,
            title: "Aman".into(),
            goal: "g".into(),
            minutes: 5,
            learned: vec!["x".into()].into(),
            steps: vec![
                Step::Explanation(Explanation {
                    title: "Halo".into(),
                    text: "t".into(),
                    picture: None,
                    trainer_note: None,
                }),
                Step::Choice(Choice {
                    question: "OTP?".into(),
                    options: vec![option("kirim", false), option("tolak", true)].into(),
                    hint: None,
                    trainer_note: None,
                }),
                Step::Explanation(Explanation {
                    title: "Akhir".into(),
                    text: "t".into(),
                    picture: None,
                    trainer_note: None,
                }),
            ]
            .into(),
        }
    }

    /// The options `picks` of the choice at `step`, checked.
    pub(crate) fn picked(lesson: &Lesson, step: usize, picks: Vec<usize>) -> Checked {
        let Step::Choice(choice) = &lesson.steps[step] else {
            panic!("step {step} is not a choice")
        };
        Checked::choice(choice, picks)
    }

    #[test]
    fn an_answer_of_another_kind_is_kept_but_never_right() {
        let lesson = lesson();
        let text_step = TextAnswer {
            question: "q".into(),
            placeholder: None,
            rules: vec![].into(),
            feedback_correct: "ok".into(),
            hint: None,
            trainer_note: None,
        };
        let typed = Checked::text_answer(&text_step, "tolak");
        assert!(typed.is_right(), "right for its own step");
        let mut record = ProgressRecord::new();
        assert!(
            !record.answer_step(&lesson, 1, typed, 1),
            "step 1 is a choice"
        );
        assert!(
            !record.answer_step(&lesson, 7, picked(&lesson, 1, vec![1]), 1),
            "no step 7"
        );
        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 2));
        assert!(
            !record.lessons["aman"].answers[&1].right_first_try,
            "the first check was of the wrong kind"
        );
    }

    #[test]
    fn joining_a_class_keeps_a_links_details_only_for_the_typed_code_and_keeps_the_learner() {
        let wati = Learner::new("Wati", "Keripik Wati").expect("a name");
        let code = ClassCode::from_bits(42);
        let linked = ClassInfo {
            name: "Kelas Sambal".into(),
            ..ClassInfo::new(code.clone())
        };
        let mut record = ProgressRecord::new();
        let joined = record
            .join_class(
                &code.as_str().to_lowercase(),
                Some(linked.clone()),
                wati.clone(),
            )
            .cloned();
        assert_eq!(
            joined,
            Ok(linked.clone()),
            "typed in small letters, the link's class"
        );
        assert_eq!(
            (record.class(), record.learner()),
            (Some(&linked), Some(&wati))
        );

        let other = ClassCode::from_bits(43);
        assert_eq!(
            record
                .join_class(other.as_str(), Some(linked.clone()), wati.clone())
                .cloned(),
            Ok(ClassInfo::new(other)),
            "the link was for another class"
        );
        let dedi = Learner::new("Dedi", "").expect("a name");
        assert!(record.join_class("XYZ", None, dedi).is_err());
        assert_eq!(
            record.learner(),
            Some(&wati),
            "a mistyped code changes nothing"
        );

        record
            .join_class(code.as_str(), Some(linked.clone()), wati.clone())
            .unwrap();
        let renamed = Learner::new("Wati Susanti", "Keripik Wati").expect("a name");
        assert_eq!(
            record.join_class(code.as_str(), None, renamed).cloned(),
            Ok(linked),
            "changing a name with the code typed again keeps the class's name"
        );
    }

    #[test]
    fn the_learner_is_kept_once_given() {
        let mut record = ProgressRecord::new();
        assert_eq!(record.learner(), None);
        record.set_learner(Learner::new(" Bu  Wati ", "").expect("a name"));
        assert_eq!(record.learner().map(|l| l.name.as_str()), Some("Bu Wati"));
    }

    #[test]
    fn opening_a_finished_lesson_starts_it_again_and_any_other_resumes() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        record.go_to(&lesson, 1, 10);
        record.open_lesson(&lesson, 20);
        assert_eq!(record.resume_step(&lesson), 1, "in progress: resumes");
        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 25));
        record.go_to(&lesson, 3, 30);
        record.open_lesson(&lesson, 40);
        assert_eq!(
            record.resume_step(&lesson),
            0,
            "finished: from the first step"
        );
        assert!(record.answer(&lesson, 1).is_none(), "with no answers");
        assert_eq!(
            record.lessons["aman"].finished_at,
            Some(30),
            "the finish stays known"
        );
        assert_eq!(
            record.status(&lesson),
            LessonStatus::Finished,
            "and still counts"
        );
    }

    #[test]
    fn evaluation_answers_are_kept_by_question() {
        let mut record = ProgressRecord::new();
        record.answer_evaluation(2, 3);
        assert_eq!(
            record.evaluation,
            [0, 0, 3],
            "earlier questions stay unanswered"
        );
        record.answer_evaluation(0, 1);
        record.answer_evaluation(2, 2);
        assert_eq!(record.evaluation, [1, 0, 2]);
        record.answer_evaluation(MAX_EVALUATION, 1);
        assert_eq!(
            record.evaluation.len(),
            3,
            "beyond what a card carries is ignored"
        );
    }

    #[test]
    fn a_trainers_classes_and_their_codes_survive_storage_and_a_learners_reset() {
        use crate::class::card::tests::sample_card;
        use crate::class::trainer::NewClass;
        let mut record = ProgressRecord::new();
        let code = record
            .classes
            .start(
                NewClass {
                    name: "Kelas",
                    ..NewClass::default()
                },
                0.0,
            )
            .expect("started");
        let card = crate::class::card::ProgressCard {
            class: Some(code.clone()),
            ..sample_card("Bu Wati", 10)
        };
        record
            .classes
            .add_progress_codes(code.as_str(), &card.encode());
        record.forget_lessons();
        let Loaded::Read {
            record: reloaded, ..
        } = load(Some(&record.to_json()))
        else {
            panic!("not read")
        };
        assert_eq!(
            reloaded
                .classes
                .find(code.as_str())
                .map(|class| class.codes.clone()),
            Some(vec![card.encode()])
        );
    }

    #[test]
    fn a_record_round_trips_through_json() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        record.go_to(&lesson, 1, 1_000);
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![0]), 2_000);
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 3_000);
        let text = record.to_json();
        assert_eq!(
            load(Some(&text)),
            Loaded::Read {
                record: record.clone(),
                upgraded_from: None
            }
        );
        let saved = record.answer(&lesson, 1).expect("answer kept");
        assert!(!saved.right_first_try);
        assert!(saved.correct);
    }

    #[test]
    fn nothing_stored_is_a_first_visit() {
        assert_eq!(load(None), Loaded::Empty);
        assert_eq!(load(Some("  ")), Loaded::Empty);
    }

    /// Found by `scripts/fuzz.sh`: a tap after a stored time spent near the largest number
    /// overflowed.
    #[test]
    fn time_spent_adds_up_from_any_stored_value() {
        let lesson = lesson();
        for (stored_ms, after_tap) in [(5_000, 6_000), (u64::MAX - 10, u64::MAX)] {
            let text = format!(
                r#"{{"version":4,"lessons":{{"aman":{{"current_step":1,"active_ms":{stored_ms},"last_active_at":1000}}}}}}"#
            );
            let Loaded::Read { mut record, .. } = load(Some(&text)) else {
                panic!("{text} does not read")
            };
            record.go_to(&lesson, 2, 2_000);
            assert_eq!(record.lessons["aman"].active_ms, after_tap, "{stored_ms}");
        }
    }

    #[test]
    fn a_version_1_record_is_upgraded_not_discarded() {
        let old = r#"{"lessons":{"aman":{"step":2,"done":false},"kenali":{"step":5,"done":true}}}"#;
        let Loaded::Read {
            record,
            upgraded_from,
        } = load(Some(old))
        else {
            panic!("not read")
        };
        assert_eq!(upgraded_from, Some(1));
        assert_eq!(record.version, SCHEMA_VERSION);
        assert_eq!(record.lessons["aman"].current_step, 2);
        assert_eq!(record.lessons["aman"].finished_at, None);
        assert_eq!(record.lessons["kenali"].finished_at, Some(0));
        let explicit = r#"{"version":1,"lessons":{"aman":{"step":1}}}"#;
        assert!(matches!(
            load(Some(explicit)),
            Loaded::Read {
                upgraded_from: Some(1),
                ..
            }
        ));
    }

    #[test]
    fn garbage_is_reported_as_damaged() {
        for (text, reason) in [
            ("{garbage", Damage::NotJson),
            ("😀 <b>html</b>", Damage::NotJson),
            ("[1,2,3]", Damage::NotARecord),
            (r#"{"version":"dua"}"#, Damage::NotARecord),
            (r#"{"version":2,"lessons":[]}"#, Damage::NotARecord),
            (r#"{"version":9,"lessons":{}}"#, Damage::NewerVersion(9)),
        ] {
            assert_eq!(
                load(Some(text)),
                Loaded::Damaged {
                    record: ProgressRecord::new(),
                    reason
                },
                "{text}"
            );
        }
    }

    #[test]
    fn readable_lessons_are_saved_from_a_partly_broken_record() {
        let text =
            r#"{"version":2,"lessons":{"aman":{"current_step":1},"rusak":{"current_step":"x"}}}"#;
        let Loaded::Damaged { record, reason } = load(Some(text)) else {
            panic!("not damaged")
        };
        assert_eq!(reason, Damage::SomeLessons);
        assert_eq!(record.lessons["aman"].current_step, 1);
        assert!(!record.lessons.contains_key("rusak"));
    }

    #[test]
    fn missing_fields_take_defaults() {
        let text = r#"{"version":2,"lessons":{"aman":{}}}"#;
        let Loaded::Read { record, .. } = load(Some(text)) else {
            panic!("not read")
        };
        assert_eq!(record.lessons["aman"], LessonProgress::default());
    }

    #[test]
    fn status_follows_the_learner() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        assert_eq!(record.status(&lesson), LessonStatus::NotStarted);
        record.go_to(&lesson, 1, 10);
        assert_eq!(
            record.status(&lesson),
            LessonStatus::InProgress { step: 2, of: 3 }
        );
        record.go_to(&lesson, 3, 20);
        assert_eq!(record.status(&lesson), LessonStatus::Finished);
        assert_eq!(record.lessons["aman"].finished_at, Some(20));
        assert_eq!(record.lessons["aman"].started_at, Some(10));
        record.go_to(&lesson, 3, 25);
        assert_eq!(
            record.lessons["aman"].finished_at,
            Some(20),
            "reopening the finish screen keeps the first finish time"
        );
        record.restart(&lesson, 30);
        assert_eq!(
            record.status(&lesson),
            LessonStatus::Finished,
            "a restarted lesson at step 1 still counts as done"
        );
        record.go_to(&lesson, 1, 40);
        assert_eq!(
            record.status(&lesson),
            LessonStatus::InProgress { step: 2, of: 3 }
        );
    }

    #[test]
    fn kept_posts_stay_newest_first_without_repeats_and_survive_storage() {
        let post = |caption: &str| PostDraft {
            caption: caption.into(),
            ..PostDraft::default()
        };
        let mut record = ProgressRecord::new();
        record.keep_post(post("satu"));
        record.keep_post(post("dua"));
        record.keep_post(post("satu"));
        assert_eq!(
            record.kept_posts,
            vec![Stored::new(&post("satu")), Stored::new(&post("dua"))]
        );
        for i in 0..MAX_KEPT_POSTS + 3 {
            record.keep_post(post(&i.to_string()));
        }
        assert_eq!(record.kept_posts.len(), MAX_KEPT_POSTS);
        assert_eq!(
            record.kept_posts[0].read(),
            Some(post(&(MAX_KEPT_POSTS + 2).to_string()))
        );
        record.forget_post(0);
        record.forget_post(99);
        assert_eq!(record.kept_posts.len(), MAX_KEPT_POSTS - 1);
        assert_eq!(
            load(Some(&record.to_json())),
            Loaded::Read {
                record,
                upgraded_from: None
            }
        );
    }

    #[test]
    fn unreadable_kept_posts_mark_the_record_damaged_but_keep_the_lessons() {
        let text = r#"{"version":2,"lessons":{"aman":{"current_step":1}},"kept_posts":"rusak"}"#;
        let Loaded::Damaged { record, reason } = load(Some(text)) else {
            panic!("not damaged")
        };
        assert_eq!(reason, Damage::SomeLessons);
        assert_eq!(record.lessons["aman"].current_step, 1);
    }

    #[test]
    fn resume_stays_inside_a_lesson_that_lost_steps() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        record.lessons.insert(
            "aman".into(),
            LessonProgress {
                current_step: 40,
                ..LessonProgress::default()
            },
        );
        assert_eq!(record.resume_step(&lesson), 3);
        assert_eq!(ProgressRecord::new().resume_step(&lesson), 0);
    }

    #[test]
    fn continuing_needs_a_right_answer_on_questions_only() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        assert!(record.may_continue(&lesson, 0));
        assert!(!record.may_continue(&lesson, 1));
        assert!(!record.answer_step(&lesson, 1, picked(&lesson, 1, vec![0]), 1));
        assert!(!record.may_continue(&lesson, 1));
        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 2));
        assert!(record.may_continue(&lesson, 1));
        assert!(!record.may_continue(&lesson, 9));
    }

    #[test]
    fn stored_answers_that_no_longer_fit_the_step_are_ignored() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        let bad = StepAnswer {
            answer: Answer::Choice(vec![5]),
            correct: true,
            right_first_try: true,
            checks_before_v4: 0,
            edit: 0,
        };
        let wrong_kind = StepAnswer {
            answer: Answer::TextAnswer("x".into()),
            correct: true,
            right_first_try: true,
            checks_before_v4: 0,
            edit: 0,
        };
        let progress = record.lessons.entry("aman".into()).or_default();
        progress.answers.insert(1, bad);
        progress.answers.insert(0, wrong_kind);
        assert!(record.answer(&lesson, 1).is_none());
        assert!(record.answer(&lesson, 0).is_none());
        assert!(!record.may_continue(&lesson, 1));
    }

    #[test]
    fn very_long_typed_answers_are_cut_before_keeping() {
        let mut lesson = lesson();
        lesson.steps.to_mut()[1] = Step::TextAnswer(TextAnswer {
            question: "q".into(),
            placeholder: None,
            rules: vec![TextRule {
                must_contain: vec!["tolak".into()].into(),
                feedback: "f".into(),
                ..TextRule::default()
            }]
            .into(),
            feedback_correct: "ok".into(),
            hint: None,
            trainer_note: None,
        });
        let Step::TextAnswer(step) = &lesson.steps[1] else {
            unreachable!()
        };
        let long = Checked::text_answer(step, &"😀".repeat(5_000));
        let mut record = ProgressRecord::new();
        record.answer_step(&lesson, 1, long, 1);
        let Answer::TextAnswer(kept) = &record.answer(&lesson, 1).expect("kept").answer else {
            panic!("kind")
        };
        assert_eq!(kept.chars().count(), TEXT_ANSWER_MAX_CHARS);
    }

    #[test]
    fn a_purchase_and_a_seller_desk_are_kept_put_right_and_resumed() {
        use crate::lesson::{Checkout, SellerOrders};
        use crate::shop::desk::SellerDesk;
        use crate::shop::purchase::{Purchase, Screen};
        let mut lesson = lesson();
        lesson.steps.to_mut()[1] = Step::Checkout(Checkout {
            title: "Beli".into(),
            task: "t".into(),
            hint: None,
            trainer_note: None,
        });
        lesson.steps.to_mut()[2] = Step::SellerOrders(SellerOrders {
            title: "Jual".into(),
            task: "t".into(),
            hint: None,
            trainer_note: None,
        });
        let mut purchase = Purchase::default();
        purchase.pick_variant("KS-L3-100").unwrap();
        purchase.add_to_cart(3).unwrap();
        purchase.checkout.shop_voucher = Some("BOHONG".into());
        let mut record = ProgressRecord::new();
        assert!(!record.answer_step(&lesson, 1, Checked::checkout(purchase), 1));
        let mut desk = SellerDesk::new(1);
        desk.reply = "x".repeat(TEXT_ANSWER_MAX_CHARS + 1);
        record.answer_step(&lesson, 2, Checked::seller_orders(desk), 1);

        let back = match load(Some(&record.to_json())) {
            Loaded::Read { record, .. } => record,
            other => panic!("{other:?}"),
        };
        let Answer::Checkout(kept) = &back.answer(&lesson, 1).expect("kept").answer else {
            panic!("kind")
        };
        let kept = kept.read().expect("reads");
        assert_eq!(
            (kept.screen(), kept.checkout.cart.quantity("KS-L3-100")),
            (Screen::Cart, 3)
        );
        assert_eq!(kept.checkout.shop_voucher, None);
        let Answer::SellerOrders(kept) = &back.answer(&lesson, 2).expect("kept").answer else {
            panic!("kind")
        };
        let kept = kept.read().expect("reads");
        assert_eq!(kept.reply.chars().count(), TEXT_ANSWER_MAX_CHARS);
        // A purchase kept for a step that is now a seller desk does not fit it.
        let mut swapped = back.clone();
        let moved = swapped
            .lessons
            .get_mut("aman")
            .unwrap()
            .answers
            .remove(&1)
            .unwrap();
        swapped
            .lessons
            .get_mut("aman")
            .unwrap()
            .answers
            .insert(2, moved);
        assert!(swapped.answer(&lesson, 2).is_none());
    }

    #[test]
    fn time_spent_counts_the_gaps_between_taps_but_not_breaks() {
        let lesson = lesson();
        let minute = 60_000;
        let mut record = ProgressRecord::new();
        record.go_to(&lesson, 0, 0);
        record.go_to(&lesson, 1, 2 * minute);
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 3 * minute);
        assert_eq!(record.lessons["aman"].active_ms, 3 * minute);
        // A day away is a break: the next tap starts counting again.
        record.go_to(&lesson, 2, 24 * 60 * minute);
        assert_eq!(record.lessons["aman"].active_ms, 3 * minute);
        record.go_to(&lesson, 3, 24 * 60 * minute + BREAK_AFTER_MS);
        assert_eq!(
            record.lessons["aman"].active_ms,
            3 * minute + BREAK_AFTER_MS
        );
        record.restart(&lesson, 30 * 60 * minute);
        assert_eq!(
            record.lessons["aman"].active_ms,
            3 * minute + BREAK_AFTER_MS,
            "learning again adds to the time"
        );
    }

    #[test]
    fn learner_names_are_tidied_and_a_name_is_needed() {
        assert_eq!(
            Learner::new("  Bu   Wati ", " Keripik\nWati "),
            Some(Learner {
                name: "Bu Wati".into(),
                business: "Keripik Wati".into()
            })
        );
        assert_eq!(Learner::new(" \t ", "Usaha"), None);
        let long = Learner::new(&"😀".repeat(100), &"a".repeat(100)).unwrap();
        assert_eq!(
            (long.name.chars().count(), long.business.chars().count()),
            (LEARNER_NAME_MAX_CHARS, BUSINESS_NAME_MAX_CHARS)
        );
    }

    #[test]
    fn learner_class_evaluation_and_trainer_classes_survive_storage_and_a_reset() {
        use crate::class::class_code::ClassCode;
        let lesson = lesson();
        let info = ClassInfo {
            name: "Kelas A".into(),
            ..ClassInfo::new(ClassCode::from_bits(42))
        };
        let mut record = ProgressRecord::new();
        record.go_to(&lesson, 1, 1);
        record.learner = Learner::new("Wati", "Keripik Wati");
        record.class = Some(info.clone());
        record.evaluation = vec![1, 0, 3];
        record
            .classes
            .start(
                crate::class::trainer::NewClass {
                    name: "Kelas B",
                    ..Default::default()
                },
                0.5,
            )
            .expect("started");
        let back = load(Some(&record.to_json()));
        assert_eq!(
            back,
            Loaded::Read {
                record: record.clone(),
                upgraded_from: None
            }
        );
        record.forget_lessons();
        assert!(record.lessons.is_empty() && record.evaluation.is_empty());
        assert!(
            record.learner.is_some()
                && record.class.is_some()
                && record.classes.iter().count() == 1
        );
    }

    #[test]
    fn a_version_2_record_reads_and_is_upgraded() {
        let text = r#"{"version":2,"lessons":{"aman":{"current_step":1,"answers":{},"started_at":5,"finished_at":null}},"kept_posts":[]}"#;
        let Loaded::Read {
            record,
            upgraded_from,
        } = load(Some(text))
        else {
            panic!("not read")
        };
        assert_eq!(upgraded_from, Some(2));
        assert_eq!(record.lessons["aman"].active_ms, 0);
        assert_eq!(record.learner, None);
    }

    #[test]
    fn the_first_check_is_the_try_and_later_checks_leave_it() {
        let lesson = lesson();
        let mut record = ProgressRecord::new();
        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 1));
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 2);
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![0]), 3);
        let saved = &record.lessons["aman"].answers[&1];
        assert!(
            saved.right_first_try && !saved.correct,
            "checking again, even wrongly, is not a new try"
        );

        let mut missed = ProgressRecord::new();
        missed.answer_step(&lesson, 1, picked(&lesson, 1, vec![0]), 1);
        missed.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 2);
        assert!(
            !missed.lessons["aman"].answers[&1].right_first_try,
            "put right on the second check"
        );
        missed.restart(&lesson, 3);
        missed.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 4);
        assert!(
            missed.lessons["aman"].answers[&1].right_first_try,
            "a lesson started again is tried again"
        );
    }

    #[test]
    fn a_version_3_record_counts_only_a_single_right_check_as_a_first_try() {
        let answer = |correct: bool, attempts: u32| {
            format!(
                r#"{{"answer":{{"type":"choice","value":[1]}},"correct":{correct},"attempts":{attempts}}}"#
            )
        };
        let text = format!(
            r#"{{"version":3,"lessons":{{"aman":{{"current_step":2,"answers":{{"1":{},"3":{},"4":{},"5":{}}}}}}}}}"#,
            answer(true, 1),
            answer(true, 74),
            answer(false, 1),
            r#"{"answer":{"type":"choice","value":[1]},"correct":true}"#
        );
        let Loaded::Read {
            record,
            upgraded_from,
        } = load(Some(&text))
        else {
            panic!("not read")
        };
        assert_eq!(upgraded_from, Some(3));
        let first_tries: Vec<bool> = record.lessons["aman"]
            .answers
            .values()
            .map(|a| a.right_first_try)
            .collect();
        assert_eq!(
            first_tries,
            [true, false, false, true],
            "checked once and right, or no count kept (version 2)"
        );
        assert!(
            !record.to_json().contains("attempts"),
            "the count is not written again"
        );
        assert_eq!(
            load(Some(&record.to_json())),
            Loaded::Read {
                record,
                upgraded_from: None
            }
        );
    }

    #[test]
    fn a_phone_id_is_given_once_and_kept() {
        let mut record = ProgressRecord::new();
        assert_eq!(record.phone, None);
        let id = record.keep_phone_id(u32::MAX);
        assert_eq!(
            id,
            PhoneId::from_bits((1 << PhoneId::BITS) - 1),
            "only 30 bits are kept"
        );
        assert_eq!(
            record.keep_phone_id(7),
            id,
            "a second start keeps the first id"
        );
        record.forget_lessons();
        assert_eq!(record.phone, Some(id), "a reset is the same phone");
        let Loaded::Read { mut record, .. } = load(Some(&record.to_json())) else {
            panic!("not read")
        };
        assert_eq!(record.keep_phone_id(9), id, "the id survives storage");

        let Loaded::Read {
            record: mut old, ..
        } = load(Some(r#"{"version":3,"lessons":{}}"#))
        else {
            panic!("not read")
        };
        assert_eq!(old.phone, None, "a record from before ids has none");
        assert_eq!(old.keep_phone_id(12345), PhoneId::from_bits(12345));
        let broken = r#"{"version":4,"lessons":{},"phone":"HP Bu Wati"}"#;
        assert!(
            matches!(
                load(Some(broken)),
                Loaded::Damaged {
                    reason: Damage::SomeLessons,
                    ..
                }
            ),
            "an unreadable id is reported, and a new one given"
        );
    }

    #[test]
    fn an_unreadable_class_part_is_left_out_and_the_rest_kept() {
        let text = r#"{"version":3,"lessons":{"aman":{"current_step":1}},"learner":{"name":"Wati"},"classes":[{"info":7}],"class":null}"#;
        let Loaded::Damaged { record, reason } = load(Some(text)) else {
            panic!("not damaged")
        };
        assert_eq!(reason, Damage::SomeLessons);
        assert_eq!(
            record.learner.as_ref().map(|l| l.name.as_str()),
            Some("Wati")
        );
        assert!(record.classes.is_empty());
        assert_eq!(record.lessons["aman"].current_step, 1);
    }
}
