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
}
