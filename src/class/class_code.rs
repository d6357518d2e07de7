//! The class code a trainer hands out (6 letters and digits, typo-checked) and the class
//! details a join link or QR code carries.

use super::base32::{check_values, is_checked, symbol_of, value_of};
use crate::link::{percent_decode, percent_encode};
use crate::phone::wa_number;
use serde::{Deserialize, Serialize};

const DATA_LEN: usize = 4;
const CHECK_LEN: usize = 2;
pub const CLASS_CODE_LEN: usize = DATA_LEN + CHECK_LEN;
const JOIN_PREFIX: &str = "/gabung/";

/// Canonical form: 6 upper-case base32 symbols, 20 bits of data then a 2-symbol check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClassCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassCodeProblem {
    Empty,
    WrongLength,
    NotACodeCharacter,
    Typo,
}

impl ClassCode {
    /// Bits of data in a code: one per class a phone could start.
    pub const BITS: u32 = 5 * DATA_LEN as u32;

    /// The code for 20 bits of data (higher bits of `bits` are ignored).
    pub fn from_bits(bits: u32) -> ClassCode {
        let data: Vec<u8> = (0..DATA_LEN)
            .rev()
            .map(|i| ((bits >> (5 * i)) & 31) as u8)
            .collect();
        let check = check_values(&data, CHECK_LEN);
        ClassCode(data.iter().chain(&check).map(|&v| symbol_of(v)).collect())
    }

    /// Reads a typed code: any case, spaces and dashes ignored, O read as 0, I and L as 1.
    pub fn parse(typed: &str) -> Result<ClassCode, ClassCodeProblem> {
        let symbols: Vec<char> = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if symbols.is_empty() {
            return Err(ClassCodeProblem::Empty);
        }
        let values: Option<Vec<u8>> = symbols.iter().map(|&c| value_of(c)).collect();
        let Some(values) = values else {
            return Err(ClassCodeProblem::NotACodeCharacter);
        };
        if values.len() != CLASS_CODE_LEN {
            return Err(ClassCodeProblem::WrongLength);
        }
        if !is_checked(&values, CHECK_LEN) {
            return Err(ClassCodeProblem::Typo);
        }
        Ok(ClassCode(values.iter().map(|&v| symbol_of(v)).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The 20 data bits, for packing into a progress card.
    pub fn bits(&self) -> u32 {
        self.0
            .chars()
            .take(DATA_LEN)
            .filter_map(value_of)
            .fold(0, |bits, v| bits << 5 | u32::from(v))
    }
}

/// What a trainer types when starting a class. A learner who typed the code by hand knows
/// only `code`; the rest arrives with a scanned QR code or a tapped link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassInfo {
    pub code: ClassCode,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub place: String,
    /// As the date field gives it, e.g. "2026-11-24".
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub trainer: String,
    /// The trainer's WhatsApp number as a chat link wants it ("6281234567890"), or empty:
    /// "Kirim ke pelatih" then opens his chat instead of asking the learner to pick one.
    #[serde(default)]
    pub trainer_wa: String,
}

/// Longest class detail kept, in characters: enough for "Pelatihan Pemasaran Digital ...".
pub const CLASS_DETAIL_MAX_CHARS: usize = 80;

impl ClassInfo {
    pub fn new(code: ClassCode) -> ClassInfo {
        ClassInfo {
            code,
            name: String::new(),
            place: String::new(),
            date: String::new(),
            trainer: String::new(),
            trainer_wa: String::new(),
        }
    }

    /// What to call the class on screen: its name, or its code when only the code is known.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            self.code.as_str()
        } else {
            &self.name
        }
    }

    /// Each detail with its key in a join link: one or two letters, as a shorter link makes
    /// a QR code with fewer, larger squares that scan from the back of a hall.
    fn details(&self) -> [(&'static str, &String); 5] {
        [
            ("k", &self.name),
            ("t", &self.place),
            ("tg", &self.date),
            ("p", &self.trainer),
            ("wa", &self.trainer_wa),
        ]
    }

    /// The app path a learner opens to join, e.g. "/gabung/K7QM2X?k=Kelas+A&t=...".
    pub fn join_path(&self) -> String {
        let query: Vec<String> = self
            .details()
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(key, value)| format!("{key}={}", link_value(value.trim())))
            .collect();
        let mut path = format!("{JOIN_PREFIX}{}", self.code.as_str());
        if !query.is_empty() {
            path.push('?');
            path.push_str(&query.join("&"));
        }
        path
    }

