//! Words as the practice marketplace's search sees them. Shoppers type fast on small
//! keyboards: "kripik", "sambel", "pedesss", "oleh2". Search treats each of those as the
//! usual spelling, so a listing is found however the shopper wrote the word.
//!
//! Steps, in order: lower case; anything but letters, digits and "-" separates words;
//! a doubled word ("oleh-oleh", "oleh2", "kue-kue") is one word; digits and letters are
//! split ("250gr" is "250" and "gr"); three or more of the same letter become one
//! ("enakkk" is "enak"; two stay, as in "saat" or "coffee"); the suffix "-nya" goes
//! ("pedasnya" is "pedas"); the spelling table below picks the usual spelling; finally
//! small words such as "dan" and "yang" are dropped.
//!
//! Also compiled into build.rs (the data check uses it), so it depends on nothing else.

/// One word after normalisation, with how it was written (lower case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The usual spelling: "keripik" for "Kripik", "oleh-oleh" for "oleh2".
    pub token: String,
    /// As written, lower case: "kripik", "oleh2", "oleh oleh".
    pub written: String,
}

/// Other spellings people type, and the spelling search uses for them.
const SPELLINGS: &[(&str, &str)] = &[
    ("kripik", "keripik"),
    ("krupuk", "kerupuk"),
    ("pedes", "pedas"),
    ("sambel", "sambal"),
    ("cemilan", "camilan"),
    ("coklat", "cokelat"),
    ("kueh", "kue"),
    ("kaus", "kaos"),
    ("brownis", "brownies"),
    ("instant", "instan"),
    ("arabica", "arabika"),
    ("ori", "original"),
    ("orisinal", "original"),
    ("bwg", "bawang"),
    ("bwng", "bawang"),
    // "ole-ole" and "ole2" are common ways of writing "oleh-oleh".
    ("ole", "oleh"),
    ("yogya", "jogja"),
    ("yogyakarta", "jogja"),
    ("jogjakarta", "jogja"),
    ("g", "gram"),
    ("gr", "gram"),
    ("grm", "gram"),
    ("kilo", "kg"),
    ("kilogram", "kg"),
    ("ltr", "liter"),
    ("pc", "pcs"),
];

/// Words that mean something only doubled: "oleh-oleh" (souvenir food) is not "oleh" (by).
/// Written "oleh-oleh", "oleh2" or "oleh oleh", they become one word "oleh-oleh". Other
/// doubled words are plurals and mean the same as the single word: "kue-kue" is "kue".
const ONLY_DOUBLED: &[&str] = &[
    "oleh", "onde", "gado", "ondel", "kupu", "kura", "ubur", "lumba",
];

/// Units of size, in their usual spelling.
pub const UNITS: &[&str] = &["gram", "kg", "ml", "liter", "pcs"];

/// Small words that say nothing about the product. "oleh" alone ("by") is one of them.
pub const STOP_WORDS: &[&str] = &[
    "dan", "yang", "yg", "di", "ke", "dari", "dr", "untuk", "utk", "buat", "dengan", "dgn", "atau",
    "ini", "itu", "juga", "jg", "ada", "oleh", "pada", "para", "the", "and", "of", "for", "with",
];

/// The words of `text` that search looks at, in order, stop words left out.
pub fn words(text: &str) -> Vec<Word> {
    let lower = text.to_lowercase();
    let mut found: Vec<Word> = Vec::new();
    for piece in lower.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        for word in piece_words(piece) {
            match found.last_mut() {
                // "oleh oleh": two of a doubled-only word in a row are one word.
                Some(last)
                    if last.token == word.token && ONLY_DOUBLED.contains(&word.token.as_str()) =>
                {
                    last.token = format!("{0}-{0}", word.token);
                    last.written = format!("{} {}", last.written, word.written);
                }
                _ => found.push(word),
            }
        }
    }
    found.retain(|word| !STOP_WORDS.contains(&word.token.as_str()));
    found
}

/// Just the usual spellings of `text`'s words.
pub fn tokens(text: &str) -> Vec<String> {
    words(text).into_iter().map(|word| word.token).collect()
}

/// One run of letters, digits and dashes: "oleh-oleh", "250gr", "t-shirt".
fn piece_words(piece: &str) -> Vec<Word> {
    let parts: Vec<&str> = piece.split('-').filter(|part| !part.is_empty()).collect();
    if let [first, second] = parts[..] {
        if canonical(first) == canonical(second) {
            return vec![doubled(first, piece)];
        }
    }
    let mut words = Vec::new();
    for part in parts {
        match part.strip_suffix('2') {
            Some(base) if base.chars().count() >= 2 && base.chars().all(char::is_alphabetic) => {
                words.push(doubled(base, part))
            }
            _ => words.extend(letter_and_digit_runs(part).into_iter().map(|run| Word {
                token: canonical(run),
                written: run.to_string(),
            })),
        }
    }
    words
}

fn doubled(base: &str, written: &str) -> Word {
    let token = canonical(base);
    let token = if ONLY_DOUBLED.contains(&token.as_str()) {
        format!("{token}-{token}")
    } else {
        token
    };
    Word {
        token,
        written: written.to_string(),
    }
}

/// "250gr" is "250" and "gr"; "1kg" is "1" and "kg".
fn letter_and_digit_runs(part: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut previous_digit = None;
    for (at, c) in part.char_indices() {
        let digit = c.is_ascii_digit();
        if previous_digit.is_some_and(|was| was != digit) {
            runs.push(&part[start..at]);
            start = at;
        }
        previous_digit = Some(digit);
    }
    if start < part.len() {
        runs.push(&part[start..]);
    }
    runs
}

