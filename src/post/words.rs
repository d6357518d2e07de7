//! Every word list the post rules use, in one place. Trainers can add words here.
//!
//! The rules are simple on purpose: a beginner should see why a stage is done, and a
//! generous list that sometimes says "done" too early teaches more than a strict one.
//!
//! Entries are written already normalised (lower case, letters and digits, single spaces)
//! and matched at the start of a word. An entry of three letters or fewer must be a whole
//! word ("wa" is not "warna"); a longer one may run on, as Indonesian adds suffixes
//! ("pesan" matches "pesanan", "renyah" matches "renyahnya"). Except for `DESCRIBES`
//! ("tidak pedas" still describes), an entry does not count right after a negation
//! ("no COD"), or a negation and a helping word ("tidak bisa tukar"): the negations are
//! the ones every checker reads, in `lesson::spelling`.
//! `NOT_A_PRODUCT` and `UNITS` are compared with whole words.

/// Opening-line words that do not name a product: hype, greetings, selling talk.
/// An opening line made only of these ("PROMO!!! ENAK MURAH") does not say what is sold.
pub const NOT_A_PRODUCT: &[&str] = &[
    "promo", "diskon", "disc", "sale", "murah", "meriah", "enak", "lezat", "mantap", "mantul",
    "nikmat", "ready", "stok", "stock", "open", "order", "po", "pre", "preorder", "hari", "ini",
    "baru", "new", "halo", "hallo", "hai", "hi", "selamat", "pagi", "siang", "sore", "malam",
    "kak", "kakak", "bun", "bunda", "bu", "ibu", "pak", "bapak", "gan", "sis", "guys", "teman",
    "semua", "assalamualaikum", "ayo", "yuk", "buruan", "cek", "lagi", "ada", "lho", "loh",
    "dong", "nih", "gratis", "ongkir", "cuma", "hanya", "spesial", "special", "hot", "best",
    "seller", "laris", "terlaris", "info", "menu", "jual", "dijual", "jualan", "harga", "wa",
    "cod", "pesan", "sekarang", "juga", "dan", "yang", "untuk", "kami", "kita", "saya", "aku",
    "the", "limited", "edisi", "terbatas", "habis", "serbu", "jangan", "sampai", "kehabisan",
    "top", "enaknya", "sedap", "wow", "super", "banget", "bgt", "paling", "pokoknya",
    "minat", "inbox", "dm", "japri",
];

/// Words that describe a product: taste, texture, size, material, how it is made.
pub const DESCRIBES: &[&str] = &[
    // taste and smell
    "pedas", "pedes", "manis", "asin", "gurih", "asam", "asem", "pahit", "legit", "wangi",
    "harum", "rasa", "original", "balado", "keju", "coklat", "cokelat", "pandan", "bawang",
    "jeruk", "daun", "rempah", "bumbu", "level",
    // texture and freshness
    "renyah", "kriuk", "garing", "empuk", "lembut", "lembab", "kenyal", "padat", "segar",
    "fresh", "hangat", "crispy", "tebal", "tipis", "awet", "tahan",
    // size and amount
    "ukuran", "besar", "kecil", "jumbo", "mini", "isi", "berat", "netto", "gram", "gr", "kg",
    "ons", "ml", "liter", "cm", "meter", "pcs", "biji", "buah", "bungkus", "toples", "botol",
    "porsi", "loyang", "lusin", "kodi", "pack", "box", "dus",
    // material and making
    "bahan", "terbuat", "dibuat", "buatan", "asli", "alami", "homemade", "resep",
    "tanpa pengawet", "tanpa msg", "kayu", "bambu", "rotan", "anyaman", "tenun", "batik", "kain", "katun", "kulit",
    "tanah liat", "keramik", "rajut", "jahit", "warna", "motif", "model",
    "singkong", "pisang", "tempe", "kentang", "cabai", "cabe", "kacang", "beras", "ketan",
    "gula aren", "santan", "mentega",
];

/// Units written right after a number ("250gr", "500ml"): they describe size too.
pub const UNITS: &[&str] = &[
    "g", "gr", "gram", "kg", "ons", "ml", "l", "lt", "liter", "cm", "m", "pcs", "pc", "biji", "butir",
];

