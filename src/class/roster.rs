//! A trainer's class roster: one row per learner, known by the phone their progress card was
//! made on, built from pasted codes; with what the class got wrong most and how it rated the
//! course. A card never quietly takes another learner's place or a better card's.

use super::card::{PhoneId, ProgressCard};
use super::class_code::ClassCode;
use super::extract::{extract_cards, Extracted, Found, Unreadable};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    /// Sorted by name; two learners of the same name are two rows.
    pub rows: Vec<Row>,
}

/// One learner: the newest card from their phone. After the trainer merges two rows (one
/// person on two phones), the newest card from each, and the row shows the one that went
/// furthest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Never empty; one per owner.
    cards: Vec<Found>,
}

/// Whose card it is: the phone it was made on, or for an old card (from before cards named
/// their phone) the name and business, ignoring case and spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owner {
    Phone(PhoneId),
    Named([String; 2]),
}

fn owner(card: &ProgressCard) -> Owner {
    match card.phone {
        Some(phone) => Owner::Phone(phone),
        None => Owner::Named([&card.learner, &card.business].map(|text| tidy_name(text))),
    }
}

fn tidy_name(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How far a card went: lessons finished, then steps reached. A card that went less far
/// than the one kept from its phone is reported, not taken.
fn progress(card: &ProgressCard) -> (usize, usize) {
    let finished = card
        .lessons
        .iter()
        .filter(|lesson| lesson.is_finished())
        .count();
    (
        finished,
        card.lessons
            .iter()
            .map(|lesson| usize::from(lesson.reached))
            .sum(),
    )
}

impl Row {
    fn new(found: Found) -> Row {
        Row { cards: vec![found] }
    }

    /// The card shown for the learner: the one that went furthest, the newest of equals.
    pub fn shown(&self) -> &Found {
        let mut shown = &self.cards[0];
        for found in &self.cards[1..] {
            if (progress(&found.card), found.card.made_at)
                > (progress(&shown.card), shown.card.made_at)
            {
                shown = found;
            }
        }
        shown
    }

    pub fn card(&self) -> &ProgressCard {
        &self.shown().card
    }

    /// Whether the row holds `code` (any of its cards).
    pub fn holds(&self, code: &str) -> bool {
        self.cards.iter().any(|found| found.code == code)
    }

    /// The shown card is an old one, matched by name and business: "kartu lama".
    pub fn is_old_card(&self) -> bool {
        self.card().phone.is_none()
    }

    /// The phones whose cards are in this row, in the order they came.
    pub fn phones(&self) -> Vec<PhoneId> {
        self.cards
            .iter()
            .filter_map(|found| found.card.phone)
            .collect()
    }

    fn card_of(&mut self, owner: &Owner) -> Option<&mut Found> {
        self.cards
            .iter_mut()
            .find(|found| &self::owner(&found.card) == owner)
    }
}

/// What one paste changed, for the trainer to read at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    /// Codes already in the roster, or older than the card kept from their phone.
    pub unchanged: usize,
    /// Newer codes that went less far than the card kept from their phone: not taken.
    pub less_progress: Vec<String>,
    pub other_class: Vec<String>,
    pub unreadable: Vec<Unreadable>,
}

impl MergeReport {
    pub fn found_nothing(&self) -> bool {
        self.added.is_empty()
            && self.updated.is_empty()
            && self.unchanged == 0
            && self.less_progress.is_empty()
            && self.other_class.is_empty()
            && self.unreadable.is_empty()
    }
}

/// One question, with how many learners got it wrong on the first try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissedQuestion {
    pub lesson: u8,
    /// Step index, from 0.
    pub step: u8,
    pub learners: usize,
    /// Learners who went past this step.
    pub answered: usize,
}

/// How the class answered one evaluation question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSummary {
    /// Per option, in file order.
    pub counts: Vec<usize>,
    pub unanswered: usize,
}

fn push_once(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n == name) {
        names.push(name.to_string());
    }
}

