//! The glossary in lessons/data/istilah.toml, checked against every lesson at build time:
//! a term is written one way; a foreign word comes with its plain Indonesian meaning the
//! first time a lesson uses it; some words are never used, or never in a title.
//!
//! Only what the learner reads is checked, in the order they read it: the title, the goal,
//! each step's words (not its trainer note, rules or examples), then what was learned.

use super::authoring::read_toml;
use super::text::{blocks, normalize, Block};
use serde::Deserialize;

pub const GLOSSARY_FILE: &str = "lessons/data/istilah.toml";

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(default)]
    pub terms: Vec<Term>,
}

/// One entry of the glossary.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term as lessons write it.
    pub term: String,
    /// Other spellings of the same thing that lessons must not use.
    #[serde(default)]
    pub not: Vec<String>,
    /// Plain Indonesian words, one of which must stand near the term the first time a lesson
    /// uses it (a foreign word or an abbreviation).
    #[serde(default)]
    pub meaning: Vec<String>,
    /// The term must not be used at all; `instead` says what to write.
    #[serde(default)]
    pub never: bool,
    /// The term must not be in a title.
    #[serde(default = "yes")]
    pub in_titles: bool,
    /// What to write instead, for `never` and titles.
    #[serde(default)]
    pub instead: Option<String>,
}

fn yes() -> bool {
    true
}

/// Reads and checks the glossary; each error names the entry and field.
pub fn parse_glossary(path: &str, source: &str) -> Result<Glossary, Vec<String>> {
    let glossary: Glossary = read_toml(path, source)?;
    let mut errors = Vec::new();
    for (index, term) in glossary.terms.iter().enumerate() {
        let place = format!("{path}, istilah {} (\"{}\")", index + 1, term.term);
        if normalize(&term.term).is_empty() {
            errors.push(format!("{place}, kolom `term`: tidak boleh kosong"));
        }
        if term.never && !(term.not.is_empty() && term.meaning.is_empty()) {
            errors.push(format!(
                "{place}, kolom `never`: kata yang tidak dipakai tidak perlu `not` atau `meaning`"
            ));
        }
        if (term.never || !term.in_titles)
            && term.instead.as_deref().is_none_or(|i| i.trim().is_empty())
        {
            errors.push(format!(
                "{place}, kolom `instead`: tulis kata pengganti yang boleh dipakai"
            ));
        }
        if term
            .not
            .iter()
            .chain(&term.meaning)
            .any(|w| normalize(w).is_empty())
        {
            errors.push(format!(
                "{place}: ada kata yang kosong di `not` atau `meaning`"
            ));
        }
        if glossary.terms[..index]
            .iter()
            .any(|earlier| normalize(&earlier.term) == normalize(&term.term))
        {
            errors.push(format!(
                "{place}, kolom `term`: istilah ini sudah ada di atas"
            ));
        }
    }
    if errors.is_empty() {
        Ok(glossary)
    } else {
        Err(errors)
    }
}

/// A piece of learner text: one field, or one paragraph or list item of a longer text.
struct Piece {
    /// Step number from 1, `None` for the lesson's own fields.
    step: Option<usize>,
    field: String,
    text: String,
}

/// Fields a learner reads, in the order a step shows them. Other fields are for the app
/// (kind, category, searches), for the trainer (trainer_note) or for the checker (rules).
const SHOWN: &[&str] = &[
    "title",
    "question",
    "picture",
    "alt",
    "text",
    "task",
    "product",
    "start_title",
    "start_description",
    "placeholder",
    "items",
    "options",
    "feedback_correct",
    "feedback_wrong",
    "hint",
];

/// The glossary's mistakes in one lesson as written (`lesson` is the file's TOML), each as
/// (step from 1 or none, field, message).
pub fn glossary_errors(
    lesson: &toml::Table,
    glossary: &Glossary,
) -> Vec<(Option<usize>, String, String)> {
    let mut pieces = Vec::new();
    for field in ["title", "goal"] {
        collect(lesson.get(field), None, field, &mut pieces);
    }
    if let Some(toml::Value::Array(steps)) = lesson.get("steps") {
        for (index, step) in steps.iter().enumerate() {
            collect(Some(step), Some(index + 1), "", &mut pieces);
        }
    }
    collect(lesson.get("learned"), None, "learned", &mut pieces);

    let mut errors = Vec::new();
    let mut seen = vec![false; glossary.terms.len()];
    for piece in &pieces {
        let words = normalize(&piece.text);
        let mut error = |message: String| errors.push((piece.step, piece.field.clone(), message));
        for (term, seen) in glossary.terms.iter().zip(seen.iter_mut()) {
            if let Some(variant) = term.not.iter().find(|variant| has_words(&words, variant)) {
                error(format!("tulis \"{}\", bukan \"{variant}\"", term.term));
            }
            if !has_words(&words, &term.term) {
                continue;
            }
            let instead = term.instead.as_deref().unwrap_or_default();
            if term.never {
                error(format!(
                    "jangan pakai \"{}\"; tulis \"{instead}\"",
                    term.term
                ));
            } else if !term.in_titles && piece.field.ends_with("title") {
                error(format!(
                    "jangan pakai \"{}\" di judul; tulis \"{instead}\"",
                    term.term
                ));
            }
            if !std::mem::replace(seen, true)
                && !term.meaning.is_empty()
                && !term.meaning.iter().any(|m| has_words(&words, m))
            {
                error(format!(
                    "\"{}\" pertama kali muncul di sini tanpa artinya; tulis artinya di dekatnya, misalnya \"{}\"",
                    term.term, term.meaning[0]
                ));
            }
        }
    }
    errors
}

