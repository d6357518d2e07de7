//! The keyword lab's rules: the learner's title and description as a listing, where it
//! stands for each shopper search that matters, and whether that is good enough.

use super::explain::{shoppers_who_see, Explanation};
use super::index::{Results, SearchIndex};
use super::market::{Category, Listing, ShopperSearch};
use super::text;
use crate::lesson::text::truncate_chars;
use serde::{Deserialize, Serialize};

/// Longest title and description we rank or keep; the text boxes stop there too.
pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 2_000;

/// What the learner has typed, as kept in the progress record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingDraft {
    pub title: String,
    pub description: String,
}

impl ListingDraft {
    pub fn within_limits(self) -> ListingDraft {
        ListingDraft {
            title: truncate_chars(&self.title, TITLE_MAX_CHARS).to_string(),
            description: truncate_chars(&self.description, DESCRIPTION_MAX_CHARS).to_string(),
        }
    }

    /// The draft as a new listing in the practice market: no sales yet, so only its words
    /// can lift it. `product` is what the learner sells, as the step says it.
    pub fn listing(&self, category: Category, product: &str) -> Listing {
        let draft = self.clone().within_limits();
        Listing {
            title: draft.title,
            description: draft.description,
            category,
            price: 0,
            shop: String::new(),
            rating_tenths: 0,
            sold: 0,
            sells: text::tokens(product),
        }
    }
}

/// One shopper search the lab follows: its results are scored once, the draft many times.
pub struct Followed<'i> {
    pub search: &'i ShopperSearch,
    pub results: Results<'i>,
}

/// The shopper searches named by `queries`, in that order; unknown ones are skipped
/// (build.rs refuses lesson files that name them).
pub fn follow<'i>(
    index: &'i SearchIndex,
    searches: &'i [ShopperSearch],
    queries: &[impl AsRef<str>],
) -> Vec<Followed<'i>> {
    queries
        .iter()
        .filter_map(|query| searches.iter().find(|s| s.query == query.as_ref()))
        .map(|search| Followed {
            search,
            results: index.search(&search.query),
        })
        .collect()
}

/// How the draft does for one followed search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub explanation: Explanation,
    /// Practice shoppers a month who would see the listing from this search.
    pub shoppers: u32,
    pub reached_goal: bool,
}

pub fn standing(followed: &Followed<'_>, listing: &Listing, goal_page: usize) -> Standing {
    let explanation = followed.results.explain(listing);
    let shoppers = shoppers_who_see(followed.search.count, explanation.result.position);
    let reached_goal = explanation
        .result
        .page
        .is_some_and(|page| page <= goal_page);
    Standing {
        explanation,
        shoppers,
        reached_goal,
    }
}

