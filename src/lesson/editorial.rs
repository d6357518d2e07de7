//! Editorial checks on a whole lesson, at build time, with messages for the trainer who
//! wrote it: choice questions that can be answered without understanding them (the right
//! option is usually the longest, or ticking everything almost wins), and a trainer note
//! that names the digital-literacy pillar the lesson serves.

use super::validate::LessonError;
use super::{Choice, Lesson, Step};

/// In at most this share of a lesson's choice steps may the right option be the longest.
pub const LONGEST_RIGHT_AT_MOST: (usize, usize) = (1, 3);
/// A step with several right options needs at least this many wrong ones.
pub const SELECT_ALL_WRONG_AT_LEAST: usize = 2;

/// Whether one option is longer than every other and it is a right one: a learner who picks
/// the longest answer gets it right without reading.
pub fn longest_is_right(step: &Choice) -> bool {
    let length = |text: &str| text.trim().chars().count();
    let longest = step
        .options
        .iter()
        .map(|o| length(&o.text))
        .max()
        .unwrap_or(0);
    let mut at_longest = step.options.iter().filter(|o| length(&o.text) == longest);
    match (at_longest.next(), at_longest.next()) {
        (Some(only), None) => only.correct,
        _ => false,
    }
}

/// The four pillars of Indonesia's national digital-literacy programme, as trainers know them.
pub const PILLARS: [&str; 4] = [
    "kecakapan digital",
    "etika digital",
    "keamanan digital",
    "budaya digital",
];

/// A lesson needs a trainer note that names at least one pillar.
pub fn pillar_errors(lesson: &Lesson) -> Vec<LessonError> {
    let names_a_pillar = lesson
        .steps
        .iter()
        .filter_map(Step::trainer_note)
        .any(|note| {
            PILLARS
                .iter()
                .any(|pillar| note.to_lowercase().contains(pillar))
        });
    if names_a_pillar {
        return Vec::new();
    }
    vec![LessonError {
        step: None,
        field: "trainer_note".into(),
        message: format!("sebut pilar literasi digital pelajaran ini di catatan pelatih, misalnya di langkah 1: {}", PILLARS.join(", ")),
    }]
}

