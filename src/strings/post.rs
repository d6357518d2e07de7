//! Words of the product-post practice screen (`crate::post`): stage names, tips, mistakes
//! and channel facts. Examples in tips are written so that following them passes the rule.

use crate::post::{Channel, ChannelFact, Mistake, Stage, Tip};

/// Labels in the text the learner copies or shares (`post::share_text`).
pub const PRICE_LABEL: &str = "Harga:";
pub const ORDER_LABEL: &str = "Cara pesan:";

/// The post-builder screen's own words.
pub const CHOOSE_CHANNEL: &str = "Di mana Anda akan memasang postingan ini?";
pub const PHOTO_HEADING: &str = "Foto produk";
pub const NO_PHOTO: &str = "Tanpa foto";
pub const OWN_PHOTO: &str = "Pakai foto dari HP";
pub const OWN_PHOTO_NOTE: &str = "Foto Anda hanya tampil di layar ini. Tidak dikirim ke mana pun, dan tidak tersimpan saat halaman ditutup.";
pub const OWN_PHOTO_ALT: &str = "Foto produk Anda";
pub const OWN_PHOTO_AGAIN: &str = "Foto Anda tidak tersimpan. Pilih lagi kalau ingin melihatnya.";
pub const CAPTION_LABEL: &str = "Tulisan postingan";
pub const CAPTION_PLACEHOLDER: &str = "Contoh: Keripik singkong pedas, renyah, 250 gram.";
pub const PRICE_FIELD: &str = "Harga";
pub const PRICE_PLACEHOLDER: &str = "Contoh: Rp15.000";
pub const ORDER_FIELD: &str = "Cara pesan";
pub const ORDER_PLACEHOLDER: &str =
    "Contoh: Pesan lewat WA 0812-3456-7890 (ganti dengan nomor Anda)";
pub const HASHTAGS_FIELD: &str = "Tagar (#)";
pub const HASHTAGS_PLACEHOLDER: &str = "Contoh: #keripiksingkong #oleholeh";
pub const PREVIEW_HEADING: &str = "Begini tampilannya di HP pembeli";
pub const PREVIEW_SHOP: &str = "Toko Anda";
pub const PREVIEW_HANDLE: &str = "toko_anda";
pub const PREVIEW_WHEN: &str = "Baru saja";
pub const PREVIEW_EMPTY: &str = "Tulisan postingan akan muncul di sini.";
pub const CHECK_HEADING: &str = "Cek langkah menjual (AIDAS)";
pub const MISTAKES_HEADING: &str = "Perlu diperbaiki";
pub const FACTS_HEADING: &str = "Perlu diketahui";
pub const KEEP: &str = "Simpan postingan ini";
pub const KEPT: &str = "Postingan disimpan. Lihat di halaman depan, bagian Postingan Anda.";
pub const COPY: &str = "Salin tulisan";
pub const COPIED: &str = "Tulisan sudah disalin. Tempel di WhatsApp, Instagram, atau Facebook.";
pub const COPY_FAILED: &str =
    "Tidak bisa menyalin otomatis. Tekan lama tulisan di pratinjau, lalu pilih Salin.";
pub const SHARE_WHATSAPP: &str = "Bagikan ke WhatsApp";
pub const SHARE_NOTE: &str =
    "Tombol ini membuka WhatsApp. Hanya tombol ini yang mengirim sesuatu keluar dari HP Anda.";
pub const KEPT_HEADING: &str = "Postingan Anda";
pub const FORGET: &str = "Hapus";

/// What each sample picture shows, for screen readers and the picker.
pub fn sample_photo_name(id: &str) -> &'static str {
    match id {
        "keripik-singkong" => "Keripik singkong dalam kemasan",
        "sambal-bawang" => "Sambal bawang dalam toples",
        "kue-lapis" => "Kue lapis di piring",
        "tas-anyaman" => "Tas anyaman",
        "kopi-bubuk" => "Kopi bubuk dalam kemasan",
        _ => "Foto contoh produk",
    }
}

