//! Reads the practice marketplace's data files (TOML) and names every mistake in words a
//! trainer can act on: file, entry number (counted from 1), field. Runs at build time
//! only; the app receives JSON.
//!
//! Also compiled into build.rs, so it reaches the crate only through `super::` and
//! `crate::money`.

use super::market::{Category, Listing, ShopperSearch, Vocabulary};
use super::text;
use crate::money::{format_rupiah, MAX_PRICE};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// One `[[listings]]` entry as written. Numbers are read wide and checked here, so a
/// negative price gets "harus lebih dari 0" instead of a parser's message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListingEntry {
    title: String,
    description: String,
    category: String,
    price: i64,
    shop: String,
    /// Written as stars with one decimal (4.8); kept as tenths after the check.
    rating: f64,
    sold: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchEntry {
    query: String,
    count: i64,
    category: String,
}

/// Reads `lessons/data/pasar-latihan.toml`. `path` starts every error line.
pub fn parse_listings(path: &str, source: &str) -> Result<Vec<Listing>, Vec<String>> {
    let (entries, mut errors) = read_entries::<ListingEntry>(path, source, &LISTINGS)?;
    let mut listings = Vec::new();
    let mut titles: Vec<(usize, String)> = Vec::new();
    for (number, entry) in entries {
        errors.entry = number;
        let before = errors.list.len();
        errors.require_text("title", &entry.title);
        let title = simple(&entry.title);
        if let Some((earlier, _)) = titles
            .iter()
            .find(|(_, t)| !title.is_empty() && *t == title)
        {
            errors.add(
                "title",
                format!("\"{}\" sudah dipakai barang {earlier}", entry.title.trim()),
            );
        }
        titles.push((number, title));
        errors.require_text("description", &entry.description);
        let category = errors.category(&entry.category);
        if entry.price <= 0 {
            errors.add("price", "harus lebih dari 0");
        } else if entry.price as u64 > MAX_PRICE {
            errors.add(
                "price",
                format!("terlalu besar; paling banyak {}", format_rupiah(MAX_PRICE)),
            );
        }
        errors.require_text("shop", &entry.shop);
        let rating_tenths = entry.rating * 10.0;
        if !(0.0..=5.0).contains(&entry.rating) {
            errors.add("rating", "isi bintang dari 0.0 sampai 5.0");
        } else if (rating_tenths - rating_tenths.round()).abs() > 1e-6 {
            errors.add("rating", "pakai satu angka di belakang titik, misalnya 4.8");
        }
        let sold = u32::try_from(entry.sold);
        if entry.sold < 0 {
            errors.add("sold", "tidak boleh kurang dari 0");
        } else if sold.is_err() {
            errors.add("sold", "terlalu besar");
        }
        if let (Some(category), Ok(sold), true) = (category, sold, errors.list.len() == before) {
            listings.push(Listing {
                title: entry.title.trim().to_string(),
                description: entry.description.trim().to_string(),
                category,
                price: entry.price as u64,
                shop: entry.shop.trim().to_string(),
                rating_tenths: rating_tenths.round() as u8,
                sold,
                sells: Vec::new(),
            });
        }
    }
    errors.finish(listings)
}

/// Reads `lessons/data/pencarian.toml`. `path` starts every error line.
pub fn parse_searches(path: &str, source: &str) -> Result<Vec<ShopperSearch>, Vec<String>> {
    let (entries, mut errors) = read_entries::<SearchEntry>(path, source, &SEARCHES)?;
    let mut searches = Vec::new();
    let mut queries: Vec<(usize, String)> = Vec::new();
    for (number, entry) in entries {
        errors.entry = number;
        let before = errors.list.len();
        let query = simple(&entry.query);
        if entry.query.trim().is_empty() {
            errors.add("query", "tidak boleh kosong");
        } else if text::tokens(&entry.query).is_empty() {
            errors.add(
                "query",
                "tidak ada kata yang bisa dicari; kata seperti \"dan\" dan \"yang\" tidak dihitung",
            );
        } else if let Some((earlier, _)) = queries.iter().find(|(_, q)| *q == query) {
            errors.add(
                "query",
                format!(
                    "\"{}\" sudah ada di pencarian {earlier}",
                    entry.query.trim()
                ),
            );
        }
        queries.push((number, query));
        let count = u32::try_from(entry.count);
        if entry.count <= 0 {
            errors.add("count", "harus lebih dari 0");
        } else if count.is_err() {
            errors.add("count", "terlalu besar");
        }
        let category = errors.category(&entry.category);
        if let (Some(category), Ok(count), true) = (category, count, errors.list.len() == before) {
            searches.push(ShopperSearch {
                query: entry.query.trim().to_string(),
                count,
                category,
            });
        }
    }
    errors.finish(searches)
}

