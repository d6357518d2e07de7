//! Why a listing stands where it does, as data: the screen turns each reason into plain
//! words (`crate::strings::search`). Also how many practice shoppers would see it.

use super::index::{Analysed, RankResult, Results, PAGE_SIZE};
use super::market::Listing;
use super::stuffing::LONG_TITLE_CHARS;
use super::text;

/// One thing that lifts or lowers a listing for a search. Words are in their usual
/// spelling ("keripik", "oleh-oleh"), as `text::tokens` gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The search has nothing to look for: it is empty or only words like "dan", "yang".
    NoSearchWords,
    /// No search word is in the title or the description, so the search does not show it.
    NotFound,
    /// Search words the title has: the strongest place for them.
    TitleHas(Vec<String>),
    /// Search words the title does not have.
    TitleLacks(Vec<String>),
    /// Search words missing from the title that the description has: they help, less.
    DescriptionHelps(Vec<String>),
    /// The shopper wrote a word another way, and search took it as the usual spelling:
    /// (as written, usual spelling), e.g. ("kripik", "keripik").
    SpellingMatched(Vec<(String, String)>),
    /// Title words naming a product the seller does not sell ("pisang" for keripik
    /// singkong), with the place the listing would have without them, when that is better.
    NotYourProduct {
        words: Vec<String>,
        place_without: Option<usize>,
    },
    /// One word written many times in the title.
    RepeatedWord { word: String, times: usize },
    /// Popular words of other kinds of goods in the title.
    OtherCategoryWords(Vec<String>),
    /// The title is longer than `limit` characters.
    TitleTooLong { chars: usize, limit: usize },
    /// The description is empty (or only small words).
    NoDescription,
}

/// A listing's place for one search and the reasons for it, most important first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub result: RankResult,
    pub reasons: Vec<Reason>,
}

impl Results<'_> {
    /// Why `listing` stands where `rank` puts it. Works for any listing, the learner's or
    /// one from the catalogue.
    pub fn explain(&self, listing: &Listing) -> Explanation {
        let result = self.rank(listing);
        if self.terms.is_empty() {
            return Explanation {
                result,
                reasons: vec![Reason::NoSearchWords],
            };
        }
        let words = Analysed::of(listing);
        let has = |field: &[String], token: &str| field.iter().any(|word| word == token);
        let tokens = |keep: &dyn Fn(&str) -> bool| -> Vec<String> {
            self.terms
                .iter()
                .filter(|t| keep(&t.token))
                .map(|t| t.token.clone())
                .collect()
        };
        let in_title = tokens(&|t| has(&words.title, t));
        let lacking = tokens(&|t| !has(&words.title, t));
        let in_description = tokens(&|t| !has(&words.title, t) && has(&words.description, t));

        let mut reasons = Vec::new();
        if in_title.is_empty() && in_description.is_empty() {
            reasons.push(Reason::NotFound);
        } else {
            if !in_title.is_empty() {
                reasons.push(Reason::TitleHas(in_title));
            }
            if !lacking.is_empty() {
                reasons.push(Reason::TitleLacks(lacking));
            }
            if !in_description.is_empty() {
                reasons.push(Reason::DescriptionHelps(in_description));
            }
            let respelt: Vec<(String, String)> = self
                .terms
                .iter()
                .filter(|t| {
                    t.written != t.token
                        && (has(&words.title, &t.token) || has(&words.description, &t.token))
                })
                .map(|t| (t.written.clone(), t.token.clone()))
                .collect();
            if !respelt.is_empty() {
                reasons.push(Reason::SpellingMatched(respelt));
            }
        }

        let stuffing = self.index().stuffing(listing, &words);
        if !stuffing.not_sold.is_empty() {
            let place_without = self.place_without(listing, &stuffing.not_sold);
            reasons.push(Reason::NotYourProduct {
                words: stuffing.not_sold,
                place_without,
            });
        }
        if let Some((word, times)) = stuffing.repeated {
            reasons.push(Reason::RepeatedWord { word, times });
        }
        if !stuffing.other_category.is_empty() {
            reasons.push(Reason::OtherCategoryWords(stuffing.other_category));
        }
        if let Some(chars) = stuffing.too_long {
            reasons.push(Reason::TitleTooLong {
                chars,
                limit: LONG_TITLE_CHARS,
            });
        }
        if words.description.is_empty() {
            reasons.push(Reason::NoDescription);
        }
        Explanation { result, reasons }
    }

    /// The place `listing` would have with `words` left out of its title, when that is
    /// better than its place now: what those words cost it.
    fn place_without(&self, listing: &Listing, words: &[String]) -> Option<usize> {
        // Whole pieces of the title go, as written, so equal listings still tie the same way.
        let kept: Vec<&str> = listing
            .title
            .split_whitespace()
            .filter(|piece| {
                let tokens = text::tokens(piece);
                tokens.is_empty() || !tokens.iter().all(|token| words.contains(token))
            })
            .collect();
        let honest = Listing {
            title: kept.join(" "),
            ..listing.clone()
        };
        let now = self.rank(listing).position;
        self.rank(&honest)
            .position
            .filter(|better| now.is_none_or(|now| better < &now))
    }
}

