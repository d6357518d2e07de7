//! Reads a lesson file (TOML) into the lesson model and explains every mistake in words a
//! trainer can act on: file, line or step, field. Runs at build time only; the app itself
//! carries no TOML parser.

use super::editorial::guessable_errors;
use super::examples::{example_errors, take_examples, Situation};
use super::glossary::{glossary_errors, Glossary};
use super::validate::{validate, Refs, MAX_LESSONS, MAX_LESSON_NUMBER};
use super::{Lesson, Step};
use std::path::{Path, PathBuf};

/// What lesson files share from lessons/data/: written replies a text step may name
/// (`examples`), and the glossary every lesson's words follow (`glossary`).
#[derive(Debug, Clone, Default)]
pub struct Shared {
    pub situations: Vec<Situation>,
    pub glossary: Glossary,
}

/// Reads and checks what lessons share from lessons/data/.
pub fn read_shared() -> Result<Shared, Vec<String>> {
    use super::examples::{parse_situations, SITUATIONS_FILE};
    use super::glossary::{parse_glossary, GLOSSARY_FILE};
    let read = |path: &str| {
        std::fs::read_to_string(path).map_err(|e| vec![format!("{path}: tidak bisa dibaca ({e})")])
    };
    let situations =
        read(SITUATIONS_FILE).and_then(|source| parse_situations(SITUATIONS_FILE, &source));
    let glossary = read(GLOSSARY_FILE).and_then(|source| parse_glossary(GLOSSARY_FILE, &source));
    match (situations, glossary) {
        (Ok(situations), Ok(glossary)) => Ok(Shared {
            situations,
            glossary,
        }),
        (situations, glossary) => Err(situations
            .err()
            .into_iter()
            .chain(glossary.err())
            .flatten()
            .collect()),
    }
}

/// Parses and validates one lesson file. `path` is how the trainer knows the file
/// (e.g. "lessons/aman-bertransaksi.toml"); each error line starts with it. A text step's
/// example answers are run through its checker, and the words follow the glossary.
pub fn parse_lesson(
    path: &str,
    source: &str,
    refs: &Refs,
    shared: &Shared,
) -> Result<Lesson, Vec<String>> {
    let mut table: toml::Table = toml::from_str(source).map_err(|e| {
        let line = e
            .span()
            .map(|span| line_of(source, span.start))
            .unwrap_or(1);
        vec![format!(
            "{path}, baris {line}: penulisan file rusak: {}",
            e.message().trim()
        )]
    })?;

    let mut examples = Vec::new();
    let mut example_shape_errors = Vec::new();
    if let Some(toml::Value::Array(steps)) = table.get_mut("steps") {
        for (index, step) in steps.iter_mut().enumerate() {
            let Some(step) = step.as_table_mut() else {
                continue;
            };
            match take_examples(step, &shared.situations) {
                Ok(Some(found)) => examples.push((index, found)),
                Ok(None) => {}
                Err((field, message)) => example_shape_errors.push(format!(
                    "{path}, langkah {}, kolom `{field}`: {message}",
                    index + 1
                )),
            }
        }
    }
    if !example_shape_errors.is_empty() {
        return Err(example_shape_errors);
    }

    let wording_errors: Vec<String> = glossary_errors(&table, &shared.glossary)
        .into_iter()
        .map(|(step, field, message)| match step {
            Some(step) => format!("{path}, langkah {step}, kolom `{field}`: {message}"),
            None => format!("{path}, kolom `{field}`: {message}"),
        })
        .collect();

    let Some(toml::Value::Array(steps)) = table.get("steps") else {
        let problem = if table.contains_key("steps") {
            "tulis setiap langkah di bawah judul [[steps]]"
        } else {
            "belum ada langkah; tulis setiap langkah di bawah judul [[steps]]"
        };
        return Err(vec![format!("{path}, kolom `steps`: {problem}")]);
    };
    let step_errors: Vec<String> = steps
        .iter()
        .enumerate()
        .filter_map(|(index, value)| {
            let error = value.clone().try_into::<Step>().err()?;
            let (field, message) = explain(error.message(), value);
            Some(format!(
                "{path}, langkah {}, kolom `{field}`: {message}",
                index + 1
            ))
        })
        .collect();
    if !step_errors.is_empty() {
        return Err(step_errors);
    }

    let table = toml::Value::Table(table);
    let lesson: Lesson = table.clone().try_into().map_err(|e: toml::de::Error| {
        let (field, message) = explain(e.message(), &table);
        vec![format!("{path}, kolom `{field}`: {message}")]
    })?;

    let mut errors: Vec<String> = validate(&lesson, lesson_id_of(path), refs)
        .iter()
        .chain(&guessable_errors(&lesson))
        .map(|e| format!("{path}, {e}"))
        .collect();
    errors.extend(wording_errors);
    // Examples are judged by rules that are themselves right.
    let rules_are_right = errors.is_empty();
    for (index, examples) in examples.iter().filter(|_| rules_are_right) {
        if let Some(Step::TextAnswer(step)) = lesson.steps.get(*index) {
            let found = example_errors(&step.rules, &step.feedback_correct, examples);
            errors.extend(found.into_iter().map(|(field, message)| {
                format!("{path}, langkah {}, kolom `{field}`: {message}", index + 1)
            }));
        }
    }
    if errors.is_empty() {
        Ok(Lesson {
            number: lesson_number_of(path).unwrap_or(0),
            ..lesson
        })
    } else {
        Err(errors)
    }
}

/// The id a lesson file must carry: its name without ".toml" and without the number that
/// sets its place in the list ("01-kenali-jualan-online.toml" holds "kenali-jualan-online").
pub fn lesson_id_of(path: &str) -> &str {
    let name = path
        .rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".toml");
    match name.split_once('-') {
        Some((number, rest))
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => name,
    }
}