/// Shown when every stage is done and no mistake is left.
pub const READY: &str = "Postingan Anda sudah lengkap. Siap dibagikan!";

pub fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::WhatsappStatus => "Status WhatsApp",
        Channel::WhatsappGroup => "Pesan di grup WhatsApp",
        Channel::InstagramFeed => "Postingan Instagram",
        Channel::FacebookPost => "Postingan Facebook",
    }
}

pub fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::Attention => "Perhatian",
        Stage::Interest => "Minat",
        Stage::Desire => "Keinginan",
        Stage::Action => "Tindakan",
        Stage::Satisfaction => "Kepuasan",
    }
}

/// What the stage asks of a post, in the reader's words.
pub fn stage_question(stage: Stage) -> &'static str {
    match stage {
        Stage::Attention => "Apakah orang berhenti dan melihat?",
        Stage::Interest => "Apakah orang tahu seperti apa produknya?",
        Stage::Desire => "Apakah orang ingin membeli sekarang?",
        Stage::Action => "Apakah orang tahu cara memesan?",
        Stage::Satisfaction => "Apakah pembeli yakin akan dilayani dengan baik?",
    }
}

/// Praise for a stage the post already does.
pub fn stage_done(stage: Stage) -> &'static str {
    match stage {
        Stage::Attention => "Ada foto, dan kalimat pertama menyebut produknya.",
        Stage::Interest => "Produknya sudah diceritakan: rasa, ukuran, atau bahannya.",
        Stage::Desire => "Ada alasan untuk membeli, misalnya harga atau penawaran.",
        Stage::Action => "Cara pesan sudah jelas.",
        Stage::Satisfaction => "Ada janji untuk pembeli setelah membeli.",
    }
}

/// "3 dari 5 langkah sudah ada."
pub fn stages_done(done: usize, total: usize) -> String {
    format!("{done} dari {total} langkah sudah ada.")
}

pub fn tip_text(tip: Tip, channel: Channel) -> &'static str {
    match (tip, channel) {
        (Tip::AddPhoto, Channel::InstagramFeed) => {
            "Pilih foto produk. Di Instagram, orang melihat fotonya dulu, jadi pilih yang terang dan jelas."
        }
        (Tip::AddPhoto, _) => "Tambahkan foto produk yang terang dan jelas. Foto membuat orang berhenti dan melihat.",
        (Tip::NameProductFirst, Channel::WhatsappStatus) => {
            "Status dilihat sekilas. Sebut produknya di baris pertama, misalnya: Keripik singkong pedas Bu Sari."
        }
        (Tip::NameProductFirst, _) => "Sebut nama produknya di kalimat pertama, misalnya: Keripik singkong pedas Bu Sari.",
        (Tip::DescribeProduct, _) => {
            "Ceritakan produknya dengan beberapa kata, misalnya: renyah, pedas, isi 250 gram. Untuk kerajinan: bahan rotan, ukuran 30 cm."
        }
        (Tip::GiveReasonToBuy, _) => {
            "Beri alasan untuk membeli sekarang. Tulis harganya, misalnya: Rp15.000. Bisa juga: stok terbatas, atau beli 2 lebih hemat."
        }
        (Tip::SayHowToOrder, Channel::WhatsappStatus) => "Tulis cara pesan, misalnya: Balas status ini atau WA 0812-3456-7890.",
        (Tip::SayHowToOrder, Channel::WhatsappGroup) => "Tulis cara pesan, misalnya: Pesan lewat WA 0812-3456-7890.",
        (Tip::SayHowToOrder, Channel::InstagramFeed) => "Tulis cara pesan, misalnya: Kirim pesan (DM) di Instagram atau WA 0812-3456-7890.",
        (Tip::SayHowToOrder, Channel::FacebookPost) => {
            "Tulis cara pesan, misalnya: Kirim pesan lewat inbox (kotak pesan) atau WA 0812-3456-7890."
        }
        (Tip::PromiseAfterSale, Channel::InstagramFeed | Channel::FacebookPost) => {
            "Tulis janji untuk pembeli, misalnya: Komentar dibalas cepat. Pesanan dikirim hari ini."
        }
        (Tip::PromiseAfterSale, _) => {
            "Tulis janji untuk pembeli, misalnya: Pesanan dikirim hari ini. Kalau ada yang rusak, bisa tukar."
        }
    }
}