/// The usual spelling of one lower-case word.
fn canonical(word: &str) -> String {
    let squeezed = squeeze_letters(word);
    let stem = strip_nya(&squeezed);
    match SPELLINGS.iter().find(|(other, _)| *other == stem) {
        Some((_, usual)) => (*usual).to_string(),
        None => stem.to_string(),
    }
}

/// Three or more of the same letter become one: "enakkk" is "enak", "pedesss" is "pedes".
/// Digits are left alone: "1000" stays "1000".
fn squeeze_letters(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let run = chars[at..].iter().take_while(|&&other| other == c).count();
        let keep = if c.is_alphabetic() && run >= 3 {
            1
        } else {
            run
        };
        out.extend(std::iter::repeat_n(c, keep));
        at += run;
    }
    out
}

/// "pedasnya" is "pedas". At least three letters must remain: "tanya" and "punya" stay.
fn strip_nya(word: &str) -> &str {
    match word.strip_suffix("nya") {
        Some(stem) if stem.chars().count() >= 3 => stem,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Vec<String> {
        tokens(text)
    }

    #[test]
    fn lower_case_and_punctuation_are_ignored() {
        assert_eq!(
            t("KERIPIK Singkong, Pedas!!! (Renyah)"),
            ["keripik", "singkong", "pedas", "renyah"]
        );
        assert_eq!(t("🌶️ Sambal ⭐ Bawang 🔥"), ["sambal", "bawang"]);
        assert_eq!(t(""), Vec::<String>::new());
        assert_eq!(t("!!! ... ---"), Vec::<String>::new());
    }

    #[test]
    fn each_spelling_variant_becomes_the_usual_one() {
        for (written, usual) in [
            ("kripik", "keripik"),
            ("krupuk", "kerupuk"),
            ("pedes", "pedas"),
            ("sambel", "sambal"),
            ("cemilan", "camilan"),
            ("coklat", "cokelat"),
            ("kaus", "kaos"),
            ("ori", "original"),
            ("gr", "gram"),
            ("grm", "gram"),
            ("kilo", "kg"),
            ("yogyakarta", "jogja"),
        ] {
            assert_eq!(t(written), [usual], "{written}");
        }
        // The usual spelling is left as it is.
        assert_eq!(
            t("keripik kerupuk pedas sambal gram"),
            ["keripik", "kerupuk", "pedas", "sambal", "gram"]
        );
    }

    #[test]
    fn oleh_oleh_is_one_word_however_it_is_written() {
        for written in [
            "oleh-oleh",
            "Oleh2",
            "oleh oleh",
            "OLEH OLEH",
            "ole-ole",
            "ole2",
        ] {
            assert_eq!(
                t(&format!("{written} malang")),
                ["oleh-oleh", "malang"],
                "{written}"
            );
        }
        // Alone, "oleh" means "by" and says nothing about the product.
        assert_eq!(t("dibuat oleh ibu"), ["dibuat", "ibu"]);
    }

    #[test]
    fn other_doubled_words_are_the_single_word() {
        assert_eq!(t("kue-kue kering"), ["kue", "kering"]);
        assert_eq!(t("kue2 lebaran"), ["kue", "lebaran"]);
        // Two different words joined by a dash stay two words.
        assert_eq!(
            t("t-shirt sayur-sayuran"),
            ["t", "shirt", "sayur", "sayuran"]
        );
    }

    #[test]
    fn sizes_are_split_from_their_numbers() {
        assert_eq!(t("Keripik 250gr"), ["keripik", "250", "gram"]);
        assert_eq!(t("keripik 250 gram"), ["keripik", "250", "gram"]);
        assert_eq!(t("beras 5kg"), ["beras", "5", "kg"]);
        assert_eq!(t("1000ml"), ["1000", "ml"]);
    }

    #[test]
    fn repeated_letters_are_squeezed_but_double_letters_kept() {
        assert_eq!(t("enakkk bangettt"), ["enak", "banget"]);
        assert_eq!(t("pedesss"), ["pedas"]);
        assert_eq!(t("maaf saat coffee"), ["maaf", "saat", "coffee"]);
        assert_eq!(
            t("enakk"),
            ["enakk"],
            "two letters could be a real spelling, so they stay"
        );
    }

    #[test]
    fn the_nya_suffix_goes_when_a_word_remains() {
        assert_eq!(
            t("pedasnya renyahnya kripiknya"),
            ["pedas", "renyah", "keripik"]
        );
        assert_eq!(t("tanya punya"), ["tanya", "punya"]);
    }

    #[test]
    fn stop_words_are_dropped() {
        assert_eq!(
            t("keripik yang renyah dan gurih untuk oleh-oleh di rumah"),
            ["keripik", "renyah", "gurih", "oleh-oleh", "rumah"]
        );
        assert_eq!(t("dan yang di untuk"), Vec::<String>::new());
        assert_eq!(t("yg utk dgn"), Vec::<String>::new());
    }

    #[test]
    fn words_remember_how_they_were_written() {
        let found = words("Kripik pedes oleh oleh");
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|w| (w.written.as_str(), w.token.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("kripik", "keripik"),
                ("pedes", "pedas"),
                ("oleh oleh", "oleh-oleh")
            ]
        );
    }

    #[test]
    fn any_text_is_handled() {
        let long = "Keripik🌶️-".repeat(5_000);
        assert_eq!(t(&long).len(), 5_000);
        assert_eq!(t("-oleh- --2 222 2"), ["2", "222", "2"]);
        assert_eq!(t("İSTANBUL ÇAY"), t("i̇stanbul çay"));
    }
}