/// Made-up share (percent) of a search's shoppers who look at each of the first ten places.
/// Practice numbers for the lesson, not a measurement: they only show that the top of the
/// first page is seen by many and later pages by few.
pub const SEEN_PERCENT_TOP_TEN: [u32; 10] = [60, 45, 35, 28, 23, 19, 16, 14, 12, 10];
/// The rest of page 1, then page 2, then page 3; nobody in this practice looks further.
pub const SEEN_PERCENT_REST_OF_PAGE_1: u32 = 6;
pub const SEEN_PERCENT_PAGE_2: u32 = 2;
pub const SEEN_PERCENT_PAGE_3: u32 = 1;

/// Practice share (percent) of shoppers who see a listing at `position`; 0 when not shown.
pub fn seen_percent(position: Option<usize>) -> u32 {
    match position {
        Some(place @ 1..=10) => SEEN_PERCENT_TOP_TEN[place - 1],
        Some(place) if place <= PAGE_SIZE => SEEN_PERCENT_REST_OF_PAGE_1,
        Some(place) if place <= 2 * PAGE_SIZE => SEEN_PERCENT_PAGE_2,
        Some(place) if place <= 3 * PAGE_SIZE => SEEN_PERCENT_PAGE_3,
        _ => 0,
    }
}

/// Of `monthly` shoppers who type a search, how many would see a listing at `position`
/// (practice numbers), rounded to the nearest shopper.
pub fn shoppers_who_see(monthly: u32, position: Option<usize>) -> u32 {
    let seen = (u64::from(monthly) * u64::from(seen_percent(position)) + 50) / 100;
    u32::try_from(seen).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::SearchIndex;
    use crate::search::market::Category;

    fn listing(title: &str, description: &str, category: Category) -> Listing {
        Listing {
            title: title.into(),
            description: description.into(),
            category,
            price: 20_000,
            shop: "Toko Contoh".into(),
            rating_tenths: 47,
            sold: 0,
            sells: Vec::new(),
        }
    }

    fn catalogue() -> Vec<Listing> {
        vec![
            listing(
                "Keripik Pisang Manis",
                "Pisang kepok, manis.",
                Category::Snacks,
            ),
            listing("Keripik Tempe", "Tempe tipis renyah.", Category::Snacks),
            listing("Kopi Bubuk Robusta", "Kopi robusta.", Category::Drinks),
            listing("Kopi Arabika", "Kopi arabika.", Category::Drinks),
            listing("Kopi Susu", "Kopi susu.", Category::Drinks),
            listing("Hijab Instan", "Jersey.", Category::Fashion),
            listing("Hijab Segi Empat", "Voal.", Category::Fashion),
            listing("Hijab Pashmina", "Ceruti.", Category::Fashion),
        ]
    }

    fn reasons(title: &str, description: &str, query: &str) -> Vec<Reason> {
        let index = SearchIndex::new(&catalogue());
        index
            .search(query)
            .explain(&listing(title, description, Category::Snacks))
            .reasons
    }

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn says_which_search_words_the_title_has_and_lacks() {
        assert_eq!(
            reasons(
                "Keripik Singkong Balado",
                "Singkong pilihan, renyah dan gurih.",
                "keripik singkong pedas renyah"
            ),
            vec![
                Reason::TitleHas(words(&["keripik", "singkong"])),
                Reason::TitleLacks(words(&["pedas", "renyah"])),
                Reason::DescriptionHelps(words(&["renyah"])),
            ]
        );
        // Every word in the title: nothing lacking, nothing to add.
        assert_eq!(
            reasons("Keripik Singkong Pedas", "Gurih.", "keripik singkong pedas"),
            vec![Reason::TitleHas(words(&["keripik", "singkong", "pedas"]))]
        );
    }

    #[test]
    fn a_listing_without_search_words_is_not_found() {
        let index = SearchIndex::new(&catalogue());
        let explained = index.search("keripik singkong").explain(&listing(
            "Camilan Gurih",
            "Enak untuk teman minum teh.",
            Category::Snacks,
        ));
        assert_eq!(explained.reasons, vec![Reason::NotFound]);
        assert_eq!(explained.result.position, None);
        assert_eq!(
            reasons("Camilan Gurih", "Enak.", "dan yang"),
            vec![Reason::NoSearchWords]
        );
    }

    #[test]
    fn spelling_the_shopper_used_differently_is_named() {
        assert_eq!(
            reasons(
                "Keripik Singkong Pedas",
                "Oleh-oleh khas Malang.",
                "kripik pedes oleh2"
            ),
            vec![
                Reason::TitleHas(words(&["keripik", "pedas"])),
                Reason::TitleLacks(words(&["oleh-oleh"])),
                Reason::DescriptionHelps(words(&["oleh-oleh"])),
                Reason::SpellingMatched(vec![
                    ("kripik".into(), "keripik".into()),
                    ("pedes".into(), "pedas".into()),
                    ("oleh2".into(), "oleh-oleh".into()),
                ]),
            ]
        );
        // A respelt word the listing does not have is not named: it did not help.
        assert_eq!(
            reasons("Keripik Singkong", "Gurih.", "kripik pedes"),
            vec![
                Reason::TitleHas(words(&["keripik"])),
                Reason::TitleLacks(words(&["pedas"])),
                Reason::SpellingMatched(vec![("kripik".into(), "keripik".into())]),
            ]
        );
    }

    #[test]
    fn stuffing_and_an_empty_description_are_named() {
        let long = format!(
            "Keripik Keripik Keripik Kopi Hijab {}",
            "x".repeat(LONG_TITLE_CHARS)
        );
        let explained = reasons(&long, "", "keripik");
        assert_eq!(
            explained[1..],
            [
                Reason::RepeatedWord {
                    word: "keripik".into(),
                    times: 3
                },
                Reason::TitleTooLong {
                    chars: long.trim().chars().count(),
                    limit: LONG_TITLE_CHARS
                },
                Reason::NoDescription,
            ],
        );
        let unrelated = reasons("Keripik Kopi Hijab Pisang Tempe", "Renyah.", "keripik");
        assert!(
            !unrelated
                .iter()
                .any(|r| matches!(r, Reason::OtherCategoryWords(_))),
            "{unrelated:?}"
        );
    }

    #[test]
    fn other_category_words_are_named_once_there_are_enough_of_them() {
        let mut market = catalogue();
        market.push(listing("Batik Tulis", "Kain.", Category::BatikAndCrafts));
        market.push(listing("Batik Cap", "Kain.", Category::BatikAndCrafts));
        market.push(listing("Kemeja Batik", "Kain.", Category::BatikAndCrafts));
        let index = SearchIndex::new(&market);
        let stuffed = listing(
            "Keripik Pedas Kopi Hijab Batik",
            "Renyah.",
            Category::Snacks,
        );
        let explained = index.search("keripik").explain(&stuffed);
        assert!(
            explained
                .reasons
                .contains(&Reason::OtherCategoryWords(words(&[
                    "kopi", "hijab", "batik"
                ]))),
            "{explained:?}"
        );
    }

    #[test]
    fn a_product_not_sold_is_named_with_the_place_it_cost() {
        let index = SearchIndex::new(&catalogue())
            .naming_products(&words(&["keripik", "singkong", "pisang", "tempe"]));
        let selling = |title: &str| Listing {
            sells: words(&["keripik", "singkong"]),
            ..listing(title, "Renyah.", Category::Snacks)
        };
        let results = index.search("keripik");
        let honest = results.explain(&selling("Keripik Singkong"));
        assert!(
            !honest
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::NotYourProduct { .. })),
            "{honest:?}"
        );
        let pisang = results.explain(&selling("Keripik Singkong Pisang"));
        assert!(pisang.result.position > honest.result.position);
        assert!(
            pisang.reasons.contains(&Reason::NotYourProduct {
                words: words(&["pisang"]),
                place_without: honest.result.position,
            }),
            "{honest:?} {pisang:?}"
        );
    }

    #[test]
    fn shoppers_who_see_fall_with_the_position() {
        assert_eq!(shoppers_who_see(10_000, Some(1)), 6_000);
        assert_eq!(shoppers_who_see(10_000, Some(2)), 4_500);
        assert_eq!(shoppers_who_see(10_000, Some(10)), 1_000);
        assert_eq!(shoppers_who_see(10_000, Some(11)), 600);
        assert_eq!(shoppers_who_see(10_000, Some(20)), 600);
        assert_eq!(shoppers_who_see(10_000, Some(21)), 200);
        assert_eq!(shoppers_who_see(10_000, Some(60)), 100);
        assert_eq!(shoppers_who_see(10_000, Some(61)), 0);
        assert_eq!(shoppers_who_see(10_000, None), 0);
        assert_eq!(shoppers_who_see(5, Some(1)), 3, "rounded: 60% of 5 is 3");
        assert_eq!(shoppers_who_see(u32::MAX, Some(1)), 2_576_980_377);
        let mut previous = u32::MAX;
        for place in 1..=70 {
            let seen = shoppers_who_see(10_000, Some(place));
            assert!(seen <= previous, "place {place}");
            previous = seen;
        }
    }
}