    /// Reads the code part and the query string of a join path; missing details stay empty,
    /// unknown ones are ignored, and every detail is cut to a sensible length.
    pub fn from_join(code: &str, query: &str) -> Result<ClassInfo, ClassCodeProblem> {
        let mut info = ClassInfo::new(ClassCode::parse(code)?);
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = clean_detail(&percent_decode(&value.replace('+', " ")));
            // The long keys are those of links shared before the short ones.
            match key {
                "k" | "kelas" => info.name = value,
                "t" | "tempat" => info.place = value,
                "tg" | "tanggal" => info.date = value,
                "p" | "pelatih" => info.trainer = value,
                "wa" => info.trainer_wa = wa_number(&value).unwrap_or_default(),
                _ => {}
            }
        }
        Ok(info)
    }
}

/// A detail in a link: percent-encoded, with "+" for a space (a third of the length).
fn link_value(text: &str) -> String {
    percent_encode(text).replace("%20", "+")
}

/// A detail as kept: no control characters, spaces collapsed, at most `CLASS_DETAIL_MAX_CHARS`,
/// and no space at the end where the cut falls after a word (the join link trims it, so the
/// class would read back with another name).
pub fn clean_detail(text: &str) -> String {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let cut: String = words
        .join(" ")
        .chars()
        .take(CLASS_DETAIL_MAX_CHARS)
        .collect();
    cut.trim_end().to_string()
}

/// The path's code part if `path` is a join path ("/gabung/K7QM2X").
pub fn join_code_in(path: &str) -> Option<&str> {
    path.strip_prefix(JOIN_PREFIX)
        .filter(|code| !code.is_empty() && !code.contains('/'))
}