/// Walks a value as the learner reads it, one piece per field, paragraph or list item.
fn collect(value: Option<&toml::Value>, step: Option<usize>, field: &str, pieces: &mut Vec<Piece>) {
    match value {
        Some(toml::Value::String(text)) => {
            for block in blocks(text) {
                let parts = match block {
                    Block::Paragraph(paragraph) => vec![paragraph],
                    Block::List(items) => items,
                };
                pieces.extend(parts.into_iter().map(|text| Piece {
                    step,
                    field: field.to_string(),
                    text,
                }));
            }
        }
        Some(toml::Value::Array(items)) => items
            .iter()
            .for_each(|item| collect(Some(item), step, field, pieces)),
        Some(toml::Value::Table(table)) => {
            for key in SHOWN.iter().filter(|key| table.contains_key(**key)) {
                let name = if field.is_empty() {
                    key.to_string()
                } else {
                    format!("{field}.{key}")
                };
                collect(table.get(*key), step, &name, pieces);
            }
        }
        _ => {}
    }
}

/// Whether `phrase` stands in `words` (normalised) as whole words.
fn has_words(words: &str, phrase: &str) -> bool {
    let phrase = normalize(phrase);
    !phrase.is_empty()
        && words.match_indices(&phrase).any(|(at, _)| {
            let end = at + phrase.len();
            (at == 0 || words.as_bytes()[at - 1] == b' ')
                && (end == words.len() || words.as_bytes()[end] == b' ')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLOSSARY: &str = r#"
[[terms]]
term = "dompet digital"
not = ["dompet elektronik"]

[[terms]]
term = "marketplace"
meaning = ["pasar online"]

[[terms]]
term = "keyword stuffing"
never = true
instead = "menjejali judul dengan kata"

[[terms]]
term = "checkout"
meaning = ["selesai belanja"]
in_titles = false
instead = "belanja"
"#;

    fn errors(lesson: &str) -> Vec<String> {
        let glossary = parse_glossary(GLOSSARY_FILE, GLOSSARY).expect("good glossary");
        let table: toml::Table = toml::from_str(lesson).expect("a lesson");
        glossary_errors(&table, &glossary)
            .into_iter()
            .map(|(step, field, message)| {
                format!(
                    "{}{field}: {message}",
                    step.map_or(String::new(), |s| format!("langkah {s}, "))
                )
            })
            .collect()
    }

    #[test]
    fn a_foreign_word_needs_its_meaning_the_first_time_only() {
        let lesson = r#"
title = "Jualan"
goal = "Paham marketplace (pasar online)."
learned = ["Marketplace itu ramai."]
[[steps]]
kind = "explanation"
title = "Marketplace"
text = "Di marketplace banyak toko."
"#;
        assert!(errors(lesson).is_empty(), "{:?}", errors(lesson));
        let without = lesson.replace(" (pasar online)", "");
        assert_eq!(errors(&without), ["goal: \"marketplace\" pertama kali muncul di sini tanpa artinya; tulis artinya di dekatnya, misalnya \"pasar online\""]);
    }

    #[test]
    fn the_meaning_must_be_in_the_same_paragraph_or_list_item() {
        let lesson = "title = \"Jualan\"\n[[steps]]\nkind = \"explanation\"\ntitle = \"Pasar\"\ntext = \"\"\"\n- Marketplace ramai.\n- Pasar online itu di HP.\n\"\"\"\n";
        assert_eq!(errors(lesson), ["langkah 1, text: \"marketplace\" pertama kali muncul di sini tanpa artinya; tulis artinya di dekatnya, misalnya \"pasar online\""]);
    }

    #[test]
    fn other_spellings_words_never_used_and_words_kept_out_of_titles_are_named() {
        let lesson = r#"
title = "Simulasi Checkout"
[[steps]]
kind = "choice"
question = "Dompet elektronik atau tunai?"
trainer_note = "Istilah keyword stuffing boleh di catatan pelatih."
[[steps.options]]
text = "Hindari keyword stuffing"
feedback = "Checkout artinya selesai belanja."
"#;
        assert_eq!(
            errors(lesson),
            [
                "title: jangan pakai \"checkout\" di judul; tulis \"belanja\"",
                "title: \"checkout\" pertama kali muncul di sini tanpa artinya; tulis artinya di dekatnya, misalnya \"selesai belanja\"",
                "langkah 1, question: tulis \"dompet digital\", bukan \"dompet elektronik\"",
                "langkah 1, options.text: jangan pakai \"keyword stuffing\"; tulis \"menjejali judul dengan kata\"",
            ]
        );
    }

    #[test]
    fn words_match_whole_and_what_the_learner_never_reads_is_not_checked() {
        let lesson = r#"
title = "Toko"
[[steps]]
kind = "text_answer"
question = "Tulis checkoutnya"
accept = ["keyword stuffing"]
[[steps.rules]]
must_contain = ["dompet elektronik"]
feedback = "Tulis."
"#;
        assert!(errors(lesson).is_empty(), "{:?}", errors(lesson));
    }

    #[test]
    fn a_broken_glossary_names_the_entry() {
        let source =
            "[[terms]]\nterm = \"DM\"\nnever = true\n[[terms]]\nterm = \"dm\"\nmeaning = [\" \"]\n";
        assert_eq!(
            parse_glossary(GLOSSARY_FILE, source).unwrap_err(),
            [
                "lessons/data/istilah.toml, istilah 1 (\"DM\"), kolom `instead`: tulis kata pengganti yang boleh dipakai",
                "lessons/data/istilah.toml, istilah 2 (\"dm\"): ada kata yang kosong di `not` atau `meaning`",
                "lessons/data/istilah.toml, istilah 2 (\"dm\"), kolom `term`: istilah ini sudah ada di atas",
            ]
        );
    }
}
