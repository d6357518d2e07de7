//! The lessons shipped in this build, checked by build.rs from lessons/*.toml.
//!
//! The app's first download knows each lesson's head (`index`): what the home screen shows
//! and its step count. A lesson's steps are a file of their own (`lesson::wire`) that the
//! app fetches when the lesson opens (`ui::lessons`), so the first download does not grow
//! with lessons. Host code (tests, tools) reads every lesson's steps here (`lessons`).

use crate::class::evaluation::Evaluation;
#[cfg(not(target_arch = "wasm32"))]
use crate::lesson::Lesson;
use crate::lesson::LessonHead;
use std::sync::OnceLock;

/// The lessons as build.rs wrote them from the checked files (`lesson::source`).
mod shipped {
    // The written lessons name only the step kinds and options they use.
    #[allow(unused_imports)]
    use crate::{
        cash_book::CashKind, lesson::*, post::Channel, post::Stage, search::market::Category,
    };
    use std::borrow::Cow;

    pub static INDEX: &[LessonHead] = include!(concat!(env!("OUT_DIR"), "/index.rs"));

    #[cfg(not(target_arch = "wasm32"))]
    pub static LESSONS: &[Lesson] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));
}

/// Every lesson's head, in the order of their file names' numbers.
pub fn index() -> &'static [LessonHead] {
    shipped::INDEX
}

/// All lessons with their steps, in the same order; on the host only (the app fetches a
/// lesson's steps when it opens).
#[cfg(not(target_arch = "wasm32"))]
pub fn lessons() -> &'static [Lesson] {
    shipped::LESSONS
}

/// A shipped lesson by id; on the host only, for tests that hold a lesson's content.
#[cfg(not(target_arch = "wasm32"))]
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    lessons().iter().find(|lesson| lesson.id == id)
}

/// The first step of a shipped lesson that `pick` takes; on the host only, for tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn shipped_step<T>(
    id: &str,
    pick: impl Fn(&'static crate::lesson::Step) -> Option<&'static T>,
) -> &'static T {
    let lesson = lesson(id).unwrap_or_else(|| panic!("no lesson {id}"));
    lesson
        .steps
        .iter()
        .find_map(pick)
        .unwrap_or_else(|| panic!("no such step in {id}"))
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

pub fn find(id: &str) -> Option<&'static LessonHead> {
    index().iter().find(|lesson| lesson.id == id)
}

/// The lesson a progress card names by its number.
pub fn by_number(number: u8) -> Option<&'static LessonHead> {
    index().iter().find(|lesson| lesson.number == number)
}

