//! Words of the class screens: joining a class, the progress card, the trainer's roster and
//! the certificate.

use crate::class::card::LessonResult;
use crate::class::class_code::{ClassCodeProblem, ClassInfo};

// Home
pub const CLASS_HEADING: &str = "Belajar bersama kelas";
pub const CLASS_INTRO: &str = "Ikut pelatihan? Masukkan kode kelas dari pelatih. Nanti Anda bisa mengirim kemajuan belajar ke pelatih lewat WhatsApp.";
pub const JOIN_CLASS: &str = "Gabung kelas";
pub const OPEN_CARD: &str = "Kartu kemajuan";
pub const OPEN_CERTIFICATE: &str = "Lihat sertifikat";
pub const CERTIFICATE_READY: &str = "Selamat! Semua pelajaran selesai. Sertifikat Anda sudah siap.";
pub fn in_class_text(class: &str) -> String {
    format!("Anda ikut kelas {class}.")
}
pub const SEND_AFTER_LESSON: &str = "Kirim kemajuan Anda ke pelatih dari Kartu kemajuan.";
pub const MY_CLASSES: &str = "Kelas saya (untuk pelatih)";

// Join and the learner's details
pub const JOIN_HEADING: &str = "Gabung kelas";
pub const JOIN_INTRO: &str = "Isi sekali saja. Nama Anda hanya disimpan di HP ini, dan baru dikirim kalau Anda sendiri menekan \"Kirim ke pelatih\".";
pub const CLASS_CODE_LABEL: &str = "Kode kelas (6 huruf dan angka dari pelatih)";
pub const NAME_LABEL: &str = "Nama Anda";
pub const BUSINESS_LABEL: &str = "Nama usaha (boleh dikosongkan)";
pub const NAME_NEEDED: &str = "Tulis nama Anda dulu.";
pub const SAVE_DETAILS: &str = "Simpan";
pub const DETAILS_SAVED: &str = "Nama Anda sudah disimpan.";
pub fn class_code_problem_text(problem: ClassCodeProblem) -> &'static str {
    match problem {
        ClassCodeProblem::Empty => "Tulis kode kelas dari pelatih dulu.",
        ClassCodeProblem::WrongLength => {
            "Kode kelas terdiri dari 6 huruf dan angka. Periksa lagi, ya."
        }
        ClassCodeProblem::NotACodeCharacter => {
            "Kode kelas hanya berisi huruf dan angka. Periksa lagi, ya."
        }
        ClassCodeProblem::Typo => {
            "Kode ini sepertinya salah ketik. Cocokkan lagi dengan kode dari pelatih."
        }
    }
}
/// After joining: the class's name from a link or QR code, or only its code when typed.
pub fn joined_text(class: &ClassInfo) -> String {
    if class.name.is_empty() {
        format!(
            "Berhasil! Anda sekarang ikut kelas dengan kode {}.",
            class.code.as_str()
        )
    } else {
        format!("Berhasil! Anda sekarang ikut {}.", class.name)
    }
}
pub const TO_LESSONS_NOW: &str = "Mulai belajar";
pub const SCAN_QR: &str = "Pindai kode QR dengan kamera";
pub const SCAN_FAILED: &str =
    "Kode QR tidak terbaca. Coba foto lebih dekat dan terang, atau ketik kodenya.";
pub const SCAN_NOT_CLASS: &str = "Kode QR ini bukan kode kelas Lapak Latihan.";