/// The two word lists of `lessons/data/pencarian.toml` (`Vocabulary`), each word one word
/// that some listing or search has, written once; kept in `text::tokens` spelling.
pub fn parse_vocabulary(
    path: &str,
    source: &str,
    listings: &[Listing],
    searches: &[ShopperSearch],
) -> Result<Vocabulary, Vec<String>> {
    let table: toml::Table = toml::from_str(source).map_err(|e| vec![format!("{path}: {e}")])?;
    let mut errors = Vec::new();
    let mut seen: Vec<(String, &str)> = Vec::new();
    let in_market = |word: &str| {
        let has = |text: &str| text::tokens(text).iter().any(|t| t == word);
        listings
            .iter()
            .any(|l| has(&l.title) || has(&l.description))
            || searches.iter().any(|s| has(&s.query))
    };
    let mut read = |key: &'static str, example: &str, required: bool| -> Vec<String> {
        let how = format!("tulis daftar kata, misalnya {key} = [{example}]");
        let items = match table.get(key) {
            None => Vec::new(),
            Some(toml::Value::Array(items)) => items.clone(),
            Some(_) => {
                errors.push(format!("{path}, kolom `{key}`: {how}"));
                return Vec::new();
            }
        };
        if items.is_empty() && required {
            errors.push(format!("{path}, kolom `{key}`: belum ada kata; {how}"));
        }
        let mut words = Vec::new();
        for item in items {
            let Some(written) = item.as_str() else {
                errors.push(format!("{path}, kolom `{key}`: {item} bukan kata; {how}"));
                continue;
            };
            let problem = match text::tokens(written).as_slice() {
                [] => Some("bukan kata yang bisa dicari".to_string()),
                [word] => match seen.iter().find(|(w, _)| w == word) {
                    Some((_, list)) => Some(format!("sudah ada di {list}")),
                    None if !in_market(word) => Some(
                        "tidak ada di barang atau pencarian mana pun (salah ketik?)".to_string(),
                    ),
                    None => {
                        seen.push((word.clone(), key));
                        words.push(word.clone());
                        None
                    }
                },
                _ => Some("harus satu kata".to_string()),
            };
            if let Some(problem) = problem {
                errors.push(format!("{path}, kolom `{key}`: \"{written}\" {problem}"));
            }
        }
        words
    };
    let product_words = read("product_words", "\"singkong\", \"pisang\"", true);
    let general_words = read("general_words", "\"oleh-oleh\", \"camilan\"", false);
    if errors.is_empty() {
        Ok(Vocabulary {
            product_words,
            general_words,
        })
    } else {
        Err(errors)
    }
}

/// Enough listings, across enough categories, for a search to feel like a real market, and
/// enough shopper searches for the keyword lessons to choose from without a long list.
pub const MIN_LISTINGS: usize = 150;
pub const MIN_CATEGORIES: usize = 6;
pub const SEARCH_COUNT: std::ops::RangeInclusive<usize> = 30..=50;

/// Rules over the whole market, once both files read; `listings_path` and `searches_path`
/// start the error lines.
pub fn market_errors(
    listings: &[Listing],
    listings_path: &str,
    searches: &[ShopperSearch],
    searches_path: &str,
) -> Vec<String> {
    let mut errors = Vec::new();
    if listings.len() < MIN_LISTINGS {
        errors.push(format!(
            "{listings_path}: pasar latihan perlu minimal {MIN_LISTINGS} barang; sekarang ada {}",
            listings.len()
        ));
    }
    let categories = Category::ALL
        .iter()
        .filter(|category| listings.iter().any(|l| l.category == **category))
        .count();
    if categories < MIN_CATEGORIES {
        errors.push(format!("{listings_path}: barang perlu dari minimal {MIN_CATEGORIES} kategori; sekarang dari {categories}"));
    }
    if !SEARCH_COUNT.contains(&searches.len()) {
        let (fewest, most) = (SEARCH_COUNT.start(), SEARCH_COUNT.end());
        errors.push(format!(
            "{searches_path}: tulis {fewest} sampai {most} pencarian pembeli; sekarang ada {}",
            searches.len()
        ));
    }
    errors
}

