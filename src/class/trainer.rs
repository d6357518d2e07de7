//! A trainer's classes on this phone: starting one with its own class code, and keeping the
//! progress codes pasted for it as its roster. They are kept in the phone's progress record
//! (as `classes`) and survive a learner's reset there, but they are the trainer's, not the
//! learner's progress, so their rules live here.

use super::class_code::{clean_detail, ClassCode, ClassInfo};
use super::extract::extract_cards;
use super::roster::{MergeReport, Roster};
use crate::phone::wa_number;
use serde::{Deserialize, Serialize};

/// The classes started on this phone, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TrainerClasses(Vec<TrainerClass>);

/// A class a trainer started on this phone, with the progress codes kept for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainerClass {
    pub info: ClassInfo,
    /// One text per learner in the roster: their codes, separated by spaces (`Roster::codes`).
    #[serde(default)]
    pub codes: Vec<String>,
}

/// What the trainer types to start a class; only the name is needed.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewClass<'a> {
    pub name: &'a str,
    pub place: &'a str,
    pub date: &'a str,
    pub trainer: &'a str,
    /// Optional; as the trainer types it ("0812-3456-7890").
    pub trainer_wa: &'a str,
}

/// Why a class did not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassNotStarted {
    /// The learners would not know which class they join.
    NameNeeded,
    /// A number was typed but is not a complete mobile number: the learners' "Kirim ke
    /// pelatih" would open no chat.
    TrainerWaNotMobile,
}

