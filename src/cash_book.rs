//! The cash book week: a week of money events (from the lesson file) that the learner records
//! as the business's money in, the business's money out, or household spending taken from
//! the business. At the end: the week's profit, the business money left, and what leaked to
//! the household. Kept as the learner's picks, one per event.

use crate::lesson::{CashBook, CashEvent};
use crate::money::{Rupiah, MAX_PRICE};
use serde::{Deserialize, Serialize};

/// Where one event belongs in the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CashKind {
    /// Money the business earned: a sale, a marketplace payout.
    #[serde(rename = "usaha_masuk")]
    BusinessIn,
    /// Money the business spent to make and sell: ingredients, packaging, shipping.
    #[serde(rename = "usaha_keluar")]
    BusinessOut,
    /// Household spending paid from the business's money: the leak.
    #[serde(rename = "rumah_tangga")]
    Household,
}

impl CashKind {
    pub const ALL: [CashKind; 3] = [
        CashKind::BusinessIn,
        CashKind::BusinessOut,
        CashKind::Household,
    ];
}

/// The learner's book: one pick per event, `None` until recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    #[serde(default)]
    pub picks: Vec<Option<CashKind>>,
}

/// The week's figures, from the picks as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekSummary {
    pub business_in: Rupiah,
    pub business_out: Rupiah,
    pub household: Rupiah,
    /// Business in less business out; negative is a loss.
    pub profit: i64,
    /// The starting money plus what came in, less everything that went out.
    pub money_left: i64,
}

impl Book {
    pub fn new(step: &CashBook) -> Book {
        Book {
            picks: vec![None; step.events.get().len()],
        }
    }

    /// One pick per event of the lesson (a changed lesson file may have more or fewer).
    pub fn fitted(mut self, step: &CashBook) -> Book {
        self.picks.resize(step.events.get().len(), None);
        self
    }

    pub fn record(&mut self, index: usize, kind: CashKind) {
        if let Some(pick) = self.picks.get_mut(index) {
            *pick = Some(kind);
        }
    }

    /// Whether event `index` is recorded where it belongs; `None` until recorded.
    pub fn is_right(&self, step: &CashBook, index: usize) -> Option<bool> {
        let pick = (*self.picks.get(index)?)?;
        Some(step.events.get().get(index)?.kind == pick)
    }

    pub fn recorded(&self) -> usize {
        self.picks.iter().flatten().count()
    }

    /// Done when every event is recorded where it belongs.
    pub fn is_done(&self, step: &CashBook) -> bool {
        (0..step.events.get().len()).all(|index| self.is_right(step, index) == Some(true))
    }

    /// The figures of the book as the learner recorded it, unrecorded events left out.
    pub fn summary(&self, step: &CashBook) -> WeekSummary {
        let total = |kind: CashKind| -> Rupiah {
            step.events
                .get()
                .iter()
                .zip(&self.picks)
                .filter(|(_, pick)| **pick == Some(kind))
                .map(|(event, _)| event.amount)
                .fold(0, Rupiah::saturating_add)
        };
        let (business_in, business_out, household) = (
            total(CashKind::BusinessIn),
            total(CashKind::BusinessOut),
            total(CashKind::Household),
        );
        let signed = |amount: Rupiah| i64::try_from(amount).unwrap_or(i64::MAX);
        let profit = signed(business_in).saturating_sub(signed(business_out));
        WeekSummary {
            business_in,
            business_out,
            household,
            profit,
            money_left: signed(step.starting_cash)
                .saturating_add(profit)
                .saturating_sub(signed(household)),
        }
    }
}