/// The class in a scanned QR code: a join link (any address holding /gabung/CODE?...) or
/// a bare class code.
pub fn class_in_scan(text: &str) -> Option<ClassInfo> {
    let path = text.find(JOIN_PREFIX).map_or(text, |at| &text[at..]);
    let (code, query) = join_code_in(path).map_or((text, ""), |rest| {
        rest.split_once('?').unwrap_or((rest, ""))
    });
    ClassInfo::from_join(code.trim(), query).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_from_how_people_type_it() {
        let code = ClassCode::from_bits(0xABCDE);
        assert_eq!(code.as_str().len(), CLASS_CODE_LEN);
        assert_eq!(code.bits(), 0xABCDE);
        assert_eq!(ClassCode::parse(code.as_str()), Ok(code.clone()));
        let sloppy = format!(
            " {}-{} ",
            &code.as_str()[..3].to_lowercase(),
            &code.as_str()[3..]
        );
        assert_eq!(ClassCode::parse(&sloppy), Ok(code.clone()));
        assert_eq!(
            ClassCode::from_bits(0xFFF_FFFF).bits(),
            0xF_FFFF,
            "only 20 bits are kept"
        );
    }

    #[test]
    fn a_wrong_code_says_what_is_wrong() {
        let code = ClassCode::from_bits(12345);
        let mut typo: Vec<char> = code.as_str().chars().collect();
        typo[2] = if typo[2] == 'X' { 'Y' } else { 'X' };
        assert_eq!(
            ClassCode::parse(&typo.iter().collect::<String>()),
            Err(ClassCodeProblem::Typo)
        );
        assert_eq!(ClassCode::parse(" - "), Err(ClassCodeProblem::Empty));
        assert_eq!(
            ClassCode::parse(&code.as_str()[..5]),
            Err(ClassCodeProblem::WrongLength)
        );
        assert_eq!(
            ClassCode::parse("ABCDE😀"),
            Err(ClassCodeProblem::NotACodeCharacter)
        );
        assert_eq!(
            ClassCode::parse("<b>KELAS</b>"),
            Err(ClassCodeProblem::NotACodeCharacter)
        );
    }

    #[test]
    fn a_join_link_carries_the_class_details_and_reads_back() {
        let info = ClassInfo {
            code: ClassCode::from_bits(777),
            name: "Kelas Keripik & Sambal".into(),
            place: "Balai Desa Sukamaju".into(),
            date: "2026-11-24".into(),
            trainer: "Bu Rina 😊".into(),
            trainer_wa: "6281234567890".into(),
        };
        let path = info.join_path();
        assert!(
            path.starts_with(&format!(
                "/gabung/{}?k=Kelas+Keripik+%26+Sambal",
                info.code.as_str()
            )),
            "{path}"
        );
        let (code_part, query) = join_code_in(&path).unwrap().split_once('?').unwrap();
        assert_eq!(ClassInfo::from_join(code_part, query), Ok(info.clone()));
        assert_eq!(info.display_name(), "Kelas Keripik & Sambal");
        let bare = ClassInfo::new(info.code.clone());
        assert_eq!(
            bare.display_name(),
            info.code.as_str(),
            "a typed code is all a learner may know"
        );
        assert_eq!(bare.join_path(), format!("/gabung/{}", info.code.as_str()));
        assert_eq!(ClassInfo::from_join(info.code.as_str(), ""), Ok(bare));
    }

    #[test]
    fn a_link_shared_before_the_short_keys_still_joins() {
        let code = ClassCode::from_bits(31);
        let read = ClassInfo::from_join(
            code.as_str(),
            "kelas=Kelas%20A&tempat=Balai&tanggal=2026-12-03&pelatih=Pak%20Hendra",
        )
        .unwrap();
        assert_eq!(
            (read.name.as_str(), read.place.as_str()),
            ("Kelas A", "Balai")
        );
        assert_eq!(
            (read.date.as_str(), read.trainer.as_str()),
            ("2026-12-03", "Pak Hendra")
        );
    }

    #[test]
    fn a_trainer_number_is_kept_only_when_it_is_a_mobile_number() {
        let code = ClassCode::from_bits(32);
        let read = |query: &str| ClassInfo::from_join(code.as_str(), query).unwrap();
        assert_eq!(read("wa=0812-3456-7890").trainer_wa, "6281234567890");
        assert_eq!(read("wa=021-555-1234").trainer_wa, "");
        assert_eq!(read("wa=%3Cb%3E").trainer_wa, "");
    }

    #[test]
    fn the_short_join_link_makes_a_smaller_qr_code() {
        let info = ClassInfo {
            code: ClassCode::from_bits(4242),
            name: "Pelatihan Pemasaran Digital UMKM".into(),
            place: "Balai Desa Sukamaju".into(),
            date: "2026-12-03".into(),
            trainer: "Pak Hendra Wijaya".into(),
            trainer_wa: String::new(),
        };
        let host = "https://lapak-latihan.example";
        let long = format!(
            "{host}/gabung/{}?kelas=Pelatihan%20Pemasaran%20Digital%20UMKM&tempat=Balai%20Desa%20Sukamaju&tanggal=2026-12-03&pelatih=Pak%20Hendra%20Wijaya",
            info.code.as_str()
        );
        let short = format!("{host}{}", info.join_path());
        let side = |link: &str| crate::qr::qr_grid(link).expect("fits a QR code").size;
        assert!(side(&short) < side(&long), "{short}");
        assert_eq!(class_in_scan(&short), Some(info));
    }

    #[test]
    fn a_mangled_join_link_still_joins_with_what_it_can_read() {
        let code = ClassCode::from_bits(5);
        let read = ClassInfo::from_join(
            code.as_str(),
            "kelas=A%2&x=1&tempat=%F0%9F&pelatih=Pak+Budi&tanggal",
        )
        .unwrap();
        assert_eq!(read.name, "A%2");
        assert_eq!(read.place, "\u{FFFD}");
        assert_eq!(read.trainer, "Pak Budi");
        assert_eq!(read.date, "");
        let long = format!("kelas={}", "a".repeat(500));
        assert_eq!(
            ClassInfo::from_join(code.as_str(), &long)
                .unwrap()
                .name
                .len(),
            CLASS_DETAIL_MAX_CHARS
        );
        assert_eq!(
            ClassInfo::from_join("SALAH", "kelas=A"),
            Err(ClassCodeProblem::WrongLength)
        );
        assert_eq!(join_code_in("/gabung/"), None);
        assert_eq!(join_code_in("/pelajaran/x"), None);
    }

    #[test]
    fn a_scanned_link_or_code_names_the_class() {
        let info = ClassInfo {
            name: "Kelas A".into(),
            ..ClassInfo::new(ClassCode::from_bits(99))
        };
        let link = format!("https://lapak.example/app{}", info.join_path());
        assert_eq!(class_in_scan(&link), Some(info.clone()));
        assert_eq!(
            class_in_scan(&format!(" {} ", info.code.as_str())),
            Some(ClassInfo::new(info.code.clone()))
        );
        assert_eq!(class_in_scan("https://wa.me/628123"), None);
        assert_eq!(class_in_scan("LL1-ABCDE-FGHJK"), None);
        assert_eq!(class_in_scan(""), None);
    }

    #[test]
    fn details_are_cleaned() {
        assert_eq!(clean_detail("  Balai\n\tDesa  "), "Balai Desa");
        assert_eq!(clean_detail(""), "");
    }

    /// Found by `scripts/fuzz.sh`: a cut right after a word kept a space at the end, and
    /// the class's own join link then read back with another name.
    #[test]
    fn a_cut_detail_reads_back_from_its_join_link() {
        let word = "abcd"; // with its space, 5 characters: the 80th is a space.
        let long = format!("{word} ").repeat(CLASS_DETAIL_MAX_CHARS / 5 + 2);
        let short = format!("{word} ").repeat(3);
        for name in [short, long] {
            let info = class_in_scan(&format!(
                "/gabung/{}?kelas={name}",
                ClassCode::from_bits(9).as_str()
            ))
            .expect("a join link");
            assert!(!info.name.ends_with(' '), "{:?}", info.name);
            assert_eq!(class_in_scan(&info.join_path()), Some(info));
        }
    }
}
