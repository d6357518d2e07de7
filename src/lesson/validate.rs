//! Rules a lesson must follow beyond its file's shape. Messages are for the trainer who
//! wrote the file, in Indonesian, naming the step (counted from 1) and the field.

use super::text::normalize;
use super::{Choice, Explanation, KeywordLab, Lesson, Ordering, PostBuilder, Step, TextAnswer};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonError {
    /// Step number counted from 1, as a trainer counts; `None` for the lesson's own fields.
    pub step: Option<usize>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            Some(step) => write!(
                f,
                "langkah {step}, kolom `{}`: {}",
                self.field, self.message
            ),
            None => write!(f, "kolom `{}`: {}", self.field, self.message),
        }
    }
}

pub const MAX_MINUTES: u32 = 60;
pub const MAX_ORDERING_ITEMS: usize = 8;

/// What a lesson may point to outside its own file.
pub struct Refs<'a> {
    /// Whether a path inside `public/` is there.
    pub picture_exists: &'a dyn Fn(&str) -> bool,
    /// Whether a shopper search is in lessons/data/pencarian.toml.
    pub search_exists: &'a dyn Fn(&str) -> bool,
    /// The words of a text that name a product (`product_words` in pencarian.toml).
    pub product_words: &'a dyn Fn(&str) -> Vec<String>,
}

/// A lesson is short enough for one sitting and long enough to teach and ask something.
pub const MIN_STEPS: usize = 6;
pub const MAX_STEPS: usize = 10;

/// What a progress card (`class::card`) can name: a lesson number in 7 bits, a step in 6 bits
/// (`MAX_STEPS` is well inside), and at most 31 lessons. A lesson file beyond these is
/// refused here, not misread from a card later (a lesson numbered 130 would read as 2).
pub const MAX_LESSON_NUMBER: u8 = 127;
pub const MAX_LESSONS: usize = 31;

pub const MAX_GOAL_PAGE: usize = 5;
/// Long enough for two or three sentences of advice, short enough to read at a glance.
pub const MAX_TRAINER_NOTE_CHARS: usize = 400;

/// Checks a parsed lesson. `expected_id` comes from the file name.
pub fn validate(lesson: &Lesson, expected_id: &str, refs: &Refs) -> Vec<LessonError> {
    let mut errors = Errors {
        step: None,
        list: Vec::new(),
    };
    validate_header(lesson, expected_id, &mut errors);
    for (index, step) in lesson.steps.iter().enumerate() {
        errors.step = Some(index + 1);
        validate_step(step, refs, &mut errors);
    }
    errors.list
}

fn validate_step(step: &Step, refs: &Refs, errors: &mut Errors) {
    match step {
        Step::Explanation(s) => validate_explanation(s, refs.picture_exists, errors),
        Step::Choice(s) => validate_choice(s, errors),
        Step::Ordering(s) => validate_ordering(s, errors),
        Step::TextAnswer(s) => validate_text_answer(s, errors),
        Step::PostBuilder(s) => validate_post_builder(s, errors),
        Step::KeywordLab(s) => validate_keyword_lab(s, refs, errors),
        Step::Checkout(s) => validate_practice(&s.title, &s.task, s.hint.as_deref(), errors),
        Step::SellerOrders(s) => validate_practice(&s.title, &s.task, s.hint.as_deref(), errors),
        Step::PriceCalculator(s) => {
            validate_practice(&s.title, &s.task, s.hint.as_deref(), errors);
            errors.require_text("product", &s.product);
            errors.require_text("one_off_name", &s.one_off_name);
            errors.add_all(crate::pricing::step_problems(s));
        }
        Step::CashBook(s) => {
            validate_practice(&s.title, &s.task, s.hint.as_deref(), errors);
            errors.add_all(crate::cash_book::step_problems(s));
        }
    }
    validate_trainer_note(step.trainer_note(), errors);
}

struct Errors {
    step: Option<usize>,
    list: Vec<LessonError>,
}

impl Errors {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.list.push(LessonError {
            step: self.step,
            field: field.into(),
            message: message.into(),
        });
    }

    /// A simulator's own rules for its step, as (field, message) pairs.
    fn add_all(&mut self, problems: Vec<(String, String)>) {
        for (field, message) in problems {
            self.add(&field, message);
        }
    }

    fn require_text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(field, "tidak boleh kosong");
        }
    }

    fn optional_text(&mut self, field: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.require_text(field, value);
        }
    }

    fn no_repeats(&mut self, field: &str, values: &[&str]) {
        for (i, value) in values.iter().enumerate() {
            if values[..i]
                .iter()
                .any(|earlier| normalize(earlier) == normalize(value))
            {
                self.add(field, format!("\"{value}\" tertulis dua kali"));
            }
        }
    }
}