/// The number a lesson file's name starts with ("02-aman-bertransaksi.toml" is 2).
pub fn lesson_number_of(path: &str) -> Option<u8> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let (number, _) = name.split_once('-')?;
    number.parse().ok().filter(|&n| n > 0)
}

/// Every lesson file needs its own number, one a progress card can name: cards name lessons
/// by it. A card also carries only so many lessons.
pub fn numbering_errors(paths: &[String]) -> Vec<String> {
    let mut seen: std::collections::BTreeMap<u8, &str> = std::collections::BTreeMap::new();
    let mut errors = Vec::new();
    for path in paths {
        match lesson_number_of(path) {
            None => errors.push(format!(
                "{path}: awali nama file dengan nomor urut 1 sampai {MAX_LESSON_NUMBER}, misalnya 06-nama-pelajaran.toml"
            )),
            Some(number) if number > MAX_LESSON_NUMBER => errors.push(format!(
                "{path}: nomor {number} terlalu besar; kartu kemajuan hanya bisa menyebut nomor 1 sampai {MAX_LESSON_NUMBER}"
            )),
            Some(number) => {
                if let Some(first) = seen.insert(number, path) {
                    errors.push(format!("{path}: nomor {number} sudah dipakai {first}; beri nomor lain"));
                }
            }
        }
    }
    if paths.len() > MAX_LESSONS {
        errors.push(format!(
            "lessons/: ada {} file pelajaran; kartu kemajuan hanya bisa memuat {MAX_LESSONS} pelajaran",
            paths.len()
        ));
    }
    errors
}

/// Reads a data file of lessons/ as TOML; a broken file names its line.
pub fn read_toml<T: serde::de::DeserializeOwned>(
    path: &str,
    source: &str,
) -> Result<T, Vec<String>> {
    toml::from_str(source).map_err(|e| {
        let line = e
            .span()
            .map(|span| line_of(source, span.start))
            .unwrap_or(1);
        vec![format!(
            "{path}, baris {line}: penulisan file rusak: {}",
            e.message().trim()
        )]
    })
}

/// Reads and checks every lesson file (`*.toml`) in `dir`, as build.rs does for lessons/:
/// the lessons in the order of their numbers, or every mistake in every file. Files are
/// named to the trainer as "lessons/<name>", wherever `dir` is.
pub fn read_lessons(dir: &Path, refs: &Refs, shared: &Shared) -> Result<Vec<Lesson>, Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("lessons/: folder tidak bisa dibaca ({e})")])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let paths: Vec<String> = files
        .iter()
        .map(|file| {
            format!(
                "lessons/{}",
                file.file_name().unwrap_or_default().to_string_lossy()
            )
        })
        .collect();
    let mut lessons = Vec::new();
    let mut errors = numbering_errors(&paths);
    for (file, path) in files.iter().zip(&paths) {
        match std::fs::read_to_string(file) {
            Ok(source) => match parse_lesson(path, &source, refs, shared) {
                Ok(lesson) => {
                    // A shipped lesson tells the trainer which pillar it serves.
                    errors.extend(
                        super::editorial::pillar_errors(&lesson)
                            .iter()
                            .map(|e| format!("{path}, {e}")),
                    );
                    lessons.push(lesson)
                }
                Err(mut found) => errors.append(&mut found),
            },
            Err(e) => errors.push(format!("{path}: tidak bisa dibaca ({e})")),
        }
    }
    if lessons.is_empty() && errors.is_empty() {
        errors.push("lessons/: belum ada file pelajaran (.toml)".into());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // "10-..." sorts before "9-..." by name; the number sets the order.
    lessons.sort_by_key(|lesson| lesson.number);
    place_after(lessons)
}

