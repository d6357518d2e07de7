//! How people really write in chat, as the one table every checker reads: chat spellings
//! and common synonyms written out ("gk bs" is "tidak bisa"), number words as digits ("tiga
//! tujuh" is "3 7"), and the words that turn what follows into its opposite ("tidak bisa
//! diganti").
//!
//! Entries are written normalised (see `text::normalize`): lower case, single spaces.

use super::text::normalize;

/// A chat spelling or synonym, and the word the checkers read instead. A key may be two
/// words ("terima kasih"); "terimakasih" is one word so that its "kasih" is never read as
/// "give".
pub const SAME_AS: &[(&str, &str)] = &[
    // saying no
    ("tdk", "tidak"),
    ("tak", "tidak"),
    ("gak", "tidak"),
    ("ga", "tidak"),
    ("gk", "tidak"),
    ("gag", "tidak"),
    ("nggak", "tidak"),
    ("ngga", "tidak"),
    ("nggk", "tidak"),
    ("enggak", "tidak"),
    ("engga", "tidak"),
    ("ndak", "tidak"),
    ("gaada", "tidak ada"),
    ("gada", "tidak ada"),
    ("gabisa", "tidak bisa"),
    ("gbs", "tidak bisa"),
    ("gamau", "tidak mau"),
    ("gausah", "tidak usah"),
    ("ogah", "tidak mau"),
    ("emoh", "tidak mau"),
    ("blm", "belum"),
    ("jgn", "jangan"),
    ("jngn", "jangan"),
    ("bkn", "bukan"),
    // everyday short forms
    ("yg", "yang"),
    ("byk", "banyak"),
    ("bnyk", "banyak"),
    ("bs", "bisa"),
    ("bsa", "bisa"),
    ("sy", "saya"),
    ("hr", "hari"),
    ("lbh", "lebih"),
    ("krn", "karena"),
    ("karna", "karena"),
    ("jd", "jadi"),
    ("jdi", "jadi"),
    ("udh", "sudah"),
    ("udah", "sudah"),
    ("sdh", "sudah"),
    ("dll", "dan lain lain"),
    ("utk", "untuk"),
    ("dgn", "dengan"),
    ("tp", "tapi"),
    ("tpi", "tapi"),
    ("bgt", "banget"),
    ("org", "orang"),
    ("dr", "dari"),
    ("sm", "sama"),
    ("jg", "juga"),
    ("aja", "saja"),
    ("bsr", "besar"),
    ("kcl", "kecil"),
    ("msh", "masih"),
    ("skrg", "sekarang"),
    ("skrng", "sekarang"),
    ("dl", "dulu"),
    ("dlu", "dulu"),
    ("trs", "terus"),
    ("lg", "lagi"),
    ("kalo", "kalau"),
    ("klo", "kalau"),
    ("gmn", "bagaimana"),
    ("gimana", "bagaimana"),
    ("knp", "kenapa"),
    ("kpn", "kapan"),
    ("pd", "pada"),
    ("sblm", "sebelum"),
    ("stlh", "setelah"),
    ("hrs", "harus"),
    ("tlg", "tolong"),
    ("mhn", "mohon"),
    ("kk", "kak"),
    ("kakak", "kak"),
    ("bentar", "sebentar"),
    ("bntr", "sebentar"),
    ("tggu", "tunggu"),
    ("nomer", "nomor"),
    ("no hp", "nomor hp"),
    ("ok", "oke"),
    ("okey", "oke"),
    ("okay", "oke"),
    ("okee", "oke"),
    ("okeh", "oke"),
    // same meaning, another word
    ("maap", "maaf"),
    ("mf", "maaf"),
    ("mav", "maaf"),
    ("sorry", "maaf"),
    ("sori", "maaf"),
    ("terima kasih", "terimakasih"),
    ("trima kasih", "terimakasih"),
    ("trimakasih", "terimakasih"),
    ("makasih", "terimakasih"),
    ("makasi", "terimakasih"),
    ("mksh", "terimakasih"),
    ("trims", "terimakasih"),
    ("thx", "terimakasih"),
    ("tq", "terimakasih"),
    ("kasi", "kasih"),
    ("ngasih", "kasih"),
    ("ngasi", "kasih"),
    ("nanya", "tanya"),
    ("pengen", "ingin"),
    ("pingin", "ingin"),
    ("duit", "uang"),
    ("ongkir", "ongkos kirim"),
    ("dimana", "di mana"),
];

/// Number words and the digits read for them: "tiga tujuh" is "3 7", so a rule against
/// digits also catches a code read out in words. "Dua puluh empat" reads "2 puluh 4": a rule
/// written the same way matches it.
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("nol", "0"),
    ("satu", "1"),
    ("dua", "2"),
    ("tiga", "3"),
    ("empat", "4"),
    ("lima", "5"),
    ("enam", "6"),
    ("tujuh", "7"),
    ("delapan", "8"),
    ("sembilan", "9"),
    ("sepuluh", "10"),
    ("sebelas", "11"),
    ("seratus", "100"),
    ("seribu", "1000"),
];