fn validate_header(lesson: &Lesson, expected_id: &str, errors: &mut Errors) {
    let id_is_clean = !lesson.id.is_empty()
        && lesson
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_is_clean {
        errors.add(
            "id",
            "pakai huruf kecil, angka dan tanda - saja, misalnya \"aman-bertransaksi\"",
        );
    } else if lesson.id != expected_id {
        errors.add(
            "id",
            format!("harus sama dengan nama file: \"{expected_id}\""),
        );
    }
    errors.require_text("title", &lesson.title);
    errors.require_text("goal", &lesson.goal);
    if lesson.minutes == 0 || lesson.minutes > MAX_MINUTES {
        errors.add(
            "minutes",
            format!("isi perkiraan menit belajar, dari 1 sampai {MAX_MINUTES}"),
        );
    }
    if lesson.learned.is_empty() {
        errors.add("learned", "tulis minimal satu hal yang dipelajari");
    }
    for point in lesson.learned.iter() {
        errors.require_text("learned", point);
    }
    let steps = lesson.steps.len();
    if !(MIN_STEPS..=MAX_STEPS).contains(&steps) {
        errors.add(
            "steps",
            format!("pelajaran perlu {MIN_STEPS} sampai {MAX_STEPS} langkah; sekarang ada {steps}"),
        );
    }
    if !lesson.steps.iter().any(Step::is_question) {
        errors.add(
            "steps",
            "pelajaran perlu minimal satu pertanyaan, yaitu langkah selain `explanation`",
        );
    }
}

fn validate_explanation(
    step: &Explanation,
    picture_exists: &dyn Fn(&str) -> bool,
    errors: &mut Errors,
) {
    errors.require_text("title", &step.title);
    errors.require_text("text", &step.text);
    if let Some(picture) = &step.picture {
        let file = picture.file.trim();
        if file.is_empty() {
            errors.add("picture.file", "tidak boleh kosong");
        } else if file.starts_with('/') || file.contains("..") || !picture_exists(file) {
            errors.add(
                "picture.file",
                format!("gambar \"{file}\" tidak ada di folder public/"),
            );
        }
        errors.require_text("picture.alt", &picture.alt);
    }
}

fn validate_choice(step: &Choice, errors: &mut Errors) {
    errors.require_text("question", &step.question);
    errors.optional_text("hint", step.hint.as_deref());
    if step.options.len() < 2 {
        errors.add("options", "tulis minimal dua pilihan jawaban");
    }
    if !step.options.is_empty() && step.right_count() == 0 {
        errors.add(
            "options",
            "tandai minimal satu jawaban benar dengan correct = true",
        );
    }
    for option in step.options.iter() {
        errors.require_text("options.text", &option.text);
        errors.require_text("options.feedback", &option.feedback);
    }
    let texts: Vec<&str> = step.options.iter().map(|o| &*o.text).collect();
    errors.no_repeats("options.text", &texts);
}

fn validate_ordering(step: &Ordering, errors: &mut Errors) {
    errors.require_text("question", &step.question);
    errors.require_text("feedback_correct", &step.feedback_correct);
    errors.require_text("feedback_wrong", &step.feedback_wrong);
    if step.hint.is_some() {
        errors.add("hint", "hapus hint: aplikasi sendiri menunjuk hal yang belum di tempatnya dan ke mana memindahkannya");
    }
    if step.items.len() < 2 || step.items.len() > MAX_ORDERING_ITEMS {
        errors.add(
            "items",
            format!("tulis 2 sampai {MAX_ORDERING_ITEMS} hal untuk diurutkan"),
        );
    }
    for item in step.items.iter() {
        errors.require_text("items", item);
    }
    let items: Vec<&str> = step.items.iter().map(|text| &**text).collect();
    errors.no_repeats("items", &items);
}

/// The mistakes in a text step's own fields, for rules written outside a lesson
/// (lessons/data/balasan.toml).
pub fn text_answer_errors(step: &TextAnswer) -> Vec<LessonError> {
    let mut errors = Errors {
        step: None,
        list: Vec::new(),
    };
    validate_text_answer(step, &mut errors);
    errors.list
}

fn validate_text_answer(step: &TextAnswer, errors: &mut Errors) {
    errors.require_text("question", &step.question);
    errors.require_text("feedback_correct", &step.feedback_correct);
    errors.optional_text("placeholder", step.placeholder.as_deref());
    errors.optional_text("hint", step.hint.as_deref());
    if step.rules.is_empty() {
        errors.add("rules", "tulis minimal satu aturan untuk memeriksa jawaban");
    }
    for rule in step.rules.iter() {
        let lists = [
            ("rules.must_contain", &rule.must_contain),
            ("rules.must_not_contain", &rule.must_not_contain),
            ("rules.must_not_deny", &rule.must_not_deny),
        ];
        match lists.iter().filter(|(_, words)| !words.is_empty()).count() + usize::from(rule.max_chars.is_some()) {
            0 => errors.add("rules", "isi must_contain, must_not_contain, must_not_deny atau max_chars"),
            1 => {}
            _ => errors.add("rules", "satu aturan isi salah satu saja: must_contain, must_not_contain, must_not_deny atau max_chars"),
        }
        if rule.max_chars == Some(0) {
            errors.add(
                "rules.max_chars",
                "isi jumlah huruf paling banyak, lebih dari 0",
            );
        }
        for (field, words) in lists {
            if words.iter().any(|w| normalize(w).is_empty()) {
                errors.add(field, "ada kata yang kosong atau hanya tanda baca");
            }
        }
        errors.require_text("rules.feedback", &rule.feedback);
    }
}

