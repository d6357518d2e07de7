//! The certificate a learner prints when every lesson is finished, with a short code
//! derived from what it says, so a trainer can match it against the learner's card.

use super::base32::symbol_of;
use super::card::ProgressCard;
use super::class_code::ClassCode;
use crate::time::CardDay;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub learner: String,
    pub business: String,
    /// Lesson numbers, in order.
    pub lessons: Vec<u8>,
    /// The day the last lesson was finished.
    pub completed_on: CardDay,
    pub class: Option<ClassCode>,
    /// 5 letters and digits; the same card always gives the same code.
    pub code: String,
}

const CODE_LEN: usize = 5;

/// The certificate `card` earns when every lesson of `lesson_numbers` is finished and the
/// learner gave a name; otherwise none.
pub fn certificate_for_card(card: &ProgressCard, lesson_numbers: &[u8]) -> Option<Certificate> {
    if card.learner.trim().is_empty() || lesson_numbers.is_empty() {
        return None;
    }
    let days: Vec<CardDay> = lesson_numbers
        .iter()
        .map(|&number| card.result(number)?.finished_on)
        .collect::<Option<_>>()?;
    let completed_on = days.into_iter().max()?;
    let class = card.class.clone();
    // Written out rather than with `{:?}`, so the code never depends on how Rust prints lists.
    let lessons = lesson_numbers
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let content = format!(
        "{}\n{}\n[{lessons}]\n{completed_on}\n{}",
        card.learner,
        card.business,
        class.as_ref().map_or("", |c| c.as_str())
    );
    Some(Certificate {
        learner: card.learner.clone(),
        business: card.business.clone(),
        lessons: lesson_numbers.to_vec(),
        completed_on,
        class,
        code: verification_code(&content),
    })
}

/// FNV-1a: small, stable everywhere, and enough to catch a certificate edited by hand.
fn verification_code(content: &str) -> String {
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
        });
    (0..CODE_LEN)
        .map(|i| symbol_of((hash >> (5 * i)) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::card::tests::sample_card;
    use super::*;

    fn finished_card() -> ProgressCard {
        let mut card = sample_card("Bu Wati", 1);
        card.lessons[1].finished_on = Some(710);
        card.lessons[1].reached = 9;
        card
    }

    #[test]
    fn every_lesson_finished_earns_a_certificate() {
        let card = finished_card();
        let certificate = certificate_for_card(&card, &[1, 3]).unwrap();
        assert_eq!(
            certificate.completed_on, 710,
            "the day the last lesson was finished"
        );
        assert_eq!(certificate.lessons, [1, 3]);
        assert_eq!(certificate.code.len(), CODE_LEN);
        // Printed certificates carry this code: the same card must always give it.
        assert_eq!(
            certificate.code, "JND9Z",
            "the code of a printed certificate never changes"
        );

        assert_eq!(
            certificate_for_card(&sample_card("Bu Wati", 1), &[1, 3]),
            None,
            "lesson 3 is not finished"
        );
        assert_eq!(
            certificate_for_card(&card, &[1, 2, 3]),
            None,
            "lesson 2 never started"
        );
        assert_eq!(
            certificate_for_card(&sample_card(" ", 1), &[1]),
            None,
            "no name, no certificate"
        );
        assert_eq!(certificate_for_card(&card, &[]), None);
    }

    #[test]
    fn changing_what_it_says_changes_the_code() {
        let code = certificate_for_card(&finished_card(), &[1, 3])
            .unwrap()
            .code;
        let mut renamed = finished_card();
        renamed.learner = "Bu Watik".into();
        let mut later = finished_card();
        later.lessons[0].finished_on = Some(720);
        let mut elsewhere = finished_card();
        elsewhere.class = None;
        for other in [renamed, later, elsewhere] {
            assert_ne!(certificate_for_card(&other, &[1, 3]).unwrap().code, code);
        }
        let mut newer_card = finished_card();
        newer_card.made_at += 500;
        newer_card.evaluation = vec![2];
        assert_eq!(
            certificate_for_card(&newer_card, &[1, 3]).unwrap().code,
            code,
            "sending a new card keeps the certificate"
        );
    }
}
