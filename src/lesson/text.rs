//! Text helpers shared by checkers and screens: normalising, paragraph blocks, cutting.

/// Lower-case words, with punctuation and runs of spaces removed, so "Kode  OTP!" == "kode otp".
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A question split into its scenario and what it asks: "Bu Sari memasang foto. Termasuk
/// apa penjualan ini? Pilih semua yang benar." is ("Bu Sari memasang foto.", "Termasuk apa
/// penjualan ini? Pilih semua yang benar."). The ask starts at the last sentence with a "?",
/// or at the last sentence when none has one; the scenario is empty for one sentence.
pub fn scenario_and_ask(question: &str) -> (&str, &str) {
    let question = question.trim();
    // Where each sentence starts: 0, then after . ! or ?, a closing quote, and a space.
    let mut starts = vec![0];
    let mut chars = question.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') {
            while let Some(&(_, '"' | '\u{201d}' | ')')) = chars.peek() {
                chars.next();
            }
            if let Some(&(at, next)) = chars.peek() {
                if next.is_whitespace() {
                    starts.push(at);
                }
            }
        }
    }
    let sentence =
        |i: usize| &question[starts[i]..starts.get(i + 1).copied().unwrap_or(question.len())];
    let ask = (0..starts.len())
        .rev()
        .find(|&i| sentence(i).contains('?'))
        .unwrap_or(starts.len() - 1);
    let at = starts[ask];
    (question[..at].trim_end(), question[at..].trim_start())
}

/// A piece of explanation text as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// Splits text into paragraphs at blank lines; a paragraph whose lines all start
/// with "- " becomes a list.
pub fn blocks(text: &str) -> Vec<Block> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|chunk| !chunk.is_empty())
        .map(|chunk| {
            let lines: Vec<&str> = chunk.lines().map(str::trim).collect();
            if lines.iter().all(|l| l.starts_with("- ")) {
                Block::List(lines.iter().map(|l| l[2..].trim().to_string()).collect())
            } else {
                Block::Paragraph(lines.join(" "))
            }
        })
        .collect()
}

/// Cuts text to at most `max` characters without splitting a character.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_punctuation_and_spaces() {
        assert_eq!(normalize("  Kode   OTP!!  "), "kode otp");
        assert_eq!(normalize("WA: 0812-3456"), "wa 0812 3456");
        assert_eq!(normalize("🌶️ Sambal"), "sambal");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn blocks_split_paragraphs_and_lists() {
        let text = "Halo semua.\nIni baris kedua.\n\n- satu\n- dua\n\n\n";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Halo semua. Ini baris kedua.".into()),
                Block::List(vec!["satu".into(), "dua".into()]),
            ]
        );
    }

    #[test]
    fn a_paragraph_with_one_dash_line_stays_a_paragraph() {
        assert_eq!(
            blocks("Harga:\n- murah"),
            vec![Block::Paragraph("Harga: - murah".into())]
        );
    }

    #[test]
    fn truncate_keeps_whole_characters() {
        assert_eq!(truncate_chars("abc", 5), "abc");
        assert_eq!(truncate_chars("abcdef", 3), "abc");
        assert_eq!(truncate_chars("😀😀😀", 2), "😀😀");
    }

    #[test]
    fn a_question_is_split_into_its_scenario_and_what_it_asks() {
        assert_eq!(
            scenario_and_ask("Bu Sari memasang foto. Bu Ani memesan 3 bungkus. Termasuk apa penjualan ini? Pilih semua yang benar."),
            ("Bu Sari memasang foto. Bu Ani memesan 3 bungkus.", "Termasuk apa penjualan ini? Pilih semua yang benar.")
        );
        // No "?": the last sentence asks. A quote inside stays whole.
        assert_eq!(
            scenario_and_ask("Pembeli menulis: \"Enak. Tapi remuk.\" Tulis balasan Anda."),
            (
                "Pembeli menulis: \"Enak. Tapi remuk.\"",
                "Tulis balasan Anda."
            )
        );
        // One sentence, or prices with dots: nothing to split.
        assert_eq!(
            scenario_and_ask("Kapan uang Rp15.000 ini masuk?"),
            ("", "Kapan uang Rp15.000 ini masuk?")
        );
        assert_eq!(scenario_and_ask(""), ("", ""));
    }
}