impl Roster {
    /// The roster as kept: one text per row, its codes separated by spaces. Version 3 of
    /// the record kept one code per learner, which reads as a row of one card; codes that
    /// no longer read are dropped.
    pub fn from_codes(codes: &[String]) -> Roster {
        let rows = codes.iter().filter_map(|row| {
            Some(Row {
                cards: extract_cards(row).found,
            })
            .filter(|row| !row.cards.is_empty())
        });
        let mut roster = Roster {
            rows: rows.collect(),
        };
        roster.sort();
        roster
    }

    pub fn codes(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|row| {
                row.cards
                    .iter()
                    .map(|found| found.code.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// Adds the cards found in a paste for `class`. A card from a new phone is a new row,
    /// whatever its name; a newer card from a known phone replaces the one kept, unless it
    /// went less far (then it is reported and left out, even when made in the same minute);
    /// an older one or the same changes nothing. An old card without a phone is matched by name and business with other old
    /// cards. Cards of another class are left out; cards made without a class are taken.
    pub fn add(&mut self, class: &ClassCode, extracted: Extracted) -> MergeReport {
        let mut report = MergeReport {
            unreadable: extracted.unreadable,
            ..MergeReport::default()
        };
        for found in extracted.found {
            let name = found.card.learner.clone();
            if found
                .card
                .class
                .as_ref()
                .is_some_and(|theirs| theirs != class)
            {
                push_once(&mut report.other_class, &name);
                continue;
            }
            let owner = owner(&found.card);
            match self.rows.iter_mut().find_map(|row| row.card_of(&owner)) {
                None => {
                    report.added.push(name);
                    self.rows.push(Row::new(found));
                }
                Some(kept) if found.code == kept.code || found.card.made_at < kept.card.made_at => {
                    report.unchanged += 1
                }
                Some(kept) if progress(&found.card) < progress(&kept.card) => {
                    push_once(&mut report.less_progress, &name)
                }
                // Made in the same minute and as far: which came later is unknown, so the kept one stays.
                Some(kept)
                    if found.card.made_at == kept.card.made_at
                        && progress(&found.card) == progress(&kept.card) =>
                {
                    report.unchanged += 1
                }
                Some(kept) => {
                    *kept = found;
                    if !report.added.contains(&name) {
                        push_once(&mut report.updated, &name);
                    }
                }
            }
        }
        self.sort();
        report
    }

    fn sort(&mut self) {
        self.rows.sort_by_cached_key(|row| {
            [&row.card().learner, &row.card().business].map(|text| tidy_name(text))
        });
    }

    /// Whether another row shows a learner of the same name (ignoring case and spaces): two
    /// phones, maybe two people, maybe one; the trainer checks.
    pub fn shares_name(&self, at: usize) -> bool {
        let Some(row) = self.rows.get(at) else {
            return false;
        };
        let name = tidy_name(&row.card().learner);
        self.rows
            .iter()
            .enumerate()
            .any(|(i, other)| i != at && tidy_name(&other.card().learner) == name)
    }

    /// Takes out the row holding `code`; returns the learner's name, or `None` when no
    /// row holds it. Pasting the code again brings the learner back.
    pub fn remove(&mut self, code: &str) -> Option<String> {
        let at = self.rows.iter().position(|row| row.holds(code))?;
        Some(self.rows.remove(at).card().learner.clone())
    }

    /// Makes the rows holding `code` and `other` one learner, keeping every card: their
    /// phones' later codes all land in the merged row. False when either is missing, or
    /// both are the same row.
    pub fn merge(&mut self, code: &str, other: &str) -> bool {
        let (Some(at), Some(from)) = (
            self.rows.iter().position(|row| row.holds(code)),
            self.rows.iter().position(|row| row.holds(other)),
        ) else {
            return false;
        };
        if at == from {
            return false;
        }
        let moved = self.rows[from].cards.clone();
        self.rows[at].cards.extend(moved);
        self.rows.remove(from);
        self.sort();
        true
    }

    /// Questions that learners got wrong on the first try, most missed first.
    pub fn missed_questions(&self) -> Vec<MissedQuestion> {
        let mut missed: Vec<MissedQuestion> = Vec::new();
        for result in self.rows.iter().flat_map(|row| &row.card().lessons) {
            for &step in &result.missed {
                match missed
                    .iter_mut()
                    .find(|m| m.lesson == result.number && m.step == step)
                {
                    Some(question) => question.learners += 1,
                    None => missed.push(MissedQuestion {
                        lesson: result.number,
                        step,
                        learners: 1,
                        answered: 0,
                    }),
                }
            }
        }
        for question in &mut missed {
            question.answered = self
                .rows
                .iter()
                .filter(|row| {
                    row.card().result(question.lesson).is_some_and(|r| {
                        r.reached > question.step || r.missed.contains(&question.step)
                    })
                })
                .count();
        }
        missed.sort_by(|a, b| {
            b.learners
                .cmp(&a.learners)
                .then(a.lesson.cmp(&b.lesson))
                .then(a.step.cmp(&b.step))
        });
        missed
    }

    /// Per question (given as its number of options), how many chose each option.
    pub fn evaluation_summary(&self, options_per_question: &[usize]) -> Vec<QuestionSummary> {
        options_per_question
            .iter()
            .enumerate()
            .map(|(question, &options)| {
                let mut summary = QuestionSummary {
                    counts: vec![0; options],
                    unanswered: 0,
                };
                for row in &self.rows {
                    let answer =
                        usize::from(row.card().evaluation.get(question).copied().unwrap_or(0));
                    match summary.counts.get_mut(answer.wrapping_sub(1)) {
                        Some(count) => *count += 1,
                        None => summary.unanswered += 1,
                    }
                }
                summary
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::card::tests::{old_card, sample_card};
    use super::super::card::CardProblem;
    use super::*;

    fn class() -> ClassCode {
        sample_card("x", 0).class.unwrap()
    }

    fn paste(roster: &mut Roster, cards: &[&ProgressCard]) -> MergeReport {
        let text = cards
            .iter()
            .map(|card| card.encode())
            .collect::<Vec<_>>()
            .join("\n");
        roster.add(&class(), extract_cards(&text))
    }

    fn names(roster: &Roster) -> Vec<&str> {
        roster
            .rows
            .iter()
            .map(|row| row.card().learner.as_str())
            .collect()
    }

    /// `card` as made on `phone`.
    fn on_phone(mut card: ProgressCard, phone: u32) -> ProgressCard {
        card.phone = Some(PhoneId::from_bits(phone));
        card
    }

    /// `card` with no lesson finished and lesson 1 at its first step.
    fn just_started(mut card: ProgressCard) -> ProgressCard {
        card.lessons.truncate(1);
        card.lessons[0].finished_on = None;
        card.lessons[0].reached = 0;
        card
    }

    #[test]
    fn newest_card_per_phone_wins_and_repeats_change_nothing() {
        let mut roster = Roster::default();
        let old = sample_card("Bu Wati", 100);
        let new = ProgressCard {
            learner: "Wati Rahayu".into(),
            ..sample_card("Bu Wati", 200)
        };
        let dedi = sample_card("Pak Dedi", 150);
        let report = paste(&mut roster, &[&old, &dedi]);
        assert_eq!(report.added, ["Bu Wati", "Pak Dedi"]);
        assert!(report.updated.is_empty());

        let report = paste(&mut roster, &[&new, &old, &dedi]);
        assert!(report.added.is_empty());
        assert_eq!(
            report.updated,
            ["Wati Rahayu"],
            "same phone, though she wrote her name anew"
        );
        assert_eq!(report.unchanged, 2, "the older card and the repeat");
        assert_eq!(
            names(&roster),
            ["Pak Dedi", "Wati Rahayu"],
            "sorted by name"
        );
        assert_eq!(roster.rows[1].card().made_at, 200);

        let report = paste(&mut roster, &[&old]);
        assert_eq!(
            (report.unchanged, report.updated.len()),
            (1, 0),
            "an older card never replaces a newer one"
        );
        assert_eq!(
            Roster::from_codes(&roster.codes()),
            roster,
            "kept as codes and read back"
        );
    }

    #[test]
    fn same_name_learners_on_two_phones_stay_two_rows_and_are_flagged() {
        let mut roster = Roster::default();
        let siti = on_phone(sample_card("siti aminah", 100), 1);
        let other_siti = just_started(on_phone(
            ProgressCard {
                learner: "SITI AMINAH".into(),
                ..sample_card("siti aminah", 200)
            },
            2,
        ));
        let dedi = sample_card("Pak Dedi", 150);
        paste(&mut roster, &[&siti, &dedi]);
        let report = paste(&mut roster, &[&other_siti]);
        assert_eq!(
            (report.added.clone(), report.updated.len()),
            (vec!["SITI AMINAH".to_string()], 0),
            "a newer card of the same name takes no one's place"
        );
        assert_eq!(names(&roster), ["Pak Dedi", "siti aminah", "SITI AMINAH"]);
        let flagged: Vec<bool> = (0..3).map(|at| roster.shares_name(at)).collect();
        assert_eq!(flagged, [false, true, true]);
        assert_eq!(
            roster.rows[1].card(),
            &siti,
            "the real Siti keeps her progress"
        );
        assert!(!roster.shares_name(9));

        let report = paste(&mut roster, &[&siti, &other_siti]);
        assert_eq!(
            (report.unchanged, roster.rows.len()),
            (2, 3),
            "pasting both again changes nothing"
        );
        assert_eq!(Roster::from_codes(&roster.codes()), roster);
    }

    #[test]
    fn a_card_that_went_less_far_from_the_same_phone_is_reported_not_taken() {
        let mut roster = Roster::default();
        let wati = sample_card("Bu Wati", 100);
        let again = just_started(sample_card("Bu Wati", 300));
        paste(&mut roster, &[&wati]);
        let report = paste(&mut roster, &[&again]);
        assert_eq!(report.less_progress, ["Bu Wati"]);
        assert!(report.updated.is_empty() && report.added.is_empty() && !report.found_nothing());
        assert_eq!(roster.rows[0].card(), &wati, "the better card stays");

        let mut further = sample_card("Bu Wati", 400);
        further.lessons[1].reached = 6;
        let report = paste(&mut roster, &[&further]);
        assert_eq!(report.updated, ["Bu Wati"]);
        let mut answered_evaluation = sample_card("Bu Wati", 500);
        (
            answered_evaluation.lessons[1].reached,
            answered_evaluation.evaluation,
        ) = (6, vec![2, 2]);
        assert_eq!(
            paste(&mut roster, &[&answered_evaluation]).updated,
            ["Bu Wati"],
            "as far, and newer, is taken"
        );

        // Cards carry the minute they were made: a reset a few seconds later is still caught.
        let reset_at_once = just_started(sample_card("Bu Wati", 500));
        assert_eq!(
            paste(&mut roster, &[&reset_at_once]).less_progress,
            ["Bu Wati"]
        );
        let same_minute = ProgressCard {
            evaluation: vec![3],
            ..answered_evaluation.clone()
        };
        assert_eq!(
            paste(&mut roster, &[&same_minute]).unchanged,
            1,
            "as far in the same minute: the kept card stays"
        );
        let mut further_same_minute = answered_evaluation.clone();
        further_same_minute.lessons[1].finished_on = Some(800);
        assert_eq!(
            paste(&mut roster, &[&further_same_minute]).updated,
            ["Bu Wati"],
            "further in the same minute is taken"
        );
        assert_eq!(roster.rows[0].card(), &further_same_minute);
    }

    #[test]
    fn old_cards_without_a_phone_are_matched_by_name_and_business_and_marked() {
        let mut roster = Roster::default();
        let report = paste(
            &mut roster,
            &[
                &old_card("Bu Wati", 100),
                &old_card("bu  WATI", 200),
                &sample_card("Bu Wati", 300),
            ],
        );
        assert_eq!(
            report.added,
            ["Bu Wati", "Bu Wati"],
            "the old cards are one learner; the card naming its phone is another row"
        );
        assert_eq!(report.updated, ["bu  WATI"]);
        let marks: Vec<(u32, bool, bool)> = (0..2)
            .map(|at| {
                (
                    roster.rows[at].card().made_at,
                    roster.rows[at].is_old_card(),
                    roster.shares_name(at),
                )
            })
            .collect();
        assert_eq!(marks, [(200, true, true), (300, false, true)]);
        let other_business = ProgressCard {
            business: "Sambal Wati".into(),
            ..old_card("Bu Wati", 400)
        };
        assert_eq!(
            paste(&mut roster, &[&other_business]).added.len(),
            1,
            "an old card of another business is another learner"
        );
    }

    #[test]
    fn a_roster_kept_by_an_older_app_still_reads() {
        let codes = vec![
            old_card("Bu Wati", 100).encode(),
            old_card("Pak Dedi", 100).encode(),
            "LL1-RUSAK".to_string(),
        ];
        let mut roster = Roster::from_codes(&codes);
        assert_eq!(
            names(&roster),
            ["Bu Wati", "Pak Dedi"],
            "an unreadable code is dropped"
        );
        assert!(roster.rows.iter().all(Row::is_old_card));
        assert_eq!(roster.codes(), codes[..2]);
        assert_eq!(
            paste(&mut roster, &[&old_card("Pak Dedi", 50)]).unchanged,
            1,
            "old cards still match by name"
        );
    }

    #[test]
    fn the_trainer_removes_a_row_and_pasting_its_code_again_brings_it_back() {
        let mut roster = Roster::default();
        let wati = sample_card("Bu Wati", 100);
        paste(&mut roster, &[&wati, &sample_card("Pak Dedi", 100)]);
        let code = roster.rows[0].shown().code.clone();
        assert_eq!(roster.remove(&code), Some("Bu Wati".to_string()));
        assert_eq!(names(&roster), ["Pak Dedi"]);
        assert_eq!(roster.remove(&code), None, "already gone");
        assert_eq!(paste(&mut roster, &[&wati]).added, ["Bu Wati"]);
    }

    #[test]
    fn merged_rows_are_one_learner_and_both_phones_land_there() {
        let mut roster = Roster::default();
        let first_phone = on_phone(sample_card("Siti Aminah", 100), 1);
        let new_phone = just_started(on_phone(sample_card("Siti Aminah", 200), 2));
        paste(
            &mut roster,
            &[&first_phone, &new_phone, &sample_card("Pak Dedi", 100)],
        );
        assert_eq!(roster.rows.len(), 3);
        let [a, b] = [&first_phone, &new_phone].map(|card| card.encode());
        assert!(!roster.merge(&a, &a), "a row with itself");
        assert!(!roster.merge(&a, "LL2-TIDAK-ADA"));
        assert!(roster.merge(&b, &a));
        assert_eq!(names(&roster), ["Pak Dedi", "Siti Aminah"]);
        let siti = &roster.rows[1];
        assert_eq!(
            siti.card(),
            &first_phone,
            "the row shows the card that went furthest"
        );
        assert_eq!(
            siti.phones(),
            [PhoneId::from_bits(2), PhoneId::from_bits(1)]
        );
        assert!(!roster.shares_name(1));

        let mut later = new_phone.clone();
        later.made_at = 300;
        let report = paste(&mut roster, &[&later, &first_phone]);
        assert_eq!(
            (report.updated.clone(), report.added.len(), report.unchanged),
            (vec!["Siti Aminah".to_string()], 0, 1),
            "each phone's codes land in the merged row"
        );
        assert_eq!(roster.rows[1].card(), &first_phone);
        assert!(roster.rows[1].holds(&later.encode()));
        assert_eq!(
            Roster::from_codes(&roster.codes()),
            roster,
            "a merged row is kept as its codes"
        );
        assert_eq!(
            roster.remove(&later.encode()),
            Some("Siti Aminah".into()),
            "any of its codes names the row"
        );
        assert_eq!(roster.rows.len(), 1);
    }

    #[test]
    fn other_classes_are_left_out_and_classless_cards_taken() {
        let mut roster = Roster::default();
        let mut elsewhere = sample_card("Bu Tini", 5);
        elsewhere.class = Some(ClassCode::from_bits(1));
        let mut alone = sample_card("Pak Joko", 5);
        alone.class = None;
        let report = roster.add(
            &class(),
            extract_cards(&format!(
                "{} {} LL1-XYZ",
                elsewhere.encode(),
                alone.encode()
            )),
        );
        assert_eq!(report.other_class, ["Bu Tini"]);
        assert_eq!(report.added, ["Pak Joko"]);
        assert_eq!(report.unreadable.len(), 1);
        assert_eq!(report.unreadable[0].problem, CardProblem::Incomplete);
        assert!(!report.found_nothing());
        assert!(roster
            .add(&class(), extract_cards("halo semua"))
            .found_nothing());
    }

    #[test]
    fn most_missed_questions_come_first() {
        let mut wati = sample_card("Bu Wati", 1); // lesson 1 misses steps 2 and 5; lesson 3 reached step 4
        wati.lessons[1].missed = vec![3];
        let mut dedi = sample_card("Pak Dedi", 1);
        dedi.lessons[0].missed = vec![5];
        dedi.lessons[1].reached = 2;
        let mut roster = Roster::default();
        paste(&mut roster, &[&wati, &dedi]);
        let missed = roster.missed_questions();
        assert_eq!(
            missed,
            [
                MissedQuestion {
                    lesson: 1,
                    step: 5,
                    learners: 2,
                    answered: 2
                },
                MissedQuestion {
                    lesson: 1,
                    step: 2,
                    learners: 1,
                    answered: 2
                },
                MissedQuestion {
                    lesson: 3,
                    step: 3,
                    learners: 1,
                    answered: 1
                },
            ]
        );
        assert!(Roster::default().missed_questions().is_empty());
    }

    #[test]
    fn a_merged_learner_counts_once_in_the_report() {
        let mut roster = Roster::default();
        let first = on_phone(sample_card("Siti", 1), 1);
        let second = on_phone(sample_card("Siti", 2), 2);
        paste(&mut roster, &[&first, &second]);
        assert_eq!(roster.missed_questions()[0].learners, 2);
        roster.merge(&first.encode(), &second.encode());
        assert_eq!(
            roster.missed_questions()[0],
            MissedQuestion {
                lesson: 1,
                step: 2,
                learners: 1,
                answered: 1
            }
        );
        assert_eq!(roster.evaluation_summary(&[4])[0].counts, [1, 0, 0, 0]);
    }

    #[test]
    fn the_evaluation_is_counted_per_option() {
        let mut wati = sample_card("Bu Wati", 1);
        wati.evaluation = vec![1, 2];
        let mut dedi = sample_card("Pak Dedi", 1);
        dedi.evaluation = vec![1];
        let mut odd = sample_card("Bu Odd", 1);
        odd.evaluation = vec![7, 1];
        let mut roster = Roster::default();
        paste(&mut roster, &[&wati, &dedi, &odd]);
        let summary = roster.evaluation_summary(&[3, 2, 4]);
        assert_eq!(
            summary[0],
            QuestionSummary {
                counts: vec![2, 0, 0],
                unanswered: 1
            },
            "an option out of range is not an answer"
        );
        assert_eq!(
            summary[1],
            QuestionSummary {
                counts: vec![1, 1],
                unanswered: 1
            }
        );
        assert_eq!(
            summary[2],
            QuestionSummary {
                counts: vec![0; 4],
                unanswered: 3
            }
        );
    }
}