/// Every shipped lesson's number, in order: what a certificate asks to be finished.
pub fn lesson_numbers() -> Vec<u8> {
    index().iter().map(|lesson| lesson.number).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lesson::authoring::read_lessons;
    use crate::lesson::validate::Refs;
    use std::path::{Path, PathBuf};

    /// What build.rs lets a lesson point to: pictures in public/, searches in the market.
    fn build_refs() -> Refs<'static> {
        Refs {
            picture_exists: &|file| Path::new("public").join(file).is_file(),
            search_exists: &|query| {
                crate::search::shipped::market()
                    .searches
                    .iter()
                    .any(|s| s.query == query)
            },
            product_words: &|text| {
                crate::search::shipped::market()
                    .vocabulary
                    .product_words_in(text)
            },
        }
    }

    /// The static data build.rs wrote is exactly what the lesson files say.
    #[test]
    fn the_shipped_lessons_equal_the_lesson_files_read_afresh() {
        assert_eq!(
            read_lessons(Path::new("lessons"), &build_refs(), &shared()).as_deref(),
            Ok(lessons())
        );
    }

    #[test]
    fn lessons_are_found_by_id_and_number_in_the_order_of_their_numbers() {
        assert!(!lessons().is_empty());
        assert!(
            lesson_numbers().windows(2).all(|pair| pair[0] < pair[1]),
            "{:?}",
            lesson_numbers()
        );
        for lesson in index() {
            assert_eq!(find(&lesson.id), Some(lesson));
            assert_eq!(by_number(lesson.number), Some(lesson));
        }
        assert!(find("tidak-ada").is_none());
        assert!(by_number(0).is_none());
    }

    /// The first download's heads say what the lessons say, and each names a file that
    /// build.rs wrote and that reads back as the whole lesson.
    #[test]
    fn every_head_names_a_built_file_that_reads_back_as_its_lesson() {
        let heads: Vec<LessonHead> = lessons().iter().map(Lesson::head).collect();
        assert_eq!(index(), heads);
        let built = Path::new(env!("OUT_DIR")).join("lessons");
        let mut files: Vec<String> = std::fs::read_dir(&built)
            .expect("build.rs wrote the lesson files")
            .map(|entry| {
                entry
                    .expect("a file")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        let named: Vec<&str> = index().iter().map(|head| &*head.file).collect();
        assert_eq!(files, named, "one file per lesson, in the lessons' order");
        for (head, lesson) in index().iter().zip(lessons()) {
            let bytes = std::fs::read(built.join(&*head.file)).expect("the lesson's file");
            assert_eq!(
                crate::lesson::wire::decode_lesson(&bytes).as_ref(),
                Some(lesson)
            );
            assert_eq!(head.step_count, lesson.steps.len());
        }
    }

    fn shared() -> crate::lesson::authoring::Shared {
        crate::lesson::authoring::read_shared().expect("lessons/data/ reads")
    }

    /// A folder with a copy of every lesson file, removed when dropped.
    struct LessonFolder(PathBuf);

    impl LessonFolder {
        fn copy_of_lessons(name: &str) -> LessonFolder {
            let dir =
                std::env::temp_dir().join(format!("lapak-latihan-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("a temporary folder");
            for entry in std::fs::read_dir("lessons").expect("lessons/") {
                let path = entry.expect("a lesson file").path();
                if path.extension().is_some_and(|ext| ext == "toml") {
                    std::fs::copy(&path, dir.join(path.file_name().unwrap_or_default()))
                        .expect("copied");
                }
            }
            LessonFolder(dir)
        }

        /// Writes lesson 1's file again as lesson `number` with id `id`.
        fn add_lesson(&self, number: usize, id: &str) {
            let first = lessons()[0].id.to_string();
            let source = std::fs::read_to_string(self.0.join(format!("01-{first}.toml")))
                .expect("lesson 1's file");
            let source =
                source.replacen(&format!("id = \"{first}\""), &format!("id = \"{id}\""), 1);
            std::fs::write(self.0.join(format!("{number:02}-{id}.toml")), source).expect("written");
        }

        /// Like `add_lesson`, shown right after the lesson `after`.
        fn add_lesson_after(&self, number: usize, id: &str, after: &str) {
            self.add_lesson(number, id);
            let file = self.0.join(format!("{number:02}-{id}.toml"));
            let source = std::fs::read_to_string(&file).expect("the added file");
            let source = source.replacen(
                &format!("id = \"{id}\""),
                &format!("id = \"{id}\"\nafter = \"{after}\""),
                1,
            );
            std::fs::write(file, source).expect("written");
        }
    }

    impl LessonFolder {
        /// Writes lesson 2's file again as lesson `number` with id `id`, every explanation
        /// made longer by a paragraph that names the lesson.
        fn add_large_lesson(&self, number: usize, id: &str) -> String {
            let model = &lessons()[1];
            let name = format!("{:02}-{}.toml", model.number, model.id);
            let source = std::fs::read_to_string(self.0.join(name)).expect("lesson 2's file");
            let marker = format!("Paragraf tambahan {id}.");
            let paragraph = format!(
                "{marker} {}\n\n",
                "Baca pelan-pelan, lalu coba sendiri di layar latihan. ".repeat(40)
            );
            let source = source
                .replacen(
                    &format!("id = \"{}\"", model.id),
                    &format!("id = \"{id}\""),
                    1,
                )
                .replace("text = \"\"\"\n", &format!("text = \"\"\"\n{paragraph}"));
            std::fs::write(self.0.join(format!("{number:02}-{id}.toml")), source).expect("written");
            marker
        }
    }

    /// Issue 22: five more large lessons leave the first download as it is but for a head
    /// each (an id, a title, a goal and a file name), whatever their steps hold: the steps
    /// go to files of their own, and the first lesson's file stays the same file.
    #[test]
    fn five_large_lessons_more_add_only_their_heads_to_the_first_download() {
        use crate::lesson::source::index_source;
        use crate::lesson::wire::encode_lesson;
        let folder = LessonFolder::copy_of_lessons("five-large");
        let next = lessons().len() + 1;
        let markers: Vec<String> = (next..next + 5)
            .map(|number| folder.add_large_lesson(number, &format!("pelajaran-besar-{number}")))
            .collect();
        let read = read_lessons(&folder.0, &build_refs(), &shared())
            .expect("the large lessons are accepted");
        assert_eq!(&read[..lessons().len()], lessons());
        let added = &read[lessons().len()..];
        let files: usize = added.iter().map(|lesson| encode_lesson(lesson).len()).sum();
        assert!(
            files > 5 * 15_000,
            "large lessons: {files} bytes in their files"
        );

        // The lessons' share of the first part is the index build.rs writes (`index.rs`).
        let (before, after) = (index_source(lessons()), index_source(&read));
        let grown = after.len() - before.len();
        assert!(
            grown < 5 * 500,
            "the first part's index grew by {grown} bytes for {files} bytes of lessons"
        );
        assert!(
            after.starts_with(&before[..before.len() - 1]),
            "the heads before stay as they were"
        );
        for marker in &markers {
            assert!(!after.contains(marker.as_str()), "{marker} is in the index");
        }
        assert_eq!(
            read[0].head(),
            index()[0],
            "the first lesson's file is the same file"
        );
    }

    impl Drop for LessonFolder {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// "Adding a lesson is adding a file": the build's own reader takes a new file with no
    /// change to the code, and the source writer writes it.
    #[test]
    fn a_new_lesson_file_is_read_and_written_with_no_code_change() {
        let folder = LessonFolder::copy_of_lessons("one-more");
        let next = usize::from(*lesson_numbers().last().expect("a lesson")) + 1;
        folder.add_lesson(next, "pelajaran-tambahan");
        let read =
            read_lessons(&folder.0, &build_refs(), &shared()).expect("the new file is accepted");
        assert_eq!(read.len(), lessons().len() + 1);
        assert_eq!(&read[..lessons().len()], lessons());
        let added = read.last().expect("the new lesson");
        assert_eq!(
            (&*added.id, usize::from(added.number)),
            ("pelajaran-tambahan", next)
        );
        assert!(crate::lesson::source::lessons_source(&read).contains("\"pelajaran-tambahan\""));
    }

    /// A new lesson keeps a new number (cards name lessons by number) and is shown where
    /// `after` puts it; two after one lesson keep their numbers' order.
    #[test]
    fn a_lesson_with_after_is_shown_right_after_that_lesson() {
        let folder = LessonFolder::copy_of_lessons("after");
        let next = usize::from(*lesson_numbers().last().expect("a lesson")) + 1;
        let first = lessons()[0].id.to_string();
        folder.add_lesson_after(next + 1, "sesudah-pertama-b", &first);
        folder.add_lesson_after(next, "sesudah-pertama-a", &first);
        folder.add_lesson_after(next + 2, "sesudah-a", "sesudah-pertama-a");
        let read = read_lessons(&folder.0, &build_refs(), &shared()).expect("accepted");
        let ids: Vec<&str> = read.iter().take(5).map(|lesson| &*lesson.id).collect();
        assert_eq!(
            ids,
            [
                first.as_str(),
                "sesudah-pertama-a",
                "sesudah-a",
                "sesudah-pertama-b",
                &lessons()[1].id
            ]
        );
        assert_eq!(read.len(), lessons().len() + 3);
    }

    #[test]
    fn after_naming_no_lesson_or_a_loop_stops_the_build_naming_the_file() {
        let folder = LessonFolder::copy_of_lessons("after-wrong");
        let next = usize::from(*lesson_numbers().last().expect("a lesson")) + 1;
        folder.add_lesson_after(next, "salah-tulis", "aman-bertransaksii");
        assert_eq!(
            read_lessons(&folder.0, &build_refs(), &shared()).expect_err("refused"),
            [format!("lessons/{next:02}-salah-tulis.toml, kolom `after`: tidak ada pelajaran dengan id \"aman-bertransaksii\"")]
        );

        let folder = LessonFolder::copy_of_lessons("after-loop");
        folder.add_lesson_after(next, "ayam", "telur");
        folder.add_lesson_after(next + 1, "telur", "ayam");
        let errors = read_lessons(&folder.0, &build_refs(), &shared()).expect_err("refused");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with(&format!(
            "lessons/{next:02}-ayam.toml, kolom `after`: urutan berputar"
        )));
    }

    #[test]
    fn a_lesson_more_than_a_progress_card_carries_stops_the_build() {
        let folder = LessonFolder::copy_of_lessons("too-many");
        let limit = crate::lesson::validate::MAX_LESSONS;
        for number in lessons().len() + 1..=limit + 1 {
            folder.add_lesson(number, &format!("tambahan-{number}"));
        }
        let errors =
            read_lessons(&folder.0, &build_refs(), &shared()).expect_err("32 lessons are refused");
        assert_eq!(errors, [format!("lessons/: ada {} file pelajaran; kartu kemajuan hanya bisa memuat {limit} pelajaran", limit + 1)]);
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