/// Reasons to want it now: an offer, scarcity, proof from other buyers, a benefit.
/// A bare "promo" is not one: it names no offer.
pub const REASONS_TO_BUY: &[&str] = &[
    "diskon", "disc", "potongan", "hemat", "bonus", "gratis", "free", "beli 2",
    "beli 1 gratis", "terbatas", "limited", "stok tinggal", "tinggal sedikit", "sisa", "hari ini saja", "hanya hari",
    "cuma hari", "sampai hari", "selama persediaan", "stok sedikit", "pre order", "laris",
    "terlaris", "best seller", "favorit", "langganan", "pelanggan", "testimoni", "review",
    "ulasan", "kata pembeli", "sudah terjual", "terjual", "halal", "pirt", "bpom", "sni",
    "oleh oleh", "hadiah", "kado", "hampers", "cocok untuk", "cocok buat", "teman makan",
    "teman ngopi", "tanpa pengawet", "tanpa msg", "tanpa micin", "sehat", "higienis",
    "harga grosir", "grosir", "reseller", "nagih", "ketagihan", "wajib coba", "rekomendasi",
    "recommended", "viral", "kekinian",
];

/// Ways to order or make contact.
pub const WAYS_TO_ORDER: &[&str] = &[
    "pesan", "dipesan", "pemesanan", "order", "wa", "whatsapp", "whatsap", "watsap", "wasap",
    "dm", "inbox", "ib", "klik", "link", "cod", "hubungi", "hub", "kontak", "telp", "telepon",
    "tlp", "sms", "chat", "japri", "pm", "beli di", "belinya", "checkout", "keranjang",
    "balas status", "balas pesan", "komen", "ketik", "ambil di", "datang ke",
    "alamat", "kirim pesan", "call",
];

/// Promises about after the sale: delivery, exchange, guarantee, answering, thanks.
pub const AFTER_SALE: &[&str] = &[
    "dikirim hari", "kirim hari", "dikirim cepat", "kirim cepat", "langsung kirim",
    "langsung dikirim", "pengiriman", "siap kirim", "siap antar", "diantar", "gratis antar",
    "dibungkus rapi", "dikemas rapi", "packing aman", "packing rapi", "kemasan aman",
    "bubble wrap", "aman sampai", "sampai tujuan", "bisa tukar", "tukar", "ditukar",
    "retur", "dikembalikan", "uang kembali", "garansi", "bergaransi", "balas cepat",
    "dibalas cepat", "fast respon", "fast response", "respon cepat", "cepat tanggap",
    "terima kasih", "makasih", "trims", "testimoni", "dijamin puas", "pasti puas", "kepuasan",
    "komplain", "keluhan", "tanya dulu", "boleh tanya", "tanya tanya",
];

/// Claims a buyer cannot check. Health and "best in the world" claims mislead.
pub const UNCHECKABLE_CLAIMS: &[&str] = &[
    "sedunia", "se dunia", "terbaik di dunia", "nomor 1 di dunia", "no 1 di dunia",
    "terenak di dunia", "paling enak di dunia", "no 1 di indonesia", "nomor 1 di indonesia",
    "terenak se indonesia", "terbaik se indonesia", "termurah se indonesia",
    "menyembuhkan", "pasti sembuh", "dijamin sembuh", "obat segala", "segala penyakit",
    "semua penyakit", "dijamin langsing", "pasti langsing", "langsing dalam",
    "turun berat badan", "kurus dalam", "dijamin kurus", "tanpa efek samping",
    "anti kanker", "awet muda", "ampuh", "manjur",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::text::normalize;

    #[test]
    fn every_entry_is_written_the_way_it_is_matched() {
        let lists = [NOT_A_PRODUCT, DESCRIBES, UNITS, REASONS_TO_BUY, WAYS_TO_ORDER, AFTER_SALE, UNCHECKABLE_CLAIMS];
        for list in lists {
            for entry in list {
                assert_eq!(normalize(entry), *entry, "write {entry:?} normalised");
            }
        }
    }
}