/// A word that turns what follows into its opposite: "tidak bisa tukar", "no COD".
/// Chat spellings of these ("gk", "nggak") count too, through `SAME_AS`.
pub const NEGATIONS: &[&str] = &["tidak", "bukan", "jangan", "belum", "tanpa", "no"];

/// Words that may stand between a negation and what it negates: "tidak bisa diganti",
/// "tidak akan saya kasih", "tidak ada garansi", "tidak menerima retur".
pub const BETWEEN_NEGATION: &[&str] = &[
    "bisa", "dapat", "boleh", "ada", "akan", "mau", "ingin", "pernah", "perlu", "usah", "harus",
    "sempat", "bakal", "saya", "kami", "aku", "kita", "menerima", "terima", "melayani", "layani",
];

/// How many of `BETWEEN_NEGATION` may stand between a negation and what it negates.
pub const MAX_BETWEEN: usize = 3;

/// The word the checkers read for `word`: "gk" is "tidak", "tidak" stays "tidak".
/// Only one-word entries: two-word keys are read by `read`.
pub fn same_as(word: &str) -> &str {
    SAME_AS
        .iter()
        .find(|(key, _)| *key == word)
        .map_or(word, |(_, value)| value)
}

pub fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&same_as(word))
}

/// Whether the words just before something (nearest first) negate it: a negation, perhaps
/// with up to `MAX_BETWEEN` words such as "bisa" or "akan" in between.
pub fn is_negated<'a>(before: impl IntoIterator<Item = &'a str>) -> bool {
    for (at, word) in before.into_iter().enumerate() {
        if is_negation(word) {
            return true;
        }
        if at == MAX_BETWEEN || !BETWEEN_NEGATION.contains(&same_as(word)) {
            return false;
        }
    }
    false
}

/// A text read once (see `read`), to look for many phrases in it; clause by clause, as a
/// negation does not reach past a full stop or comma ("Tidak! Ini kodenya").
pub struct Written {
    clauses: Vec<Vec<String>>,
}

impl Written {
    pub fn new(text: &str) -> Written {
        Written {
            clauses: clauses(text)
                .into_iter()
                .map(read)
                .filter(|words| !words.is_empty())
                .collect(),
        }
    }

    /// Whether `phrase` is there, negated or not as asked. Its words are read like the
    /// text's; each must match a whole word except the last, which may run on, as Indonesian
    /// adds suffixes ("ganti" finds "gantinya", "kode otp" finds "kode otpnya"). A last word
    /// of three letters or fewer must be whole ("bu" is not "buat"); digits may run on ("4"
    /// finds "482190", "500" finds "500gr").
    fn has(&self, phrase: &str, negated: bool) -> bool {
        let phrase = read(phrase);
        let Some((last, first)) = phrase.split_last() else {
            return false;
        };
        let whole = last.chars().count() <= 3 && last.chars().any(char::is_alphabetic);
        let n = phrase.len();
        self.clauses.iter().any(|words| {
            (0..(words.len() + 1).saturating_sub(n)).any(|at| {
                let word = &words[at + n - 1];
                words[at..at + n - 1] == *first
                    && (if whole {
                        word == last
                    } else {
                        word.starts_with(last.as_str())
                    })
                    && is_negated(words[..at].iter().rev().map(String::as_str)) == negated
            })
        })
    }

    /// Whether the text says `phrase` and does not negate it: "kami ganti" says "ganti",
    /// "tidak bisa diganti" does not say "diganti".
    pub fn says(&self, phrase: &str) -> bool {
        self.has(phrase, false)
    }

    /// Whether the text says `phrase` negated: "tidak bisa diganti" denies "diganti".
    pub fn denies(&self, phrase: &str) -> bool {
        self.has(phrase, true)
    }
}

/// `text` cut after each . , ! ? ; : and line break, except inside a number ("Rp15.000").
fn clauses(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut clauses = Vec::new();
    let mut start = 0;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let in_number = i > 0
            && chars[i - 1].1.is_ascii_digit()
            && chars
                .get(i + 1)
                .is_some_and(|(_, next)| next.is_ascii_digit());
        if matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '\n') && !in_number {
            clauses.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    clauses.push(&text[start..]);
    clauses
}

