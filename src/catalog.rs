//! The lessons shipped in this build, checked by build.rs from lessons/*.toml.

use crate::class::evaluation::Evaluation;
use crate::lesson::Lesson;
use std::sync::OnceLock;

/// The lessons as build.rs wrote them from the checked files (`lesson::source`).
mod shipped {
    // The written lessons name only the step kinds and options they use.
    #[allow(unused_imports)]
    use crate::{lesson::*, post::Channel, post::Stage, search::market::Category};
    use std::borrow::Cow;

    pub static LESSONS: &[Lesson] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));
}

/// All lessons, in the order of their file names' numbers.
pub fn lessons() -> &'static [Lesson] {
    shipped::LESSONS
}

const EVALUATION_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/evaluation.json"));

/// The end-of-course evaluation, checked by build.rs from lessons/data/evaluasi.toml.
pub fn evaluation() -> &'static Evaluation {
    static EVALUATION: OnceLock<Evaluation> = OnceLock::new();
    EVALUATION.get_or_init(|| {
        serde_json::from_str(EVALUATION_JSON).unwrap_or(Evaluation {
            title: String::new(),
            intro: String::new(),
            questions: vec![],
        })
    })
}

pub fn find(id: &str) -> Option<&'static Lesson> {
    lessons().iter().find(|lesson| lesson.id == id)
}

/// The lesson a progress card names by its number.
pub fn by_number(number: u8) -> Option<&'static Lesson> {
    lessons().iter().find(|lesson| lesson.number == number)
}

/// Every shipped lesson's number, in order: what a certificate asks to be finished.
pub fn lesson_numbers() -> Vec<u8> {
    lessons().iter().map(|lesson| lesson.number).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Step;

    /// The static data build.rs wrote is exactly what the lesson files say.
    #[test]
    fn the_shipped_lessons_equal_the_lesson_files_read_afresh() {
        let anything = |_: &str| true;
        let refs = crate::lesson::validate::Refs {
            picture_exists: &anything,
            search_exists: &anything,
        };
        let shared = crate::lesson::authoring::read_shared().expect("lessons/data/ reads");
        let mut paths: Vec<_> = std::fs::read_dir("lessons")
            .expect("lessons/")
            .map(|entry| entry.expect("a lesson file").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        paths.sort();
        let mut from_files: Vec<Lesson> = paths
            .iter()
            .map(|path| {
                let name = format!(
                    "lessons/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let source = std::fs::read_to_string(path).expect("a readable lesson file");
                crate::lesson::authoring::parse_lesson(&name, &source, &refs, &shared)
                    .expect("a valid lesson file")
            })
            .collect();
        from_files.sort_by_key(|lesson| lesson.number);
        assert_eq!(from_files.len(), 5);
        assert_eq!(lessons(), from_files.as_slice());
    }

    #[test]
    fn the_shipped_lessons_are_there_in_file_order_with_6_to_10_steps_and_questions() {
        let ids: Vec<&str> = lessons().iter().map(|lesson| &*lesson.id).collect();
        assert_eq!(lesson_numbers(), [1, 2, 3, 4, 5]);
        assert_eq!(
            by_number(2).map(|lesson| &*lesson.id),
            Some("aman-bertransaksi")
        );
        assert!(by_number(6).is_none());
        assert_eq!(
            ids,
            [
                "kenali-jualan-online",
                "aman-bertransaksi",
                "membuat-postingan-produk",
                "memilih-kata-kunci",
                "simulasi-checkout"
            ]
        );
        for id in ids {
            let lesson = find(id).unwrap_or_else(|| panic!("lesson {id} is missing"));
            assert!(
                (6..=10).contains(&lesson.steps.len()),
                "{id} has {} steps",
                lesson.steps.len()
            );
            assert!(
                lesson.steps.iter().any(Step::is_question),
                "{id} asks nothing"
            );
        }
        assert!(find("tidak-ada").is_none());
    }

    #[test]
    fn the_built_evaluation_reads_back_with_3_to_5_questions() {
        let decoded: Evaluation =
            serde_json::from_str(EVALUATION_JSON).expect("evaluation.json reads");
        assert_eq!(evaluation(), &decoded);
        assert!(crate::class::evaluation::QUESTIONS.contains(&decoded.questions.len()));
    }

    /// Progress cards keep the number of the option chosen. Cards made before the four-point
    /// scale answered "Ya, sangat membantu", "Cukup membantu" or "Kurang membantu" as 1, 2
    /// and 3: those numbers must still mean the same, so the new option comes last.
    #[test]
    fn older_cards_evaluation_answers_keep_their_meaning() {
        let helped = &evaluation().questions[0];
        assert_eq!(
            helped.options,
            [
                "Sangat membantu",
                "Membantu",
                "Kurang membantu",
                "Tidak membantu"
            ]
        );
        let mut roster = crate::class::roster::Roster::default();
        let mut old_card = crate::class::card::tests::sample_card("Bu Wati", 100);
        old_card.evaluation = vec![3, 0, 1, 2];
        let class = old_card.class.clone().expect("a class");
        roster.add(
            &class,
            crate::class::extract::extract_cards(&old_card.encode()),
        );
        let summary = roster.evaluation_summary(&evaluation().options_per_question());
        assert_eq!(
            summary[0].counts,
            [0, 0, 1, 0],
            "an old \"Kurang membantu\" is still \"Kurang membantu\""
        );
        assert_eq!(
            summary[4].unanswered, 1,
            "the question added later is unanswered on an old card"
        );
    }

    #[test]
    fn every_shipped_lesson_tells_the_trainer_its_pillar() {
        for lesson in lessons() {
            assert_eq!(
                crate::lesson::editorial::pillar_errors(lesson),
                [],
                "{}",
                lesson.id
            );
        }
    }
}
