//! Words the class core writes into things that leave the app: the CSV report, dates on
//! the certificate, and why a pasted progress code could not be read.

use crate::class::card::{CardProblem, LessonResult};
use crate::time::{date_of_card_day, day_of_minutes, CardDay, CardMinutes};

/// "2 Desember 2026".
pub fn day_text(day: CardDay) -> String {
    let date = date_of_card_day(day);
    format!(
        "{} {} {}",
        date.day,
        super::month_name(date.month),
        date.year
    )
}

/// A class date as the date field gives it ("2026-12-03") written "3 Desember 2026"; any
/// other text as the trainer typed it.
pub fn class_date_text(date: &str) -> String {
    let parts: Vec<&str> = date.trim().split('-').collect();
    let number = |at: usize| parts.get(at).and_then(|p| p.parse::<u16>().ok());
    match (parts.len(), number(0), number(1), number(2)) {
        (3, Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
            format!("{day} {} {year}", super::month_name(month as u8))
        }
        _ => date.trim().to_string(),
    }
}

/// "2 Des 2026, 10.05": when a progress code was made (WIB).
pub fn made_at_text(minutes: CardMinutes) -> String {
    let date = date_of_card_day(day_of_minutes(minutes));
    let minute_of_day = minutes % 1_440;
    format!(
        "{} {} {}, {:02}.{:02}",
        date.day,
        &super::month_name(date.month)[..3],
        date.year,
        minute_of_day / 60,
        minute_of_day % 60
    )
}

pub fn card_problem_text(problem: CardProblem) -> String {
    match problem {
        CardProblem::NotACode => "Ini bukan kode kemajuan Lapak Latihan.".into(),
        CardProblem::Incomplete => {
            "Kodenya terpotong. Minta peserta mengirim ulang kodenya utuh.".into()
        }
        CardProblem::Typo => {
            "Ada huruf yang salah ketik atau tertukar. Minta peserta mengirim ulang kodenya.".into()
        }
        CardProblem::NewerVersion(version) => {
            format!("Kode ini dibuat aplikasi versi lebih baru ({version}). Buka Lapak Latihan dengan sinyal supaya diperbarui, lalu coba lagi.")
        }
    }
}

/// One lesson's cell in the report: "Selesai (4/5 benar)", "Selesai (3/4 benar, 2/2 praktik)",
/// "Langkah 3 dari 8 (0/2 praktik)" or empty. "benar": questions right on the first try.
pub fn lesson_cell(result: Option<&LessonResult>) -> String {
    let Some(r) = result else {
        return String::new();
    };
    let practices =
        (r.practices > 0).then(|| format!("{}/{} praktik", r.practices_done, r.practices));
    if r.is_finished() {
        let counts: Vec<String> = [
            (r.questions > 0).then(|| format!("{}/{} benar", r.right_first_try(), r.questions)),
            practices,
        ]
        .into_iter()
        .flatten()
        .collect();
        if counts.is_empty() {
            "Selesai".to_string()
        } else {
            format!("Selesai ({})", counts.join(", "))
        }
    } else {
        let step = format!("Langkah {} dari {}", usize::from(r.reached) + 1, r.steps);
        practices.map_or(step.clone(), |practices| format!("{step} ({practices})"))
    }
}

pub const CSV_NAME: &str = "Nama";
pub const CSV_BUSINESS: &str = "Usaha";
pub const CSV_FINISHED: &str = "Pelajaran selesai";
pub const CSV_MINUTES: &str = "Lama belajar (menit)";
pub const CSV_CERTIFICATE: &str = "Kode sertifikat";
pub const CSV_SENT_AT: &str = "Kode dibuat";
pub const CSV_PHONE: &str = "Kode HP";
pub const CSV_NOTE: &str = "Catatan";
/// What the roster and the report say about a row the trainer should look at.
pub const OLD_CARD: &str = "kartu lama";
pub const SAME_NAME: &str = "nama sama, HP berbeda";
pub fn row_notes(old_card: bool, same_name: bool) -> Vec<&'static str> {
    [old_card.then_some(OLD_CARD), same_name.then_some(SAME_NAME)]
        .into_iter()
        .flatten()
        .collect()
}
pub fn csv_lesson_heading(number: u8, title: &str) -> String {
    format!("Pelajaran {number}: {title}")
}
pub fn finished_of_text(finished: usize, of: usize) -> String {
    format!("{finished} dari {of}")
}
/// The report's file name, e.g. "laporan-kelas-K7QM2X.csv".
pub fn csv_file_name(class_code: &str) -> String {
    format!("laporan-kelas-{class_code}.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_indonesian_way() {
        assert_eq!(day_text(0), "1 Januari 2025");
        assert_eq!(day_text(700), "2 Desember 2026");
        assert_eq!(class_date_text("2026-12-03"), "3 Desember 2026");
        assert_eq!(class_date_text(" 2027-01-30 "), "30 Januari 2027");
        // Not a date from the date field: kept as typed.
        assert_eq!(class_date_text("Sabtu pagi"), "Sabtu pagi");
        assert_eq!(class_date_text("2026-13-03"), "2026-13-03");
        assert_eq!(class_date_text(""), "");
        assert_eq!(made_at_text(700 * 1_440 + 605), "2 Des 2026, 10.05");
    }

    #[test]
    fn a_lesson_cell_says_how_far() {
        let mut result = LessonResult {
            number: 1,
            steps: 8,
            questions: 5,
            missed: vec![1],
            practices: 0,
            practices_done: 0,
            reached: 2,
            minutes: 3,
            finished_on: None,
        };
        assert_eq!(lesson_cell(Some(&result)), "Langkah 3 dari 8");
        result.finished_on = Some(1);
        assert_eq!(lesson_cell(Some(&result)), "Selesai (4/5 benar)");
        (result.practices, result.practices_done) = (2, 2);
        assert_eq!(
            lesson_cell(Some(&result)),
            "Selesai (4/5 benar, 2/2 praktik)"
        );
        result.questions = 0;
        result.missed.clear();
        assert_eq!(
            lesson_cell(Some(&result)),
            "Selesai (2/2 praktik)",
            "a lesson of practice screens only"
        );
        (result.finished_on, result.practices_done) = (None, 1);
        assert_eq!(lesson_cell(Some(&result)), "Langkah 3 dari 8 (1/2 praktik)");
        result.practices = 0;
        result.finished_on = Some(1);
        assert_eq!(lesson_cell(Some(&result)), "Selesai");
        assert_eq!(lesson_cell(None), "");
    }
}
