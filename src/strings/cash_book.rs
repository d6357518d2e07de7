//! The cash book's words (`ui::steps::cash_book`).

use crate::cash_book::CashKind;
use crate::money::format_rupiah;

pub const PRACTICE_NOTE: &str = "Ini buku kas latihan. Semua orang dan uang di sini rekaan.";
pub const WHERE_DOES_IT_GO: &str = "Catat sebagai:";
pub const SUMMARY_HEADING: &str = "Hasil minggu ini";
pub const LEAK_ADVICE: &str = "Uang usaha terpakai untuk rumah. Pisahkan: simpan uang usaha di tempat sendiri, misalnya dompet atau e-wallet kedua, dan ambil gaji tetap untuk diri sendiri tiap minggu.";
pub const SHRANK: &str = "Uang usaha hari Minggu malam lebih sedikit daripada Senin pagi, padahal usahanya untung. Minggu depan, uang untuk belanja bahan bisa kurang.";
pub const DONE: &str = "Buku kas minggu ini sudah lengkap dan benar.";

pub fn kind_label(kind: CashKind) -> &'static str {
    match kind {
        CashKind::BusinessIn => "Uang masuk usaha",
        CashKind::BusinessOut => "Uang keluar usaha",
        CashKind::Household => "Keperluan rumah",
    }
}

pub fn starting_cash_text(amount: u64) -> String {
    format!("Uang usaha hari Senin pagi: {}", format_rupiah(amount))
}

pub fn recorded_text(recorded: usize, total: usize) -> String {
    format!("Sudah dicatat: {recorded} dari {total}")
}

pub fn business_in_line(amount: u64) -> String {
    format!("Uang masuk usaha: {}", format_rupiah(amount))
}

pub fn business_out_line(amount: u64) -> String {
    format!("Uang keluar usaha: {}", format_rupiah(amount))
}

pub fn profit_line(profit: i64) -> String {
    let word = if profit < 0 {
        "Rugi usaha"
    } else {
        "Untung usaha"
    };
    format!(
        "{word} minggu ini: {}",
        format_rupiah(profit.unsigned_abs())
    )
}

pub fn leak_line(amount: u64) -> String {
    format!("Bocor ke keperluan rumah: {}", format_rupiah(amount))
}

pub fn money_left_line(amount: i64) -> String {
    let rupiah = format_rupiah(amount.unsigned_abs());
    if amount < 0 {
        format!("Uang usaha hari Minggu malam: kurang {rupiah}")
    } else {
        format!("Uang usaha hari Minggu malam: {rupiah}")
    }
}

/// What the leak cost, said plainly: the profit that never stayed in the business.
pub fn leak_feedback(leak: u64, profit: i64) -> String {
    format!(
        "Minggu ini usaha untung {}, tapi {} dipakai untuk rumah. {LEAK_ADVICE}",
        format_rupiah(profit.unsigned_abs()),
        format_rupiah(leak)
    )
}