pub fn guessable_errors(lesson: &Lesson) -> Vec<LessonError> {
    let mut errors = Vec::new();
    let choices: Vec<(usize, &Choice)> = lesson
        .steps
        .iter()
        .enumerate()
        .filter_map(|(index, step)| match step {
            Step::Choice(choice) => Some((index + 1, choice)),
            _ => None,
        })
        .collect();
    for &(number, choice) in &choices {
        let wrong = choice.options.len() - choice.right_count();
        if choice.allows_several() && wrong < SELECT_ALL_WRONG_AT_LEAST {
            errors.push(LessonError {
                step: Some(number),
                field: "options".into(),
                message: format!(
                    "soal dengan beberapa jawaban benar perlu minimal {SELECT_ALL_WRONG_AT_LEAST} pilihan salah (sekarang {wrong}), supaya tidak bisa dijawab dengan mencentang semua"
                ),
            });
        }
    }
    let longest: Vec<String> = choices
        .iter()
        .filter(|(_, c)| longest_is_right(c))
        .map(|(n, _)| n.to_string())
        .collect();
    let (most, of) = LONGEST_RIGHT_AT_MOST;
    if longest.len() * of > choices.len() * most {
        errors.push(LessonError {
            step: None,
            field: "steps".into(),
            message: format!(
                "di {} dari {} soal pilihan (langkah {}), jawaban benar adalah pilihan yang paling panjang; paling banyak sepertiga soal boleh begitu. Pendekkan jawaban benar atau panjangkan pilihan lain",
                longest.len(),
                choices.len(),
                longest.join(", ")
            ),
        });
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::ChoiceOption;

    fn choice(options: &[(&str, bool)]) -> Step {
        Step::Choice(Choice {
            question: "Mana?".into(),
            options: options
                .iter()
                .map(|&(text, correct)| ChoiceOption {
                    text: text.to_string().into(),
                    correct,
                    feedback: "Karena.".into(),
                })
                .collect::<Vec<_>>()
                .into(),
            hint: None,
            trainer_note: None,
        })
    }

    fn lesson(steps: Vec<Step>) -> Lesson {
        Lesson {
            id: "contoh".into(),
            number: 1,
            after: None,
            title: "Contoh".into(),
            goal: "Bisa.".into(),
            minutes: 5,
            learned: vec!["Satu".into()].into(),
            steps: steps.into(),
        }
    }

    #[test]
    fn the_right_option_counts_as_longest_only_when_strictly_longest() {
        let as_step = |options: &[(&str, bool)]| match choice(options) {
            Step::Choice(c) => longest_is_right(&c),
            _ => unreachable!(),
        };
        assert!(as_step(&[
            ("Tolak dan tutup teleponnya", true),
            ("Beri kodenya", false)
        ]));
        assert!(!as_step(&[("Tolak", true), ("Beri kodenya", false)]));
        assert!(
            !as_step(&[("Tolak!", true), ("Berikan", false), ("Kirimkan", false)]),
            "a wrong option is as long"
        );
        assert!(
            !as_step(&[("Tolak!!", true), ("Berikan", false)]),
            "equally long"
        );
        assert!(as_step(&[
            ("Ya", true),
            ("Betul sekali", true),
            ("Tidak", false)
        ]));
    }

    #[test]
    fn at_most_a_third_of_the_choices_may_give_the_answer_away_by_length() {
        let gives_away = || {
            choice(&[
                ("Tolak dan tutup teleponnya", true),
                ("Beri kodenya", false),
            ])
        };
        let fair = || choice(&[("Tolak", true), ("Beri kodenya", false)]);
        assert!(guessable_errors(&lesson(vec![gives_away(), fair(), fair()])).is_empty());
        assert_eq!(
            guessable_errors(&lesson(vec![gives_away(), fair(), gives_away()]))
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["kolom `steps`: di 2 dari 3 soal pilihan (langkah 1, 3), jawaban benar adalah pilihan yang paling panjang; paling banyak sepertiga soal boleh begitu. Pendekkan jawaban benar atau panjangkan pilihan lain"]
        );
        assert_eq!(
            guessable_errors(&lesson(vec![gives_away()])).len(),
            1,
            "one of one is more than a third"
        );
        assert!(guessable_errors(&lesson(vec![])).is_empty());
    }

    #[test]
    fn a_lesson_names_its_pillar_in_a_trainer_note() {
        let mut noted = lesson(vec![choice(&[("A", true), ("Bb", false)])]);
        assert_eq!(
            pillar_errors(&noted).iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["kolom `trainer_note`: sebut pilar literasi digital pelajaran ini di catatan pelatih, misalnya di langkah 1: kecakapan digital, etika digital, keamanan digital, budaya digital"]
        );
        if let Step::Choice(c) = &mut noted.steps.to_mut()[0] {
            c.trainer_note = Some("Pilar literasi digital: Keamanan Digital.".into());
        }
        assert!(pillar_errors(&noted).is_empty());
    }

    #[test]
    fn a_select_all_step_needs_two_wrong_options() {
        let errors = guessable_errors(&lesson(vec![choice(&[
            ("A", true),
            ("B", true),
            ("C", true),
            ("D", false),
        ])]));
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["langkah 1, kolom `options`: soal dengan beberapa jawaban benar perlu minimal 2 pilihan salah (sekarang 1), supaya tidak bisa dijawab dengan mencentang semua"]
        );
        assert!(guessable_errors(&lesson(vec![choice(&[
            ("A", true),
            ("B", true),
            ("C", false),
            ("D", false)
        ])]))
        .is_empty());
        assert!(
            guessable_errors(&lesson(vec![choice(&[("A", true), ("B", false)])])).is_empty(),
            "one right answer: no ticking"
        );
    }
}
