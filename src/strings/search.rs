//! Words of the "Memilih Kata Kunci" practice marketplace. The search core returns enums
//! and numbers; this file turns them into short, friendly Indonesian.

use crate::search::{Category, Fit, RankResult, Reason, Suggestion};

pub struct SearchStrings {
    pub heading: &'static str,
    pub intro: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub title_label: &'static str,
    pub title_placeholder: &'static str,
    pub description_label: &'static str,
    pub description_placeholder: &'static str,
    pub category_label: &'static str,
    pub your_listing: &'static str,
    pub practice_numbers: &'static str,
    pub results_for: fn(&str, usize) -> String,
    pub position: fn(&RankResult) -> String,
    pub monthly_searches: fn(u32) -> String,
    pub shoppers_who_see: fn(u32) -> String,
    pub why_heading: &'static str,
    pub reason: fn(&Reason) -> String,
    pub suggestions_heading: &'static str,
    pub suggestions_note: &'static str,
    pub no_suggestions: &'static str,
    pub suggestion: fn(&Suggestion) -> String,
    pub fit: fn(Fit) -> &'static str,
    pub category: fn(Category) -> &'static str,
    pub sold: fn(u32) -> String,
    pub rating: fn(u8) -> String,
    pub page: fn(usize) -> String,
    pub next_page: &'static str,
    pub previous_page: &'static str,
    pub selling: &'static str,
    pub goal: fn(usize) -> String,
    pub goal_reached: &'static str,
    pub goal_not_yet: &'static str,
    pub results_heading: &'static str,
    pub show_results_for: fn(&str) -> String,
    pub learner_elsewhere: fn(usize) -> String,
    /// Beside the title: its words that name a product the learner does not sell.
    pub not_your_product: fn(&[String]) -> String,
}

pub const INDONESIAN: SearchStrings = SearchStrings {
    heading: "Memilih Kata Kunci",
    intro: "Pembeli mencari barang dengan mengetik kata. Tulis judul dan deskripsi, lalu lihat urutan barang Anda di pasar latihan.",
    search_label: "Pembeli mencari:",
    search_placeholder: "Ketik kata yang dicari pembeli",
    title_label: "Judul barang",
    title_placeholder: "Misalnya: Keripik Singkong Pedas Renyah 250gr",
    description_label: "Deskripsi",
    description_placeholder: "Ceritakan barang Anda: bahan, rasa, ukuran, cocok untuk apa.",
    category_label: "Kategori",
    your_listing: "Barang Anda",
    practice_numbers: "Angka latihan, bukan data sungguhan.",
    results_for: |query, count| format!("{} hasil untuk \"{query}\"", number(count as u64)),
    position,
    monthly_searches: |count| format!("Dicari sekitar {} kali per bulan (angka latihan)", number(count.into())),
    shoppers_who_see: |count| match count {
        0 => "Belum ada pembeli yang melihat barang Anda dari pencarian ini.".to_string(),
        count => format!("Sekitar {} pembeli per bulan bisa melihat barang Anda (angka latihan).", number(count.into())),
    },
    why_heading: "Kenapa di urutan ini?",
    reason,
    suggestions_heading: "Kata tentang barang Anda yang sering dicari",
    suggestions_note: "Pakai hanya kata yang benar untuk barang Anda. Pembeli kecewa kalau barangnya tidak sesuai.",
    no_suggestions: "Kata-kata yang sering dicari sudah Anda pakai. Bagus!",
    suggestion: |s| format!("\"{}\": sekitar {} pencarian per bulan, misalnya \"{}\"", s.word, number(s.monthly.into()), s.example),
    fit: |fit| match fit {
        Fit::Close => "dicari untuk barang seperti milik Anda",
        Fit::SameCategory => "dicari di kategori yang sama",
        Fit::SharedWord => "dicari bersama kata yang sudah Anda pakai",
    },
    category: |category| match category {
        Category::Snacks => "Makanan ringan",
        Category::SambalAndSpices => "Sambal & bumbu",
        Category::Drinks => "Minuman",
        Category::CakesAndBread => "Kue & roti",
        Category::BatikAndCrafts => "Batik & kerajinan",
        Category::Fashion => "Pakaian",
        Category::DailyNeeds => "Kebutuhan sehari-hari",
    },
    sold: |sold| format!("{} terjual", number(sold.into())),
    rating: |tenths| format!("{},{}", tenths / 10, tenths % 10),
    page: |page| format!("Halaman {page}"),
    next_page: "Halaman berikutnya",
    previous_page: "Halaman sebelumnya",
    selling: "Barang yang Anda jual:",
    goal: |page| match page {
        1 => "Tujuan: barang Anda masuk halaman pertama untuk setiap pencarian di bawah.".to_string(),
        page => format!("Tujuan: barang Anda masuk halaman {page} atau lebih depan untuk setiap pencarian di bawah."),
    },
    goal_reached: "Tujuan tercapai untuk pencarian ini.",
    goal_not_yet: "Belum mencapai tujuan.",
    results_heading: "Hasil pencarian di pasar latihan",
    show_results_for: |query| format!("Lihat hasil \"{query}\""),
    learner_elsewhere: |page| format!("Barang Anda tidak ada di halaman ini. Ada di halaman {page}."),
    not_your_product: |words| format!("{} Hapus dari judul.", not_yours(words)),
};

