//! What a learner's phone makes from its progress record for the class: the progress card
//! it sends the trainer and the certificate it shows. The one place in `class` that reads the
//! record, so the record (which keeps a class code, a phone id and a trainer's classes) and
//! the class code do not import each other.

use super::card::{LessonResult, ProgressCard};
use super::certificate::{certificate_for_card, Certificate};
use crate::lesson::{Lesson, LessonHead};
use crate::progress::{LessonStatus, ProgressRecord};
use crate::time::{card_day, card_minutes, Millis};

/// The learner's card as of `now`: every started lesson of `lessons` that has a number.
/// The first-try rule: a question counts as missed when its first check was wrong; a
/// practice screen is never missed, only done (its kept state is right) or not.
pub fn card_from_record(record: &ProgressRecord, lessons: &[Lesson], now: Millis) -> ProgressCard {
    let results = lessons
        .iter()
        .filter(|lesson| lesson.number > 0)
        .filter_map(|lesson| {
            let progress = record.lesson(&lesson.id)?;
            let step_count = |n: usize| u8::try_from(n).unwrap_or(u8::MAX);
            let (practices, questions): (Vec<usize>, Vec<usize>) = (0..lesson.steps.len())
                .filter(|&i| lesson.steps[i].is_question())
                .partition(|&i| lesson.steps[i].is_simulator());
            let missed = questions
                .iter()
                .filter(|&&i| record.answer(lesson, i).is_some_and(|a| !a.right_first_try))
                .map(|&i| step_count(i))
                .collect();
            let finished = record.status(lesson) == LessonStatus::Finished;
            let practices_done = if finished {
                practices.len()
            } else {
                practices
                    .iter()
                    .filter(|&&i| record.may_continue(lesson, i))
                    .count()
            };
            Some(LessonResult {
                number: lesson.number,
                steps: step_count(lesson.steps.len()),
                questions: step_count(questions.len()),
                missed,
                practices: step_count(practices.len()),
                practices_done: step_count(practices_done),
                reached: step_count(if finished {
                    lesson.steps.len()
                } else {
                    progress.current_step
                }),
                // A stored time may be anything: rounding must not overflow.
                minutes: u16::try_from(progress.active_ms.saturating_add(30_000) / 60_000)
                    .unwrap_or(u16::MAX),
                finished_on: progress.finished_at.filter(|_| finished).map(card_day),
            })
        })
        .collect();
    let (learner, business) = record
        .learner()
        .map_or_else(Default::default, |l| (l.name.clone(), l.business.clone()));
    ProgressCard {
        phone: record.phone(),
        class: record.class().map(|class| class.code.clone()),
        learner,
        business,
        made_at: card_minutes(now),
        lessons: results,
        evaluation: record.evaluation().to_vec(),
    }
}

/// The learner's own certificate, made the way the trainer's roster makes it.
pub fn certificate_for_record(
    record: &ProgressRecord,
    lessons: &[Lesson],
    now: Millis,
) -> Option<Certificate> {
    let numbers: Vec<u8> = lessons.iter().map(|lesson| lesson.number).collect();
    certificate_for_card(&card_from_record(record, lessons, now), &numbers)
}