/// The lab is done when the draft reaches the goal page for every followed search and its
/// title names no product the learner does not sell: a place won with a false title is
/// not a lesson learnt.
pub fn reaches_goal(followed: &[Followed<'_>], listing: &Listing, goal_page: usize) -> bool {
    followed.first().is_some_and(|first| {
        first.results.index().not_sold(listing).is_empty()
            && followed
                .iter()
                .all(|f| standing(f, listing, goal_page).reached_goal)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::shipped::{index, market};

    fn snack(title: &str, description: &str) -> Listing {
        ListingDraft {
            title: title.into(),
            description: description.into(),
        }
        .listing(Category::Snacks, KERIPIK)
    }

    const KERIPIK: &str = "Keripik singkong pedas, renyah, 250 gram, dari Malang";

    fn followed(queries: &[&str]) -> Vec<Followed<'static>> {
        let queries: Vec<String> = queries.iter().map(|q| q.to_string()).collect();
        follow(index(), &market().searches, &queries)
    }

    #[test]
    fn follows_known_searches_in_order_and_skips_unknown_ones() {
        let first = market().searches[0].query.clone();
        let found = follow(
            index(),
            &market().searches,
            &[first.clone(), "tidak ada yang mencari ini".into()],
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].search.query, first);
    }

    #[test]
    fn a_weak_title_misses_the_goal_and_a_clear_one_reaches_it() {
        let searches = followed(&["keripik singkong pedes"]);
        assert_eq!(
            searches.len(),
            1,
            "the shipped searches include \"keripik singkong pedes\""
        );
        let weak = snack("Produk Enak Murah!!!", "");
        let weak_standing = standing(&searches[0], &weak, 1);
        assert!(!weak_standing.reached_goal);
        assert_eq!(weak_standing.shoppers, 0);
        assert!(!reaches_goal(&searches, &weak, 1));

        let clear = snack(
            "Keripik Singkong Pedas Renyah 250gr",
            "Keripik singkong pedas, renyah dan gurih, dari Malang.",
        );
        let clear_standing = standing(&searches[0], &clear, 1);
        assert!(clear_standing.reached_goal, "{clear_standing:?}");
        assert!(clear_standing.shoppers > 0);
        assert!(reaches_goal(&searches, &clear, 1));
    }

    #[test]
    fn every_followed_search_must_reach_the_goal() {
        let searches = followed(&["keripik singkong pedes", "oleh oleh malang"]);
        let only_keripik = snack("Keripik Singkong Pedas Renyah 250gr", "");
        assert!(!reaches_goal(&searches, &only_keripik, 1));
        assert!(
            !reaches_goal(&[], &only_keripik, 1),
            "a lab with no searches is never done"
        );
    }

    #[test]
    fn a_title_naming_another_product_is_not_done_even_on_page_one() {
        let searches = followed(&["keripik singkong"]);
        let honest = snack(
            "Keripik Singkong Pedas Renyah 250gr",
            "Renyah, dari Malang.",
        );
        assert!(reaches_goal(&searches, &honest, 1));
        let pisang = snack(
            "Keripik Singkong Pisang Pedas Renyah 250gr",
            "Renyah, dari Malang.",
        );
        assert!(
            standing(&searches[0], &pisang, 1).reached_goal,
            "still on page 1"
        );
        assert!(!reaches_goal(&searches, &pisang, 1));
    }

    /// The review's case: Bu Yati added other snacks' names to her keripik singkong title
    /// and fell from 2 to 6 without a word of why.
    #[test]
    fn other_products_are_never_suggested_and_cost_the_place_they_take() {
        use crate::search::{suggest, Reason};
        let market = market();
        let honest = snack("Keripik Singkong Pedas", "Renyah, dari Malang.");
        let ideas = suggest(market, &honest, 10);
        assert!(!ideas.is_empty());
        for idea in &ideas {
            assert!(
                !market.vocabulary.product_words.contains(&idea.word),
                "{} names a product: {ideas:?}",
                idea.word
            );
        }
        let searches = followed(&["keripik singkong"]);
        let before = standing(&searches[0], &honest, 1);
        assert!(!before
            .explanation
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::NotYourProduct { .. })));

        let stuffed = snack(
            "Keripik Singkong Pedas Pisang Basreng Tempe Makaroni Camilan",
            "Renyah, dari Malang.",
        );
        let after = standing(&searches[0], &stuffed, 1);
        assert!(
            after.explanation.result.position > before.explanation.result.position,
            "{before:?} {after:?}"
        );
        let named = after.explanation.reasons.iter().find_map(|r| match r {
            Reason::NotYourProduct {
                words,
                place_without,
            } => Some((words.clone(), *place_without)),
            _ => None,
        });
        let (words, place_without) = named.expect("the other products are named");
        assert_eq!(words, ["pisang", "basreng", "tempe", "makaroni"]);
        // "camilan" is true of her keripik and stays: without the four, she is back near
        // where she was.
        assert!(place_without < after.explanation.result.position);
    }

    #[test]
    fn drafts_are_cut_to_the_limits_without_splitting_characters() {
        let long = ListingDraft {
            title: "🌶".repeat(TITLE_MAX_CHARS + 5),
            description: "a".repeat(5_000),
        }
        .within_limits();
        assert_eq!(long.title.chars().count(), TITLE_MAX_CHARS);
        assert_eq!(long.description.chars().count(), DESCRIPTION_MAX_CHARS);
    }
}
