//! How long the practice marketplace's search takes to place the learner's listing, which
//! it does on every keystroke on a slow phone. Run: `cargo bench --bench search_ranking`.
//!
//! The catalogue is the shipped listings repeated to 1,000, each copy with a town, a
//! number and other sales, so the words are realistic and no two listings are the same.

use lapak_latihan::search::{shipped, suggest, Listing, SearchIndex};
use std::hint::black_box;
use std::time::{Duration, Instant};

const LISTINGS: usize = 1_000;
const RUNS: usize = 2_000;
const QUERY: &str = "keripik singkong pedes";
const TYPED_TITLE: &str = "Keripik Singkong Pedas Renyah 250gr Oleh-oleh Malang";
const TOWNS: [&str; 8] = [
    "Malang", "Bandung", "Solo", "Medan", "Makassar", "Jember", "Garut", "Padang",
];

fn catalogue() -> Vec<Listing> {
    let shipped = &shipped::market().listings;
    (0..LISTINGS)
        .map(|i| {
            let mut listing = shipped[i % shipped.len()].clone();
            let copy = i / shipped.len();
            if copy > 0 {
                listing.title = format!(
                    "{} {} {copy}",
                    listing.title,
                    TOWNS[(i * 7 + copy) % TOWNS.len()]
                );
                listing.sold += (i as u32 * 37) % 500;
            }
            listing
        })
        .collect()
}

/// The learner's listing after each keystroke of the title, in turn.
fn keystrokes() -> Vec<Listing> {
    let base = Listing {
        title: String::new(),
        description: "Singkong dari kebun sendiri, digoreng renyah dengan bumbu cabai. Oleh-oleh khas Malang.".into(),
        category: lapak_latihan::search::Category::Snacks,
        price: 18_000,
        shop: "Toko Latihan".into(),
        rating_tenths: 0,
        sold: 0,
        sells: vec!["keripik".into(), "singkong".into()],
    };
    TYPED_TITLE
        .char_indices()
        .map(|(at, c)| Listing {
            title: TYPED_TITLE[..at + c.len_utf8()].to_string(),
            ..base.clone()
        })
        .collect()
}

/// Times `work` once per run; returns the fastest and the median run.
fn time(mut work: impl FnMut(usize)) -> (Duration, Duration) {
    let mut runs: Vec<Duration> = (0..RUNS)
        .map(|run| {
            let start = Instant::now();
            work(run);
            start.elapsed()
        })
        .collect();
    runs.sort();
    (runs[0], runs[RUNS / 2])
}

fn micros(duration: Duration) -> String {
    format!("{:.1} µs", duration.as_secs_f64() * 1e6)
}

fn main() {
    let catalogue = catalogue();
    let start = Instant::now();
    let index = SearchIndex::new(&catalogue);
    let built = start.elapsed();
    let typed = keystrokes();
    let learner = |run: usize| &typed[run % typed.len()];

    let (min, median) = time(|run| {
        black_box(index.rank(learner(run), black_box(QUERY)));
    });
    println!(
        "search ranking: {LISTINGS} listings, index built in {:.1} ms; re-rank for one query: {} (min of {RUNS}), median {}",
        built.as_secs_f64() * 1e3,
        micros(min),
        micros(median)
    );

    let results = index.search(QUERY);
    let (min, median) = time(|run| {
        black_box(results.rank(learner(run)));
    });
    println!(
        "  with the query's results kept (Results::rank): {} (min of {RUNS}), median {}",
        micros(min),
        micros(median)
    );

    let market = shipped::market();
    let (min, median) = time(|run| {
        let results = index.search(black_box(QUERY));
        black_box(results.rank(learner(run)));
        black_box(results.page(learner(run), 1));
        black_box(results.explain(learner(run)));
        black_box(suggest(market, learner(run), 5));
    });
    println!("  one keystroke on the screen (search, rank, page 1, explain, suggest): {} (min of {RUNS}), median {}", micros(min), micros(median));
}
