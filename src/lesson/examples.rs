//! Example answers, checked at build time: every typed answer a lesson or simulator checks
//! lists answers that must be accepted and answers that must be refused, each refused one
//! with the feedback it should get. The build runs each through the real checker
//! (`check::check_rules`) and stops, naming file, step and example, when one is judged
//! wrongly. Runs at build time only; the app carries no examples.
//!
//! A situation that comes up in several places (the crushed-keripik complaint in two lessons
//! and in the seller practice) is written once in lessons/data/balasan.toml, so it is judged
//! the same wherever it appears.

use super::authoring::read_toml;
use super::check::check_rules;
use super::source::rules_source;
use super::text::normalize;
use super::validate::text_answer_errors;
use super::{TextAnswer, TextRule};
use serde::Deserialize;

/// Where the shared situations are written.
pub const SITUATIONS_FILE: &str = "lessons/data/balasan.toml";

/// Every text step and situation lists at least this many accepted and refused answers.
pub const MIN_ACCEPTED: usize = 8;
pub const MIN_REFUSED: usize = 8;

/// The examples of one text step or situation, as written in its file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Answers a learner may write that must be accepted.
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub refuse: Vec<Refused>,
}

/// An answer that must be refused, and the start of the first feedback line it must get.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refused {
    pub answer: String,
    pub feedback: String,
}

/// A written reply judged the same wherever it is asked, from lessons/data/balasan.toml.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    pub id: String,
    pub rules: Vec<TextRule>,
    /// The rules as written, for a lesson step that uses the situation.
    pub written_rules: toml::Value,
}

/// The mistakes in `examples` judged by `rules`, one sentence each, for the trainer.
/// `praise` is what a right answer is told.
pub fn example_errors(
    rules: &[TextRule],
    praise: &str,
    examples: &Examples,
) -> Vec<(&'static str, String)> {
    let mut errors = Vec::new();
    if examples.accept.len() < MIN_ACCEPTED {
        let message = format!(
            "tulis minimal {MIN_ACCEPTED} contoh jawaban yang diterima (sekarang {})",
            examples.accept.len()
        );
        errors.push(("accept", message));
    }
    if examples.refuse.len() < MIN_REFUSED {
        let message = format!(
            "tulis minimal {MIN_REFUSED} contoh jawaban yang ditolak (sekarang {})",
            examples.refuse.len()
        );
        errors.push(("refuse", message));
    }
    let answers = examples
        .accept
        .iter()
        .chain(examples.refuse.iter().map(|r| &r.answer));
    for (i, answer) in answers.clone().enumerate() {
        if answers
            .clone()
            .take(i)
            .any(|earlier| normalize(earlier) == normalize(answer))
        {
            errors.push(("accept", format!("contoh \"{answer}\" tertulis dua kali")));
        }
    }
    for answer in &examples.accept {
        let verdict = check_rules(rules, answer);
        if let Some(first) = verdict.unmet.first() {
            errors.push((
                "accept",
                format!("contoh \"{answer}\" harus diterima, tetapi ditolak dengan \"{first}\""),
            ));
        }
    }
    for refused in &examples.refuse {
        let expected = refused.feedback.trim();
        if expected.is_empty() {
            errors.push((
                "refuse.feedback",
                format!(
                    "tulis pesan yang harus didapat contoh \"{}\"",
                    refused.answer
                ),
            ));
            continue;
        }
        let verdict = check_rules(rules, &refused.answer);
        match verdict.unmet.first() {
            None => errors.push((
                "refuse",
                format!("contoh \"{}\" harus ditolak dengan \"{expected}\", tetapi dipuji: \"{praise}\"", refused.answer),
            )),
            Some(first) if !first.starts_with(expected) => errors.push((
                "refuse",
                format!("contoh \"{}\" harus ditolak dengan \"{expected}\", tetapi ditolak dengan \"{first}\"", refused.answer),
            )),
            Some(_) => {}
        }
    }
    errors
}