/// Where a file keeps its entries and how a trainer calls one.
struct Shape {
    key: &'static str,
    /// Other keys the file may have, read elsewhere.
    also: &'static [&'static str],
    noun: &'static str,
    how: &'static str,
}

const LISTINGS: Shape = Shape {
    key: "listings",
    also: &[],
    noun: "barang",
    how: "tulis setiap barang di bawah judul [[listings]]",
};
const SEARCHES: Shape = Shape {
    key: "searches",
    also: &["product_words", "general_words"],
    noun: "pencarian",
    how: "tulis daftar searches = [ ... ] dengan satu pencarian per baris",
};

/// Entries that read, each with its number, and the mistakes found so far.
type Entries<'a, T> = (Vec<(usize, T)>, Errors<'a>);

/// The file's entries that read, each with its number (from 1), and the mistakes found so
/// far; the rules are checked on the entries that read, so all mistakes come at once.
/// `Err` when the file itself cannot be read.
fn read_entries<'a, T: DeserializeOwned>(
    path: &'a str,
    source: &str,
    shape: &Shape,
) -> Result<Entries<'a, T>, Vec<String>> {
    let table: toml::Table = toml::from_str(source).map_err(|e| {
        let line = e
            .span()
            .map(|span| line_of(source, span.start))
            .unwrap_or(1);
        vec![format!(
            "{path}, baris {line}: penulisan file rusak: {}",
            e.message().trim()
        )]
    })?;
    let unknown: Vec<String> = table
        .keys()
        .filter(|key| *key != shape.key && !shape.also.contains(&key.as_str()))
        .map(|key| {
            let allowed: Vec<&str> = [shape.key].iter().chain(shape.also).copied().collect();
            format!(
                "{path}, kolom `{key}`: \"{key}\" tidak dikenal (salah ketik?). Yang boleh: {}",
                allowed.join(", ")
            )
        })
        .collect();
    let items = match table.get(shape.key) {
        Some(toml::Value::Array(items)) if !items.is_empty() => items.as_slice(),
        _ => {
            let missing = format!(
                "{path}, kolom `{}`: belum ada {}; {}",
                shape.key, shape.noun, shape.how
            );
            return Err(unknown.into_iter().chain([missing]).collect());
        }
    };
    let mut errors = Errors {
        path,
        noun: shape.noun,
        entry: 0,
        list: unknown.into_iter().map(|e| (0, e)).collect(),
    };
    let mut entries = Vec::new();
    for (at, item) in items.iter().enumerate() {
        errors.entry = at + 1;
        if !item.is_table() {
            errors.list.push((
                errors.entry,
                format!("{path}, {} {}: {}", shape.noun, errors.entry, shape.how),
            ));
            continue;
        }
        match item.clone().try_into::<T>() {
            Ok(value) => entries.push((errors.entry, value)),
            Err(error) => {
                let (field, message) = explain(&error);
                errors.add(&field, message);
            }
        }
    }
    Ok((entries, errors))
}

struct Errors<'a> {
    path: &'a str,
    noun: &'static str,
    /// The entry being checked, counted from 1; 0 for the file as a whole.
    entry: usize,
    /// Each mistake with its entry number.
    list: Vec<(usize, String)>,
}

impl Errors<'_> {
    fn add(&mut self, field: &str, message: impl AsRef<str>) {
        let line = format!(
            "{}, {} {}, kolom `{field}`: {}",
            self.path,
            self.noun,
            self.entry,
            message.as_ref()
        );
        self.list.push((self.entry, line));
    }

    fn require_text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(field, "tidak boleh kosong");
        }
    }

    fn category(&mut self, id: &str) -> Option<Category> {
        let category = Category::from_id(id.trim());
        if category.is_none() {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
            self.add(
                "category",
                format!(
                    "\"{id}\" tidak dikenal. Pilih salah satu: {}",
                    known.join(", ")
                ),
            );
        }
        category
    }

    /// The values, or every mistake in file order.
    fn finish<T>(mut self, values: Vec<T>) -> Result<Vec<T>, Vec<String>> {
        if self.list.is_empty() {
            return Ok(values);
        }
        self.list.sort_by_key(|(entry, _)| *entry);
        Err(self.list.into_iter().map(|(_, line)| line).collect())
    }
}