/// The strings for the learner's language. Indonesian is the only one so far.
pub fn text() -> &'static SearchStrings {
    &INDONESIAN
}

fn position(result: &RankResult) -> String {
    match (result.position, result.page) {
        (Some(position), Some(page)) => format!(
            "Barang Anda di urutan {} dari {}, halaman {page}.",
            number(position as u64),
            number(result.total as u64)
        ),
        _ => "Barang Anda belum muncul di pencarian ini.".to_string(),
    }
}

fn reason(reason: &Reason) -> String {
    match reason {
        Reason::NoSearchWords => "Ketik dulu kata yang dicari pembeli, misalnya \"keripik singkong\".".into(),
        Reason::NotFound => "Judul dan deskripsi belum memuat kata yang dicari, jadi barang Anda belum muncul.".into(),
        Reason::TitleHas(words) => format!("Judul sudah memuat {}. Kata di judul paling membantu.", quoted(words)),
        Reason::TitleLacks(words) => {
            format!("Judul belum memuat {}. Tambahkan kalau memang sesuai dengan barang Anda.", quoted(words))
        }
        Reason::DescriptionHelps(words) => {
            format!("Deskripsi memuat {}. Itu membantu, tetapi di judul lebih kuat.", quoted(words))
        }
        Reason::SpellingMatched(pairs) => {
            let read: Vec<String> = pairs.iter().map(|(written, usual)| format!("\"{written}\" dibaca \"{usual}\"")).collect();
            format!("Ejaan pembeli tetap cocok: {}.", and_list(&read))
        }
        Reason::NotYourProduct { words, place_without } => {
            let cost = match place_without {
                Some(place) if words.len() == 1 => format!(" Tanpa kata itu, barang Anda di urutan {}.", number(*place as u64)),
                Some(place) => format!(" Tanpa kata-kata itu, barang Anda di urutan {}.", number(*place as u64)),
                None => String::new(),
            };
            format!("{} Pasar menurunkan judul seperti ini.{cost}", not_yours(words))
        }
        Reason::RepeatedWord { word, times } => format!(
            "Kata \"{word}\" tertulis {times} kali di judul. Pasar menurunkan judul seperti ini; satu kali sudah cukup."
        ),
        Reason::OtherCategoryWords(words) => format!(
            "Judul memuat kata untuk barang jenis lain: {}. Pasar menurunkan judul seperti ini; pakai kata tentang barang Anda saja.",
            quoted(words)
        ),
        Reason::TitleTooLong { chars, limit } => format!(
            "Judul {chars} huruf, lebih dari {limit}. Judul sepanjang ini diturunkan; simpan kata yang paling penting."
        ),
        Reason::NoDescription => "Deskripsi masih kosong. Ceritakan barang Anda dengan kata yang biasa dicari pembeli.".into(),
    }
}

/// "'pisang' bukan barang Anda: ...", with the words as the learner's title has them.
fn not_yours(words: &[String]) -> String {
    format!(
        "{} bukan barang Anda: pembeli kecewa dan toko bisa dinilai menipu.",
        quoted(words)
    )
}