/// Moves each lesson with `after` right behind the lesson it names (several behind one keep
/// their numbers' order); a lesson naming a missing lesson, itself, or a loop is refused.
fn place_after(lessons: Vec<Lesson>) -> Result<Vec<Lesson>, Vec<String>> {
    let file = |lesson: &Lesson| format!("lessons/{:02}-{}.toml", lesson.number, lesson.id);
    let mut errors = Vec::new();
    for lesson in &lessons {
        if let Some(after) = &lesson.after {
            if !lessons.iter().any(|other| other.id == *after) {
                errors.push(format!(
                    "{}, kolom `after`: tidak ada pelajaran dengan id \"{after}\"",
                    file(lesson)
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut placed: Vec<usize> = Vec::with_capacity(lessons.len());
    let followers = |id: Option<&str>| -> Vec<usize> {
        (0..lessons.len())
            .filter(|&i| lessons[i].after.as_deref() == id)
            .collect()
    };
    // Depth first from the lessons that follow none: each lesson, then its followers.
    let mut pending: Vec<usize> = followers(None);
    pending.reverse();
    while let Some(index) = pending.pop() {
        placed.push(index);
        let mut next = followers(Some(&lessons[index].id));
        next.reverse();
        pending.extend(next);
    }
    for (index, lesson) in lessons.iter().enumerate() {
        if !placed.contains(&index) {
            errors.push(format!(
                "{}, kolom `after`: urutan berputar (pelajaran saling menunggu); hapus salah satu `after`",
                file(lesson)
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut slots: Vec<Option<Lesson>> = lessons.into_iter().map(Some).collect();
    Ok(placed
        .into_iter()
        .filter_map(|index| slots[index].take())
        .collect())
}

fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).unwrap_or(source).matches('\n').count() + 1
}

/// Turns serde's English message into the field it is about and an Indonesian sentence.
/// serde names missing and unknown fields itself; for a wrong value we find the field in
/// `written` (the step or lesson as parsed) that holds it.
fn explain(message: &str, written: &toml::Value) -> (String, String) {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let first = quoted.first().copied().unwrap_or("?").to_string();
    let allowed = quoted.get(1..).unwrap_or_default().join(", ");
    let holder = |value: &str| field_holding(written, value).unwrap_or_else(|| "?".into());
    if message.starts_with("missing field") {
        (first, "belum diisi".into())
    } else if message.starts_with("unknown field") {
        (
            first.clone(),
            format!("\"{first}\" tidak dikenal (salah ketik?). Yang boleh: {allowed}"),
        )
    } else if message.starts_with("unknown variant") {
        let field = holder(&first);
        let what = if field == "kind" {
            "jenis langkah "
        } else {
            ""
        };
        (
            field,
            format!("{what}\"{first}\" tidak dikenal. Pilih salah satu: {allowed}"),
        )
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let literal = found.split(['"', '`']).nth(1).unwrap_or_default();
        (
            holder(literal),
            format!(
                "isinya {found}, padahal seharusnya {}",
                expected_in_words(expected)
            ),
        )
    } else {
        ("?".into(), message.trim().to_string())
    }
}

/// The dotted name of the first field whose value is, or lists, `literal` ("picture.file").
fn field_holding(written: &toml::Value, literal: &str) -> Option<String> {
    let toml::Value::Table(table) = written else {
        return None;
    };
    table.iter().find_map(|(key, value)| {
        let is_it = |v: &toml::Value| match v {
            toml::Value::String(text) => text == literal,
            toml::Value::Integer(_) | toml::Value::Float(_) | toml::Value::Boolean(_) => {
                v.to_string() == literal
            }
            _ => false,
        };
        match value {
            toml::Value::Array(items) if items.iter().any(is_it) => Some(key.clone()),
            toml::Value::Array(items) => items
                .iter()
                .find_map(|item| field_holding(item, literal))
                .map(|inner| format!("{key}.{inner}")),
            toml::Value::Table(_) => {
                field_holding(value, literal).map(|inner| format!("{key}.{inner}"))
            }
            other => is_it(other).then(|| key.clone()),
        }
    })
}

fn expected_in_words(expected: &str) -> String {
    match expected.trim() {
        "a string" => "teks di antara tanda kutip \"...\"".into(),
        "a boolean" => "true atau false".into(),
        "u32" | "usize" | "an integer" => "angka bulat".into(),
        "a sequence" => "daftar di antara [ ... ]".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::validate::MIN_STEPS;

    const PATH: &str = "lessons/contoh.toml";

    const REFS: Refs = Refs {
        picture_exists: &|_| false,
        search_exists: &|search| search == "keripik singkong",
        product_words: &|text| {
            let mut words = crate::search::text::tokens(text);
            words.retain(|word| ["keripik", "singkong", "pisang"].contains(&word.as_str()));
            words
        },
    };

    fn parse(source: &str) -> Result<Lesson, Vec<String>> {
        parse_lesson(PATH, source, &REFS, &Shared::default())
    }

    const HEADER: &str = r#"
id = "contoh"
title = "Contoh"
goal = "Bisa mencoba."
minutes = 5
learned = ["Satu hal"]
"#;

    /// A lesson with `steps` first, then explanations and a choice, so that it has the steps
    /// and the question a lesson needs whatever `steps` holds.
    fn lesson_with(steps: &str) -> String {
        let given = steps.matches("[[steps]]").count();
        let explanations = MIN_STEPS.saturating_sub(given + 1);
        format!(
            "{HEADER}\n{steps}{}{GOOD_CHOICE}",
            explanation_steps(explanations)
        )
    }

    fn explanation_steps(count: usize) -> String {
        (1..=count).map(|n| format!("\n[[steps]]\nkind = \"explanation\"\ntitle = \"Penjelasan {n}\"\ntext = \"Isi.\"\n")).collect()
    }

    const GOOD_CHOICE: &str = r#"
[[steps]]
kind = "choice"
question = "Boleh kirim OTP?"
hint = "Ingat: OTP itu rahasia."
[[steps.options]]
text = "Boleh"
feedback = "Bukan. OTP hanya untuk Anda."
[[steps.options]]
text = "Tidak boleh"
correct = true
feedback = "Betul."
[[steps.options]]
text = "Boleh, kalau dia kurir"
feedback = "Bukan. Kurir tidak butuh OTP."
"#;

    fn errors_of(source: &str) -> Vec<String> {
        parse(source).expect_err("the file should be refused")
    }

    #[test]
    fn a_lesson_takes_its_number_from_the_file_name() {
        assert_eq!(
            lesson_number_of("lessons/02-aman-bertransaksi.toml"),
            Some(2)
        );
        assert_eq!(lesson_number_of("lessons/aman-bertransaksi.toml"), None);
        assert_eq!(lesson_number_of("lessons/0-awal.toml"), None);
        assert_eq!(lesson_number_of("lessons/300-besar.toml"), None);
        let paths = [
            "lessons/01-a.toml",
            "lessons/b.toml",
            "lessons/1-c.toml",
            "lessons/02-d.toml",
        ]
        .map(String::from);
        assert_eq!(
            numbering_errors(&paths),
            [
                "lessons/b.toml: awali nama file dengan nomor urut 1 sampai 127, misalnya 06-nama-pelajaran.toml",
                "lessons/1-c.toml: nomor 1 sudah dipakai lessons/01-a.toml; beri nomor lain",
            ]
        );
        assert!(numbering_errors(&paths[3..]).is_empty());
    }

    #[test]
    fn a_lesson_has_6_to_10_steps() {
        for (explanations, steps) in [(4, 5), (10, 11)] {
            let source = format!("{HEADER}{GOOD_CHOICE}{}", explanation_steps(explanations));
            assert_eq!(
                errors_of(&source),
                vec![format!("lessons/contoh.toml, kolom `steps`: pelajaran perlu 6 sampai 10 langkah; sekarang ada {steps}")]
            );
        }
        for explanations in [5, 9] {
            let source = format!("{HEADER}{GOOD_CHOICE}{}", explanation_steps(explanations));
            assert!(parse(&source).is_ok(), "{} steps", explanations + 1);
        }
    }

    #[test]
    fn a_lesson_asks_at_least_one_question() {
        assert_eq!(
            errors_of(&format!("{HEADER}{}", explanation_steps(6))),
            vec!["lessons/contoh.toml, kolom `steps`: pelajaran perlu minimal satu pertanyaan, yaitu langkah selain `explanation`"]
        );
    }

    #[test]
    fn a_lesson_number_or_a_lesson_count_that_a_progress_card_cannot_carry_is_refused() {
        let numbered = |numbers: std::ops::RangeInclusive<usize>| -> Vec<String> {
            numbers
                .map(|n| format!("lessons/{n:02}-pelajaran-{n}.toml"))
                .collect()
        };
        assert!(numbering_errors(&numbered(1..=31)).is_empty());
        assert!(numbering_errors(&["lessons/127-akhir.toml".to_string()]).is_empty());
        assert_eq!(
            numbering_errors(&["lessons/128-terlalu-jauh.toml".to_string(), "lessons/300-jauh-sekali.toml".to_string()]),
            [
                "lessons/128-terlalu-jauh.toml: nomor 128 terlalu besar; kartu kemajuan hanya bisa menyebut nomor 1 sampai 127",
                "lessons/300-jauh-sekali.toml: awali nama file dengan nomor urut 1 sampai 127, misalnya 06-nama-pelajaran.toml",
            ]
        );
        assert_eq!(
            numbering_errors(&numbered(1..=32)),
            ["lessons/: ada 32 file pelajaran; kartu kemajuan hanya bisa memuat 31 pelajaran"]
        );
    }

    #[test]
    fn a_good_lesson_parses_into_the_model() {
        let lesson = parse(&lesson_with(GOOD_CHOICE)).expect("good lesson");
        assert_eq!(lesson.id, "contoh");
        assert_eq!(lesson.minutes, 5);
        let Step::Choice(choice) = &lesson.steps[0] else {
            panic!("expected a choice step")
        };
        assert_eq!(choice.options.len(), 3);
        assert!(!choice.options[0].correct, "correct defaults to false");
        assert!(choice.options[1].correct);
        assert_eq!(choice.hint.as_deref(), Some("Ingat: OTP itu rahasia."));
    }

    #[test]
    fn broken_toml_names_the_line() {
        let source = lesson_with("[[steps]]\nkind = \"choice\nquestion = \"x\"\n");
        let errors = errors_of(&source);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("lessons/contoh.toml, baris 9: penulisan file rusak: "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_lesson_without_steps_is_refused() {
        assert_eq!(
            errors_of(HEADER),
            vec!["lessons/contoh.toml, kolom `steps`: belum ada langkah; tulis setiap langkah di bawah judul [[steps]]"]
        );
    }

    #[test]
    fn an_unknown_step_kind_lists_the_kinds() {
        let errors = errors_of(&lesson_with(
            "[[steps]]\nkind = \"kuis\"\nquestion = \"x\"\n",
        ));
        // Every kind in the registry, in its order: "explanation, choice, ordering, ...".
        let kinds: Vec<&str> = crate::lesson::KINDS.iter().map(|kind| kind.name).collect();
        assert!(kinds.starts_with(&["explanation", "choice", "ordering", "text_answer"]));
        assert_eq!(
            errors,
            vec![format!("lessons/contoh.toml, langkah 1, kolom `kind`: jenis langkah \"kuis\" tidak dikenal. Pilih salah satu: {}", kinds.join(", "))]
        );
    }

    #[test]
    fn a_missing_field_names_step_and_field() {
        let source = lesson_with(&format!("{GOOD_CHOICE}\n[[steps]]\nkind = \"ordering\"\nquestion = \"Urutkan\"\nitems = [\"a\", \"b\"]\nfeedback_wrong = \"Belum\"\n"));
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, langkah 2, kolom `feedback_correct`: belum diisi"]
        );
    }

    #[test]
    fn a_misspelt_field_is_caught() {
        let source = lesson_with(&GOOD_CHOICE.replace("hint =", "hnit ="));
        let errors = errors_of(&source);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("lessons/contoh.toml, langkah 1, kolom `hnit`: \"hnit\" tidak dikenal (salah ketik?). Yang boleh: "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_wrong_type_is_explained() {
        let source = lesson_with(GOOD_CHOICE).replace("minutes = 5", "minutes = \"lima\"");
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, kolom `minutes`: isinya string \"lima\", padahal seharusnya angka bulat"]
        );
    }

    #[test]
    fn a_wrong_value_deep_in_a_step_names_its_field() {
        let source = lesson_with(&GOOD_CHOICE.replace("correct = true", "correct = \"ya\""));
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, langkah 1, kolom `options.correct`: isinya string \"ya\", padahal seharusnya true atau false"]
        );
    }

    #[test]
    fn a_choice_without_a_right_answer_is_refused() {
        let source = lesson_with(&GOOD_CHOICE.replace("correct = true\n", ""));
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, langkah 1, kolom `options`: tandai minimal satu jawaban benar dengan correct = true"]
        );
    }

    #[test]
    fn empty_feedback_and_repeated_options_are_refused() {
        let source = lesson_with(
            &GOOD_CHOICE
                .replace("feedback = \"Betul.\"", "feedback = \"  \"")
                .replace("\"Tidak boleh\"", "\"boleh\""),
        );
        assert_eq!(
            errors_of(&source),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `options.feedback`: tidak boleh kosong",
                "lessons/contoh.toml, langkah 1, kolom `options.text`: \"boleh\" tertulis dua kali",
            ]
        );
    }

    #[test]
    fn header_mistakes_are_all_reported_together() {
        let source = lesson_with(GOOD_CHOICE)
            .replace("id = \"contoh\"", "id = \"Contoh Saja\"")
            .replace("minutes = 5", "minutes = 0")
            .replace("learned = [\"Satu hal\"]", "learned = []");
        assert_eq!(
            errors_of(&source),
            vec![
                "lessons/contoh.toml, kolom `id`: pakai huruf kecil, angka dan tanda - saja, misalnya \"aman-bertransaksi\"",
                "lessons/contoh.toml, kolom `minutes`: isi perkiraan menit belajar, dari 1 sampai 60",
                "lessons/contoh.toml, kolom `learned`: tulis minimal satu hal yang dipelajari",
            ]
        );
    }

    #[test]
    fn the_id_must_match_the_file_name() {
        let source = lesson_with(GOOD_CHOICE).replace("id = \"contoh\"", "id = \"lain\"");
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, kolom `id`: harus sama dengan nama file: \"contoh\""]
        );
    }

    #[test]
    fn a_number_in_front_of_the_file_name_only_sets_the_order() {
        assert_eq!(
            lesson_id_of("lessons/01-kenali-jualan-online.toml"),
            "kenali-jualan-online"
        );
        assert_eq!(
            lesson_id_of("lessons/aman-bertransaksi.toml"),
            "aman-bertransaksi"
        );
        assert_eq!(lesson_id_of("lessons/1a-x.toml"), "1a-x");
        let numbered = parse_lesson(
            "lessons/07-contoh.toml",
            &lesson_with(GOOD_CHOICE),
            &REFS,
            &Shared::default(),
        );
        assert!(numbered.is_ok(), "{numbered:?}");
    }

    #[test]
    fn a_missing_picture_is_refused_and_an_existing_one_accepted() {
        let step = "[[steps]]\nkind = \"explanation\"\ntitle = \"Lihat\"\ntext = \"Ini warung.\"\npicture = { file = \"img/warung.svg\", alt = \"Warung kecil\" }\n";
        let source = lesson_with(step);
        assert_eq!(
            errors_of(&source),
            vec!["lessons/contoh.toml, langkah 1, kolom `picture.file`: gambar \"img/warung.svg\" tidak ada di folder public/"]
        );
        let refs = Refs {
            picture_exists: &|file| file == "img/warung.svg",
            ..REFS
        };
        assert!(parse_lesson(PATH, &source, &refs, &Shared::default()).is_ok());
    }

    #[test]
    fn ordering_needs_two_distinct_items() {
        let step = "[[steps]]\nkind = \"ordering\"\nquestion = \"Urutkan\"\nitems = [\"Daftar\"]\nfeedback_correct = \"Ya\"\nfeedback_wrong = \"Belum\"\n";
        assert_eq!(
            errors_of(&lesson_with(step)),
            vec!["lessons/contoh.toml, langkah 1, kolom `items`: tulis 2 sampai 8 hal untuk diurutkan"]
        );
        let hinted = step.replace(
            "[\"Daftar\"]",
            "[\"Daftar\", \"Bayar\"]\nhint = \"Mulai dari daftar.\"",
        );
        assert_eq!(
            errors_of(&lesson_with(&hinted)),
            vec!["lessons/contoh.toml, langkah 1, kolom `hint`: hapus hint: aplikasi sendiri menunjuk hal yang belum di tempatnya dan ke mana memindahkannya"]
        );
        let repeated = step.replace("[\"Daftar\"]", "[\"Daftar\", \"daftar \"]");
        assert_eq!(
            errors_of(&lesson_with(&repeated)),
            vec!["lessons/contoh.toml, langkah 1, kolom `items`: \"daftar \" tertulis dua kali"]
        );
    }

    #[test]
    fn a_post_builder_names_known_channels_and_stages() {
        let step = "[[steps]]\nkind = \"post_builder\"\ntitle = \"Buat Status\"\ntask = \"Untuk pagi ini\"\nchannel = \"whatsapp_status\"\nmust_meet = [\"attention\", \"action\"]\n";
        let lesson = parse(&lesson_with(step)).expect("good post builder");
        let Step::PostBuilder(builder) = &lesson.steps[0] else {
            panic!("expected a post builder")
        };
        assert_eq!(builder.channel, Some(crate::post::Channel::WhatsappStatus));
        assert_eq!(
            builder.must_meet,
            vec![crate::post::Stage::Attention, crate::post::Stage::Action]
        );

        let unknown_stage = step.replace("\"action\"]", "\"aksi\"]");
        assert_eq!(
            errors_of(&lesson_with(&unknown_stage)),
            vec!["lessons/contoh.toml, langkah 1, kolom `must_meet`: \"aksi\" tidak dikenal. Pilih salah satu: attention, interest, desire, action, satisfaction"]
        );

        let nothing_asked =
            step.replace("must_meet = [\"attention\", \"action\"]", "must_meet = []");
        assert_eq!(
            errors_of(&lesson_with(&nothing_asked)),
            vec!["lessons/contoh.toml, langkah 1, kolom `must_meet`: tulis minimal satu tahap AIDAS, misalnya [\"action\"]"]
        );
        let twice = step.replace("[\"attention\", \"action\"]", "[\"action\", \"action\"]");
        assert_eq!(
            errors_of(&lesson_with(&twice)),
            vec!["lessons/contoh.toml, langkah 1, kolom `must_meet`: ada tahap yang tertulis dua kali"]
        );
    }

    #[test]
    fn a_keyword_lab_names_a_category_known_searches_and_a_goal_page() {
        let step = "[[steps]]\nkind = \"keyword_lab\"\ntitle = \"Judul\"\ntask = \"Tulis judul\"\ncategory = \"makanan-ringan\"\nproduct = \"Keripik singkong\"\nsearches = [\"keripik singkong\"]\ngoal_page = 1\n";
        let lesson = parse(&lesson_with(step)).expect("good keyword lab");
        let Step::KeywordLab(lab) = &lesson.steps[0] else {
            panic!("expected a keyword lab")
        };
        assert_eq!(lab.category, crate::search::market::Category::Snacks);

        let unknown = step
            .replace(
                "[\"keripik singkong\"]",
                "[\"keripik singkong\", \"kerupuk kulit\"]",
            )
            .replace("goal_page = 1", "goal_page = 9");
        assert_eq!(
            errors_of(&lesson_with(&unknown)),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `searches`: \"kerupuk kulit\" tidak ada di lessons/data/pencarian.toml",
                "lessons/contoh.toml, langkah 1, kolom `goal_page`: isi halaman tujuan dari 1 sampai 5",
            ]
        );
        let bad_category = step.replace("makanan-ringan", "makanan");
        let errors = errors_of(&lesson_with(&bad_category));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("lessons/contoh.toml, langkah 1, kolom `category`: \"makanan\" tidak dikenal. Pilih salah satu: makanan-ringan, "), "{errors:?}");

        // The lab flags other products in a title, so the step names its own product and
        // follows searches for it only.
        assert_eq!(
            errors_of(&lesson_with(&step.replace("Keripik singkong\"", "Keripik pisang\""))),
            vec!["lessons/contoh.toml, langkah 1, kolom `searches`: \"keripik singkong\" mencari barang lain (\"singkong\"); pilih pencarian untuk barang di kolom product"]
        );
        assert_eq!(
            errors_of(&lesson_with(&step.replace("Keripik singkong\"", "Camilan enak\""))),
            vec!["lessons/contoh.toml, langkah 1, kolom `product`: sebutkan barangnya dengan kata dari product_words di lessons/data/pencarian.toml, misalnya \"keripik singkong\""]
        );
    }

    #[test]
    fn text_rules_need_exactly_one_word_list() {
        let step = "[[steps]]\nkind = \"text_answer\"\nquestion = \"Jawab\"\nfeedback_correct = \"Bagus\"\n[[steps.rules]]\nfeedback = \"Sebut OTP\"\n";
        assert_eq!(
            errors_of(&lesson_with(step)),
            vec!["lessons/contoh.toml, langkah 1, kolom `rules`: isi must_contain, must_not_contain, must_not_deny atau max_chars"]
        );
        let both = step.replace(
            "feedback = \"Sebut OTP\"",
            "must_contain = [\"otp\"]\nmust_not_contain = [\"!!\"]\nfeedback = \"Sebut OTP\"",
        );
        assert_eq!(
            errors_of(&lesson_with(&both)),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `rules`: satu aturan isi salah satu saja: must_contain, must_not_contain, must_not_deny atau max_chars",
                "lessons/contoh.toml, langkah 1, kolom `rules.must_not_contain`: ada kata yang kosong atau hanya tanda baca",
            ]
        );
        let good = step
            .replace(
                "feedback = \"Sebut OTP\"",
                "must_contain = [\"otp\"]\nfeedback = \"Sebut OTP\"",
            )
            .replace(
                "feedback_correct = \"Bagus\"\n",
                &format!(
                    "feedback_correct = \"Bagus\"\n{}",
                    examples("otp", "Sebut OTP")
                ),
            );
        assert!(
            parse(&lesson_with(&good)).is_ok(),
            "{:?}",
            parse(&lesson_with(&good))
        );
    }

    /// Eight answers with `word` to accept and eight without, refused with `feedback`.
    fn examples(word: &str, feedback: &str) -> String {
        let accept: Vec<String> = (1..=8).map(|n| format!("\"saya {word} ke-{n}\"")).collect();
        let refuse: Vec<String> = (1..=8)
            .map(|n| format!("{{ answer = \"jawaban ke-{n}\", feedback = \"{feedback}\" }}"))
            .collect();
        format!(
            "accept = [{}]\nrefuse = [{}]\n",
            accept.join(", "),
            refuse.join(", ")
        )
    }

    /// A text step that asks for "tolak" and forbids "ini kode", with `examples` before its rules.
    fn otp_step(examples: &str) -> String {
        format!(
            "[[steps]]\nkind = \"text_answer\"\nquestion = \"Ada yang minta OTP\"\nfeedback_correct = \"Bagus, tegas.\"\n{examples}\
             [[steps.rules]]\nmust_not_contain = [\"ini kode\"]\nfeedback = \"Jangan sebut kode.\"\n\
             [[steps.rules]]\nmust_contain = [\"tolak\"]\nfeedback = \"Tolak dengan tegas.\"\n"
        )
    }

    #[test]
    fn a_text_step_whose_examples_are_judged_right_is_accepted() {
        let lesson = parse(&lesson_with(&otp_step(&examples(
            "tolak",
            "Tolak dengan tegas",
        ))))
        .expect("good examples");
        let Step::TextAnswer(step) = &lesson.steps[0] else {
            panic!("expected a text step")
        };
        assert_eq!(
            step.rules.len(),
            2,
            "the examples are not part of the step the app carries"
        );
    }

    #[test]
    fn the_build_stops_when_a_refused_example_would_be_praised() {
        let praised = examples("tolak", "Tolak dengan tegas").replace(
            "{ answer = \"jawaban ke-8\"",
            "{ answer = \"Gk, sy tolak. Kodenya tiga tujuh\"",
        );
        assert_eq!(
            errors_of(&lesson_with(&otp_step(&praised))),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `refuse`: contoh \"Gk, sy tolak. Kodenya tiga tujuh\" harus ditolak dengan \"Tolak dengan tegas\", tetapi dipuji: \"Bagus, tegas.\""
            ]
        );
    }

    #[test]
    fn the_build_names_an_accepted_example_that_is_refused_and_a_refusal_with_the_wrong_reason() {
        let wrong = examples("tolak", "Tolak dengan tegas")
            .replace("\"saya tolak ke-1\"", "\"saya tidak tolak\"")
            .replace(
                "{ answer = \"jawaban ke-8\"",
                "{ answer = \"tolak, ini kodenya\"",
            );
        assert_eq!(
            errors_of(&lesson_with(&otp_step(&wrong))),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `accept`: contoh \"saya tidak tolak\" harus diterima, tetapi ditolak dengan \"Tolak dengan tegas.\"",
                "lessons/contoh.toml, langkah 1, kolom `refuse`: contoh \"tolak, ini kodenya\" harus ditolak dengan \"Tolak dengan tegas\", tetapi ditolak dengan \"Jangan sebut kode.\"",
            ]
        );
    }

    #[test]
    fn every_text_step_needs_eight_examples_each_way_written_once() {
        assert_eq!(
            errors_of(&lesson_with(&otp_step("accept = [\"saya tolak\", \"Saya  TOLAK!\"]\n"))),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `accept`: tulis minimal 8 contoh jawaban yang diterima (sekarang 2)",
                "lessons/contoh.toml, langkah 1, kolom `refuse`: tulis minimal 8 contoh jawaban yang ditolak (sekarang 0)",
                "lessons/contoh.toml, langkah 1, kolom `accept`: contoh \"Saya  TOLAK!\" tertulis dua kali",
            ]
        );
        let shapeless = otp_step("refuse = [\"jawaban\"]\n");
        let errors = errors_of(&lesson_with(&shapeless));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("lessons/contoh.toml, langkah 1, kolom `refuse`: tulis accept = [\"jawaban\", ...] dan refuse = ["), "{errors:?}");
    }

    #[test]
    fn a_word_the_glossary_does_not_allow_stops_the_build() {
        let glossary = crate::lesson::glossary::parse_glossary(
            "lessons/data/istilah.toml",
            "[[terms]]\nterm = \"keyword stuffing\"\nnever = true\ninstead = \"menjejali judul dengan kata\"\n",
        )
        .expect("good glossary");
        let shared = Shared {
            glossary,
            ..Shared::default()
        };
        let source =
            lesson_with(&GOOD_CHOICE.replace("Boleh kirim OTP?", "Apa itu keyword stuffing?"));
        assert_eq!(
            parse_lesson(PATH, &source, &REFS, &shared).unwrap_err(),
            vec!["lessons/contoh.toml, langkah 1, kolom `question`: jangan pakai \"keyword stuffing\"; tulis \"menjejali judul dengan kata\""]
        );
    }

    #[test]
    fn a_text_step_may_take_its_rules_and_examples_from_a_shared_situation() {
        let situations = crate::lesson::examples::parse_situations(
            "lessons/data/balasan.toml",
            &format!("[[situations]]\nid = \"telepon-otp\"\n{}[[situations.rules]]\nmust_contain = [\"tolak\"]\nfeedback = \"Tolak dengan tegas.\"\n", examples("tolak", "Tolak dengan tegas")),
        )
        .expect("good situation");
        let step = "[[steps]]\nkind = \"text_answer\"\nquestion = \"Ada yang minta OTP\"\nfeedback_correct = \"Bagus\"\nsituation = \"telepon-otp\"\n";
        let shared = Shared {
            situations,
            ..Shared::default()
        };
        let situations = &shared.situations;
        let lesson = parse_lesson(PATH, &lesson_with(step), &REFS, &shared)
            .expect("a situation gives the rules");
        let Step::TextAnswer(text) = &lesson.steps[0] else {
            panic!("expected a text step")
        };
        assert_eq!(*text.rules, situations[0].rules[..]);

        let unknown = step.replace("telepon-otp", "telepon");
        assert_eq!(
            parse_lesson(PATH, &lesson_with(&unknown), &REFS, &shared).unwrap_err(),
            vec!["lessons/contoh.toml, langkah 1, kolom `situation`: \"telepon\" tidak ada di lessons/data/balasan.toml. Pilih salah satu: telepon-otp"]
        );
        let both = format!("{step}[[steps.rules]]\nmust_contain = [\"x\"]\nfeedback = \"y\"\n");
        let errors = parse_lesson(PATH, &lesson_with(&both), &REFS, &shared).unwrap_err();
        assert!(
            errors[0].starts_with(
                "lessons/contoh.toml, langkah 1, kolom `situation`: langkah yang memakai situation"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn money_practices_name_the_step_and_field_of_a_mistake_inside_their_lists() {
        let steps = "[[steps]]\nkind = \"price_calculator\"\ntitle = \"Harga\"\ntask = \"Beri harga\"\n\
                     product = \"Keripik\"\npacks_per_batch = 20\npacks_per_month = 100\ntarget_margin = 20\n\
                     one_off_name = \"Sealer\"\none_off_cost = 350000\n\
                     batch = [{ name = \"Singkong\", amount = 75000 }]\n\
                     [[steps.channels]]\nname = \"WhatsApp\"\nfees = [{ name = \"QRIS\", rate = \"0,3%\" }]\n\
                     [[steps]]\nkind = \"cash_book\"\ntitle = \"Kas\"\ntask = \"Catat\"\nstarting_cash = 100000\n\
                     [[steps.events]]\nday = 1\ntext = \"Jual\"\namount = 50000\nkind = \"usaha_masuk\"\nwhy = \"Masuk\"\n\
                     [[steps.events]]\nday = 2\ntext = \"Bahan\"\namount = 20000\nkind = \"usaha_keluar\"\nwhy = \"Keluar\"\n\
                     [[steps.events]]\nday = 3\ntext = \"Jajan\"\namount = 5000\nkind = \"rumah_tangga\"\nwhy = \"Rumah\"\n";
        let lesson = parse(&lesson_with(steps)).expect("good money practices");
        let Step::PriceCalculator(calculator) = &lesson.steps[0] else {
            panic!("expected a price calculator")
        };
        assert_eq!(calculator.channels.get()[0].fees[0].rate, "0,3%");

        let bad_rate = steps.replace("rate = \"0,3%\"", "rate = \"0,3\"");
        assert_eq!(
            errors_of(&lesson_with(&bad_rate)),
            vec!["lessons/contoh.toml, langkah 1, kolom `channels[1].fees[1].rate`: tulis persen seperti \"8%\" atau \"2,5%\" (paling banyak 100%)"]
        );
        let late_day = steps.replace("day = 2", "day = 9");
        assert_eq!(
            errors_of(&lesson_with(&late_day)),
            vec!["lessons/contoh.toml, langkah 2, kolom `events[2].day`: tulis hari ke-1 (Senin) sampai ke-7 (Minggu)"]
        );
        // A misspelt field inside a list is refused by the reader, with its line.
        let typo = steps.replace("amount = 75000", "amont = 75000");
        let errors = errors_of(&lesson_with(&typo));
        assert!(errors[0].contains("amont"), "{errors:?}");
    }

    #[test]
    fn checkout_and_seller_practices_need_a_title_and_a_task() {
        let steps = "[[steps]]\nkind = \"checkout\"\ntitle = \"Belanja\"\ntask = \"Beli keripik\"\nhint = \"Pilih alamat dulu.\"\n\
                     [[steps]]\nkind = \"seller_orders\"\ntitle = \"Pesanan masuk\"\ntask = \"Kirim pesanan\"\n";
        let lesson = parse(&lesson_with(steps)).expect("good practices");
        let Step::Checkout(checkout) = &lesson.steps[0] else {
            panic!("expected a checkout")
        };
        assert_eq!(checkout.hint.as_deref(), Some("Pilih alamat dulu."));
        assert!(matches!(&lesson.steps[1], Step::SellerOrders(s) if s.task == "Kirim pesanan"));

        let blank = steps
            .replace("task = \"Beli keripik\"", "task = \" \"")
            .replace("hint = \"Pilih alamat dulu.\"", "hint = \"\"");
        assert_eq!(
            errors_of(&lesson_with(&blank)),
            vec![
                "lessons/contoh.toml, langkah 1, kolom `task`: tidak boleh kosong",
                "lessons/contoh.toml, langkah 1, kolom `hint`: tidak boleh kosong",
            ]
        );
        let no_title = steps.replace("title = \"Pesanan masuk\"\n", "");
        assert_eq!(
            errors_of(&lesson_with(&no_title)),
            vec!["lessons/contoh.toml, langkah 2, kolom `title`: belum diisi"]
        );
        let extra = steps.replace(
            "task = \"Kirim pesanan\"",
            "task = \"Kirim pesanan\"\nproduk = \"sambal\"",
        );
        assert_eq!(
            errors_of(&lesson_with(&extra)),
            vec!["lessons/contoh.toml, langkah 2, kolom `produk`: \"produk\" tidak dikenal (salah ketik?). Yang boleh: title, task, hint, trainer_note"]
        );
    }

    #[test]
    fn a_trainer_note_is_kept_for_the_trainer_and_must_be_short_and_filled() {
        let noted = GOOD_CHOICE.replace("[[steps.options]]\ntext = \"Boleh\"", "trainer_note = \"Tanyakan dulu siapa yang pernah ditelepon.\"\n[[steps.options]]\ntext = \"Boleh\"");
        let lesson = parse(&lesson_with(&noted)).expect("a note is allowed");
        assert_eq!(
            lesson.steps[0].trainer_note(),
            Some("Tanyakan dulu siapa yang pernah ditelepon.")
        );
        assert_eq!(
            parse(&lesson_with(GOOD_CHOICE)).expect("good lesson").steps[0].trainer_note(),
            None
        );

        let with_note = |note: &str| {
            lesson_with(&format!("[[steps]]\nkind = \"explanation\"\ntitle = \"Halo\"\ntext = \"Isi\"\ntrainer_note = \"\"\"\n{note}\n\"\"\"\n"))
        };
        assert!(
            parse(&with_note(&"é".repeat(400))).is_ok(),
            "400 letters fit, however many bytes"
        );
        assert_eq!(
            errors_of(&with_note(&"a".repeat(401))),
            vec!["lessons/contoh.toml, langkah 1, kolom `trainer_note`: tulis paling banyak 400 huruf; sekarang 401 huruf"]
        );
        assert_eq!(
            errors_of(&with_note("  ")),
            vec!["lessons/contoh.toml, langkah 1, kolom `trainer_note`: tidak boleh kosong"]
        );
    }
}