/// Lower-case words only, to find the same title or search written twice.
fn simple(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).unwrap_or(source).matches('\n').count() + 1
}

/// Turns the parser's English message into the field it is about and an Indonesian sentence.
fn explain(error: &toml::de::Error) -> (String, String) {
    let message = error.message();
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let first = quoted.first().copied().unwrap_or("?").to_string();
    if message.starts_with("missing field") {
        (first, "belum diisi".into())
    } else if message.starts_with("unknown field") {
        let allowed = quoted.get(1..).unwrap_or_default().join(", ");
        (
            first.clone(),
            format!("\"{first}\" tidak dikenal (salah ketik?). Yang boleh: {allowed}"),
        )
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        // The parser names the field on a line of its own: "in `price`".
        let shown = error.to_string();
        let field = shown
            .lines()
            .rev()
            .find_map(|line| line.trim().strip_prefix("in `")?.strip_suffix('`'))
            .unwrap_or("?");
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        (
            field.to_string(),
            format!(
                "isinya {}, padahal seharusnya {}",
                found_in_words(found),
                expected_in_words(expected)
            ),
        )
    } else {
        ("?".into(), message.trim().to_string())
    }
}

fn found_in_words(found: &str) -> String {
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    let value = value.trim_matches('`');
    match kind {
        "string" => format!("teks {value}"),
        "integer" => format!("angka {value}"),
        "floating" => format!(
            "angka berkoma {}",
            value.trim_start_matches("point ").trim_matches('`')
        ),
        "boolean" => format!("{value} (ya/tidak)"),
        _ => found.to_string(),
    }
}