pub fn mistake_text(mistake: &Mistake) -> String {
    match mistake {
        Mistake::NoPrice => {
            "Harganya belum ada. Banyak orang tidak mau bertanya harga dan langsung lewat. Tulis misalnya: Rp15.000.".into()
        }
        Mistake::UnclearPrice { text } => {
            format!("Harga \u{201c}{text}\u{201d} belum bisa dibaca. Tulis seperti ini: Rp15.000 atau 15rb.")
        }
        Mistake::AllCaps => {
            "Tulisan huruf besar semua terasa seperti berteriak dan susah dibaca. Pakai huruf besar di awal kalimat saja.".into()
        }
        Mistake::HashtagWall { count } => format!(
            "Ada {count} tagar. Lebih dari 5 tagar terlihat asal, dan Instagram sekarang hanya menerima paling banyak 5. Pilih 3 sampai 5 yang paling cocok."
        ),
        Mistake::BadPhone { number } => format!(
            "Coba periksa nomor {number}. Nomor HP diawali 08 (atau +62 8) dan panjangnya 10 sampai 13 angka, misalnya 0812-3456-7890."
        ),
        Mistake::NoWhatsappNumber => {
            "Tambahkan nomor WA, misalnya 0812-3456-7890. Postingan bisa diteruskan ke orang lain, dan mereka perlu nomor Anda untuk memesan.".into()
        }
        Mistake::UncheckableClaims { claims } => format!(
            "Pembeli tidak bisa membuktikan {}, jadi mereka bisa ragu atau kecewa. \
             Tulis hal yang bisa dicek, misalnya: pedas level 3, isi 250 gram, dibuat hari Senin.",
            quoted_list(claims)
        ),
    }
}

