//! What the learner is told after checking an answer: right or not yet, the lines that say
//! why, and the step's hint, which comes after a wrong answer only. Worked out from the saved
//! answer, so the feedback survives a reload; `ui::feedback` only shows it.

use crate::lesson::check::{check_choice, check_order, check_text, TextVerdict};
use crate::lesson::{Choice, Ordering, TextAnswer};
use crate::shop::chat::Verdict;
use crate::strings::{shop as shop_words, text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub correct: bool,
    pub lines: Vec<String>,
    /// The step's hint, after a wrong answer only.
    pub hint: Option<String>,
    /// On a select-all question, each ticked option's reason, shown under the option.
    pub per_option: Vec<OptionFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionFeedback {
    pub option: usize,
    pub correct: bool,
    pub reason: String,
}

/// Sentences that only say right or wrong; the feedback box says that already, once.
const VERDICT_SENTENCES: [&str; 4] = ["Betul.", "Benar.", "Belum tepat.", "Belum."];

/// An option's feedback without its opening verdict ("Belum tepat. Pengelola adalah ..." is
/// "Pengelola adalah ..."), so the learner reads the verdict once. A feedback that is only
/// a verdict stays as it is.
pub fn without_verdict(feedback: &str) -> &str {
    VERDICT_SENTENCES
        .iter()
        .find_map(|verdict| feedback.strip_prefix(verdict))
        .map(str::trim_start)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(feedback)
}

impl Feedback {
    fn new(correct: bool, lines: Vec<String>, hint: Option<String>) -> Feedback {
        Feedback {
            correct,
            lines,
            hint: hint.filter(|_| !correct),
            per_option: Vec::new(),
        }
    }

    /// One right option: the picked option's reason. Several: each ticked option's reason,
    /// shown under that option (`per_option`), and how many right options are not ticked yet.
    pub fn choice(step: &Choice, picked: &[usize]) -> Feedback {
        let verdict = check_choice(step, picked);
        let several = step.allows_several();
        let reasons = verdict.picked.iter().map(|p| OptionFeedback {
            option: p.option,
            correct: p.correct,
            reason: without_verdict(p.feedback).to_string(),
        });
        let (mut lines, per_option) = if several {
            (Vec::new(), reasons.collect())
        } else {
            (reasons.map(|r| r.reason).collect(), Vec::new())
        };
        if several && verdict.missed > 0 {
            lines.push((text().missed_right)(verdict.missed));
        }
        Feedback {
            per_option,
            ..Feedback::new(
                verdict.correct,
                lines,
                step.hint.as_deref().map(str::to_string),
            )
        }
    }

    /// Right: the step's praise. Not yet: how many items stand in place, then the step's
    /// advice; the hint names an item out of place and where it goes.
    pub fn ordering(step: &Ordering, order: &[usize]) -> Feedback {
        let verdict = check_order(step, order);
        let lines = if verdict.correct {
            vec![step.feedback_correct.to_string()]
        } else {
            vec![
                (text().in_place)(verdict.in_place, verdict.total),
                step.feedback_wrong.to_string(),
            ]
        };
        let item = |index: usize| step.items.get(index).map(|item| &**item);
        let hint = verdict.to_move.and_then(|to_move| {
            Some((text().move_item)(
                item(to_move)?,
                to_move.checked_sub(1).and_then(item),
            ))
        });
        Feedback::new(verdict.correct, lines, hint)
    }

    /// Right: the step's praise. Not yet: the advice of every rule the answer misses.
    pub fn text_answer(step: &TextAnswer, answer: &str) -> Feedback {
        let verdict = check_text(step, answer);
        let lines = if verdict.correct {
            vec![step.feedback_correct.to_string()]
        } else {
            verdict.unmet.into_iter().map(str::to_string).collect()
        };
        Feedback::new(
            verdict.correct,
            lines,
            step.hint.as_deref().map(str::to_string),
        )
    }

    /// The seller's reply to a buyer's question: praise, or the advice of every rule missed.
    pub fn reply(verdict: &TextVerdict) -> Feedback {
        let lines = if verdict.correct {
            vec![shop_words::REPLY_RIGHT.to_string()]
        } else {
            verdict.unmet.iter().map(|line| line.to_string()).collect()
        };
        Feedback::new(verdict.correct, lines, None)
    }

    /// A cash-book event once recorded: right or not, why it belongs where it does.
    pub fn cash_event(right: bool, why: &str) -> Feedback {
        Feedback::new(right, vec![why.to_string()], None)
    }

    /// The seller's decision on a trap message: why it is right or not.
    pub fn trap(verdict: &Verdict) -> Feedback {
        Feedback::new(
            verdict.right,
            vec![shop_words::verdict_text(verdict.reason).to_string()],
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{ChoiceOption, TextRule};

    fn choice(right: &[usize]) -> Choice {
        let option = |i: usize| ChoiceOption {
            text: format!("Pilihan {i}").into(),
            correct: right.contains(&i),
            feedback: format!("Tentang {i}.").into(),
        };
        Choice {
            question: "?".into(),
            options: (0..4).map(option).collect(),
            hint: Some("Ingat OTP.".into()),
            trainer_note: None,
        }
    }

    #[test]
    fn one_right_option_says_the_picked_feedback_and_a_hint_only_when_wrong() {
        let step = choice(&[1]);
        assert_eq!(
            Feedback::choice(&step, &[1]),
            Feedback {
                correct: true,
                lines: vec!["Tentang 1.".into()],
                hint: None,
                per_option: Vec::new(),
            }
        );
        assert_eq!(
            Feedback::choice(&step, &[2]),
            Feedback {
                correct: false,
                lines: vec!["Tentang 2.".into()],
                hint: Some("Ingat OTP.".into()),
                per_option: Vec::new(),
            }
        );
    }

    /// The review saw "Belum tepat." twice: once as the verdict, once opening the reason.
    #[test]
    fn the_verdict_is_said_once() {
        let mut step = choice(&[1]);
        step.options.to_mut()[2].feedback =
            "Belum tepat. Pengelola adalah pemilik aplikasi.".into();
        assert_eq!(
            Feedback::choice(&step, &[2]).lines,
            ["Pengelola adalah pemilik aplikasi."]
        );
        assert_eq!(
            without_verdict("Betul. Satu kali cukup."),
            "Satu kali cukup."
        );
        // A verdict that carries a reason, or nothing else, stays.
        assert_eq!(without_verdict("Betul, diturunkan."), "Betul, diturunkan.");
        assert_eq!(without_verdict("Belum tepat."), "Belum tepat.");
        assert_eq!(without_verdict("Belum dikirim."), "Belum dikirim.");
    }

    #[test]
    fn several_right_options_name_each_ticked_one_and_count_the_missed() {
        let step = choice(&[0, 2, 3]);
        let said = Feedback::choice(&step, &[0, 1]);
        // Each reason goes under its own option; the options' texts are not repeated.
        assert_eq!(
            said.lines,
            ["Masih ada 2 jawaban benar yang belum dicentang."]
        );
        let reason = |option: usize, correct: bool| OptionFeedback {
            option,
            correct,
            reason: format!("Tentang {option}."),
        };
        assert_eq!(said.per_option, [reason(0, true), reason(1, false)]);
        assert_eq!(said.hint.as_deref(), Some("Ingat OTP."));
        let all = Feedback::choice(&step, &[0, 2, 3]);
        assert!(all.correct && all.hint.is_none());
        assert!(all.lines.is_empty(), "no missed line when all are ticked");
        assert_eq!(all.per_option.len(), 3);
    }

    #[test]
    fn an_ordering_counts_the_items_in_place_before_its_advice() {
        let step = Ordering {
            question: "Urutkan".into(),
            items: vec!["a".into(), "b".into(), "c".into()].into(),
            feedback_correct: "Urutannya pas.".into(),
            feedback_wrong: "Bayar paling akhir.".into(),
            hint: None,
            trainer_note: None,
        };
        assert_eq!(
            Feedback::ordering(&step, &[0, 1, 2]),
            Feedback {
                correct: true,
                lines: vec!["Urutannya pas.".into()],
                hint: None,
                per_option: Vec::new(),
            }
        );
        let said = Feedback::ordering(&step, &[0, 2, 1]);
        assert_eq!(
            said.lines,
            [
                "2 dari 3 sudah di tempat yang benar.",
                "Bayar paling akhir."
            ],
            "one item moved is one item wrong"
        );
        let hint = said.hint.expect("a wrong order names an item to move");
        assert!(hint.starts_with("Pindahkan \u{201c}"), "{hint}");
    }

    #[test]
    fn a_typed_answer_lists_the_advice_of_every_rule_it_misses() {
        let rule = |word: &str, feedback: &str| TextRule {
            must_contain: vec![word.to_string().into()].into(),
            feedback: feedback.to_string().into(),
            ..TextRule::default()
        };
        let step = TextAnswer {
            question: "Jawab".into(),
            placeholder: None,
            rules: vec![
                rule("tolak", "Tolak dengan jelas."),
                rule("maaf", "Awali dengan maaf."),
            ]
            .into(),
            feedback_correct: "Tegas dan sopan.".into(),
            hint: None,
            trainer_note: None,
        };
        assert_eq!(
            Feedback::text_answer(&step, "Maaf, saya tolak").lines,
            ["Tegas dan sopan."]
        );
        let said = Feedback::text_answer(&step, "boleh");
        assert_eq!(
            (said.correct, said.lines),
            (
                false,
                vec![
                    "Tolak dengan jelas.".to_string(),
                    "Awali dengan maaf.".to_string()
                ]
            )
        );
        assert_eq!(said.hint, None, "no hint in the step");
    }

    #[test]
    fn the_seller_hears_why_a_reply_or_a_decision_is_right_or_not() {
        use crate::shop::chat::{BuyerMessage, Decision};
        use crate::shop::desk::SellerDesk;
        let mut desk = SellerDesk::new(1);
        desk.send_reply("ok");
        let reply = Feedback::reply(&desk.reply_verdict().expect("a reply"));
        assert!(!reply.correct && !reply.lines.is_empty() && reply.hint.is_none());
        desk.send_reply("Halo Kak, untuk anak ambil level 0 saja.");
        assert_eq!(
            Feedback::reply(&desk.reply_verdict().expect("a reply")).lines,
            [shop_words::REPLY_RIGHT]
        );
        desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
        let trap = Feedback::trap(&desk.verdict(BuyerMessage::TransferProof).expect("decided"));
        assert!(trap.correct);
        assert_eq!(trap.lines.len(), 1);
    }
}