fn expected_in_words(expected: &str) -> String {
    match expected.trim() {
        "a string" => "teks di antara tanda kutip \"...\"".into(),
        "i64" => "angka bulat tanpa titik, misalnya 15000".into(),
        "f64" => "angka seperti 4.8".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTINGS_PATH: &str = "lessons/data/pasar-latihan.toml";
    const SEARCHES_PATH: &str = "lessons/data/pencarian.toml";

    const GOOD_LISTING: &str = r#"
[[listings]]
title = "Keripik Singkong Pedas Renyah 250gr"
description = "Singkong pilihan, digoreng renyah."
category = "makanan-ringan"
price = 18000
shop = "Dapur Bu Sari"
rating = 4.8
sold = 120
"#;

    fn listings_errors(source: &str) -> Vec<String> {
        parse_listings(LISTINGS_PATH, source).expect_err("the file should be refused")
    }

    fn searches_errors(source: &str) -> Vec<String> {
        parse_searches(SEARCHES_PATH, source).expect_err("the file should be refused")
    }

    /// The good listing, then a second one with `change` applied.
    fn two_listings(from: &str, to: &str) -> String {
        let second = GOOD_LISTING
            .replace(
                "Keripik Singkong Pedas Renyah 250gr",
                "Keripik Pisang Manis",
            )
            .replace(from, to);
        format!("{GOOD_LISTING}{second}")
    }

    #[test]
    fn the_market_needs_enough_listings_categories_and_searches() {
        let listing = parse_listings(LISTINGS_PATH, GOOD_LISTING)
            .expect("good file")
            .remove(0);
        let search = parse_searches(SEARCHES_PATH, GOOD_SEARCHES)
            .expect("good file")
            .remove(0);
        let listings: Vec<Listing> = (0..MIN_LISTINGS)
            .map(|i| Listing {
                category: Category::ALL[i % MIN_CATEGORIES],
                title: format!("Barang {i}"),
                ..listing.clone()
            })
            .collect();
        let searches = vec![search; 30];
        assert!(market_errors(&listings, LISTINGS_PATH, &searches, SEARCHES_PATH).is_empty());
        assert!(market_errors(&listings, LISTINGS_PATH, &searches[..29], SEARCHES_PATH).len() == 1);
        let one_category: Vec<Listing> = listings[..MIN_LISTINGS - 1]
            .iter()
            .map(|l| Listing {
                category: Category::Snacks,
                ..l.clone()
            })
            .collect();
        let too_many_searches = vec![searches[0].clone(); 51];
        assert_eq!(
            market_errors(
                &one_category,
                LISTINGS_PATH,
                &too_many_searches,
                SEARCHES_PATH
            ),
            [
                format!(
                    "{LISTINGS_PATH}: pasar latihan perlu minimal 150 barang; sekarang ada 149"
                ),
                format!("{LISTINGS_PATH}: barang perlu dari minimal 6 kategori; sekarang dari 1"),
                format!("{SEARCHES_PATH}: tulis 30 sampai 50 pencarian pembeli; sekarang ada 51"),
            ]
        );
    }

    #[test]
    fn a_good_listing_is_read_with_its_rating_in_tenths() {
        let listings = parse_listings(LISTINGS_PATH, GOOD_LISTING).expect("good file");
        assert_eq!(
            listings,
            vec![Listing {
                title: "Keripik Singkong Pedas Renyah 250gr".into(),
                description: "Singkong pilihan, digoreng renyah.".into(),
                category: Category::Snacks,
                price: 18_000,
                shop: "Dapur Bu Sari".into(),
                rating_tenths: 48,
                sold: 120,
                sells: Vec::new(),
            }]
        );
        let whole = parse_listings(
            LISTINGS_PATH,
            &GOOD_LISTING.replace("rating = 4.8", "rating = 5"),
        )
        .expect("a whole number of stars");
        assert_eq!(whole[0].rating_tenths, 50);
    }

    #[test]
    fn each_broken_field_is_named_with_its_entry() {
        assert_eq!(
            listings_errors(&two_listings("price = 18000", "price = 0")),
            vec!["lessons/data/pasar-latihan.toml, barang 2, kolom `price`: harus lebih dari 0"]
        );
        assert_eq!(listings_errors(&two_listings("price = 18000", "price = 1_000_000_001")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `price`: terlalu besar; paling banyak Rp1.000.000.000"
        ]);
        assert!(parse_listings(
            LISTINGS_PATH,
            &two_listings("price = 18000", "price = 1_000_000_000")
        )
        .is_ok());
        assert_eq!(listings_errors(&two_listings("rating = 4.8", "rating = 5.1")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `rating`: isi bintang dari 0.0 sampai 5.0"
        ]);
        assert_eq!(listings_errors(&two_listings("rating = 4.8", "rating = 4.85")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `rating`: pakai satu angka di belakang titik, misalnya 4.8"
        ]);
        assert!(
            parse_listings(LISTINGS_PATH, &two_listings("rating = 4.8", "rating = 0.0")).is_ok()
        );
        assert_eq!(
            listings_errors(&two_listings("sold = 120", "sold = -1")),
            vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `sold`: tidak boleh kurang dari 0"
        ]
        );
        assert_eq!(listings_errors(&two_listings("category = \"makanan-ringan\"", "category = \"snack\"")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `category`: \"snack\" tidak dikenal. Pilih salah satu: makanan-ringan, sambal-bumbu, minuman, kue-roti, batik-kerajinan, fashion, kebutuhan-harian"
        ]);
    }

    #[test]
    fn empty_texts_are_all_reported_together() {
        let second = "[[listings]]\ntitle = \"\"\ndescription = \"\"\ncategory = \"fashion\"\nprice = 50000\nshop = \" \"\nrating = 4.5\nsold = 3\n";
        let source = format!("{GOOD_LISTING}{second}");
        assert_eq!(
            listings_errors(&source),
            vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `title`: tidak boleh kosong",
            "lessons/data/pasar-latihan.toml, barang 2, kolom `description`: tidak boleh kosong",
            "lessons/data/pasar-latihan.toml, barang 2, kolom `shop`: tidak boleh kosong",
        ]
        );
    }

    #[test]
    fn a_repeated_title_names_the_first_one() {
        let source = two_listings(
            "title = \"Keripik Pisang Manis\"",
            "title = \"keripik singkong pedas, renyah 250GR\"",
        );
        assert_eq!(listings_errors(&source), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `title`: \"keripik singkong pedas, renyah 250GR\" sudah dipakai barang 1"
        ]);
    }

    #[test]
    fn missing_misspelt_and_mistyped_fields_are_explained() {
        assert_eq!(
            listings_errors(&two_listings("sold = 120\n", "")),
            vec!["lessons/data/pasar-latihan.toml, barang 2, kolom `sold`: belum diisi"]
        );
        assert_eq!(listings_errors(&two_listings("rating =", "ratting =")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `ratting`: \"ratting\" tidak dikenal (salah ketik?). Yang boleh: title, description, category, price, shop, rating, sold"
        ]);
        // "15.000" the Indonesian way is a decimal number in TOML.
        assert_eq!(listings_errors(&two_listings("price = 18000", "price = 18.000")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `price`: isinya angka berkoma 18.0, padahal seharusnya angka bulat tanpa titik, misalnya 15000"
        ]);
        assert_eq!(listings_errors(&two_listings("price = 18000", "price = \"Rp18.000\"")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `price`: isinya teks \"Rp18.000\", padahal seharusnya angka bulat tanpa titik, misalnya 15000"
        ]);
        assert_eq!(listings_errors(&two_listings("rating = 4.8", "rating = \"4,8\"")), vec![
            "lessons/data/pasar-latihan.toml, barang 2, kolom `rating`: isinya teks \"4,8\", padahal seharusnya angka seperti 4.8"
        ]);
    }

    #[test]
    fn a_misspelt_field_does_not_hide_other_mistakes() {
        let source =
            two_listings("rating =", "ratting =").replacen("price = 18000", "price = 0", 1);
        assert_eq!(listings_errors(&source), vec![
            "lessons/data/pasar-latihan.toml, barang 1, kolom `price`: harus lebih dari 0",
            "lessons/data/pasar-latihan.toml, barang 2, kolom `ratting`: \"ratting\" tidak dikenal (salah ketik?). Yang boleh: title, description, category, price, shop, rating, sold",
        ]);
    }

    #[test]
    fn file_level_mistakes_are_named() {
        assert_eq!(listings_errors("judul = \"x\"\n"), vec![
            "lessons/data/pasar-latihan.toml, kolom `judul`: \"judul\" tidak dikenal (salah ketik?). Yang boleh: listings",
            "lessons/data/pasar-latihan.toml, kolom `listings`: belum ada barang; tulis setiap barang di bawah judul [[listings]]",
        ]);
        assert_eq!(listings_errors("listings = [\"Keripik\"]\n"), vec![
            "lessons/data/pasar-latihan.toml, barang 1: tulis setiap barang di bawah judul [[listings]]"
        ]);
        let broken = listings_errors("[[listings]]\ntitle = \"Keripik\nprice = 1\n");
        assert_eq!(broken.len(), 1);
        assert!(
            broken[0]
                .starts_with("lessons/data/pasar-latihan.toml, baris 2: penulisan file rusak: "),
            "{broken:?}"
        );
    }

    const GOOD_SEARCHES: &str = r#"