/// Whether the learner's certificate is ready: the same answer as `certificate_for_record`,
/// from the lessons' heads, so the home screen can say so before any lesson's steps are
/// loaded (a certificate asks only that every lesson is finished by a named learner).
pub fn certificate_earned(record: &ProgressRecord, lessons: &[LessonHead]) -> bool {
    let named = record
        .learner()
        .is_some_and(|learner| !learner.name.trim().is_empty());
    named
        && !lessons.is_empty()
        && lessons.iter().all(|lesson| {
            lesson.number > 0
                && record.status(lesson) == LessonStatus::Finished
                && record
                    .lesson(&lesson.id)
                    .is_some_and(|progress| progress.finished_at.is_some())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::card::PhoneId;

    #[test]
    fn the_home_screen_knows_the_certificate_is_earned_as_the_certificate_does() {
        use crate::catalog::{index, lessons};
        use crate::progress::Learner;
        let mut record = ProgressRecord::new();
        let agree = |record: &ProgressRecord, expected: bool, case: &str| {
            assert_eq!(certificate_earned(record, index()), expected, "{case}");
            assert_eq!(
                certificate_for_record(record, lessons(), 1_000_000).is_some(),
                expected,
                "{case}"
            );
        };
        agree(&record, false, "nothing done");
        for lesson in lessons() {
            record.go_to(lesson, lesson.steps.len(), 1_000);
        }
        agree(&record, false, "every lesson finished, but no name");
        record.set_learner(Learner::new("Bu Wati", "").expect("a name"));
        agree(&record, true, "finished by a named learner");
        record.restart(&lessons()[1], 2_000);
        agree(
            &record,
            true,
            "a finished lesson opened again stays finished",
        );
        record.go_to(&lessons()[1], 1, 3_000);
        agree(&record, false, "back in the middle of a lesson");
        assert!(
            !certificate_earned(&record, &[]),
            "no lessons, no certificate"
        );
    }

    #[test]
    fn the_card_says_what_the_record_holds() {
        use crate::progress::tests::picked;
        use crate::progress::{Learner, ProgressRecord};
        let lesson = crate::progress::tests::lesson();
        let unstarted = crate::lesson::Lesson {
            id: "lain".into(),
            number: 3,
            ..lesson.clone()
        };
        let lessons = [lesson.clone(), unstarted];
        let start = 1_795_402_800_000; // 2026-11-23 10:00 WIB
        let mut record = ProgressRecord::new();
        record.set_learner(Learner::new(" Bu  Wati ", "Sambal Bu Wati").expect("a name"));
        record.go_to(&lesson, 1, start);
        assert!(!record.answer_step(&lesson, 1, picked(&lesson, 1, vec![0]), start + 60_000));
        let card = card_from_record(&record, &lessons, start + 120_000);
        assert_eq!(
            (
                card.learner.as_str(),
                card.business.as_str(),
                card.class.clone()
            ),
            ("Bu Wati", "Sambal Bu Wati", None)
        );
        let expected = LessonResult {
            number: 2,
            steps: 3,
            questions: 1,
            missed: vec![1],
            practices: 0,
            practices_done: 0,
            reached: 1,
            minutes: 1,
            finished_on: None,
        };
        assert_eq!(
            card.lessons,
            std::slice::from_ref(&expected),
            "the unstarted lesson is left out"
        );
        assert_eq!(card.made_at - card_minutes(start), 2);

        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), start + 180_000));
        record.go_to(&lesson, 3, start + 240_000);
        let card = card_from_record(&record, &lessons, start + 240_000);
        let finished = LessonResult {
            reached: 3,
            minutes: 4,
            finished_on: Some(card_day(start)),
            ..expected
        };
        assert_eq!(
            card.lessons,
            [finished],
            "right on the second try is still missed"
        );
        assert_eq!(card.phone, None, "a record not yet given its id");
        record.keep_phone_id(0xBEEF);
        let card = card_from_record(&record, &lessons, start + 240_000);
        assert_eq!(card.phone, Some(PhoneId::from_bits(0xBEEF)));
        assert_eq!(ProgressCard::decode(&card.encode()), Ok(card));
    }

    /// Found by `scripts/fuzz.sh`: a stored time near the largest number overflowed.
    #[test]
    fn any_stored_time_spent_gives_a_card() {
        use crate::progress::{load, Loaded};
        let lesson = crate::progress::tests::lesson();
        for (active_ms, minutes) in [(90_000, 2), (u64::MAX - 2, u16::MAX)] {
            let stored = format!(
                r#"{{"version":4,"lessons":{{"aman":{{"current_step":1,"active_ms":{active_ms}}}}}}}"#
            );
            let Loaded::Read { record, .. } = load(Some(&stored)) else {
                panic!("{stored} does not read")
            };
            let card = card_from_record(&record, std::slice::from_ref(&lesson), 0);
            assert_eq!(card.lessons[0].minutes, minutes, "{active_ms} ms");
        }
    }

    #[test]
    fn practice_screens_are_done_or_not_and_never_missed_questions() {
        use crate::answer::Checked;
        use crate::lesson::{Checkout, Step};
        use crate::progress::tests::picked;
        use crate::shop::purchase::Purchase;
        let mut lesson = crate::progress::tests::lesson();
        let checkout = Checkout {
            title: "Beli".into(),
            task: "t".into(),
            hint: None,
            trainer_note: None,
        };
        lesson.steps.to_mut()[2] = Step::Checkout(checkout);
        let mut record = ProgressRecord::new();
        record.keep_phone_id(1);
        // Right on the first check, checked again; then many edits on the practice screen.
        assert!(record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 1));
        record.answer_step(&lesson, 1, picked(&lesson, 1, vec![1]), 2);
        for now in 3..40 {
            record.answer_step(&lesson, 2, Checked::checkout(Purchase::default()), now);
        }
        record.go_to(&lesson, 2, 40);
        let result = card_from_record(&record, &[lesson.clone()], 50)
            .lessons
            .remove(0);
        assert_eq!(
            (
                result.questions,
                result.missed.clone(),
                result.right_first_try()
            ),
            (1, vec![], 1),
            "the practice screen is no question"
        );
        assert_eq!(
            (result.practices, result.practices_done),
            (1, 0),
            "not done yet"
        );

        let mut paid = crate::answer::tests::placed_purchase(0);
        paid.pay(0).unwrap();
        assert!(record.answer_step(&lesson, 2, Checked::checkout(paid), 60));
        let result = card_from_record(&record, &[lesson.clone()], 70)
            .lessons
            .remove(0);
        assert_eq!(
            (result.practices, result.practices_done, result.missed.len()),
            (1, 1, 0),
            "done, after many edits"
        );
        record.go_to(&lesson, 3, 80);
        let card = card_from_record(&record, &[lesson], 90);
        assert_eq!(
            (
                card.lessons[0].practices_done,
                card.lessons[0].right_first_try()
            ),
            (1, 1)
        );
        assert_eq!(
            ProgressCard::decode(&card.encode()),
            Ok(card),
            "practices travel on the card"
        );
    }
}
