//! Every word the learner sees, in one place, so a second language is one more table.
//! Each simulator's words are in a file of their own beside this one.

pub mod cash_book;
pub mod class;
pub mod post;
pub mod pricing;
pub mod report;
pub mod search;
pub mod shop;

use crate::lesson::Text;

pub struct Strings {
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub privacy: &'static str,
    pub lessons_heading: &'static str,
    pub status_not_started: &'static str,
    pub status_finished: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub about_minutes: fn(u32) -> String,
    pub start: &'static str,
    pub resume: &'static str,
    pub again: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub finish: &'static str,
    /// Before the reason under a ticked option of a select-all question.
    pub option_right: &'static str,
    pub option_wrong: &'static str,
    pub to_lessons: &'static str,
    /// Under a question not answered right yet, naming the button (`next` or `finish`).
    pub answer_to_continue: fn(&str) -> String,
    pub check_answer: &'static str,
    pub check_order: &'static str,
    pub pick_one: &'static str,
    pub pick_several: &'static str,
    pub right: &'static str,
    pub not_yet: &'static str,
    pub missed_right: fn(usize) -> String,
    pub in_place: fn(usize, usize) -> String,
    /// The item to move, and the item it belongs right after (none: at the top).
    pub move_item: fn(&str, Option<&str>) -> String,
    pub hint: &'static str,
    pub move_up: fn(&str) -> String,
    pub move_down: fn(&str) -> String,
    pub order_help: &'static str,
    pub your_answer: &'static str,
    pub type_here: &'static str,
    pub chars_left: fn(usize) -> String,
    pub finished_heading: &'static str,
    pub learned_heading: &'static str,
    pub reset: &'static str,
    pub reset_question: &'static str,
    pub reset_yes: &'static str,
    pub reset_no: &'static str,
    pub reset_done: &'static str,
    pub lesson_missing: &'static str,
    pub part_loading: &'static str,
    pub part_missing: &'static str,
    pub try_again: &'static str,
    pub part_outdated: &'static str,
    pub reload: &'static str,
    pub started_afresh: &'static str,
    pub close: &'static str,
    pub notice_damaged: &'static str,
    pub notice_unavailable: &'static str,
    pub notice_full: &'static str,
    pub notice_outdated: &'static str,
    pub presenter_heading: &'static str,
    pub presenter_intro: &'static str,
    pub presenter_open: fn(&str) -> String,
    pub presenter_mode: &'static str,
    pub presenter_show: &'static str,
    pub presenter_hide: &'static str,
    pub presenter_previous: &'static str,
    pub presenter_next: &'static str,
    pub presenter_right: &'static str,
    pub presenter_wrong: &'static str,
    pub presenter_right_order: &'static str,
    pub presenter_good_answer_has: fn(&[Text]) -> String,
    pub presenter_good_answer_avoids: fn(&[Text]) -> String,
    pub presenter_good_answer_never_denies: fn(&[Text]) -> String,
    pub presenter_good_answer_at_most: fn(usize) -> String,
    pub presenter_demonstrate: &'static str,
    pub presenter_trainer_note: &'static str,
    pub presenter_done: &'static str,
}