/// The days of the week, Monday first, as the book's headings.
pub const DAYS: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// Lesson-file rules for a cash book, as (field, message) pairs for the validator.
pub fn step_problems(step: &CashBook) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let mut say = |field: String, message: &str| problems.push((field, message.to_string()));
    if !(3..=21).contains(&step.events.get().len()) {
        say("events".into(), "tulis 3 sampai 21 kejadian");
    }
    if step.starting_cash > MAX_PRICE {
        say(
            "starting_cash".into(),
            "terlalu besar (paling banyak Rp1.000.000.000)",
        );
    }
    let mut last_day = 1;
    for (i, event) in step.events.get().iter().enumerate() {
        let at = |field: &str| format!("events[{}].{field}", i + 1);
        if !(1..=7).contains(&event.day) {
            say(at("day"), "tulis hari ke-1 (Senin) sampai ke-7 (Minggu)");
        } else if event.day < last_day {
            say(at("day"), "urutkan kejadian dari Senin ke Minggu");
        } else {
            last_day = event.day;
        }
        if event.amount == 0 || event.amount > MAX_PRICE {
            say(at("amount"), "tulis jumlah uang, lebih dari 0");
        }
        for (field, text) in [("text", &event.text), ("why", &event.why)] {
            if text.trim().is_empty() {
                say(at(field), "tidak boleh kosong");
            }
        }
    }
    for kind in CashKind::ALL {
        if !step
            .events
            .get()
            .iter()
            .any(|event: &CashEvent| event.kind == kind)
        {
            say(
                "events".into(),
                "pakai ketiga jenis: usaha_masuk, usaha_keluar, dan rumah_tangga",
            );
            break;
        }
    }
    problems
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lesson::{Packed, Text};
    use std::borrow::Cow;
    use CashKind::*;

    pub(crate) fn week() -> CashBook {
        let event = |day, text: &'static str, amount, kind| CashEvent {
            day,
            text: Text::Borrowed(text),
            amount,
            kind,
            why: Text::Borrowed("Sebab"),
        };
        CashBook {
            title: Text::Borrowed("Buku kas"),
            task: Text::Borrowed("Catat"),
            starting_cash: 200_000,
            events: Packed::new(&Cow::Owned(vec![
                event(1, "Jual 6 bungkus tunai", 150_000, BusinessIn),
                event(1, "Beli singkong dan minyak", 147_000, BusinessOut),
                event(2, "Uang jajan anak dari laci", 20_000, Household),
                event(3, "Pembayaran Pasar Latihan cair", 205_000, BusinessIn),
                event(5, "Beli beras dari laci", 65_000, Household),
                event(7, "Bayar QRIS dari pembeli", 75_000, BusinessIn),
            ])),
            hint: None,
            trainer_note: None,
        }
    }

    #[test]
    fn a_recorded_week_gives_profit_money_left_and_the_leak() {
        let step = week();
        let mut book = Book::new(&step);
        for (index, event) in step.events.get().iter().enumerate() {
            book.record(index, event.kind);
        }
        assert!(book.is_done(&step));
        let summary = book.summary(&step);
        // In 150.000 + 205.000 + 75.000 = 430.000; out 147.000; household 20.000 + 65.000.
        assert_eq!(
            (summary.business_in, summary.business_out, summary.household),
            (430_000, 147_000, 85_000)
        );
        assert_eq!(summary.profit, 283_000);
        assert_eq!(summary.money_left, 200_000 + 283_000 - 85_000);
    }

    /// The week in the lesson file: its last question quotes these figures.
    #[test]
    fn the_shipped_week_gives_the_figures_the_lesson_quotes() {
        use crate::lesson::Step;
        let step = crate::catalog::shipped_step("hitung-harga-dan-untung", |s| match s {
            Step::CashBook(s) => Some(s),
            _ => None,
        });
        let mut book = Book::new(step);
        for (index, event) in step.events.get().iter().enumerate() {
            book.record(index, event.kind);
        }
        let summary = book.summary(step);
        assert_eq!(
            (summary.profit, summary.household, summary.money_left),
            (245_000, 300_000, 245_000)
        );
        // "uang usaha berkurang Rp55.000 dari Senin"
        assert_eq!(step.starting_cash as i64 - summary.money_left, 55_000);
    }

    #[test]
    fn a_wrong_or_missing_pick_is_not_done_and_counts_where_it_was_put() {
        let step = week();
        let mut book = Book::new(&step);
        assert_eq!(book.is_right(&step, 2), None);
        book.record(2, BusinessOut);
        assert_eq!(book.is_right(&step, 2), Some(false));
        assert_eq!(book.summary(&step).business_out, 20_000);
        assert_eq!(book.summary(&step).household, 0);
        book.record(2, Household);
        assert_eq!(book.is_right(&step, 2), Some(true));
        assert_eq!(book.recorded(), 1);
        assert!(!book.is_done(&step));
        book.record(99, Household);
        assert_eq!(book.recorded(), 1);
    }

    #[test]
    fn a_kept_book_fits_a_changed_lesson() {
        let step = week();
        let long = Book {
            picks: vec![Some(Household); 30],
        }
        .fitted(&step);
        assert_eq!(long.picks.len(), step.events.get().len());
        let short = Book {
            picks: vec![Some(BusinessIn)],
        }
        .fitted(&step);
        assert_eq!(short.recorded(), 1);
        assert_eq!(short.picks.len(), step.events.get().len());
    }

    #[test]
    fn huge_amounts_saturate() {
        let mut step = week();
        step.events.edit(|events| {
            for event in events.to_mut() {
                event.amount = u64::MAX;
            }
        });
        let book = Book {
            picks: vec![Some(BusinessOut); 6],
        };
        assert_eq!(book.summary(&step).profit, -i64::MAX);
        assert!(book.summary(&step).money_left < 0);
    }

    #[test]
    fn the_lesson_file_rules_name_the_field() {
        let mut step = week();
        assert_eq!(step_problems(&step), vec![]);
        step.events.edit(|events| {
            let events = events.to_mut();
            events[1].day = 8;
            events[4].day = 2;
            events[5].why = Text::Borrowed(" ");
        });
        let problems = step_problems(&step);
        assert_eq!(
            crate::lesson::validate::fields_named(&problems),
            vec!["events[2].day", "events[5].day", "events[6].why"]
        );
        step.events
            .edit(|events| events.to_mut().retain(|event| event.kind != Household));
        assert!(step_problems(&step)
            .iter()
            .any(|(field, message)| field == "events" && message.contains("rumah_tangga")));
    }
}