// Progress card
pub const CARD_HEADING: &str = "Kartu kemajuan";
pub const CARD_INTRO: &str = "Kirim kode ini ke pelatih lewat WhatsApp. Kode berisi nama, usaha, pelajaran yang selesai, nilai, lama belajar, dan jawaban evaluasi Anda.";
pub const CARD_NEEDS_NAME: &str = "Tulis nama Anda dulu supaya pelatih tahu kode ini milik siapa.";
/// The certificate asks for the name for itself: a learner may have no class nor trainer.
pub const CERTIFICATE_NEEDS_NAME: &str = "Tulis nama Anda dulu. Nama ini tertulis di sertifikat.";
pub const CODE_LABEL: &str = "Kode kemajuan Anda";
pub const CODE_QR_LABEL: &str = "Kode QR berisi kode kemajuan Anda";
pub const COPY_CODE: &str = "Salin kode";
pub const COPIED: &str = "Kode sudah disalin. Tempel di chat WhatsApp pelatih.";
pub const COPY_FAILED: &str =
    "Belum bisa menyalin otomatis. Tekan lama pada kode, lalu pilih Salin.";
pub const SEND_TO_TRAINER: &str = "Kirim ke pelatih lewat WhatsApp";
pub fn send_text(code: &str) -> String {
    format!("Halo, ini kode kemajuan belajar saya di Lapak Latihan:\n{code}")
}
pub const NOTHING_YET: &str = "Belum ada pelajaran yang dimulai. Kode tetap bisa dikirim.";
pub const EVALUATION_FOLD: &str =
    "Evaluasi pelatihan: isi setelah semua pelajaran selesai, atau saat pelatih meminta";
pub const EVALUATION_SAVED_NOTE: &str = "Jawaban tersimpan dan ikut masuk ke kode di bawah.";
pub const CHANGE_DETAILS: &str = "Ubah nama";
/// Shown with the learner's name: the trainer tells two learners of the same name apart by it.
pub fn this_phone_text(phone: &str) -> String {
    format!("Kode HP ini: {phone}")
}
/// A lesson on the learner's own card: what she finished, never a score that discourages
/// ("0 dari 5 benar"); first tries are the trainer's, on the roster.
pub fn lesson_result_text(result: &LessonResult) -> String {
    let practices = (result.practices > 0).then(|| {
        format!(
            "{} dari {} praktik selesai",
            result.practices_done, result.practices
        )
    });
    if result.is_finished() {
        let questions =
            (result.questions > 0).then(|| format!("{} soal dijawab", result.questions));
        ["Selesai \u{2713}".to_string()]
            .into_iter()
            .chain(questions)
            .chain(practices)
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        let step = format!(
            "Sampai langkah {} dari {}",
            usize::from(result.reached) + 1,
            result.steps
        );
        [step]
            .into_iter()
            .chain(practices)
            .collect::<Vec<_>>()
            .join(", ")
    }
}
pub fn minutes_text(minutes: u32) -> String {
    if minutes == 0 {
        "kurang dari 1 menit".to_string()
    } else {
        format!("{minutes} menit")
    }
}

// Certificate
pub const CERTIFICATE_HEADING: &str = "Sertifikat";
pub const CERTIFICATE_TITLE: &str = "Sertifikat Pelatihan Jualan Online";
pub const CERTIFICATE_GIVEN_TO: &str = "Diberikan kepada";
pub const CERTIFICATE_FOR: &str = "yang telah menyelesaikan pelajaran:";
pub const CERTIFICATE_CLASS: &str = "Kelas";
pub const CERTIFICATE_TRAINER: &str = "Pelatih";
pub const CERTIFICATE_DATE: &str = "Tanggal selesai";
pub const CERTIFICATE_CODE: &str = "Kode periksa";
pub const CERTIFICATE_CODE_NOTE: &str = "Pelatih bisa mencocokkan kode ini di daftar kelasnya.";
pub const PRINT: &str = "Cetak atau simpan sebagai PDF";
pub const CERTIFICATE_NOT_YET: &str =
    "Sertifikat muncul setelah semua pelajaran selesai. Pelajaran yang belum selesai:";