pub const INDONESIAN: Strings = Strings {
    app_name: "Lapak Latihan",
    app_tagline: "Belajar jualan online di layar latihan. Aman, tanpa uang sungguhan.",
    privacy: "Kemajuan belajar Anda hanya tersimpan di HP ini. Tidak ada akun, tidak ada yang dikirim.",
    lessons_heading: "Pelajaran",
    status_not_started: "Belum mulai",
    status_finished: "Selesai",
    step_of: |step, of| format!("Langkah {step} dari {of}"),
    about_minutes: |minutes| format!("Sekitar {minutes} menit"),
    start: "Mulai",
    resume: "Lanjutkan",
    again: "Ulangi",
    next: "Lanjut",
    back: "Kembali",
    finish: "Selesai",
    to_lessons: "Ke daftar pelajaran",
    answer_to_continue: |button| format!("Jawab dengan benar dulu, lalu tombol {button} bisa ditekan."),
    check_answer: "Periksa jawaban",
    check_order: "Periksa urutan",
    pick_one: "Ketuk satu jawaban.",
    pick_several: "Jawaban benar bisa lebih dari satu. Centang semua yang benar, lalu tekan Periksa jawaban.",
    right: "Benar!",
    option_right: "✓ Tepat.",
    option_wrong: "✗ Kurang tepat.",
    not_yet: "Belum tepat.",
    missed_right: |count| format!("Masih ada {count} jawaban benar yang belum dicentang."),
    in_place: |in_place, total| format!("{in_place} dari {total} sudah di tempat yang benar."),
    move_item: |item, after| match after {
        Some(after) => format!("Pindahkan \u{201c}{item}\u{201d} ke tepat di bawah \u{201c}{after}\u{201d}."),
        None => format!("Pindahkan \u{201c}{item}\u{201d} ke paling atas."),
    },
    hint: "Petunjuk:",
    move_up: |item| format!("Naikkan: {item}"),
    move_down: |item| format!("Turunkan: {item}"),
    order_help: "Pakai tombol panah untuk memindahkan. Yang paling atas adalah yang pertama.",
    your_answer: "Jawaban Anda:",
    type_here: "Tulis jawaban Anda di sini",
    chars_left: |left| format!("Sisa {left} huruf"),
    finished_heading: "Selamat, pelajaran selesai!",
    learned_heading: "Yang sudah Anda pelajari:",
    reset: "Hapus semua kemajuan",
    reset_question: "Hapus semua kemajuan? Semua langkah dan jawaban di HP ini akan hilang. Nama Anda dan data kelas tetap disimpan.",
    reset_yes: "Ya, hapus",
    reset_no: "Batal",
    reset_done: "Kemajuan sudah dihapus. Anda bisa mulai dari awal.",
    lesson_missing: "Pelajaran ini tidak ditemukan.",
    part_loading: "Sedang membuka…",
    part_missing: "Bagian ini belum tersimpan di HP. Nyalakan internet sebentar, lalu ketuk Coba lagi.",
    try_again: "Coba lagi",
    part_outdated: "Aplikasi ini baru diperbarui. Muat ulang halaman ini. Kemajuan Anda tetap tersimpan.",
    reload: "Muat ulang",
    started_afresh: "Catatan lama latihan ini tidak bisa dibaca, jadi latihan ini dimulai dari awal.",
    close: "Tutup",
    notice_damaged: "Catatan belajar lama tidak bisa dibaca. Salinannya kami simpan, dan Anda bisa terus belajar.",
    notice_unavailable: "HP ini tidak mengizinkan penyimpanan, jadi kemajuan hilang saat halaman ditutup. Anda tetap bisa belajar.",
    notice_full: "Memori browser penuh, jadi langkah terakhir belum tersimpan. Kami coba lagi di langkah berikutnya.",
    notice_outdated: "Aplikasi ini sudah diperbarui di tab lain. Muat ulang halaman ini supaya langkah Anda tersimpan.",
    presenter_heading: "Untuk pelatih",
    presenter_intro: "Mode Pelatih menampilkan pelajaran dengan huruf besar untuk layar proyektor. Jawaban muncul saat Anda mengetuk. Tidak ada yang dicatat sebagai kemajuan.",
    presenter_open: |title| format!("Mode Pelatih: {title}"),
    presenter_mode: "Mode Pelatih",
    presenter_show: "Tampilkan jawaban",
    presenter_hide: "Sembunyikan jawaban",
    presenter_previous: "Sebelumnya",
    presenter_next: "Berikutnya",
    presenter_right: "Benar",
    presenter_wrong: "Kurang tepat",
    presenter_right_order: "Urutan yang benar:",
    presenter_good_answer_has: |words| format!("Jawaban yang baik memuat salah satu: {}", words.join(", ")),
    presenter_good_answer_avoids: |words| format!("Jawaban yang baik tidak memuat: {}", words.join(", ")),
    presenter_good_answer_never_denies: |words| format!("Jawaban yang baik tidak menolak: {}", words.join(", ")),
    presenter_good_answer_at_most: |chars| format!("Jawaban yang baik paling banyak {chars} huruf."),
    presenter_demonstrate: "Peragakan langsung di HP Anda, lalu minta peserta mencoba di HP masing-masing.",
    presenter_trainer_note: "Catatan untuk pelatih",
    presenter_done: "Pelajaran selesai. Yang dipelajari:",
};

/// The strings for the learner's language. Indonesian is the only one so far.
pub fn text() -> &'static Strings {
    &INDONESIAN
}

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "Desember" for 12; its first three letters are the short form ("Des").
pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12) - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_naturally() {
        let t = text();
        assert_eq!((t.step_of)(3, 8), "Langkah 3 dari 8");
        assert_eq!((t.about_minutes)(10), "Sekitar 10 menit");
        assert_eq!((t.in_place)(2, 5), "2 dari 5 sudah di tempat yang benar.");
        assert_eq!(
            (t.move_item)("Bayar", Some("Pilih")),
            "Pindahkan \u{201c}Bayar\u{201d} ke tepat di bawah \u{201c}Pilih\u{201d}."
        );
        assert_eq!(
            (t.move_item)("Pilih", None),
            "Pindahkan \u{201c}Pilih\u{201d} ke paling atas."
        );
        assert_eq!(
            (t.missed_right)(1),
            "Masih ada 1 jawaban benar yang belum dicentang."
        );
        assert_eq!((t.move_up)("Bayar"), "Naikkan: Bayar");
        // The last step's button says Selesai, and so does the sentence about it.
        assert_eq!(
            (t.answer_to_continue)(t.finish),
            "Jawab dengan benar dulu, lalu tombol Selesai bisa ditekan."
        );
        assert_eq!(
            (t.presenter_good_answer_at_most)(100),
            "Jawaban yang baik paling banyak 100 huruf."
        );
    }
}
