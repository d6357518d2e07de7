//! The practice marketplace of this build, checked by build.rs from lessons/data/*.toml.

use super::index::SearchIndex;
use super::market::Market;
use std::sync::OnceLock;

const MARKET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/market.json"));

/// Listings and shopper searches. build.rs wrote this JSON from validated data, so it
/// always reads; a test below holds that promise.
pub fn market() -> &'static Market {
    static MARKET: OnceLock<Market> = OnceLock::new();
    MARKET.get_or_init(|| serde_json::from_str(MARKET_JSON).unwrap_or_default())
}

/// The search index of the shipped listings, built on first use and then kept.
pub fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        SearchIndex::new(&market().listings).naming_products(&market().vocabulary.product_words)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Listing, Place, Reason};

    #[test]
    fn the_built_market_reads_back() {
        let decoded: Market = serde_json::from_str(MARKET_JSON).expect("market.json reads");
        assert_eq!(market(), &decoded);
        assert!(
            !market().listings.is_empty() && !market().searches.is_empty(),
            "build.rs checks how many"
        );
        assert_eq!(index().listings().len(), market().listings.len());
    }

    #[test]
    fn every_shopper_search_finds_listings_of_its_category() {
        // A learner's listing with no words is not shown, so page 1 is the catalogue's alone.
        let blank = Listing {
            title: String::new(),
            description: String::new(),
            ..market().listings[0].clone()
        };
        for search in &market().searches {
            let page = index().search(&search.query).page(&blank, 1);
            let found_in_category = page
                .iter()
                .any(|place| matches!(place, Place::Listing(l) if l.category == search.category));
            assert!(
                found_in_category,
                "{:?} finds nothing of {:?} on page 1",
                search.query, search.category
            );
        }
    }

    #[test]
    fn the_shipped_market_has_stuffed_titles_to_show() {
        let stuffed = market()
            .listings
            .iter()
            .filter(|listing| {
                let explained = index().search(&listing.title).explain(listing);
                explained.reasons.iter().any(|r| {
                    matches!(
                        r,
                        Reason::RepeatedWord { .. }
                            | Reason::OtherCategoryWords(_)
                            | Reason::TitleTooLong { .. }
                    )
                })
            })
            .count();
        // Enough for the lesson to show the penalty; not more than a tenth or so of the
        // market, or honest titles are being caught (the data has 17 on purpose).
        assert!((5..=25).contains(&stuffed), "{stuffed} stuffed titles");
    }
}