searches = [
  { query = "keripik singkong", count = 18500, category = "makanan-ringan" },
  { query = "sambel bawang", count = 5600, category = "sambal-bumbu" },
]
"#;

    #[test]
    fn good_searches_are_read() {
        let searches = parse_searches(SEARCHES_PATH, GOOD_SEARCHES).expect("good file");
        assert_eq!(
            searches[1],
            ShopperSearch {
                query: "sambel bawang".into(),
                count: 5_600,
                category: Category::SambalAndSpices
            }
        );
        // Two spellings are two searches: shoppers type both.
        let both = GOOD_SEARCHES.replace("keripik singkong\"", "sambal bawang\"");
        assert!(parse_searches(SEARCHES_PATH, &both).is_ok());
    }

    #[test]
    fn broken_searches_are_named() {
        let source = GOOD_SEARCHES
            .replace("count = 5600", "count = 0")
            .replace("\"keripik singkong\"", "\"  \"");
        assert_eq!(
            searches_errors(&source),
            vec![
                "lessons/data/pencarian.toml, pencarian 1, kolom `query`: tidak boleh kosong",
                "lessons/data/pencarian.toml, pencarian 2, kolom `count`: harus lebih dari 0",
            ]
        );
        let stop_words = GOOD_SEARCHES.replace("\"keripik singkong\"", "\"yang dan\"");
        assert_eq!(searches_errors(&stop_words), vec![
            "lessons/data/pencarian.toml, pencarian 1, kolom `query`: tidak ada kata yang bisa dicari; kata seperti \"dan\" dan \"yang\" tidak dihitung"
        ]);
        let twice = GOOD_SEARCHES.replace("\"sambel bawang\"", "\"Keripik  Singkong\"");
        assert_eq!(searches_errors(&twice), vec![
            "lessons/data/pencarian.toml, pencarian 2, kolom `query`: \"Keripik  Singkong\" sudah ada di pencarian 1"
        ]);
        let unknown = GOOD_SEARCHES.replace("\"sambal-bumbu\"", "\"bumbu\"");
        assert_eq!(searches_errors(&unknown).len(), 1);
        assert!(searches_errors(&unknown)[0].starts_with(
            "lessons/data/pencarian.toml, pencarian 2, kolom `category`: \"bumbu\" tidak dikenal."
        ));
        assert_eq!(searches_errors("searches = []\n"), vec![
            "lessons/data/pencarian.toml, kolom `searches`: belum ada pencarian; tulis daftar searches = [ ... ] dengan satu pencarian per baris"
        ]);
        let huge = GOOD_SEARCHES.replace("count = 5600", "count = 5000000000");
        assert_eq!(
            searches_errors(&huge),
            vec!["lessons/data/pencarian.toml, pencarian 2, kolom `count`: terlalu besar"]
        );
    }

    #[test]
    fn the_word_lists_are_read_in_search_spelling() {
        let source = format!(
            "{GOOD_SEARCHES}product_words = [\"Kripik\", \"singkong\"]\ngeneral_words = [\"oleh oleh\"]\n"
        );
        let searches = parse_searches(SEARCHES_PATH, &source).expect("good file");
        let listing = parse_listings(LISTINGS_PATH, GOOD_LISTING).expect("good file");
        let with_oleh = [Listing {
            description: "Oleh-oleh khas Malang.".into(),
            ..listing[0].clone()
        }];
        let vocabulary =
            parse_vocabulary(SEARCHES_PATH, &source, &with_oleh, &searches).expect("good lists");
        assert_eq!(vocabulary.product_words, ["keripik", "singkong"]);
        assert_eq!(vocabulary.general_words, ["oleh-oleh"]);
    }

    #[test]
    fn broken_word_lists_are_named() {
        let searches = parse_searches(SEARCHES_PATH, GOOD_SEARCHES).expect("good file");
        let errors = |lists: &str| {
            parse_vocabulary(
                SEARCHES_PATH,
                &format!("{GOOD_SEARCHES}{lists}"),
                &[],
                &searches,
            )
            .expect_err("the lists should be refused")
        };
        assert_eq!(errors(""), vec![
            "lessons/data/pencarian.toml, kolom `product_words`: belum ada kata; tulis daftar kata, misalnya product_words = [\"singkong\", \"pisang\"]"
        ]);
        assert_eq!(
            errors("product_words = [\"keripik singkong\", \"pisangg\", \"bawang\", \"dan\"]\ngeneral_words = [\"Bawang\"]\n"),
            vec![
                "lessons/data/pencarian.toml, kolom `product_words`: \"keripik singkong\" harus satu kata",
                "lessons/data/pencarian.toml, kolom `product_words`: \"pisangg\" tidak ada di barang atau pencarian mana pun (salah ketik?)",
                "lessons/data/pencarian.toml, kolom `product_words`: \"dan\" bukan kata yang bisa dicari",
                "lessons/data/pencarian.toml, kolom `general_words`: \"Bawang\" sudah ada di product_words",
            ]
        );
        assert_eq!(errors("product_words = \"bawang\"\n").len(), 1);
        // The good file with its lists has no unknown field.
        assert!(parse_searches(
            SEARCHES_PATH,
            &format!("{GOOD_SEARCHES}product_words = [\"bawang\"]\n")
        )
        .is_ok());
    }
}