/// Takes the examples (and a situation's rules) out of a text step as written, so the rest
/// reads as the lesson model. Errors name the field.
pub fn take_examples(
    step: &mut toml::Table,
    situations: &[Situation],
) -> Result<Option<Examples>, (&'static str, String)> {
    if step.get("kind").and_then(toml::Value::as_str) != Some("text_answer") {
        return Ok(None);
    }
    let situation = match step.remove("situation") {
        None => None,
        Some(toml::Value::String(id)) => match situations.iter().find(|s| s.id == id) {
            Some(situation) => Some(situation),
            None => {
                let known: Vec<&str> = situations.iter().map(|s| s.id.as_str()).collect();
                return Err((
                    "situation",
                    format!(
                        "\"{id}\" tidak ada di lessons/data/balasan.toml. Pilih salah satu: {}",
                        known.join(", ")
                    ),
                ));
            }
        },
        Some(_) => {
            return Err((
                "situation",
                "tulis nama situasi di antara tanda kutip, misalnya \"keluhan-remuk\"".into(),
            ))
        }
    };
    let accept = step.remove("accept");
    let refuse = step.remove("refuse");
    if let Some(situation) = situation {
        if step.contains_key("rules") || accept.is_some() || refuse.is_some() {
            let message = "langkah yang memakai situation sudah mendapat aturan dan contohnya dari lessons/data/balasan.toml; hapus rules, accept dan refuse";
            return Err(("situation", message.into()));
        }
        step.insert("rules".into(), situation.written_rules.clone());
        // The situation's own examples were checked when its file was read.
        return Ok(None);
    }
    let mut table = toml::Table::new();
    table.extend(accept.map(|value| ("accept".to_string(), value)));
    table.extend(refuse.map(|value| ("refuse".to_string(), value)));
    toml::Value::Table(table)
        .try_into()
        .map(Some)
        .map_err(|e: toml::de::Error| ("refuse", examples_shape(e.message())))
}

fn examples_shape(message: &str) -> String {
    format!(
        "tulis accept = [\"jawaban\", ...] dan refuse = [{{ answer = \"jawaban\", feedback = \"awal pesan\" }}, ...] ({})",
        message.trim()
    )
}

/// Reads lessons/data/balasan.toml: the situations, their rules and examples, checked.
pub fn parse_situations(path: &str, source: &str) -> Result<Vec<Situation>, Vec<String>> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        situations: Vec<toml::Table>,
    }
    let file: File = read_toml(path, source)?;
    let mut errors = Vec::new();
    let mut situations = Vec::new();
    for (index, mut table) in file.situations.into_iter().enumerate() {
        let id = table
            .remove("id")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let place = format!("{path}, situasi {} (\"{id}\")", index + 1);
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            errors.push(format!("{place}, kolom `id`: tulis nama dengan huruf kecil, angka dan tanda -, misalnya \"keluhan-remuk\""));
        } else if situations.iter().any(|s: &Situation| s.id == id) {
            errors.push(format!(
                "{place}, kolom `id`: nama ini sudah dipakai situasi lain"
            ));
        }
        let written_rules = table
            .remove("rules")
            .unwrap_or(toml::Value::Array(Vec::new()));
        let rules: Vec<TextRule> = match written_rules.clone().try_into() {
            Ok(rules) => rules,
            Err(e) => {
                errors.push(format!("{place}, kolom `rules`: {}", e.message().trim()));
                continue;
            }
        };
        let examples: Examples = match toml::Value::Table(table).try_into() {
            Ok(examples) => examples,
            Err(e) => {
                errors.push(format!("{place}: {}", examples_shape(e.message())));
                continue;
            }
        };
        let step = TextAnswer {
            question: id.clone().into(),
            placeholder: None,
            rules: rules.clone().into(),
            feedback_correct: "-".into(),
            hint: None,
            trainer_note: None,
        };
        errors.extend(
            text_answer_errors(&step)
                .iter()
                .map(|e| format!("{place}, {e}")),
        );
        let praise = "semua aturan terpenuhi";
        errors.extend(
            example_errors(&rules, praise, &examples)
                .into_iter()
                .map(|(field, message)| format!("{place}, kolom `{field}`: {message}")),
        );
        situations.push(Situation {
            id,
            rules,
            written_rules,
        });
    }
    if errors.is_empty() {
        Ok(situations)
    } else {
        Err(errors)
    }
}

/// The situations as one Rust expression of type `&'static [(&'static str, &'static [TextRule])]`
/// for the simulators that ask for a written reply (`shop::chat`).
pub fn situations_source(situations: &[Situation]) -> String {
    let items: Vec<String> = situations
        .iter()
        .map(|s| format!("({:?}, {})", s.id, rules_source(&s.rules)))
        .collect();
    format!("&[{}]", items.join(", "))
}
