//! Reads every lesson in lessons/, stops the build with the trainer's mistakes named
//! (file, step, field), and hands the app what it shows of every lesson as Rust static data
//! (`lesson::source`) and each lesson's steps as a file of its own (`lesson::wire`).
//! Does the same for the practice marketplace's data in lessons/data/ (file, entry, field).

#[allow(dead_code)]
#[path = "src/lesson/mod.rs"]
mod lesson;

#[allow(dead_code)]
#[path = "src/money.rs"]
mod money;

#[allow(dead_code)]
#[path = "src/phone.rs"]
mod phone;

/// The price calculator's and the cash book's own rules for their steps.
#[allow(dead_code)]
#[path = "src/pricing.rs"]
mod pricing;

#[allow(dead_code)]
#[path = "src/cash_book.rs"]
mod cash_book;

/// Post-builder steps name the post module's channels and AIDAS stages.
#[allow(dead_code, unused_imports)]
#[path = "src/post/mod.rs"]
mod post;

#[allow(dead_code)]
#[path = "src/strings"]
mod strings {
    pub mod post;
}

/// The marketplace model and its reader only: checking the data needs no ranking.
#[allow(dead_code)]
#[path = "src/search"]
mod search {
    pub mod authoring;
    pub mod market;
    pub mod text;
}

#[allow(dead_code)]
#[path = "src/class/evaluation.rs"]
mod evaluation;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=lessons");
    println!("cargo:rerun-if-changed=public");
    let market = write_market();
    let shared = read_shared();
    write_lessons(&market, &shared);
    write_evaluation();
}

/// Checks what lessons share from lessons/data/ (written replies with their examples, the
/// glossary), and writes the replies as situations.rs for the simulators (`shop::chat`).
fn read_shared() -> lesson::authoring::Shared {
    use lesson::examples::{situations_source, SITUATIONS_FILE};
    use lesson::glossary::GLOSSARY_FILE;
    println!("cargo:rerun-if-changed={SITUATIONS_FILE}");
    println!("cargo:rerun-if-changed={GLOSSARY_FILE}");
    match lesson::authoring::read_shared() {
        Ok(shared) => {
            write_out("situations.rs", &situations_source(&shared.situations));
            shared
        }
        Err(errors) => stop(&errors, "lessons/data"),
    }
}

/// Checks the end-of-course evaluation and writes it as evaluation.json for `catalog`.
fn write_evaluation() {
    const EVALUATION: &str = "lessons/data/evaluasi.toml";
    println!("cargo:rerun-if-changed={EVALUATION}");
    let source = std::fs::read_to_string(EVALUATION)
        .map_err(|e| vec![format!("{EVALUATION}: tidak bisa dibaca ({e})")]);
    match source.and_then(|source| evaluation::parse_evaluation(EVALUATION, &source)) {
        Ok(evaluation) => write_out(
            "evaluation.json",
            &serde_json::to_string(&evaluation).expect("evaluation serialises"),
        ),
        Err(errors) => stop(&errors, "file evaluasi"),
    }
}

/// Checks every lesson file and writes them as lessons.rs for `catalog`.
fn write_lessons(market: &search::market::Market, shared: &lesson::authoring::Shared) {
    let picture_exists = |file: &str| Path::new("public").join(file).is_file();
    let search_exists = |query: &str| market.searches.iter().any(|s| s.query == query);
    let product_words = |text: &str| market.vocabulary.product_words_in(text);
    let refs = lesson::validate::Refs {
        picture_exists: &picture_exists,
        search_exists: &search_exists,
        product_words: &product_words,
    };

    // Any change in lessons/ runs this again (see main): a new file is picked up by itself.
    match lesson::authoring::read_lessons(Path::new("lessons"), &refs, shared) {
        Ok(lessons) => {
            write_out("lessons.rs", &lesson::source::lessons_source(&lessons));
            write_out("index.rs", &lesson::source::index_source(&lessons));
            write_lesson_files(&lessons);
        }
        Err(errors) => stop(&errors, "file pelajaran"),
    }
}

/// Writes each lesson's file (`lesson::wire`) into OUT_DIR/lessons/, which
/// scripts/build-wasm.sh copies into the build: the app fetches a lesson's steps when the
/// lesson opens. Files of lessons no longer there go.
fn write_lesson_files(lessons: &[lesson::Lesson]) {
    let dir = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder for the lesson files");
    for lesson in lessons {
        let bytes = lesson::wire::encode_lesson(lesson);
        let name = lesson::wire::file_name(lesson, &bytes);
        std::fs::write(dir.join(name), bytes).expect("write a lesson file");
    }
}

/// Checks lessons/data/ and writes it as market.json for `search::shipped`.
fn write_market() -> search::market::Market {
    const LISTINGS: &str = "lessons/data/pasar-latihan.toml";
    const SEARCHES: &str = "lessons/data/pencarian.toml";
    println!("cargo:rerun-if-changed={LISTINGS}");
    println!("cargo:rerun-if-changed={SEARCHES}");
    let read = |path: &str| {
        std::fs::read_to_string(path).map_err(|e| vec![format!("{path}: tidak bisa dibaca ({e})")])
    };
    let listings =
        read(LISTINGS).and_then(|source| search::authoring::parse_listings(LISTINGS, &source));
    let searches =
        read(SEARCHES).and_then(|source| search::authoring::parse_searches(SEARCHES, &source));
    let market = match (listings, searches) {
        (Ok(listings), Ok(searches)) => {
            let mut errors =
                search::authoring::market_errors(&listings, LISTINGS, &searches, SEARCHES);
            let vocabulary = read(SEARCHES).and_then(|source| {
                search::authoring::parse_vocabulary(SEARCHES, &source, &listings, &searches)
            });
            errors.extend(vocabulary.as_ref().err().into_iter().flatten().cloned());
            if !errors.is_empty() {
                stop(&errors, "data pasar latihan");
            }
            search::market::Market {
                listings,
                searches,
                vocabulary: vocabulary.unwrap_or_default(),
            }
        }
        (listings, searches) => {
            let errors: Vec<String> = listings
                .err()
                .into_iter()
                .chain(searches.err())
                .flatten()
                .collect();
            stop(&errors, "data pasar latihan")
        }
    };
    write_out(
        "market.json",
        &serde_json::to_string(&market).expect("market serialises"),
    );
    market
}

/// Stops the build with every mistake listed, for the trainer to fix in one go.
fn stop(errors: &[String], what: &str) -> ! {
    eprintln!("\nAda yang perlu diperbaiki di {what}:\n");
    for error in errors {
        eprintln!("  - {error}");
    }
    eprintln!();
    std::process::exit(1);
}

fn write_out(name: &str, contents: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    std::fs::write(out, contents).expect("write the built data");
}
