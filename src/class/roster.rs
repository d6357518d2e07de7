//! A trainer's class roster: the newest progress card of each learner, built from pasted
//! codes, with what the class got wrong most and how it rated the course.

use super::card::ProgressCard;
use super::class_code::ClassCode;
use super::extract::{Extracted, Found, Unreadable};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    /// One per learner, by name.
    pub entries: Vec<Found>,
}

/// What one paste changed, for the trainer to read at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    /// Codes already in the roster, or older than the learner's card there.
    pub unchanged: usize,
    pub other_class: Vec<String>,
    pub unreadable: Vec<Unreadable>,
}

impl MergeReport {
    pub fn found_nothing(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.unchanged == 0 && self.other_class.is_empty() && self.unreadable.is_empty()
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

/// Two cards are the same learner when name and business match, ignoring case and spaces.
fn same_learner(a: &ProgressCard, b: &ProgressCard) -> bool {
    let key = |card: &ProgressCard| {
        [&card.learner, &card.business].map(|text| text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
    };
    key(a) == key(b)
}

impl Roster {
    /// The roster kept as codes; codes that no longer read are dropped.
    pub fn from_codes(codes: &[String]) -> Roster {
        let mut roster = Roster::default();
        roster.merge(None, super::extract::extract_cards(&codes.join("\n")));
        roster
    }

    pub fn codes(&self) -> Vec<String> {
        self.entries.iter().map(|entry| entry.code.clone()).collect()
    }

    /// Adds the cards found in a paste for `class`: a new learner is added; a newer card of
    /// a known learner replaces theirs; an older or equal one changes nothing. Cards of
    /// another class are left out; cards made without a class are taken.
    pub fn add(&mut self, class: &ClassCode, extracted: Extracted) -> MergeReport {
        self.merge(Some(class), extracted)
    }

    fn merge(&mut self, class: Option<&ClassCode>, extracted: Extracted) -> MergeReport {
        let mut report = MergeReport { unreadable: extracted.unreadable, ..MergeReport::default() };
        for found in extracted.found {
            let name = found.card.learner.clone();
            if let (Some(class), Some(theirs)) = (class, &found.card.class) {
                if class != theirs {
                    if !report.other_class.contains(&name) {
                        report.other_class.push(name);
                    }
                    continue;
                }
            }
            match self.entries.iter_mut().find(|entry| same_learner(&entry.card, &found.card)) {
                None => {
                    report.added.push(name);
                    self.entries.push(found);
                }
                Some(entry) if found.card.made_at > entry.card.made_at => {
                    *entry = found;
                    if !report.added.contains(&name) && !report.updated.contains(&name) {
                        report.updated.push(name);
                    }
                }
                Some(_) => report.unchanged += 1,
            }
        }
        self.entries.sort_by_key(|entry| entry.card.learner.to_lowercase());
        report
    }

    /// Questions that learners got wrong on the first try, most missed first.
    pub fn missed_questions(&self) -> Vec<MissedQuestion> {
        let mut missed: Vec<MissedQuestion> = Vec::new();
        for result in self.entries.iter().flat_map(|entry| &entry.card.lessons) {
            for &step in &result.missed {
                match missed.iter_mut().find(|m| m.lesson == result.number && m.step == step) {
                    Some(question) => question.learners += 1,
                    None => missed.push(MissedQuestion { lesson: result.number, step, learners: 1, answered: 0 }),
                }
            }
        }
        for question in &mut missed {
            question.answered = self
                .entries
                .iter()
                .filter(|entry| entry.card.result(question.lesson).is_some_and(|r| r.reached > question.step || r.missed.contains(&question.step)))
                .count();
        }
        missed.sort_by(|a, b| b.learners.cmp(&a.learners).then(a.lesson.cmp(&b.lesson)).then(a.step.cmp(&b.step)));
        missed
    }

    /// Per question (given as its number of options), how many chose each option.
    pub fn evaluation_summary(&self, options_per_question: &[usize]) -> Vec<QuestionSummary> {
        options_per_question
            .iter()
            .enumerate()
            .map(|(question, &options)| {
                let mut summary = QuestionSummary { counts: vec![0; options], unanswered: 0 };
                for entry in &self.entries {
                    let answer = usize::from(entry.card.evaluation.get(question).copied().unwrap_or(0));
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
    use super::super::card::tests::sample_card;
    use super::super::card::CardProblem;
    use super::super::extract::extract_cards;
    use super::*;

    fn class() -> ClassCode {
        sample_card("x", 0).class.unwrap()
    }

    #[test]
    fn newest_card_per_learner_wins_and_repeats_change_nothing() {
        let mut roster = Roster::default();
        let old = sample_card("Bu Wati", 100).encode();
        let new = sample_card("bu  wati", 200).encode();
        let dedi = sample_card("Pak Dedi", 150).encode();
        let report = roster.add(&class(), extract_cards(&format!("{old} {dedi}")));
        assert_eq!(report.added, ["Bu Wati", "Pak Dedi"]);
        assert!(report.updated.is_empty());

        let report = roster.add(&class(), extract_cards(&format!("{new}\n{old}\n{dedi}")));
        assert!(report.added.is_empty());
        assert_eq!(report.updated, ["bu  wati"], "same learner despite case and spaces");
        assert_eq!(report.unchanged, 2, "the older card and the repeat");
        assert_eq!(roster.entries.len(), 2);
        assert_eq!(roster.entries[0].card.learner, "bu  wati", "sorted by name");
        assert_eq!(roster.entries[0].card.made_at, 200);

        let report = roster.add(&class(), extract_cards(&old));
        assert_eq!((report.unchanged, report.updated.len()), (1, 0), "an older card never replaces a newer one");
        assert_eq!(Roster::from_codes(&roster.codes()), roster, "kept as codes and read back");
    }

    #[test]
    fn a_learner_added_and_updated_in_one_paste_is_reported_once() {
        let mut roster = Roster::default();
        let text = format!("{} {}", sample_card("Bu Wati", 1).encode(), sample_card("Bu Wati", 2).encode());
        let report = roster.add(&class(), extract_cards(&text));
        assert_eq!((report.added.len(), report.updated.len()), (1, 0));
        assert_eq!(roster.entries[0].card.made_at, 2);
    }

    #[test]
    fn other_classes_are_left_out_and_classless_cards_taken() {
        let mut roster = Roster::default();
        let mut elsewhere = sample_card("Bu Tini", 5);
        elsewhere.class = Some(ClassCode::from_bits(1));
        let mut alone = sample_card("Pak Joko", 5);
        alone.class = None;
        let report = roster.add(&class(), extract_cards(&format!("{} {} LL1-XYZ", elsewhere.encode(), alone.encode())));
        assert_eq!(report.other_class, ["Bu Tini"]);
        assert_eq!(report.added, ["Pak Joko"]);
        assert_eq!(report.unreadable.len(), 1);
        assert_eq!(report.unreadable[0].problem, CardProblem::Incomplete);
        assert!(!report.found_nothing());
        assert!(roster.add(&class(), extract_cards("halo semua")).found_nothing());
    }

    #[test]
    fn most_missed_questions_come_first() {
        let mut wati = sample_card("Bu Wati", 1); // lesson 1 misses steps 2 and 5; lesson 3 reached step 4
        wati.lessons[1].missed = vec![3];
        let mut dedi = sample_card("Pak Dedi", 1);
        dedi.lessons[0].missed = vec![5];
        dedi.lessons[1].reached = 2;
        let mut roster = Roster::default();
        roster.add(&class(), extract_cards(&format!("{} {}", wati.encode(), dedi.encode())));
        let missed = roster.missed_questions();
        assert_eq!(
            missed,
            [
                MissedQuestion { lesson: 1, step: 5, learners: 2, answered: 2 },
                MissedQuestion { lesson: 1, step: 2, learners: 1, answered: 2 },
                MissedQuestion { lesson: 3, step: 3, learners: 1, answered: 1 },
            ]
        );
        assert!(Roster::default().missed_questions().is_empty());
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
        roster.add(&class(), extract_cards(&[wati, dedi, odd].map(|c| c.encode()).join(" ")));
        let summary = roster.evaluation_summary(&[3, 2, 4]);
        assert_eq!(summary[0], QuestionSummary { counts: vec![2, 0, 0], unanswered: 1 }, "an option out of range is not an answer");
        assert_eq!(summary[1], QuestionSummary { counts: vec![1, 1], unanswered: 1 });
        assert_eq!(summary[2], QuestionSummary { counts: vec![0; 4], unanswered: 3 });
    }
}