fn validate_post_builder(step: &PostBuilder, errors: &mut Errors) {
    errors.require_text("title", &step.title);
    errors.require_text("task", &step.task);
    errors.optional_text("hint", step.hint.as_deref());
    if step.must_meet.is_empty() {
        errors.add(
            "must_meet",
            "tulis minimal satu tahap AIDAS, misalnya [\"action\"]",
        );
    }
    for (i, stage) in step.must_meet.iter().enumerate() {
        if step.must_meet[..i].contains(stage) {
            errors.add("must_meet", "ada tahap yang tertulis dua kali");
        }
    }
}

fn validate_keyword_lab(step: &KeywordLab, refs: &Refs, errors: &mut Errors) {
    errors.require_text("title", &step.title);
    errors.require_text("task", &step.task);
    errors.require_text("product", &step.product);
    errors.optional_text("start_title", step.start_title.as_deref());
    errors.optional_text("hint", step.hint.as_deref());
    if step.searches.is_empty() {
        errors.add("searches", "tulis minimal satu pencarian pembeli");
    }
    // The lab flags a title naming a product not sold, so the step must say what is sold
    // and follow only searches for it.
    let sold = (refs.product_words)(&step.product);
    if sold.is_empty() && !step.product.trim().is_empty() {
        errors.add(
            "product",
            "sebutkan barangnya dengan kata dari product_words di lessons/data/pencarian.toml, misalnya \"keripik singkong\"",
        );
    }
    for search in step.searches.iter() {
        if !(refs.search_exists)(search) {
            errors.add(
                "searches",
                format!("\"{search}\" tidak ada di lessons/data/pencarian.toml"),
            );
        }
        let other: Vec<String> = (refs.product_words)(search)
            .into_iter()
            .filter(|word| !sold.contains(word))
            .map(|word| format!("\"{word}\""))
            .collect();
        if !other.is_empty() && !sold.is_empty() {
            errors.add(
                "searches",
                format!(
                    "\"{search}\" mencari barang lain ({}); pilih pencarian untuk barang di kolom product",
                    other.join(", ")
                ),
            );
        }
    }
    let searches: Vec<&str> = step.searches.iter().map(|text| &**text).collect();
    errors.no_repeats("searches", &searches);
    if step.goal_page == 0 || step.goal_page > MAX_GOAL_PAGE {
        errors.add(
            "goal_page",
            format!("isi halaman tujuan dari 1 sampai {MAX_GOAL_PAGE}"),
        );
    }
}

/// The checkout and seller practices bring their own shop; the file gives only the words.
fn validate_practice(title: &str, task: &str, hint: Option<&str>, errors: &mut Errors) {
    errors.require_text("title", title);
    errors.require_text("task", task);
    errors.optional_text("hint", hint);
}

fn validate_trainer_note(note: Option<&str>, errors: &mut Errors) {
    let Some(note) = note else { return };
    errors.require_text("trainer_note", note);
    // Counted without the line breaks a """ block adds around the text.
    let length = note.trim().chars().count();
    if length > MAX_TRAINER_NOTE_CHARS {
        errors.add(
            "trainer_note",
            format!("tulis paling banyak {MAX_TRAINER_NOTE_CHARS} huruf; sekarang {length} huruf"),
        );
    }
}

/// The fields a simulator's own rules name, for tests.
#[cfg(test)]
pub(crate) fn fields_named(problems: &[(String, String)]) -> Vec<&str> {
    problems.iter().map(|(field, _)| field.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::card::tests::sample_card;
    use crate::class::card::{LessonResult, ProgressCard};

    /// Whatever the validator lets through, a progress card carries and reads back as it was.
    #[test]
    fn a_progress_card_carries_every_lesson_number_step_and_count_the_validator_allows() {
        let mut card = sample_card("Bu Wati", 1_000);
        let last_step = u8::try_from(MAX_STEPS).expect("steps fit a byte");
        let started = card.lessons[0].clone();
        let most = |number: u8| LessonResult {
            number,
            steps: last_step,
            reached: last_step,
            missed: vec![last_step - 1],
            ..started.clone()
        };
        card.lessons = (1..=MAX_LESSONS as u8 - 1)
            .map(most)
            .chain([most(MAX_LESSON_NUMBER)])
            .collect();
        assert_eq!(card.lessons.len(), MAX_LESSONS);
        assert_eq!(ProgressCard::decode(&card.encode()), Ok(card.clone()));

        // One past: the card could not say it, which is why the validator refuses it.
        card.lessons.push(most(MAX_LESSONS as u8));
        assert_ne!(
            ProgressCard::decode(&card.encode()),
            Ok(card.clone()),
            "a 32nd lesson"
        );
        card.lessons = vec![most(MAX_LESSON_NUMBER + 1)];
        assert_ne!(
            ProgressCard::decode(&card.encode()),
            Ok(card),
            "lesson number 128"
        );
    }
}