// Trainer: classes
pub const CLASSES_HEADING: &str = "Kelas saya";
pub const CLASSES_INTRO: &str = "Untuk pelatih. Buat kode kelas, bagikan ke peserta, lalu kumpulkan kode kemajuan mereka dari grup WhatsApp. Semua data kelas hanya tersimpan di HP ini.";
pub const NEW_CLASS_HEADING: &str = "Mulai kelas baru";
pub const CLASS_NAME_LABEL: &str = "Nama kelas";
pub const CLASS_NAME_PLACEHOLDER: &str = "Contoh: Pelatihan Jualan Online Desa Sukamaju";
pub const PLACE_LABEL: &str = "Tempat";
pub const DATE_LABEL: &str = "Tanggal";
pub const TRAINER_LABEL: &str = "Nama pelatih";
pub const TRAINER_WA_LABEL: &str =
    "Nomor WhatsApp pelatih (boleh kosong). Peserta yang gabung lewat tautan atau kode QR bisa langsung mengirim kode kemajuan ke nomor ini.";
pub const TRAINER_WA_NOT_MOBILE: &str =
    "Nomor WhatsApp belum lengkap. Tulis nomor HP yang diawali 08, misalnya 0812-3456-7890, atau kosongkan.";
pub const CREATE_CLASS: &str = "Buat kode kelas";
pub const CLASS_NAME_NEEDED: &str = "Tulis nama kelas dulu.";
pub const NO_CLASSES: &str = "Belum ada kelas.";
pub fn learners_count_text(count: usize) -> String {
    format!("{count} peserta")
}

// Trainer: one class
pub const CLASS_MISSING: &str = "Kelas ini tidak ada di HP ini. Mungkin dibuat di HP lain.";
pub const JOIN_CODE_HEADING: &str = "Kode kelas";
pub const JOIN_CODE_NOTE: &str =
    "Peserta mengetik kode ini di menu \"Gabung kelas\", atau memindai kode QR dengan kamera HP.";
pub const JOIN_QR_LABEL: &str = "Kode QR untuk bergabung ke kelas";
pub const SHARE_JOIN: &str = "Bagikan kode kelas lewat WhatsApp";
pub fn join_message(class: &str, code: &str, link: &str) -> String {
    format!("Kelas {class} di Lapak Latihan. Kode kelas: {code}\nBuka tautan ini untuk bergabung: {link}")
}
pub const PASTE_HEADING: &str = "Masukkan kode peserta";
pub const PASTE_LABEL: &str = "Tempel chat WhatsApp atau kode kemajuan di sini";
pub const PASTE_NOTE: &str =
    "Boleh tempel banyak chat sekaligus. Aplikasi mencari semua kode kemajuan di dalamnya.";
pub const READ_CODES: &str = "Baca kode";
pub fn added_text(names: &[String]) -> String {
    format!("Peserta baru: {}.", names.join(", "))
}
pub fn updated_text(names: &[String]) -> String {
    format!("Kemajuan diperbarui: {}.", names.join(", "))
}
pub fn unchanged_text(count: usize) -> String {
    format!("{count} kode sudah ada atau lebih lama, jadi dilewati.")
}
pub fn other_class_text(names: &[String]) -> String {
    format!(
        "Kode dari kelas lain, tidak dimasukkan: {}.",
        names.join(", ")
    )
}
pub fn less_progress_text(names: &[String]) -> String {
    format!(
        "Kode ini berisi kemajuan lebih sedikit daripada kode yang sudah tersimpan dari HP yang sama, jadi tidak dipakai: {}. \
         Kalau kode ini memang yang benar, hapus pesertanya dari daftar, lalu tempel lagi kodenya.",
        names.join(", ")
    )
}
pub const NO_CODES_FOUND: &str =
    "Tidak ada kode kemajuan di teks ini. Kode kemajuan diawali huruf LL.";
