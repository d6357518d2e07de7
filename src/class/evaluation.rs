//! The short end-of-course evaluation, written by a trainer in lessons/data/evaluasi.toml
//! like a lesson: did it help, what was hard, confidence before and after.
//!
//! Also compiled into build.rs (via `#[path]`), which checks the file.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    pub title: String,
    pub intro: String,
    pub questions: Vec<EvaluationQuestion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationQuestion {
    pub question: String,
    /// A column heading for the report, e.g. "Membantu?".
    pub short: String,
    pub options: Vec<String>,
}

/// Progress cards keep up to 7 questions with up to 7 options each (3 bits apiece); the
/// course asks fewer so learners finish it.
pub const QUESTIONS: std::ops::RangeInclusive<usize> = 3..=5;
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=7;
#[cfg(not(target_arch = "wasm32"))]
const TEXT_MAX_CHARS: usize = 160;

impl Evaluation {
    pub fn options_per_question(&self) -> Vec<usize> {
        self.questions.iter().map(|q| q.options.len()).collect()
    }
}

/// Reads and checks the evaluation file; each error names the file, question and field.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_evaluation(path: &str, source: &str) -> Result<Evaluation, Vec<String>> {
    let evaluation: Evaluation = toml::from_str(source).map_err(|e| {
        let line = e.span().map_or(1, |span| {
            source[..span.start.min(source.len())].matches('\n').count() + 1
        });
        vec![format!("{path}, baris {line}: {}", e.message().trim())]
    })?;
    let mut errors = Vec::new();
    let mut need_text = |place: &str, field: &str, text: &str| {
        if text.trim().is_empty() {
            errors.push(format!("{path}, {place}kolom `{field}`: belum diisi"));
        } else if text.chars().count() > TEXT_MAX_CHARS {
            errors.push(format!("{path}, {place}kolom `{field}`: terlalu panjang, paling banyak {TEXT_MAX_CHARS} huruf"));
        }
    };
    need_text("", "title", &evaluation.title);
    need_text("", "intro", &evaluation.intro);
    for (index, question) in evaluation.questions.iter().enumerate() {
        let place = format!("pertanyaan {}, ", index + 1);
        need_text(&place, "question", &question.question);
        need_text(&place, "short", &question.short);
        for option in &question.options {
            need_text(&place, "options", option);
        }
    }
    for (index, question) in evaluation.questions.iter().enumerate() {
        if !OPTIONS.contains(&question.options.len()) {
            errors.push(format!(
                "{path}, pertanyaan {}, kolom `options`: tulis {} sampai {} pilihan (sekarang {})",
                index + 1,
                OPTIONS.start(),
                OPTIONS.end(),
                question.options.len()
            ));
        }
    }
    if !QUESTIONS.contains(&evaluation.questions.len()) {
        errors.push(format!(
            "{path}: tulis {} sampai {} pertanyaan di bawah [[questions]] (sekarang {})",
            QUESTIONS.start(),
            QUESTIONS.end(),
            evaluation.questions.len()
        ));
    }
    if errors.is_empty() {
        Ok(evaluation)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = "lessons/data/evaluasi.toml";

    fn file(questions: &str) -> String {
        format!("title = \"Evaluasi\"\nintro = \"Jawab jujur.\"\n{questions}")
    }

    fn question(text: &str, options: &str) -> String {
        format!(
            "[[questions]]\nquestion = \"{text}\"\nshort = \"Singkat\"\noptions = [{options}]\n"
        )
    }

    #[test]
    fn a_good_file_reads() {
        let source = file(
            &[
                question("A?", "\"Ya\", \"Tidak\""),
                question("B?", "\"1\", \"2\", \"3\""),
                question("C?", "\"x\", \"y\""),
            ]
            .concat(),
        );
        let evaluation = parse_evaluation(PATH, &source).unwrap();
        assert_eq!(evaluation.options_per_question(), [2, 3, 2]);
    }

    #[test]
    fn mistakes_name_the_question_and_field() {
        let source = file(
            &[
                question("", "\"Ya\", \"Tidak\""),
                question("B?", "\"Ya\""),
                question("C?", "\"x\", \"\""),
            ]
            .concat(),
        );
        let errors = parse_evaluation(PATH, &source).unwrap_err();
        assert_eq!(
            errors,
            [
                "lessons/data/evaluasi.toml, pertanyaan 1, kolom `question`: belum diisi",
                "lessons/data/evaluasi.toml, pertanyaan 3, kolom `options`: belum diisi",
                "lessons/data/evaluasi.toml, pertanyaan 2, kolom `options`: tulis 2 sampai 7 pilihan (sekarang 1)",
            ]
        );
        let too_few =
            parse_evaluation(PATH, &file(&question("A?", "\"Ya\", \"Tidak\""))).unwrap_err();
        assert_eq!(too_few, ["lessons/data/evaluasi.toml: tulis 3 sampai 5 pertanyaan di bawah [[questions]] (sekarang 1)"]);
        let unknown =
            parse_evaluation(PATH, "title = \"E\"\nintro = \"I\"\njudul = 1\n").unwrap_err();
        assert!(
            unknown[0].starts_with("lessons/data/evaluasi.toml, baris 3: unknown field `judul`"),
            "{unknown:?}"
        );
    }
}