/// “a”, “a” dan “b”, “a”, “b” dan “c”.
fn quoted_list(words: &[&str]) -> String {
    let quoted: Vec<String> = words
        .iter()
        .map(|word| format!("\u{201c}{word}\u{201d}"))
        .collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} dan {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// Channel facts, as good practice rather than as what an app allows today.
pub fn fact_text(fact: ChannelFact) -> &'static str {
    match fact {
        ChannelFact::GoneAfter24Hours => "Status hilang setelah 24 jam. Pasang lagi setiap pagi dengan menu atau barang hari itu.",
        ChannelFact::ShortVideo => "Kalau memakai video, buat pendek saja, kurang dari satu menit. Orang lebih mau menonton sampai habis.",
        ChannelFact::HashtagsHelpPeopleFind => {
            "Tagar (#) dan sebutan (@) membantu orang menemukan postingan Anda. Pilih beberapa yang cocok, misalnya #keripiksingkong."
        }
        ChannelFact::HashtagsNotSearchedInWhatsapp => {
            "Di WhatsApp, tagar (#) tidak membantu orang menemukan postingan. Tagar berguna di Instagram dan Facebook."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::post::{review, Photo, PostDraft};

    /// The text after "misalnya: " in a tip: what the learner would copy.
    fn example(tip: &str) -> &str {
        tip.split_once("misalnya: ")
            .map_or("", |(_, example)| example)
    }

    #[test]
    fn following_a_tip_makes_its_stage_done() {
        let missing = |draft: &PostDraft, stage: Stage| {
            review(draft)
                .stages
                .iter()
                .find(|c| c.stage == stage)
                .and_then(|c| c.tip)
        };
        for channel in Channel::ALL {
            for (tip, stage, before) in [
                (Tip::NameProductFirst, Stage::Attention, "PROMO!!!"),
                (Tip::DescribeProduct, Stage::Interest, "Keripik"),
                (Tip::GiveReasonToBuy, Stage::Desire, "Keripik"),
                (Tip::SayHowToOrder, Stage::Action, "Keripik"),
                (Tip::PromiseAfterSale, Stage::Satisfaction, "Keripik"),
            ] {
                let draft = PostDraft {
                    channel,
                    photo: Photo::Own,
                    caption: before.into(),
                    ..PostDraft::default()
                };
                assert_eq!(missing(&draft, stage), Some(tip), "{channel:?} {stage:?}");
                let text = tip_text(tip, channel);
                let after = if stage == Stage::Attention {
                    format!("{}\n{before}", example(text))
                } else {
                    format!("{before}\n{}", example(text))
                };
                let followed = PostDraft {
                    caption: after,
                    ..draft
                };
                assert_eq!(
                    missing(&followed, stage),
                    None,
                    "{channel:?} {stage:?}: {text}"
                );
                assert!(review(&followed)
                    .mistakes
                    .iter()
                    .all(|m| !matches!(m, Mistake::BadPhone { .. } | Mistake::AllCaps)));
            }
        }
    }

    #[test]
    fn every_tip_and_fact_is_short_and_has_no_capital_shouting() {
        let tips = [
            Tip::AddPhoto,
            Tip::NameProductFirst,
            Tip::DescribeProduct,
            Tip::GiveReasonToBuy,
            Tip::SayHowToOrder,
            Tip::PromiseAfterSale,
        ];
        let facts = [
            ChannelFact::GoneAfter24Hours,
            ChannelFact::ShortVideo,
            ChannelFact::HashtagsHelpPeopleFind,
            ChannelFact::HashtagsNotSearchedInWhatsapp,
        ];
        let texts = Channel::ALL
            .iter()
            .flat_map(|&channel| tips.map(|tip| tip_text(tip, channel)))
            .chain(facts.map(fact_text));
        for text in texts {
            assert!(text.chars().count() <= 160, "{text}");
            assert!(text.ends_with(['.', '!']), "{text}");
        }
    }

    #[test]
    fn mistakes_name_what_the_learner_wrote() {
        assert!(mistake_text(&Mistake::BadPhone {
            number: "0812-345".into()
        })
        .contains("0812-345"));
        assert!(mistake_text(&Mistake::HashtagWall { count: 14 }).starts_with("Ada 14 tagar."));
        assert!(mistake_text(&Mistake::UnclearPrice {
            text: "15.00".into()
        })
        .contains("\u{201c}15.00\u{201d}"));
        assert!(mistake_text(&Mistake::UncheckableClaims {
            claims: vec!["sedunia"]
        })
        .contains(" \u{201c}sedunia\u{201d},"));
        let three = mistake_text(&Mistake::UncheckableClaims {
            claims: vec!["sedunia", "menyembuhkan", "ampuh"],
        });
        assert!(
            three.contains(
                "\u{201c}sedunia\u{201d}, \u{201c}menyembuhkan\u{201d} dan \u{201c}ampuh\u{201d},"
            ),
            "{three}"
        );
        assert!(mistake_text(&Mistake::NoPrice).contains("Rp15.000"));
        assert!(mistake_text(&Mistake::AllCaps).contains("huruf besar"));
    }

    #[test]
    fn names_and_counts_read_naturally() {
        assert_eq!(channel_name(Channel::WhatsappStatus), "Status WhatsApp");
        assert_eq!(
            Stage::ALL.map(stage_name),
            ["Perhatian", "Minat", "Keinginan", "Tindakan", "Kepuasan"]
        );
        assert_eq!(stages_done(3, 5), "3 dari 5 langkah sudah ada.");
        assert!(Stage::ALL
            .iter()
            .all(|&s| stage_question(s).ends_with('?') && stage_done(s).ends_with('.')));
    }
}
