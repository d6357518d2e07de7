//! Checkers for the question kinds: given a step and the learner's answer, say whether it
//! is right and why.

use super::spelling::Written;
use super::text::truncate_chars;
use super::{Choice, Lesson, Ordering, TextAnswer, TextRule};

/// Longest typed answer we check or keep; the text box stops there too.
pub const TEXT_ANSWER_MAX_CHARS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickedFeedback<'a> {
    pub option: usize,
    pub correct: bool,
    pub feedback: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceVerdict<'a> {
    pub correct: bool,
    /// Feedback for every picked option, in the order the options are listed.
    pub picked: Vec<PickedFeedback<'a>>,
    /// Right options the learner did not pick.
    pub missed: usize,
}

pub fn check_choice<'a>(step: &'a Choice, picked: &[usize]) -> ChoiceVerdict<'a> {
    let is_picked = |i: usize| picked.contains(&i);
    let feedback: Vec<PickedFeedback<'a>> = step
        .options
        .iter()
        .enumerate()
        .filter(|(i, _)| is_picked(*i))
        .map(|(option, o)| PickedFeedback {
            option,
            correct: o.correct,
            feedback: &o.feedback,
        })
        .collect();
    let missed = step
        .options
        .iter()
        .enumerate()
        .filter(|(i, o)| o.correct && !is_picked(*i))
        .count();
    let correct = !feedback.is_empty() && missed == 0 && feedback.iter().all(|p| p.correct);
    ChoiceVerdict {
        correct,
        picked: feedback,
        missed,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderVerdict {
    pub correct: bool,
    /// How many items stand right in relation to each other: all but the fewest that must
    /// move, so one item moved to the wrong place is one item wrong, not all after it.
    pub in_place: usize,
    pub total: usize,
    /// An item (index into the right order) that is out of place, for the hint to name: the
    /// first such in the right order, so the item before it is in place, and putting it
    /// right after that one (or at the top) always helps.
    pub to_move: Option<usize>,
}

pub fn check_order(step: &Ordering, order: &[usize]) -> OrderVerdict {
    let total = step.items.len();
    if !is_arrangement(order, total) {
        return OrderVerdict {
            correct: false,
            in_place: 0,
            total,
            to_move: None,
        };
    }
    let staying = longest_rising(order);
    let to_move = (0..total).find(|item| !staying.contains(item));
    OrderVerdict {
        correct: to_move.is_none(),
        in_place: staying.len(),
        total,
        to_move,
    }
}

/// The longest run of items, in the learner's order, that already rise as in the right order:
/// these can stay, and every other item must move. Of equally long runs, the one that keeps
/// the earliest places.
fn longest_rising(order: &[usize]) -> Vec<usize> {
    // ending[i]: the length of the longest rising run ending at place i, and the place before.
    let mut ending: Vec<(usize, Option<usize>)> = Vec::with_capacity(order.len());
    for (i, &item) in order.iter().enumerate() {
        let best = (0..i)
            .filter(|&j| order[j] < item)
            .max_by_key(|&j| (ending[j].0, std::cmp::Reverse(j)));
        ending.push(best.map_or((1, None), |j| (ending[j].0 + 1, Some(j))));
    }
    let Some(mut at) = (0..order.len()).max_by_key(|&i| (ending[i].0, std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut run = vec![order[at]];
    while let Some(before) = ending[at].1 {
        run.push(order[before]);
        at = before;
    }
    run.reverse();
    run
}

/// Whether `order` holds each of `0..len` exactly once: stored data may not.
pub fn is_arrangement(order: &[usize], len: usize) -> bool {
    let mut seen = vec![false; len];
    order.len() == len
        && order
            .iter()
            .all(|&i| i < len && !std::mem::replace(&mut seen[i], true))
}

/// The mixed order an ordering step starts in: the same on every phone for the same
/// step (so a trainer and a class see the same screen), and never already solved.
pub fn starting_order(len: usize, seed: &str) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut state = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    for i in (1..len).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if len > 1 && order.iter().enumerate().all(|(at, item)| at == *item) {
        order.rotate_left(1);
    }
    order
}

/// The seed of the ordering step at `index` in `lesson`: the learners' phones and Mode Pelatih
/// both start from `starting_order(len, &ordering_seed(..))`, so they show the same order.
pub fn ordering_seed(lesson: &Lesson, index: usize) -> String {
    format!("{}/{index}", lesson.id)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextVerdict<'a> {
    pub correct: bool,
    /// Feedback of every rule the answer does not meet, in file order.
    pub unmet: Vec<&'a str>,
}

pub fn check_text<'a>(step: &'a TextAnswer, answer: &str) -> TextVerdict<'a> {
    check_rules(&step.rules, answer)
}