impl TrainerClasses {
    pub fn iter(&self) -> impl Iterator<Item = &TrainerClass> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Starts a class with a new code, its details tidied. `random` (from 0 to 1, as the
    /// browser's `Math.random` gives it) picks the code, and a code already used on this
    /// phone is never given again. Returns the new code.
    pub fn start(&mut self, new: NewClass, random: f64) -> Result<ClassCode, ClassNotStarted> {
        let name = clean_detail(new.name);
        if name.is_empty() {
            return Err(ClassNotStarted::NameNeeded);
        }
        let trainer_wa = match new.trainer_wa.trim() {
            "" => String::new(),
            typed => wa_number(typed).ok_or(ClassNotStarted::TrainerWaNotMobile)?,
        };
        let bits = (random.clamp(0.0, 1.0) * f64::from(1u32 << ClassCode::BITS)) as u32;
        let taken = |code: &ClassCode| self.0.iter().any(|class| &class.info.code == code);
        let code = (0..1u32 << ClassCode::BITS)
            .map(|step| ClassCode::from_bits(bits.wrapping_add(step)))
            .find(|code| !taken(code))
            .unwrap_or_else(|| ClassCode::from_bits(bits));
        let info = ClassInfo {
            code: code.clone(),
            name,
            place: clean_detail(new.place),
            date: clean_detail(new.date),
            trainer: clean_detail(new.trainer),
            trainer_wa,
        };
        self.0.insert(
            0,
            TrainerClass {
                info,
                codes: Vec::new(),
            },
        );
        Ok(code)
    }

    pub fn find(&self, code: &str) -> Option<&TrainerClass> {
        self.0.iter().find(|class| class.info.code.as_str() == code)
    }

    /// Reads every progress code in `pasted` into the class's roster (see `Roster::add`).
    /// `None` when the class is not on this phone.
    pub fn add_progress_codes(&mut self, code: &str, pasted: &str) -> Option<MergeReport> {
        self.edit_roster(code, |roster, class| {
            roster.add(class, extract_cards(pasted))
        })
    }

    /// Takes the learner whose row holds `learner_code` out of the class's roster; their name.
    pub fn remove_learner(&mut self, code: &str, learner_code: &str) -> Option<String> {
        self.edit_roster(code, |roster, _| roster.remove(learner_code))
            .flatten()
    }

    /// Makes the rows holding `learner_code` and `other` one learner (see `Roster::merge`).
    pub fn merge_learners(&mut self, code: &str, learner_code: &str, other: &str) -> bool {
        self.edit_roster(code, |roster, _| roster.merge(learner_code, other))
            .unwrap_or(false)
    }

    /// Every class of either (from two tabs); a class in both keeps `self`'s codes (the
    /// newer record's), or both tabs' codes when they were changed at once: the roster reads
    /// them into one row per learner. No code is read here, so merging stays in the first
    /// download without the roster's reader.
    pub fn merged(mut self, older: TrainerClasses, at_once: bool) -> TrainerClasses {
        for theirs in older.0 {
            match self
                .0
                .iter_mut()
                .find(|class| class.info.code == theirs.info.code)
            {
                Some(mine) if at_once => {
                    let new: Vec<String> = theirs
                        .codes
                        .into_iter()
                        .filter(|code| !mine.codes.contains(code))
                        .collect();
                    mine.codes.extend(new);
                }
                Some(_) => {}
                None => self.0.push(theirs),
            }
        }
        self
    }

    fn edit_roster<T>(
        &mut self,
        code: &str,
        edit: impl FnOnce(&mut Roster, &ClassCode) -> T,
    ) -> Option<T> {
        let class = self
            .0
            .iter_mut()
            .find(|class| class.info.code.as_str() == code)?;
        let mut roster = Roster::from_codes(&class.codes);
        let done = edit(&mut roster, &class.info.code);
        class.codes = roster.codes();
        Some(done)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::class::card::tests::sample_card;
    use crate::class::card::ProgressCard;

    /// A class with only its name, as a trainer in a hurry starts one.
    pub(crate) fn named(name: &str) -> NewClass<'_> {
        NewClass {
            name,
            ..NewClass::default()
        }
    }

    #[test]
    fn a_trainer_starts_classes_with_codes_never_given_twice() {
        let mut classes = TrainerClasses::default();
        let new = NewClass {
            name: "  Kelas\nSambal ",
            place: " Balai  Desa ",
            ..NewClass::default()
        };
        let first = classes.start(new, 0.5).expect("a named class");
        let second = classes.start(new, 0.5).expect("a named class");
        assert_ne!(first, second);
        let newest: Vec<&ClassCode> = classes.iter().map(|class| &class.info.code).collect();
        assert_eq!(newest, [&second, &first], "newest first");
        let kept = classes.find(first.as_str()).expect("kept");
        assert_eq!(
            (kept.info.name.as_str(), kept.info.place.as_str()),
            ("Kelas Sambal", "Balai Desa"),
            "details tidied"
        );
        assert!(classes.find("ZZZZZZ").is_none());
    }

    #[test]
    fn a_class_needs_a_name_and_any_random_number_gives_a_code() {
        let mut classes = TrainerClasses::default();
        assert_eq!(
            classes.start(named(" \n "), 0.5),
            Err(ClassNotStarted::NameNeeded)
        );
        assert!(classes.is_empty());
        for random in [0.0, 0.999_999, 1.0, -3.0, f64::NAN] {
            assert!(classes.start(named("Kelas"), random).is_ok(), "{random}");
        }
        assert_eq!(classes.iter().count(), 5);
    }

    #[test]
    fn a_trainer_number_is_optional_but_must_be_a_mobile_number() {
        let mut classes = TrainerClasses::default();
        let with_wa = |trainer_wa| NewClass {
            trainer_wa,
            ..named("Kelas")
        };
        assert_eq!(
            classes.start(with_wa("0812-345"), 0.1),
            Err(ClassNotStarted::TrainerWaNotMobile)
        );
        assert!(classes.is_empty());
        let code = classes.start(with_wa(" 0812-3456-7890 "), 0.1).unwrap();
        let kept = &classes.find(code.as_str()).unwrap().info;
        assert_eq!(kept.trainer_wa, "6281234567890");
        assert!(kept.join_path().ends_with("wa=6281234567890"));
        let code = classes.start(with_wa(" "), 0.2).unwrap();
        assert_eq!(classes.find(code.as_str()).unwrap().info.trainer_wa, "");
    }

    #[test]
    fn pasted_codes_land_in_the_class() {
        let mut classes = TrainerClasses::default();
        let code = classes.start(named("Kelas"), 0.0).expect("started");
        let card = ProgressCard {
            class: Some(code.clone()),
            ..sample_card("Bu Wati", 10)
        };
        let report = classes
            .add_progress_codes(code.as_str(), &format!("halo {} LL1-RUSAK", card.encode()))
            .unwrap();
        assert_eq!((report.added.len(), report.unreadable.len()), (1, 1));
        assert_eq!(
            classes.find(code.as_str()).expect("kept").codes,
            [card.encode()]
        );
        assert_eq!(classes.add_progress_codes("ZZZZZZ", "x"), None);
    }

    #[test]
    fn the_trainer_merges_and_removes_learners() {
        let mut classes = TrainerClasses::default();
        let code = classes.start(named("Kelas"), 0.0).expect("started");
        let cards: Vec<String> = ["Siti", "Siti Aminah", "Pak Dedi"]
            .map(|name| {
                ProgressCard {
                    class: Some(code.clone()),
                    ..sample_card(name, 10)
                }
                .encode()
            })
            .into();
        classes.add_progress_codes(code.as_str(), &cards.join(" "));
        assert!(classes.merge_learners(code.as_str(), &cards[1], &cards[0]));
        assert!(
            !classes.merge_learners(code.as_str(), &cards[1], &cards[0]),
            "already one row"
        );
        assert!(!classes.merge_learners("ZZZZZZ", &cards[1], &cards[2]));
        assert_eq!(classes.find(code.as_str()).expect("kept").codes.len(), 2);
        assert_eq!(
            classes.remove_learner(code.as_str(), &cards[2]),
            Some("Pak Dedi".into())
        );
        assert_eq!(classes.remove_learner(code.as_str(), &cards[2]), None);
        assert_eq!(
            classes.find(code.as_str()).expect("kept").codes,
            [format!("{} {}", cards[1], cards[0])],
            "one row, both codes"
        );
    }
}