pub fn unreadable_heading(count: usize) -> String {
    format!("{count} kode tidak bisa dibaca:")
}
pub const ROSTER_HEADING: &str = "Peserta";
pub const ROSTER_EMPTY: &str = "Belum ada peserta. Tempel kode kemajuan mereka di atas.";
pub fn finished_count_text(finished: usize, of: usize) -> String {
    format!("Selesai {finished} dari {of} pelajaran")
}
pub const TIME_SPENT: &str = "Lama belajar";
pub fn phones_text(phones: &[String]) -> String {
    format!("Kode HP: {}", phones.join(", "))
}
pub const OLD_CARD_NOTE: &str = "Kartu lama: kode dari aplikasi versi lama, dicocokkan lewat nama dan usaha. Minta peserta mengirim kodenya lagi.";
pub const SAME_NAME_NOTE: &str = "Nama sama, HP berbeda: bisa dua orang, bisa juga satu orang yang memakai dua HP. Kalau orangnya sama, gabungkan barisnya.";
pub const MERGE: &str = "Gabungkan";
pub const REMOVE: &str = "Hapus";
pub const CANCEL: &str = "Batal";
pub fn merge_pick_text(name: &str) -> String {
    format!("Gabungkan {name} dengan peserta mana?")
}
pub fn merge_question(name: &str, other: &str) -> String {
    format!("Gabungkan {name} dan {other} menjadi satu peserta? Lakukan ini hanya kalau mereka orang yang sama. Yang ditampilkan adalah kemajuan yang paling jauh.")
}
pub const MERGE_YES: &str = "Ya, gabungkan";
pub fn merged_text(name: &str) -> String {
    format!("Sudah digabung: {name}.")
}
pub fn remove_question(name: &str) -> String {
    format!("Hapus {name} dari daftar kelas ini? Kalau kodenya ditempel lagi, {name} muncul lagi.")
}
pub const REMOVE_YES: &str = "Ya, hapus";
pub fn removed_text(name: &str) -> String {
    format!("{name} sudah dihapus dari daftar.")
}
pub const MISSED_HEADING: &str = "Soal yang paling sering salah";
pub const MISSED_NONE: &str = "Belum ada soal yang salah.";
pub fn missed_text(learners: usize, answered: usize) -> String {
    format!("{learners} dari {answered} peserta salah pada percobaan pertama")
}
pub fn step_text(step: usize) -> String {
    format!("langkah {step}")
}
pub const EVALUATION_SUMMARY_HEADING: &str = "Hasil evaluasi";
pub fn option_count_text(count: usize, of: usize) -> String {
    let percent = (count * 100 + of / 2).checked_div(of).unwrap_or(0);
    format!("{count} orang ({percent}%)")
}
pub fn unanswered_text(count: usize) -> String {
    format!("Belum menjawab: {count} orang")
}
pub const DOWNLOAD_CSV: &str = "Unduh laporan (CSV)";
pub const DOWNLOAD_NOTE: &str =
    "File CSV bisa dibuka di Excel atau Google Sheets untuk laporan ke kantor.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lesson_result_says_what_was_finished_without_a_score() {
        let mut result = LessonResult {
            number: 3,
            steps: 9,
            questions: 4,
            missed: vec![2],
            practices: 2,
            practices_done: 1,
            reached: 4,
            minutes: 6,
            finished_on: None,
        };
        assert_eq!(
            lesson_result_text(&result),
            "Sampai langkah 5 dari 9, 1 dari 2 praktik selesai"
        );
        (result.finished_on, result.practices_done) = (Some(700), 2);
        assert_eq!(
            lesson_result_text(&result),
            "Selesai \u{2713}, 4 soal dijawab, 2 dari 2 praktik selesai"
        );
        // One miss or five: the learner's card says what she finished.
        result.missed = vec![0, 1, 2, 3];
        assert_eq!(
            lesson_result_text(&result),
            "Selesai \u{2713}, 4 soal dijawab, 2 dari 2 praktik selesai"
        );
        (result.practices, result.practices_done) = (0, 0);
        assert_eq!(
            lesson_result_text(&result),
            "Selesai \u{2713}, 4 soal dijawab",
            "an old card, or no practice screens"
        );
        result.finished_on = None;
        assert_eq!(lesson_result_text(&result), "Sampai langkah 5 dari 9");
    }
}