/// "\"keripik\", \"singkong\" dan \"pedas\"".
fn quoted(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|word| format!("\"{word}\"")).collect();
    and_list(&quoted)
}

fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} dan {last}", rest.join(", ")),
    }
}

/// 12400 is "12.400": dots group thousands, as Indonesians write numbers.
fn number(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn another_product_in_the_title_is_named_with_what_it_cost() {
        let t = text();
        assert_eq!(
            (t.reason)(&Reason::NotYourProduct { words: words(&["pisang"]), place_without: Some(2) }),
            "\"pisang\" bukan barang Anda: pembeli kecewa dan toko bisa dinilai menipu. Pasar menurunkan judul seperti ini. Tanpa kata itu, barang Anda di urutan 2."
        );
        assert_eq!(
            (t.reason)(&Reason::NotYourProduct { words: words(&["pisang", "tempe"]), place_without: None }),
            "\"pisang\" dan \"tempe\" bukan barang Anda: pembeli kecewa dan toko bisa dinilai menipu. Pasar menurunkan judul seperti ini."
        );
        assert_eq!(
            (t.not_your_product)(&words(&["basreng"])),
            "\"basreng\" bukan barang Anda: pembeli kecewa dan toko bisa dinilai menipu. Hapus dari judul."
        );
    }

    #[test]
    fn reasons_read_naturally() {
        let t = text();
        assert_eq!(
            (t.reason)(&Reason::TitleLacks(words(&["pedas", "renyah", "oleh-oleh"]))),
            "Judul belum memuat \"pedas\", \"renyah\" dan \"oleh-oleh\". Tambahkan kalau memang sesuai dengan barang Anda."
        );
        assert_eq!(
            (t.reason)(&Reason::TitleHas(words(&["keripik"]))),
            "Judul sudah memuat \"keripik\". Kata di judul paling membantu."
        );
        assert_eq!(
            (t.reason)(&Reason::SpellingMatched(vec![("kripik".into(), "keripik".into()), ("pedes".into(), "pedas".into())])),
            "Ejaan pembeli tetap cocok: \"kripik\" dibaca \"keripik\" dan \"pedes\" dibaca \"pedas\"."
        );
        assert_eq!(
            (t.reason)(&Reason::RepeatedWord { word: "keripik".into(), times: 4 }),
            "Kata \"keripik\" tertulis 4 kali di judul. Pasar menurunkan judul seperti ini; satu kali sudah cukup."
        );
        assert_eq!(
            (t.reason)(&Reason::TitleTooLong { chars: 131, limit: 100 }),
            "Judul 131 huruf, lebih dari 100. Judul sepanjang ini diturunkan; simpan kata yang paling penting."
        );
    }

    #[test]
    fn numbers_use_indonesian_separators() {
        let t = text();
        assert_eq!(
            (t.position)(&RankResult {
                position: Some(3),
                total: 1_204,
                page: Some(1)
            }),
            "Barang Anda di urutan 3 dari 1.204, halaman 1."
        );
        assert_eq!(
            (t.position)(&RankResult {
                position: None,
                total: 40,
                page: None
            }),
            "Barang Anda belum muncul di pencarian ini."
        );
        assert_eq!(
            (t.shoppers_who_see)(12_400),
            "Sekitar 12.400 pembeli per bulan bisa melihat barang Anda (angka latihan)."
        );
        assert_eq!(
            (t.monthly_searches)(950),
            "Dicari sekitar 950 kali per bulan (angka latihan)"
        );
        assert_eq!((t.rating)(48), "4,8");
        assert_eq!((t.rating)(50), "5,0");
        assert_eq!((t.sold)(1_250_000), "1.250.000 terjual");
        assert_eq!((t.results_for)("kripik", 1), "1 hasil untuk \"kripik\"");
    }

    #[test]
    fn every_category_has_a_name() {
        for category in Category::ALL {
            assert!(!(text().category)(category).is_empty());
        }
        let suggestion = Suggestion {
            word: "pedas".into(),
            monthly: 13_800,
            fit: Fit::Close,
            example: "cemilan pedas".into(),
        };
        assert_eq!(
            (text().suggestion)(&suggestion),
            "\"pedas\": sekitar 13.800 pencarian per bulan, misalnya \"cemilan pedas\""
        );
    }
}
