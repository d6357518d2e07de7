//! The price calculator's words (`ui::steps::price_calculator`).

use crate::money::format_rupiah;
use crate::pricing::AmountProblem;

pub const PRACTICE_NOTE: &str = "Angka biaya di sini adalah aturan pasar latihan, bukan tarif aplikasi sungguhan. Semua hitungan tetap di HP Anda.";
pub const BATCH_HEADING: &str = "1. Modal satu kali masak";
pub const COUNT_OWN_TIME: &str = "Hitung upah saya sendiri";
pub const OWN_TIME_WHY: &str = "Waktu Anda juga ada harganya. Kalau tidak dihitung, untung terlihat besar, padahal itu upah Anda.";
pub const PACKS_PER_BATCH: &str = "Satu kali masak jadi berapa bungkus?";
pub const PRICES_HEADING: &str = "2. Harga jual dan untung per tempat jualan";
pub const PRICE_LABEL: &str = "Harga jual satu bungkus";
pub const PRICE_PLACEHOLDER: &str = "misalnya 25rb";
pub const PACKS_PER_MONTH: &str = "Terjual sebulan (bungkus)";
pub const USE_SUGGESTION: &str = "Pakai harga ini";
pub const DONE: &str = "Bagus! Di semua tempat jualan, harga Anda sudah memberi untung yang cukup.";
pub const AMOUNT_EXAMPLE: &str = "Tulis angka saja, misalnya 15000, 15.000, atau 15rb.";
pub const COUNT_EXAMPLE: &str = "Tulis jumlah bungkus dengan angka, misalnya 20.";

pub fn problem_text(problem: AmountProblem, example: &'static str) -> String {
    match problem {
        AmountProblem::Unreadable => format!("Angka ini belum terbaca. {example}"),
        AmountProblem::TooLarge => "Angka ini terlalu besar. Periksa lagi jumlah nolnya.".into(),
    }
}

pub fn batch_total_text(total: u64) -> String {
    format!("Modal satu kali masak: {}", format_rupiah(total))
}

/// "Modal satu bungkus (HPP): Rp20.000", with how it was worked out.
/// Says "dibulatkan ke atas" only when the division left a remainder.
pub fn cost_per_pack_text(total: u64, packs: u32, cost: u64) -> String {
    let rounded = if cost.saturating_mul(u64::from(packs)) == total {
        ""
    } else {
        ", dibulatkan ke atas"
    };
    format!(
        "Modal satu bungkus (HPP, harga pokok): {} ÷ {packs} bungkus = {}{rounded}.",
        format_rupiah(total),
        format_rupiah(cost)
    )
}

pub const COST_NEEDS_PACKS: &str =
    "Tulis jumlah bungkus dulu. Modal satu bungkus dihitung dari situ.";

pub fn voucher_line(amount: u64) -> String {
    format!("Voucher dari toko Anda: −{}", format_rupiah(amount))
}

pub fn fee_line(name: &str, rate: &str, amount: u64) -> String {
    format!("{name} ({rate}): −{}", format_rupiah(amount))
}

pub fn waived_fee_line(name: &str, limit: u64) -> String {
    format!("{name}: Rp0, gratis sampai {}", format_rupiah(limit))
}

pub fn shipping_line(amount: u64) -> String {
    format!(
        "Ongkos kirim yang Anda tanggung: −{}",
        format_rupiah(amount)
    )
}

pub fn cost_line(amount: u64) -> String {
    format!("Modal satu bungkus: −{}", format_rupiah(amount))
}

/// The margin is said only of a profit: "-5% dari harga" reads as nonsense to a seller.
pub fn profit_line(profit: i64, margin: Option<i64>) -> String {
    if profit < 0 {
        return format!("Rugi per bungkus: {}", format_rupiah(profit.unsigned_abs()));
    }
    let percent = margin
        .map(|m| format!(" ({m}% dari harga)"))
        .unwrap_or_default();
    format!(
        "Untung per bungkus: {}{percent}",
        format_rupiah(profit.unsigned_abs())
    )
}

pub fn month_line(packs: u32, total: i64) -> String {
    let word = if total < 0 { "Rugi" } else { "Untung" };
    format!(
        "{word} sebulan ({packs} bungkus): {}",
        format_rupiah(total.unsigned_abs())
    )
}

pub fn verdict_text(reaches: bool, target: u8) -> String {
    if reaches {
        format!("Harga ini memberi untung paling sedikit {target}%.")
    } else {
        format!("Untung belum sampai {target}% dari harga. Naikkan harga, atau kurangi biaya.")
    }
}

pub fn suggestion_text(price: Option<u64>, target: u8) -> String {
    match price {
        Some(price) => format!(
            "Harga terendah untuk untung {target}%: {}",
            format_rupiah(price)
        ),
        None => format!(
            "Di sini tidak ada harga yang memberi untung {target}%: potongannya terlalu besar."
        ),
    }
}

pub fn break_even_text(name: &str, cost: u64, packs: Option<u64>) -> String {
    match packs {
        Some(packs) => format!(
            "{name} {}: balik modal setelah {packs} bungkus terjual di sini.",
            format_rupiah(cost)
        ),
        None => format!(
            "{name} {}: tidak akan balik modal selama tiap bungkus belum untung.",
            format_rupiah(cost)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cost_per_pack_says_rounding_only_when_there_was_some() {
        assert!(cost_per_pack_text(400_000, 20, 20_000).ends_with("= Rp20.000."));
        assert!(
            cost_per_pack_text(400_001, 20, 20_001).ends_with("= Rp20.001, dibulatkan ke atas.")
        );
    }
}
