//! Words shoppers search for that the learner's listing does not use yet, taken from the
//! practice searches: only words true of what she sells (its own words: kind, taste, size,
//! place) and words true of many products (occasions such as "oleh-oleh"), never the name
//! of a product she does not sell, and never from a search for such a product.

use super::market::{Listing, Market};
use super::text;
use std::collections::HashSet;

/// How well a search fits the listing; a word takes the best fit of the searches it is in.
/// Declared weakest first, so a larger value is a better fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Another category, but the search shares a word with the listing
    /// ("oleh oleh malang" for coffee from Malang).
    SharedWord,
    /// The same category, no shared word yet.
    SameCategory,
    /// The same category and a shared word: shoppers looking for this very product.
    Close,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// In the usual spelling ("pedas", "oleh-oleh").
    pub word: String,
    /// Practice searches per month that contain the word, summed over the fitting searches.
    pub monthly: u32,
    pub fit: Fit,
    /// The most searched of those searches, as shoppers type it.
    pub example: String,
}

/// Up to `limit` words, best first: by fit; then by how many words of its search the
/// listing already has (a search that shares "keripik singkong" suggests a closer word than
/// one that shares only "keripik"); then by monthly searches; then alphabetically.
/// What the listing sells is `listing.sells`, or its own words when that is unknown.
pub fn suggest(market: &Market, listing: &Listing, limit: usize) -> Vec<Suggestion> {
    let used: HashSet<String> = text::tokens(&listing.title)
        .into_iter()
        .chain(text::tokens(&listing.description))
        .collect();
    let sells: HashSet<&str> = if listing.sells.is_empty() {
        used.iter().map(String::as_str).collect()
    } else {
        listing.sells.iter().map(String::as_str).collect()
    };
    let vocabulary = &market.vocabulary;
    let names_another_product =
        |w: &String| vocabulary.product_words.contains(w) && !sells.contains(w.as_str());
    // Each suggestion with its best (fit, shared words) and the count of its example.
    let mut found: Vec<(Suggestion, (Fit, usize), u32)> = Vec::new();
    for search in &market.searches {
        let mut words: Vec<String> = Vec::new();
        for word in text::tokens(&search.query) {
            if !words.contains(&word) {
                words.push(word);
            }
        }
        // "keripik pisang" is searched by people who want pisang: none of it is hers.
        if words.iter().any(names_another_product) {
            continue;
        }
        let shared = words.iter().filter(|word| used.contains(*word)).count();
        let fit = match (search.category == listing.category, shared > 0) {
            (true, true) => Fit::Close,
            (true, false) => Fit::SameCategory,
            (false, true) => Fit::SharedWord,
            (false, false) => continue,
        };
        // Sizes ("250", "gram") are the seller's facts, not words to borrow; a taste or a
        // place only when hers ("original" is not true of keripik pedas).
        let borrowable = |w: &String| {
            !used.contains(w)
                && !text::UNITS.contains(&w.as_str())
                && !w.chars().all(|c| c.is_ascii_digit())
                && (sells.contains(w.as_str()) || vocabulary.general_words.contains(w))
        };
        for word in words.into_iter().filter(borrowable) {
            match found.iter_mut().find(|(s, _, _)| s.word == word) {
                Some((suggestion, closeness, example_count)) => {
                    if (fit, shared) > *closeness {
                        *closeness = (fit, shared);
                        suggestion.fit = fit;
                    }
                    suggestion.monthly = suggestion.monthly.saturating_add(search.count);
                    if search.count > *example_count {
                        suggestion.example.clone_from(&search.query);
                        *example_count = search.count;
                    }
                }
                None => found.push((
                    Suggestion {
                        word,
                        monthly: search.count,
                        fit,
                        example: search.query.clone(),
                    },
                    (fit, shared),
                    search.count,
                )),
            }
        }
    }
    found.sort_by(|(a, a_closeness, _), (b, b_closeness, _)| {
        b_closeness
            .cmp(a_closeness)
            .then(b.monthly.cmp(&a.monthly))
            .then_with(|| a.word.cmp(&b.word))
    });
    found
        .into_iter()
        .take(limit)
        .map(|(suggestion, _, _)| suggestion)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::market::{Category, ShopperSearch, Vocabulary};

    fn search(query: &str, count: u32, category: Category) -> ShopperSearch {
        ShopperSearch {
            query: query.into(),
            count,
            category,
        }
    }

    fn market() -> Market {
        let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect();
        Market {
            listings: Vec::new(),
            searches: vec![
                search("keripik singkong", 18_500, Category::Snacks),
                search("keripik singkong pedes", 6_400, Category::Snacks),
                search("keripik singkong original", 2_100, Category::Snacks),
                search("cemilan pedas", 7_400, Category::Snacks),
                search("keripik pisang", 11_200, Category::Snacks),
                search("kerupuk udang", 6_900, Category::Snacks),
                search("oleh oleh malang", 8_800, Category::Snacks),
                search("kopi bubuk malang", 2_000, Category::Drinks),
                search("sambal bawang", 12_800, Category::SambalAndSpices),
                search("keripik 250gr", 900, Category::Snacks),
            ],
            vocabulary: Vocabulary {
                product_words: words(&[
                    "keripik", "singkong", "pisang", "kerupuk", "udang", "kopi", "sambal",
                ]),
                general_words: words(&["oleh-oleh", "camilan"]),
            },
        }
    }

    const KERIPIK: &str = "Keripik singkong pedas, renyah, 250 gram, dari Malang";

    fn listing(title: &str, description: &str, category: Category, sells: &str) -> Listing {
        Listing {
            title: title.into(),
            description: description.into(),
            category,
            price: 15_000,
            shop: "Toko".into(),
            rating_tenths: 48,
            sold: 0,
            sells: text::tokens(sells),
        }
    }

    fn keripik(title: &str) -> Listing {
        listing(title, "Gurih.", Category::Snacks, KERIPIK)
    }

    fn words(suggestions: &[Suggestion]) -> Vec<&str> {
        suggestions.iter().map(|s| s.word.as_str()).collect()
    }

    #[test]
    fn only_words_the_listing_does_not_use_yet() {
        let found = suggest(&market(), &keripik("Keripik Singkong Renyah"), 10);
        assert!(
            !words(&found).contains(&"keripik") && !words(&found).contains(&"singkong"),
            "{found:?}"
        );
        // Once the learner writes "pedas" (even spelt "pedes"), it is no longer suggested.
        assert!(words(&found).contains(&"pedas"));
        let with_pedas = suggest(&market(), &keripik("Keripik Singkong Pedes"), 10);
        assert!(!words(&with_pedas).contains(&"pedas"));
        // Sizes are never suggested.
        assert!(
            !words(&found).contains(&"250") && !words(&found).contains(&"gram"),
            "{found:?}"
        );
    }

    #[test]
    fn ordered_by_fit_then_monthly_searches() {
        let found = suggest(&market(), &keripik("Keripik Singkong Renyah"), 10);
        assert_eq!(words(&found), ["pedas", "malang", "oleh-oleh", "camilan"]);
        let pedas = &found[0];
        // "pedas" is in "keripik singkong pedes" (Close) and "cemilan pedas" (SameCategory).
        assert_eq!(
            (pedas.fit, pedas.monthly, pedas.example.as_str()),
            (Fit::Close, 13_800, "cemilan pedas")
        );
        // Equal fit and count: alphabetical.
        assert_eq!((found[1].fit, found[1].monthly), (Fit::SameCategory, 8_800));
        assert_eq!((found[2].fit, found[2].monthly), (Fit::SameCategory, 8_800));
    }

    #[test]
    fn never_another_product_nor_a_taste_she_does_not_sell() {
        let found = suggest(&market(), &keripik("Keripik Singkong"), 10);
        for other in [
            "pisang", "kerupuk", "udang", "kopi", "sambal", "bawang", "original",
        ] {
            assert!(!words(&found).contains(&other), "{other}: {found:?}");
        }
        // The same searches, for a seller of keripik pisang original: now they are hers.
        let pisang = listing(
            "Keripik",
            "",
            Category::Snacks,
            "Keripik pisang original dan keripik singkong",
        );
        let hers = suggest(&market(), &pisang, 10);
        for own in ["pisang", "singkong", "original"] {
            assert!(words(&hers).contains(&own), "{own}: {hers:?}");
        }
    }

    #[test]
    fn searches_of_other_categories_count_only_with_a_shared_word() {
        let kopi = listing(
            "Kopi Bubuk Robusta",
            "Dari lereng gunung di Malang.",
            Category::Drinks,
            "kopi bubuk robusta dari Malang",
        );
        let found = suggest(&market(), &kopi, 10);
        // "oleh oleh malang" shares "malang"; "sambal bawang" shares nothing.
        assert_eq!(words(&found), ["oleh-oleh"]);
        assert_eq!(found[0].fit, Fit::SharedWord);
        // Coffee not from Malang: "malang" is not hers to claim.
        let elsewhere = listing("Kopi Bubuk", "", Category::Drinks, "");
        assert!(suggest(&market(), &elsewhere, 10).is_empty());
    }

    #[test]
    fn the_limit_and_empty_input_are_respected() {
        let plain = keripik("Keripik");
        assert_eq!(suggest(&market(), &plain, 2).len(), 2);
        assert!(suggest(&market(), &plain, 0).is_empty());
        assert!(suggest(&Market::default(), &plain, 5).is_empty());
        assert!(!suggest(&market(), &listing("", "", Category::Snacks, KERIPIK), 5).is_empty());
    }
}