/// Checks a typed answer against rules: the lesson's text steps and the simulators' written
/// replies are judged by this one function.
pub fn check_rules<'a>(rules: &'a [TextRule], answer: &str) -> TextVerdict<'a> {
    let answer = truncate_chars(answer, TEXT_ANSWER_MAX_CHARS);
    let written = Written::new(answer);
    let unmet: Vec<&str> = rules
        .iter()
        .filter(|rule| {
            let has_required =
                rule.must_contain.is_empty() || rule.must_contain.iter().any(|p| written.says(p));
            let has_forbidden = rule.must_not_contain.iter().any(|p| written.says(p));
            let denies = rule.must_not_deny.iter().any(|p| written.denies(p));
            let too_long = rule
                .max_chars
                .is_some_and(|max| answer.trim().chars().count() > max);
            !has_required || has_forbidden || denies || too_long
        })
        .map(|rule| &*rule.feedback)
        .collect();
    TextVerdict {
        correct: unmet.is_empty(),
        unmet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{ChoiceOption, TextRule};

    fn option(text: &str, correct: bool) -> ChoiceOption {
        ChoiceOption {
            text: text.to_string().into(),
            correct,
            feedback: format!("tentang {text}").into(),
        }
    }

    fn otp_question() -> Choice {
        Choice {
            question: "Kurir minta kode OTP. Apa yang Anda lakukan?".into(),
            options: vec![
                option("Kirim kodenya", false),
                option("Tolak dan jangan kirim", true),
            ]
            .into(),
            hint: None,
            trainer_note: None,
        }
    }

    fn safe_habits() -> Choice {
        Choice {
            question: "Mana kebiasaan aman?".into(),
            options: vec![
                option("Kata sandi panjang", true),
                option("Verifikasi dua langkah", true),
                option("Sandi = tanggal lahir", false),
            ]
            .into(),
            hint: None,
            trainer_note: None,
        }
    }

    #[test]
    fn single_choice_right_option_is_correct_with_its_feedback() {
        let q = otp_question();
        let v = check_choice(&q, &[1]);
        assert!(v.correct);
        assert_eq!(
            v.picked,
            vec![PickedFeedback {
                option: 1,
                correct: true,
                feedback: "tentang Tolak dan jangan kirim"
            }]
        );
        assert_eq!(v.missed, 0);
    }

    #[test]
    fn single_choice_wrong_option_is_wrong_with_its_own_feedback() {
        let q = otp_question();
        let v = check_choice(&q, &[0]);
        assert!(!v.correct);
        assert_eq!(v.picked[0].feedback, "tentang Kirim kodenya");
        assert_eq!(v.missed, 1);
    }

    #[test]
    fn several_choice_needs_all_right_and_no_wrong() {
        let q = safe_habits();
        assert!(check_choice(&q, &[0, 1]).correct);
        assert!(check_choice(&q, &[1, 0]).correct);
        let partial = check_choice(&q, &[0]);
        assert!(!partial.correct);
        assert_eq!(partial.missed, 1);
        let with_wrong = check_choice(&q, &[0, 1, 2]);
        assert!(!with_wrong.correct);
        assert_eq!(with_wrong.missed, 0);
        assert!(!with_wrong.picked[2].correct);
    }

    #[test]
    fn no_pick_and_out_of_range_picks_are_not_correct() {
        let q = otp_question();
        assert!(!check_choice(&q, &[]).correct);
        let v = check_choice(&q, &[7]);
        assert!(!v.correct);
        assert!(v.picked.is_empty());
    }

    fn steps_to_sell() -> Ordering {
        Ordering {
            question: "Urutkan".into(),
            items: vec!["Daftar".into(), "Isi toko".into(), "Unggah produk".into()].into(),
            feedback_correct: "Betul".into(),
            feedback_wrong: "Belum".into(),
            hint: None,
            trainer_note: None,
        }
    }

    #[test]
    fn ordering_right_order_is_correct() {
        let v = check_order(&steps_to_sell(), &[0, 1, 2]);
        assert_eq!(
            v,
            OrderVerdict {
                correct: true,
                in_place: 3,
                total: 3,
                to_move: None
            }
        );
    }

    fn five_statuses() -> Ordering {
        let items = ["Belum dibayar", "Dibayar", "Dikemas", "Dikirim", "Selesai"];
        Ordering {
            items: items.map(|i| i.to_string().into()).to_vec().into(),
            ..steps_to_sell()
        }
    }

    #[test]
    fn one_item_moved_is_one_item_wrong_and_the_one_to_move() {
        let step = five_statuses();
        // "Selesai" moved to the top: the other four still stand right to each other.
        let v = check_order(&step, &[4, 0, 1, 2, 3]);
        assert_eq!(
            v,
            OrderVerdict {
                correct: false,
                in_place: 4,
                total: 5,
                to_move: Some(4)
            }
        );
        // "Belum dibayar" moved to the bottom.
        assert_eq!(check_order(&step, &[1, 2, 3, 4, 0]).to_move, Some(0));
        // "Dikemas" moved up one row.
        let v = check_order(&step, &[0, 2, 1, 3, 4]);
        assert_eq!(v.in_place, 4);
        assert!(matches!(v.to_move, Some(1 | 2)), "{v:?}");
    }

    #[test]
    fn the_item_to_move_is_never_one_already_right() {
        let step = five_statuses();
        for order in [
            [4, 3, 2, 1, 0],
            [1, 0, 3, 2, 4],
            [2, 3, 4, 0, 1],
            [0, 4, 1, 2, 3],
            [3, 0, 4, 1, 2],
        ] {
            let v = check_order(&step, &order);
            let item = v.to_move.expect("something to move");
            let mut moved: Vec<usize> = order.iter().copied().filter(|&i| i != item).collect();
            // As the hint says: right after the item before it, or at the top.
            let fixed = {
                let at = if item == 0 {
                    0
                } else {
                    moved.iter().position(|&i| i == item - 1).unwrap_or(0) + 1
                };
                moved.insert(at, item);
                moved
            };
            assert_eq!(
                check_order(&step, &fixed).in_place,
                v.in_place + 1,
                "moving {item} in {order:?} fixes one"
            );
        }
        assert_eq!(check_order(&step, &[4, 3, 2, 1, 0]).in_place, 1);
    }

    #[test]
    fn ordering_counts_items_in_place_when_wrong() {
        let v = check_order(&steps_to_sell(), &[0, 2, 1]);
        assert_eq!(v.in_place, 2);
        assert!(!v.correct);
    }

    #[test]
    fn ordering_rejects_broken_arrangements() {
        assert!(!check_order(&steps_to_sell(), &[0, 1]).correct);
        assert!(!check_order(&steps_to_sell(), &[0, 1, 2, 3]).correct);
        assert!(!is_arrangement(&[0, 0, 2], 3));
        assert!(!is_arrangement(&[0, 1, 5], 3));
        assert!(is_arrangement(&[2, 0, 1], 3));
    }

    #[test]
    fn starting_order_is_mixed_stable_and_complete() {
        for len in 2..12 {
            let order = starting_order(len, "aman-bertransaksi/4");
            assert!(is_arrangement(&order, len), "len {len}: {order:?}");
            assert!(
                order.iter().enumerate().any(|(at, i)| at != *i),
                "solved at len {len}"
            );
            assert_eq!(order, starting_order(len, "aman-bertransaksi/4"));
        }
        assert_eq!(starting_order(1, "x"), vec![0]);
        assert!(starting_order(0, "x").is_empty());
    }

    #[test]
    fn the_ordering_seed_names_the_lesson_and_the_step() {
        let lesson = crate::progress::tests::lesson();
        assert_eq!(ordering_seed(&lesson, 4), "aman/4");
        assert_ne!(ordering_seed(&lesson, 4), ordering_seed(&lesson, 5));
    }

    fn rule(contain: &[&str], not_contain: &[&str], not_deny: &[&str], feedback: &str) -> TextRule {
        let list = |words: &[&str]| {
            words
                .iter()
                .map(|w| w.to_string().into())
                .collect::<Vec<_>>()
                .into()
        };
        TextRule {
            must_contain: list(contain),
            must_not_contain: list(not_contain),
            must_not_deny: list(not_deny),
            feedback: feedback.to_string().into(),
            ..TextRule::default()
        }
    }

    fn otp_text_question() -> TextAnswer {
        TextAnswer {
            question: "Apa jawaban Anda ke penelepon yang minta OTP?".into(),
            placeholder: None,
            rules: vec![
                rule(
                    &["tidak", "tolak", "jangan"],
                    &[],
                    &[],
                    "Tolak dengan tegas.",
                ),
                rule(&[], &["ini kodenya"], &[], "Jangan pernah menyebut kode."),
            ]
            .into(),
            feedback_correct: "Bagus".into(),
            hint: None,
            trainer_note: None,
        }
    }

    #[test]
    fn text_answer_meeting_every_rule_is_correct() {
        let q = otp_text_question();
        let v = check_text(&q, "Maaf, saya TIDAK   akan memberi kode.");
        assert!(v.correct);
        assert!(v.unmet.is_empty());
    }

    #[test]
    fn text_answer_names_each_unmet_rule() {
        let q = otp_text_question();
        let v = check_text(&q, "Baik pak, ini kodenya 123456");
        assert!(!v.correct);
        assert_eq!(
            v.unmet,
            vec!["Tolak dengan tegas.", "Jangan pernah menyebut kode."]
        );
        let v = check_text(&q, "Tidak! Ini-kodenya? bukan");
        assert_eq!(v.unmet, vec!["Jangan pernah menyebut kode."]);
    }

    #[test]
    fn text_answer_reads_chat_spelling_number_words_and_negation() {
        let q = otp_text_question();
        assert!(check_text(&q, "gk mau").correct, "\"gk\" is \"tidak\"");
        assert!(!check_text(&q, "takut").correct, "\"takut\" is no \"tak\"");
        let leak = TextAnswer {
            rules: vec![rule(&[], &["3"], &[], "Jangan sebut angka.")].into(),
            ..q.clone()
        };
        assert_eq!(
            check_text(&leak, "kodenya tiga tujuh").unmet,
            ["Jangan sebut angka."]
        );
        assert!(check_text(&leak, "tidak").correct);

        let remedy = TextAnswer {
            rules: vec![
                rule(
                    &[],
                    &[],
                    &["ganti", "diganti", "tukar"],
                    "Jangan menolak mengganti.",
                ),
                rule(&["ganti", "kirim ulang"], &[], &[], "Tawarkan ganti."),
                rule(&[], &["urusan kurir"], &[], "Jangan salahkan kurir."),
            ]
            .into(),
            ..q
        };
        assert!(check_text(&remedy, "Maaf kak, kami ganti ya").correct);
        assert_eq!(
            check_text(&remedy, "Maaf kak, tidak bisa diganti ya").unmet,
            ["Jangan menolak mengganti.", "Tawarkan ganti."]
        );
        assert_eq!(
            check_text(&remedy, "gk bs tukar, urusan kurir").unmet,
            [
                "Jangan menolak mengganti.",
                "Tawarkan ganti.",
                "Jangan salahkan kurir."
            ]
        );
        assert!(
            check_text(&remedy, "kirim ulang, ini bukan urusan kurir").correct,
            "a denied mistake is no mistake"
        );
    }

    #[test]
    fn text_answer_can_be_held_to_a_length() {
        let title = TextAnswer {
            rules: vec![TextRule {
                max_chars: Some(10),
                ..rule(&[], &[], &[], "Terlalu panjang.")
            }]
            .into(),
            ..otp_text_question()
        };
        assert!(
            check_text(&title, "  Nastar 5kg  ").correct,
            "spaces around do not count"
        );
        assert!(check_text(&title, "Nastar😀500").correct);
        assert_eq!(
            check_text(&title, "Nastar nanas").unmet,
            ["Terlalu panjang."]
        );
    }

    #[test]
    fn text_answer_handles_empty_emoji_html_and_very_long_input() {
        let q = otp_text_question();
        assert!(!check_text(&q, "").correct);
        assert!(check_text(&q, "😡 tolak!! 🙅").correct);
        assert!(!check_text(&q, "<b>ok</b>").correct);
        let long = "ya ".repeat(10_000) + "tidak";
        assert!(
            !check_text(&q, &long).correct,
            "text past the limit is not read"
        );
    }
}
