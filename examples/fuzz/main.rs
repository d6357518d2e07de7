//! Seeded mutation fuzzing of every decoder of outside data: the stored progress record
//! (every version, and garbage), progress cards, class codes, join links, addresses,
//! pasted chat, typed prices and other boxes, and each simulator's kept state.
//!
//! `bash scripts/fuzz.sh [runs] [decoder...]` runs it. Not cargo-fuzz: that needs a
//! nightly toolchain, which only this machine happens to have (a new machine and CI get
//! the one stable toolchain, and none can be fetched); this loop runs anywhere `cargo test`
//! does. Each input is a valid one made by the app's own code, mutated 1 to 4 times from a
//! fixed seed, so a run is repeatable and a failure can be replayed.

mod mutate;
mod seeds;
mod targets;

use mutate::{json_words, mutate_json, mutate_text, Rng};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::Instant;
use targets::{Check, Target};

const DEFAULT_RUNS: u64 = 1_000_000;
const DEFAULT_SEED: u64 = 24;
/// Longer failing inputs go to a file; the shortened one is always printed.
const LONGEST_PRINTED: usize = 2_000;

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Read (`true`) or refused with a clear answer.
    Fine(bool),
    /// Where and why it panicked.
    Panic(String),
    /// A rule every readable input keeps was broken.
    Broken(String),
}

fn run(check: Check, input: &str) -> Outcome {
    match panic::catch_unwind(AssertUnwindSafe(|| check(input))) {
        Ok(Ok(read)) => Outcome::Fine(read),
        Ok(Err(why)) => Outcome::Broken(why),
        Err(_) => Outcome::Panic(LAST_PANIC.with(|last| last.borrow().clone())),
    }
}

fn main() -> ExitCode {
    let mut runs = DEFAULT_RUNS;
    let mut seed = DEFAULT_SEED;
    let mut only: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--seed" {
            seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed);
        } else if let Ok(n) = arg.parse() {
            runs = n;
        } else {
            only.push(arg);
        }
    }
    // Panics are expected and reported below, not printed as they happen.
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
    }));

    let targets: Vec<Target> = targets::all()
        .into_iter()
        .filter(|t| only.is_empty() || only.iter().any(|name| name == t.name))
        .collect();
    if targets.is_empty() {
        eprintln!("no decoder named {only:?}");
        return ExitCode::FAILURE;
    }
    println!("seed {seed}, {runs} inputs per decoder");
    println!(
        "{:<16}{:>10}{:>10}{:>8}{:>8}{:>10}",
        "decoder", "inputs", "readable", "panics", "broken", "seconds"
    );
    let mut failures = Vec::new();
    let started = Instant::now();
    for target in &targets {
        let found = fuzz(target, runs, seed);
        println!(
            "{:<16}{:>10}{:>10}{:>8}{:>8}{:>10.1}",
            target.name, runs, found.readable, found.panics, found.broken, found.seconds
        );
        failures.extend(
            found
                .failures
                .into_values()
                .map(|failure| (target, failure)),
        );
    }
    println!("all decoders: {:.1} s", started.elapsed().as_secs_f64());
    for (target, (input, outcome)) in &failures {
        let shortest = shorten(target.check, input, outcome);
        println!("\n{}: {:?}", target.name, outcome);
        if input.len() <= LONGEST_PRINTED {
            println!("  input: {input:?}");
        } else {
            let path = format!("target/fuzz-failures/{}-{}.txt", target.name, input.len());
            let saved = std::fs::create_dir_all("target/fuzz-failures")
                .and_then(|()| std::fs::write(&path, format!("{input:?}\n")));
            match saved {
                Ok(()) => println!("  input ({} bytes, escaped): in {path}", input.len()),
                Err(_) => println!("  input: {input:?}"),
            }
        }
        println!("  shortest that fails the same way: {shortest:?}");
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What one decoder's run found: counts, and the first input of each kind of failure
/// (a panic's place, or the rule broken).
struct Run {
    /// Inputs that read as what the decoder wants, not refused: the mutations reach past
    /// the first checks.
    readable: u64,
    panics: u64,
    broken: u64,
    failures: BTreeMap<String, (String, Outcome)>,
    seconds: f64,
}

/// Runs `runs` inputs through one decoder: its seeds as they are, then mutations of them.
fn fuzz(target: &Target, runs: u64, seed: u64) -> Run {
    let started = Instant::now();
    let name_hash = target
        .name
        .bytes()
        .fold(seed, |h, b| h.wrapping_mul(31).wrapping_add(b.into()));
    let mut rng = Rng::new(name_hash);
    let dictionary = if target.json {
        json_words(&target.seeds)
    } else {
        text_words(&target.seeds)
    };
    let (mut readable, mut panics, mut broken) = (0, 0, 0);
    let mut failures = BTreeMap::new();
    for i in 0..runs {
        let base = rng.pick(&target.seeds);
        let input = if (i as usize) < target.seeds.len() {
            target.seeds[i as usize].clone()
        } else {
            let mutated = if target.json && rng.one_in(2) {
                mutate_json(&mut rng, base, &target.seeds, &dictionary)
            } else {
                mutate_text(&mut rng, base, &target.seeds, &dictionary)
            };
            match target.recheck {
                Some(recheck) if rng.one_in(2) => recheck(&mutated).unwrap_or(mutated),
                _ => mutated,
            }
        };
        let outcome = run(target.check, &input);
        let kind = match &outcome {
            Outcome::Fine(read) => {
                readable += u64::from(*read);
                continue;
            }
            Outcome::Panic(report) => {
                panics += 1;
                panic_place(report).to_string()
            }
            Outcome::Broken(why) => {
                broken += 1;
                why.split(':').next().unwrap_or_default().to_string()
            }
        };
        failures.entry(kind).or_insert((input, outcome));
    }
    Run {
        readable,
        panics,
        broken,
        failures,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// The words and dash-separated pieces of text seeds, to insert elsewhere.
fn text_words(seeds: &[String]) -> Vec<String> {
    let mut words: Vec<String> = seeds
        .iter()
        .flat_map(|seed| seed.split([' ', '\n', '-', '?', '&', '=']))
        .filter(|word| !word.is_empty() && word.len() <= 40)
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The input made as short as it goes while failing the same way (a panic at the same
/// place, or a broken rule), so it can become a unit test.
fn shorten(check: Check, input: &str, outcome: &Outcome) -> String {
    let same_failure = |candidate: &[char]| {
        let text: String = candidate.iter().collect();
        match (run(check, &text), outcome) {
            (Outcome::Panic(now), Outcome::Panic(then)) => panic_place(&now) == panic_place(then),
            (Outcome::Broken(_), Outcome::Broken(_)) => true,
            _ => false,
        }
    };
    let mut chars: Vec<char> = input.chars().collect();
    let mut tries = 0;
    let mut chunk = chars.len() / 2;
    while chunk > 0 && tries < 20_000 {
        let mut at = 0;
        while at + chunk <= chars.len() && tries < 20_000 {
            tries += 1;
            let mut candidate = chars.clone();
            candidate.drain(at..at + chunk);
            if same_failure(&candidate) {
                chars = candidate;
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
    chars.into_iter().collect()
}

/// "panicked at src/x.rs:1:2:\nmessage" up to the message.
fn panic_place(report: &str) -> &str {
    report.lines().next().unwrap_or_default()
}
