//! The progress card: what a learner sends their trainer, as one code of letters and digits
//! ("LL2-...") that survives WhatsApp, typing and QR codes, with a check that catches typos.
//!
//! Layout after "LL": the version symbol, two symbols giving the number of data symbols
//! (so a cut-off code is told apart from a typo), the data bits, then a 3-symbol check over
//! everything after "LL". Version 2 added the phone's id and each lesson's practice screens;
//! version 1 cards (from older apps) still read, without them.

use super::base32::{check_values, is_checked, symbol_of, value_of};
use super::bits::{BitReader, BitWriter};
use super::class_code::ClassCode;
use crate::time::{CardDay, CardMinutes};
use serde::{Deserialize, Serialize};

pub const CARD_PREFIX: &str = "LL";
/// The version written for a card that names its phone; one without is written as version 1.
pub const CARD_VERSION: u8 = 2;
const OLD_CARD_VERSION: u8 = 1;
const CHECK_LEN: usize = 3;
const LENGTH_SYMBOLS: usize = 2;
/// Symbols between the dashes of a written code.
const GROUP: usize = 5;

const TEXT_LEN_BITS: u32 = 7;
const LESSON_NUMBER_BITS: u32 = 7;
const STEP_BITS: u32 = 6;
const MINUTE_BITS: u32 = 10;
const DAY_BITS: u32 = 14;
const EVALUATION_COUNT_BITS: u32 = 3;
const EVALUATION_ANSWER_BITS: u32 = 3;

/// A random number given to a learner's record at its first start and kept for good (a reset keeps
/// it too): the roster knows a learner by it. 30 bits, so it fits six code letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhoneId(u32);

impl PhoneId {
    pub const BITS: u32 = 30;

    /// The id from any random number (its low 30 bits).
    pub fn from_bits(random: u32) -> PhoneId {
        PhoneId(random & ((1 << Self::BITS) - 1))
    }

    pub fn bits(self) -> u32 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressCard {
    /// The phone the card was made on; `None` on an old card (version 1), made before cards
    /// said so, which the roster can only match by name.
    pub phone: Option<PhoneId>,
    pub class: Option<ClassCode>,
    pub learner: String,
    pub business: String,
    pub made_at: CardMinutes,
    pub lessons: Vec<LessonResult>,
    /// One per evaluation question in file order: 0 = not answered, n = option n (from 1).
    pub evaluation: Vec<u8>,
}

/// One started lesson, named by the number its file starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonResult {
    pub number: u8,
    pub steps: u8,
    /// Questions in the lesson, practice screens left out (an old card counted them in).
    pub questions: u8,
    /// Step indexes (from 0) of questions not right on the first try.
    pub missed: Vec<u8>,
    /// Practice screens (simulators) in the lesson, and how many of them are done; both 0
    /// on an old card.
    pub practices: u8,
    pub practices_done: u8,
    /// The step on screen (from 0); equal to `steps` when finished.
    pub reached: u8,
    pub minutes: u16,
    pub finished_on: Option<CardDay>,
}

impl LessonResult {
    pub fn is_finished(&self) -> bool {
        self.finished_on.is_some()
    }

