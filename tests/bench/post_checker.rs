//! How long `post::review` takes per post: the screen runs it on every keystroke.
//! Builds 1,000 varied posts from fixed pieces with a simple LCG (same posts every run),
//! reviews them all several times and prints the fastest and the median run.

use lapak_latihan::post::{review, Channel, Photo, PostDraft};
use std::hint::black_box;
use std::time::Instant;

const POSTS: usize = 1_000;
const RUNS: usize = 7;

/// Numerical Recipes' LCG: enough to mix the pieces, and no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const OPENINGS: &[&str] = &[
    "Keripik singkong pedas Mbak Rini 🌶️",
    "PROMO!!! ENAK MURAH",
    "Halo kak, selamat pagi 😊",
    "Sambal bawang Bu Sri, pedasnya nagih",
    "Kue lapis legit pandan, fresh dari oven",
    "Tas anyaman rotan buatan tangan",
    "Ready hari ini!!",
    "",
];
const MIDDLES: &[&str] = &[
    "Renyah, gurih, 250 gr per bungkus, tanpa pengawet.",
    "Isi 10 pcs, ukuran besar, cocok untuk oleh-oleh.",
    "Bahan rotan asli, ukuran 30 cm, warna alami.",
    "Paling enak sedunia, 100% menyembuhkan masuk angin!",
    "Dibuat setiap pagi dari resep keluarga sejak 1998, bahan pilihan dan bumbu rempah asli.",
    "KERIPIK PEDAS MANTAP SEKALI POKOKNYA",
    "",
];
const OFFERS: &[&str] = &[
    "Rp15.000",
    "cuma 15rb",
    "Harga 25.000",
    "Stok terbatas!",
    "Beli 2 gratis 1",
    "",
    "",
];
const ORDERS: &[&str] = &[
    "Pesan lewat WA 0812-3456-7890",
    "WA 0812-345",
    "DM atau inbox ya",
    "Bisa COD alun-alun",
    "hub. +62 812 3456 7890",
    "No COD",
    "",
];
const PROMISES: &[&str] = &[
    "Dikirim hari ini.",
    "Kalau rusak bisa tukar.",
    "Terima kasih 🙏",
    "Tidak bisa ditukar.",
    "",
    "",
];
const PRICES: &[&str] = &["", "", "15rb", "Rp 15.000", "15.00", "25000"];
const TAGS: &[&str] = &[
    "",
    "#keripik #pedas",
    "keripik, singkong, pedas",
    "#a #b #c #d #e #f #g #h #i #j #k #l",
];

fn posts() -> Vec<PostDraft> {
    let mut lcg = Lcg(2026);
    (0..POSTS)
        .map(|i| {
            let caption = [
                lcg.pick(OPENINGS),
                lcg.pick(MIDDLES),
                lcg.pick(OFFERS),
                lcg.pick(ORDERS),
                lcg.pick(PROMISES),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
            // Every twentieth caption is pasted many times over, as a learner might.
            let caption = if i % 20 == 0 {
                caption.repeat(40)
            } else {
                caption
            };
            PostDraft {
                channel: Channel::ALL[(lcg.next() % 4) as usize],
                photo: match lcg.next() % 3 {
                    0 => Photo::None,
                    1 => Photo::Own,
                    _ => Photo::Sample("keripik-singkong".into()),
                },
                caption,
                price: lcg.pick(PRICES).into(),
                how_to_order: lcg.pick(ORDERS).into(),
                hashtags: lcg.pick(TAGS).into(),
            }
        })
        .collect()
}

fn main() {
    let posts = posts();
    let mut micros_per_post: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            for post in &posts {
                black_box(review(black_box(post)));
            }
            start.elapsed().as_secs_f64() * 1e6 / POSTS as f64
        })
        .collect();
    micros_per_post.sort_by(f64::total_cmp);
    println!(
        "post checker: {POSTS} posts, {:.1} µs per post (min of {RUNS} runs), median {:.1} µs",
        micros_per_post[0],
        micros_per_post[RUNS / 2]
    );
}
