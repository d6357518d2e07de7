//! The progress card: what a learner sends their trainer, as one code of letters and digits
//! ("LL1-...") that survives WhatsApp, typing and QR codes, with a check that catches typos.

/// Minutes since 2025-01-01 00:00 UTC.
pub type CardMinutes = u32;
/// Days since 2025-01-01 (UTC).
pub type CardDay = u16;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressCard {
    pub class: Option<super::class_code::ClassCode>,
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
    pub questions: u8,
    /// Step indexes (from 0) of questions not right on the first try.
    pub missed: Vec<u8>,
    /// The step on screen (from 0); equal to `steps` when finished.
    pub reached: u8,
    pub minutes: u16,
    pub finished_on: Option<CardDay>,
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

impl ProgressCard {
    pub fn encode(&self) -> String {
        todo!()
    }
    pub fn decode(text: &str) -> Result<ProgressCard, CardProblem> {
        todo!()
    }
}