    /// Questions answered right on the first try (or not yet reached), out of `questions`.
    pub fn right_first_try(&self) -> usize {
        usize::from(self.questions).saturating_sub(self.missed.len())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardProblem {
    /// No "LL" start, or far too short to be a code.
    NotACode,
    /// Letters missing or cut off (e.g. a line break in the chat).
    Incomplete,
    /// The check does not match: a letter or digit was mistyped or swapped.
    Typo,
    /// Made by a newer app version than this one.
    NewerVersion(u8),
}

/// Limits that keep every field inside its bits; `encode` applies them.
pub const MAX_TEXT_BYTES: usize = (1 << TEXT_LEN_BITS) - 1;
const MAX_LESSONS: usize = 31;
/// Evaluation answers a card carries.
pub const MAX_EVALUATION: usize = (1 << EVALUATION_COUNT_BITS) - 1;

impl ProgressCard {
    /// The written code, e.g. "LL1-0A3KF-...", grouped by dashes for reading aloud.
    pub fn encode(&self) -> String {
        let mut bits = BitWriter::default();
        if let Some(phone) = self.phone {
            bits.push(phone.bits(), PhoneId::BITS);
        }
        match &self.class {
            Some(class) => {
                bits.push(1, 1);
                bits.push(class.bits(), 20);
            }
            None => bits.push(0, 1),
        }
        bits.push(self.made_at, 24);
        push_text(&mut bits, &self.learner);
        push_text(&mut bits, &self.business);
        let lessons = &self.lessons[..self.lessons.len().min(MAX_LESSONS)];
        bits.push(lessons.len() as u32, 5);
        for lesson in lessons {
            bits.push(lesson.number.into(), LESSON_NUMBER_BITS);
            for value in [lesson.steps, lesson.questions, lesson.reached] {
                bits.push(value.into(), STEP_BITS);
            }
            bits.push(
                lesson.minutes.min((1 << MINUTE_BITS) - 1).into(),
                MINUTE_BITS,
            );
            match lesson.finished_on {
                Some(day) => {
                    bits.push(1, 1);
                    bits.push(day.min((1 << DAY_BITS) - 1).into(), DAY_BITS);
                }
                None => bits.push(0, 1),
            }
            let missed = &lesson.missed[..lesson.missed.len().min(63)];
            bits.push(missed.len() as u32, STEP_BITS);
            for &step in missed {
                bits.push(step.into(), STEP_BITS);
            }
            if self.phone.is_some() {
                bits.push(lesson.practices.into(), STEP_BITS);
                bits.push(lesson.practices_done.into(), STEP_BITS);
            }
        }
        let evaluation = &self.evaluation[..self.evaluation.len().min(MAX_EVALUATION)];
        bits.push(evaluation.len() as u32, EVALUATION_COUNT_BITS);
        for &answer in evaluation {
            bits.push(answer.into(), EVALUATION_ANSWER_BITS);
        }

        let data = bits.into_values();
        let length = data.len() as u32;
        let version = if self.phone.is_some() {
            CARD_VERSION
        } else {
            OLD_CARD_VERSION
        };
        let mut values = vec![version, (length >> 5 & 31) as u8, (length & 31) as u8];
        values.extend(&data);
        values.extend(check_values(&values, CHECK_LEN));
        let symbols: String = values.iter().map(|&v| symbol_of(v)).collect();
        let groups: Vec<&str> = std::iter::once(&symbols[..1])
            .chain(
                symbols.as_bytes()[1..]
                    .chunks(GROUP)
                    .map(|g| std::str::from_utf8(g).unwrap_or_default()),
            )
            .collect();
        format!("{CARD_PREFIX}{}", groups.join("-"))
    }

    /// Reads a code as written, typed or pasted: dashes and spaces ignored, any case.
    pub fn decode(text: &str) -> Result<ProgressCard, CardProblem> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let Some(rest) = compact
            .get(..2)
            .filter(|p| p.eq_ignore_ascii_case(CARD_PREFIX))
            .map(|_| &compact[2..])
        else {
            return Err(CardProblem::NotACode);
        };
        let values: Vec<u8> = rest
            .chars()
            .map(value_of)
            .collect::<Option<_>>()
            .ok_or(CardProblem::NotACode)?;
        let Some(&version) = values.first() else {
            return Err(CardProblem::NotACode);
        };
        if version > CARD_VERSION {
            return Err(CardProblem::NewerVersion(version));
        }
        if version < OLD_CARD_VERSION || values.len() < 1 + LENGTH_SYMBOLS + CHECK_LEN {
            return Err(CardProblem::Incomplete);
        }
        let declared = usize::from(values[1]) << 5 | usize::from(values[2]);
        let data_len = values.len() - 1 - LENGTH_SYMBOLS - CHECK_LEN;
        if data_len < declared {
            return Err(CardProblem::Incomplete);
        }
        if data_len > declared || !is_checked(&values, CHECK_LEN) {
            return Err(CardProblem::Typo);
        }
        read_card(
            version,
            &values[1 + LENGTH_SYMBOLS..values.len() - CHECK_LEN],
        )
        .ok_or(CardProblem::Typo)
    }

    pub fn result(&self, number: u8) -> Option<&LessonResult> {
        self.lessons.iter().find(|lesson| lesson.number == number)
    }

    /// How many of the lessons `numbers` are finished (lessons no longer shipped do not count).
    pub fn finished_among(&self, numbers: &[u8]) -> usize {
        numbers
            .iter()
            .filter(|&&n| self.result(n).is_some_and(LessonResult::is_finished))
            .count()
    }

    pub fn total_minutes(&self) -> u32 {
        self.lessons
            .iter()
            .map(|lesson| u32::from(lesson.minutes))
            .sum()
    }
}

impl PhoneId {
    /// The id as six code letters, e.g. "7K3M9Q", for a trainer to tell two phones apart.
    pub fn text(self) -> String {
        (0..PhoneId::BITS / 5)
            .rev()
            .map(|i| symbol_of((self.bits() >> (5 * i)) as u8))
            .collect()
    }
}

/// Text as its UTF-8 bytes, cut at a character boundary to fit the length field.
fn push_text(bits: &mut BitWriter, text: &str) {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    bits.push(end as u32, TEXT_LEN_BITS);
    for &byte in &text.as_bytes()[..end] {
        bits.push(byte.into(), 8);
    }
}

fn read_text(bits: &mut BitReader) -> Option<String> {
    let len = bits.read(TEXT_LEN_BITS)?;
    let bytes: Vec<u8> = (0..len)
        .map(|_| bits.read(8).map(|b| b as u8))
        .collect::<Option<_>>()?;
    String::from_utf8(bytes).ok()
}

/// The data part; `None` when it does not hold a whole card (a code that passed the check
/// by chance, or one made wrongly).
fn read_card(version: u8, data: &[u8]) -> Option<ProgressCard> {
    let mut bits = BitReader::new(data);
    let phone = match version {
        OLD_CARD_VERSION => None,
        _ => Some(PhoneId::from_bits(bits.read(PhoneId::BITS)?)),
    };
    let class = match bits.read(1)? {
        1 => Some(ClassCode::from_bits(bits.read(20)?)),
        _ => None,
    };
    let made_at = bits.read(24)?;
    let learner = read_text(&mut bits)?;
    let business = read_text(&mut bits)?;
    let count = bits.read(5)?;
    let mut lessons = Vec::new();
    for _ in 0..count {
        let number = bits.read(LESSON_NUMBER_BITS)? as u8;
        let steps = bits.read(STEP_BITS)? as u8;
        let questions = bits.read(STEP_BITS)? as u8;
        let reached = bits.read(STEP_BITS)? as u8;
        let minutes = bits.read(MINUTE_BITS)? as u16;
        let finished_on = match bits.read(1)? {
            1 => Some(bits.read(DAY_BITS)? as CardDay),
            _ => None,
        };
        let missed = (0..bits.read(STEP_BITS)?)
            .map(|_| bits.read(STEP_BITS).map(|s| s as u8))
            .collect::<Option<_>>()?;
        let (practices, practices_done) = match phone {
            Some(_) => (bits.read(STEP_BITS)? as u8, bits.read(STEP_BITS)? as u8),
            None => (0, 0),
        };
        lessons.push(LessonResult {
            number,
            steps,
            questions,
            missed,
            practices,
            practices_done,
            reached,
            minutes,
            finished_on,
        });
    }
    let evaluation = (0..bits.read(EVALUATION_COUNT_BITS)?)
        .map(|_| bits.read(EVALUATION_ANSWER_BITS).map(|a| a as u8))
        .collect::<Option<_>>()?;
    bits.only_padding_left().then_some(ProgressCard {
        phone,
        class,
        learner,
        business,
        made_at,
        lessons,
        evaluation,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small random generator for the fuzz tests: no new crate for a test.
    pub struct XorShift(pub u64);
    impl XorShift {
        pub fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        pub fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// A card from a phone of its own per learner name (as written).
    pub fn sample_card(learner: &str, made_at: CardMinutes) -> ProgressCard {
        let phone = learner.bytes().fold(17u32, |id, byte| {
            id.wrapping_mul(31).wrapping_add(byte.into())
        });
        ProgressCard {
            phone: Some(PhoneId::from_bits(phone)),
            class: Some(ClassCode::from_bits(0x5A5A5)),
            learner: learner.to_string(),
            business: "Keripik Tempe Sari Rasa".to_string(),
            made_at,
            lessons: vec![
                LessonResult {
                    number: 1,
                    steps: 8,
                    questions: 4,
                    missed: vec![2, 5],
                    practices: 0,
                    practices_done: 0,
                    reached: 8,
                    minutes: 14,
                    finished_on: Some(700),
                },
                LessonResult {
                    number: 3,
                    steps: 9,
                    questions: 5,
                    missed: vec![],
                    practices: 2,
                    practices_done: 1,
                    reached: 4,
                    minutes: 6,
                    finished_on: None,
                },
            ],
            evaluation: vec![1, 0, 3, 4],
        }
    }

    /// The same card as an app before version 2 made it: no phone, no practice screens.
    pub fn old_card(learner: &str, made_at: CardMinutes) -> ProgressCard {
        let mut card = sample_card(learner, made_at);
        card.phone = None;
        for lesson in &mut card.lessons {
            (lesson.practices, lesson.practices_done) = (0, 0);
        }
        card
    }

    #[test]
    fn a_card_reads_back_exactly() {
        let card = sample_card("Bu Wati", 1_000_000);
        let code = card.encode();
        assert!(code.starts_with("LL2-"), "{code}");
        assert!(
            code.chars()
                .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()),
            "{code}"
        );
        assert_eq!(ProgressCard::decode(&code), Ok(card.clone()));
        // Typed in small letters with spaces, or copied with the dashes lost.
        assert_eq!(
            ProgressCard::decode(&code.to_lowercase().replace('-', " ")),
            Ok(card.clone())
        );
        let bare = ProgressCard {
            phone: Some(PhoneId::from_bits(0)),
            class: None,
            learner: "😀 <b>Ani</b>, \"A\"".into(),
            business: String::new(),
            made_at: 0,
            lessons: vec![],
            evaluation: vec![],
        };
        assert_eq!(ProgressCard::decode(&bare.encode()), Ok(bare));
    }

    #[test]
    fn an_old_card_without_a_phone_still_reads() {
        let old = old_card("Bu Wati", 1_000_000);
        let code = old.encode();
        assert!(code.starts_with("LL1-"), "written the old way: {code}");
        assert_eq!(ProgressCard::decode(&code), Ok(old.clone()));
        // The code the app before phone ids made for this card (at commit 2c7db55), pinned.
        let pinned = "LL1-2PNMP-JGYGJ-01T2E-MG5ER-BMD4Q-9DJQ4-TBGD5-NJ0N3-5DNR6-A82KC-5S6J8-2JC5S-P240J-0GG0X-1BR21-18692-H01G1-11R0A-8";
        assert_eq!(ProgressCard::decode(pinned), Ok(old));
        assert_eq!(code, pinned, "an old card is written back as it came");
        assert_ne!(
            sample_card("Bu Wati", 1_000_000).encode(),
            code,
            "a card naming its phone is version 2"
        );
    }

    #[test]
    fn a_phone_id_reads_as_six_code_letters() {
        assert_eq!(PhoneId::from_bits(0).text(), "000000");
        assert_eq!(PhoneId::from_bits(u32::MAX).text(), "ZZZZZZ");
        assert_eq!(PhoneId::from_bits(1 << 25 | 31).text(), "10000Z");
    }

    #[test]
    fn only_shipped_finished_lessons_count() {
        let card = sample_card("Bu Wati", 1);
        assert_eq!(card.finished_among(&[1, 3]), 1);
        assert_eq!(
            card.finished_among(&[3]),
            0,
            "lesson 3 is started, not finished"
        );
        assert_eq!(
            card.finished_among(&[2, 3]),
            0,
            "lesson 1 is no longer shipped"
        );
        assert_eq!(card.total_minutes(), 20);
        assert_eq!(card.lessons[0].right_first_try(), 2);
    }

    #[test]
    fn long_names_are_cut_at_a_whole_letter() {
        let card = sample_card(&"é".repeat(100), 5);
        let read = ProgressCard::decode(&card.encode()).unwrap();
        assert_eq!(read.learner, "é".repeat(MAX_TEXT_BYTES / 2));
        assert_eq!(read.business, card.business);
    }

    #[test]
    fn every_single_typo_and_every_swap_of_neighbours_is_caught() {
        let code = sample_card("Pak Dedi", 123_456).encode();
        let symbols: Vec<char> = code.chars().collect();
        let code_positions: Vec<usize> =
            (2..symbols.len()).filter(|&i| symbols[i] != '-').collect();
        let mut tried = 0;
        for &i in &code_positions {
            for &replacement in super::super::base32::ALPHABET.iter() {
                let replacement = replacement as char;
                if replacement == symbols[i] {
                    continue;
                }
                let mut typo = symbols.clone();
                typo[i] = replacement;
                let typo: String = typo.into_iter().collect();
                assert!(
                    ProgressCard::decode(&typo).is_err(),
                    "typo at {i} accepted: {typo}"
                );
                tried += 1;
            }
        }
        for pair in code_positions.windows(2) {
            let mut swapped = symbols.clone();
            swapped.swap(pair[0], pair[1]);
            if swapped != symbols {
                let swapped: String = swapped.into_iter().collect();
                assert!(
                    ProgressCard::decode(&swapped).is_err(),
                    "swap accepted: {swapped}"
                );
                tried += 1;
            }
        }
        assert!(tried > 1_000);
    }

    #[test]
    fn each_problem_is_named() {
        let code = sample_card("Bu Wati", 9).encode();
        assert_eq!(ProgressCard::decode("halo"), Err(CardProblem::NotACode));
        assert_eq!(ProgressCard::decode("LL"), Err(CardProblem::NotACode));
        assert_eq!(ProgressCard::decode("LL1-ABC!"), Err(CardProblem::NotACode));
        assert_eq!(
            ProgressCard::decode(&code[..code.len() - 7]),
            Err(CardProblem::Incomplete)
        );
        assert_eq!(ProgressCard::decode("LL1"), Err(CardProblem::Incomplete));
        assert_eq!(
            ProgressCard::decode(&format!("{code}7")),
            Err(CardProblem::Typo)
        );
        assert_eq!(
            ProgressCard::decode(&code.replacen("LL2", "LL3", 1)),
            Err(CardProblem::NewerVersion(3))
        );
        assert_eq!(
            ProgressCard::decode(&code.replacen("LL2", "LL0", 1)),
            Err(CardProblem::Incomplete)
        );
        assert_eq!(
            ProgressCard::decode(&code.replacen("LL2", "LL1", 1)),
            Err(CardProblem::Typo),
            "the version is under the check"
        );
    }

    #[test]
    fn decoding_anything_never_panics() {
        let code = sample_card("Bu Wati", 9).encode();
        let alphabet: Vec<char> = "LL10123456789ABCDEFGHJKMNPQRSTVWXYZ-abc é😀 \n"
            .chars()
            .collect();
        let mut random = XorShift(0x1234_5678_9ABC_DEF1);
        for round in 0..20_000 {
            let text: String = if round % 2 == 0 {
                let len = random.below(120);
                std::iter::once("LL1")
                    .map(str::to_string)
                    .chain((0..len).map(|_| alphabet[random.below(alphabet.len())].to_string()))
                    .collect()
            } else {
                // A real code with a few symbols changed or cut, the way chats damage them.
                let mut chars: Vec<char> = code.chars().collect();
                for _ in 0..1 + random.below(4) {
                    let at = random.below(chars.len());
                    chars[at] = alphabet[random.below(alphabet.len())];
                }
                chars.truncate(chars.len() - random.below(chars.len() / 2));
                chars.into_iter().collect()
            };
            let _ = ProgressCard::decode(&text);
        }
        // Codes whose check is right but whose data is nonsense are refused, not misread.
        for _ in 0..2_000 {
            let data: Vec<u8> = (0..random.below(40))
                .map(|_| random.below(32) as u8)
                .collect();
            let version = [OLD_CARD_VERSION, CARD_VERSION][random.below(2)];
            let mut values = vec![version, (data.len() >> 5) as u8, (data.len() & 31) as u8];
            values.extend(&data);
            values.extend(check_values(&values, CHECK_LEN));
            let text: String = values.iter().map(|&v| symbol_of(v)).collect();
            if let Ok(card) = ProgressCard::decode(&format!("LL{text}")) {
                assert_eq!(ProgressCard::decode(&card.encode()), Ok(card));
            }
        }
    }
}