/// The words of `text` as the checkers read them: normalised, chat spellings and synonyms
/// written out, number words as digits ("tiga tujuh" is "3 7").
pub fn read(text: &str) -> Vec<String> {
    let normal = normalize(text);
    let tokens: Vec<&str> = normal.split(' ').filter(|t| !t.is_empty()).collect();
    let mut words = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        let two = tokens
            .get(at + 1)
            .map(|next| format!("{} {next}", tokens[at]));
        let (value, used) = match two
            .as_deref()
            .and_then(|two| SAME_AS.iter().find(|(key, _)| *key == two))
        {
            Some((_, value)) => (*value, 2),
            None => (same_as(tokens[at]), 1),
        };
        words.extend(value.split(' ').map(|word| {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map_or(word, |(_, digits)| digits)
                .to_string()
        }));
        at += used;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(text: &str) -> String {
        read(text).join(" ")
    }

    #[test]
    fn chat_spellings_are_read_as_the_words_they_stand_for() {
        assert_eq!(reads("biar lbh laku"), "biar lebih laku");
        assert_eq!(reads("pembeli jd byk"), "pembeli jadi banyak");
        assert_eq!(reads("untung lbh bsr"), "untung lebih besar");
        assert_eq!(reads("Gk bs, sy udh blg"), "tidak bisa saya sudah blg");
        assert_eq!(
            reads("yg hr ini krn dll"),
            "yang hari ini karena dan lain lain"
        );
        assert_eq!(reads("Makasih kak!"), "terimakasih kak");
        assert_eq!(
            reads("terima kasih, trims, TERIMA   KASIH"),
            "terimakasih terimakasih terimakasih"
        );
        assert_eq!(reads("gabisa diganti"), "tidak bisa diganti");
        assert_eq!(reads("Maap, sorry"), "maaf maaf");
    }

    #[test]
    fn words_that_only_start_like_a_short_form_stay_as_they_are() {
        assert_eq!(reads("takut gajah gaya"), "takut gajah gaya");
        assert_eq!(reads("kakaknya"), "kakaknya");
    }

    #[test]
    fn every_entry_is_written_the_way_it_is_read() {
        for (key, value) in SAME_AS {
            assert_eq!(normalize(key), *key, "write {key:?} normalised");
            assert_eq!(normalize(value), *value, "write {value:?} normalised");
            assert!(
                key.split(' ').count() <= 2,
                "{key:?}: keys of one or two words only"
            );
            assert_eq!(
                SAME_AS.iter().filter(|(other, _)| other == key).count(),
                1,
                "{key:?} is listed twice"
            );
            assert!(
                value.split(' ').all(|word| same_as(word) == word),
                "{key:?} -> {value:?} must be final"
            );
        }
        for word in NEGATIONS.iter().chain(BETWEEN_NEGATION) {
            assert_eq!(
                same_as(word),
                *word,
                "{word:?} is already read as another word"
            );
        }
    }

    #[test]
    fn number_words_are_read_as_digits() {
        assert_eq!(reads("kodenya tiga tujuh lima dua"), "kodenya 3 7 5 2");
        assert_eq!(reads("empat empat satu nol"), "4 4 1 0");
        assert_eq!(reads("buka dua puluh empat jam"), "buka 2 puluh 4 jam");
        assert_eq!(reads("sebelas, sepuluh, seratus, seribu"), "11 10 100 1000");
        assert_eq!(
            reads("satupun ribuan 0812"),
            "satupun ribuan 0812",
            "only whole number words"
        );
    }

    #[test]
    fn a_negation_reaches_over_a_few_helping_words_only() {
        let negated = |text: &str, phrase: &str| Written::new(text).denies(phrase);
        assert!(negated("tidak bisa diganti", "diganti"));
        assert!(negated("gk bs diganti", "diganti"));
        assert!(negated("tidak akan saya kasih", "kasih"));
        assert!(negated("tidak ada ganti rugi", "ganti"));
        assert!(negated("jangan kasih kodenya", "kasih"));
        assert!(
            !negated("tidak masalah saya kasih", "kasih"),
            "\"masalah\" is no helping word"
        );
        assert!(
            !negated("tidak bisa akan saya mau kasih", "kasih"),
            "too far"
        );
        assert!(
            !negated("Tidak! Ini kodenya", "kode"),
            "not past a full stop"
        );
        assert!(!negated("gk, saya kasih", "kasih"), "not past a comma");
        assert!(Written::new("Tidak! Ini kodenya").says("ini kode"));
        assert!(
            Written::new("harga 15.000, tidak mahal").says("15 000"),
            "a number keeps its dot"
        );
        assert!(!negated("kami ganti", "ganti"));
        assert!(is_negated(["bs", "gk"]));
        assert!(!is_negated([]));
    }

    #[test]
    fn a_phrase_is_said_when_it_is_there_and_not_negated() {
        let text = Written::new("Maaf kak, kodenya gk akan sy kasih. Kami GANTInya besok, makasih");
        assert!(text.says("maaf"));
        assert!(text.says("ganti"), "a phrase may run on into a suffix");
        assert!(text.says("kode"));
        assert!(!text.says("kasih"), "negated, and \"makasih\" is thanks");
        assert!(text.denies("kasih"));
        assert!(text.says("terima kasih"));
        assert!(text.says("tidak akan"), "a negation is said itself");
        assert!(!text.says("odenya"), "a phrase starts a word");
        assert!(!text.says(""));
        assert!(!text.says("!!"));
        assert!(Written::new("tiga tujuh").says("3 7"));
        assert!(Written::new("482190").says("4"));
        assert!(Written::new("isi 500gr").says("500"));
        assert!(
            !Written::new("buat anak").says("bu"),
            "short words are whole words"
        );
        assert!(Written::new("Bu, ini").says("bu"));
        assert!(!Written::new("").says("maaf"));
    }
}
