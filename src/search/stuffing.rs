//! Keyword stuffing, pushed down the way marketplaces do it: the same word many times in a
//! title, a title that lists popular words of other kinds of goods, a product the seller
//! does not sell, a title too long to read. Stuffing makes a listing rank lower than an
//! honest title with the same words.

use super::market::{Category, Listing};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A word written this many times or more in one title is stuffing ("Keripik Keripik Keripik").
pub const REPEAT_LIMIT: usize = 3;
/// This many words or more that are typical of other categories is stuffing ("Keripik Kopi
/// Hijab Batik"). Two are allowed, because honest titles mix a little ("Kue Kering + Kopi").
pub const OTHER_CATEGORY_LIMIT: usize = 3;
/// A title longer than this (characters) is too long: shoppers read the first words only.
pub const LONG_TITLE_CHARS: usize = 100;

/// What each kind of stuffing multiplies the score by; several kinds multiply together.
pub const REPEAT_FACTOR: f64 = 0.5;
pub const OTHER_CATEGORY_FACTOR: f64 = 0.5;
/// One product named that the seller does not sell is already a false title.
pub const NOT_SOLD_FACTOR: f64 = 0.5;
pub const LONG_TITLE_FACTOR: f64 = 0.75;

/// A word is typical of a category when at least this many of its catalogue titles have it ...
pub const TYPICAL_MIN_TITLES: usize = 3;
/// ... and the share of that category's titles with the word is at least this many times
/// the share in any other category. Shares, not counts: stuffed titles scatter popular
/// words over every category ("Hijab" in a keripik title), and a few of them must not
/// make "hijab" look like a word of every category.
pub const TYPICAL_DOMINANCE: usize = 3;

/// The stuffing found in one title; `Stuffing::default()` is an honest title.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stuffing {
    /// The word written most often, with its count, when that is `REPEAT_LIMIT` or more.
    pub repeated: Option<(String, usize)>,
    /// Words typical of other categories, in title order, when there are `OTHER_CATEGORY_LIMIT` or more.
    pub other_category: Vec<String>,
    /// Title words naming a product the seller does not sell, in title order (`Products::not_sold`).
    pub not_sold: Vec<String>,
    /// The title's length in characters, when it is over `LONG_TITLE_CHARS`.
    pub too_long: Option<usize>,
}

impl Stuffing {
    /// `tokens` are the listing's title words from `text::tokens`.
    pub fn check(
        listing: &Listing,
        tokens: &[String],
        typical: &Typical,
        products: &Products,
    ) -> Stuffing {
        let (title, category) = (&listing.title, listing.category);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        // Numbers and lone letters repeat honestly: "Kaos Combed 30s 24s", "Paket 1 isi 1".
        for token in tokens
            .iter()
            .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        {
            *counts.entry(token).or_default() += 1;
        }
        // Most often first; equal counts in alphabetical order, so the answer never flickers.
        let repeated = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .filter(|(_, &count)| count >= REPEAT_LIMIT)
            .map(|(word, &count)| (word.to_string(), count));

        let mut other_category: Vec<String> = Vec::new();
        for token in tokens {
            let elsewhere = typical
                .category_of(token)
                .is_some_and(|home| home != category);
            if elsewhere && !other_category.contains(token) {
                other_category.push(token.clone());
            }
        }
        if other_category.len() < OTHER_CATEGORY_LIMIT {
            other_category.clear();
        }

        let chars = title.trim().chars().count();
        Stuffing {
            repeated,
            other_category,
            not_sold: products.not_sold(tokens, &listing.sells),
            too_long: (chars > LONG_TITLE_CHARS).then_some(chars),
        }
    }

    /// 1.0 for an honest title, less for each kind of stuffing.
    pub fn factor(&self) -> f64 {
        let mut factor = 1.0;
        if self.repeated.is_some() {
            factor *= REPEAT_FACTOR;
        }
        if !self.other_category.is_empty() {
            factor *= OTHER_CATEGORY_FACTOR;
        }
        if !self.not_sold.is_empty() {
            factor *= NOT_SOLD_FACTOR;
        }
        if self.too_long.is_some() {
            factor *= LONG_TITLE_FACTOR;
        }
        factor
    }
}

/// Words typical of one category ("kopi" of drinks, "hijab" of fashion), learnt from the
/// catalogue's titles, so trainers never keep a word list in step with the data.
#[derive(Debug, Clone, Default)]
pub struct Typical(HashMap<String, Category>);

impl Typical {
    /// `titles`: each catalogue listing's category and title words.
    pub fn learn<'a>(titles: impl IntoIterator<Item = (Category, &'a [String])>) -> Typical {
        const CATEGORIES: usize = Category::ALL.len();
        let mut titles_in = [0_usize; CATEGORIES];
        let mut seen: HashMap<&'a str, [usize; CATEGORIES]> = HashMap::new();
        for (category, tokens) in titles {
            let slot = Category::ALL
                .iter()
                .position(|c| *c == category)
                .unwrap_or_default();
            titles_in[slot] += 1;
            for (at, token) in tokens.iter().enumerate() {
                // Each title counts once per word.
                if !tokens[..at].contains(token) {
                    seen.entry(token.as_str()).or_default()[slot] += 1;
                }
            }
        }
        let typical = seen
            .into_iter()
            .filter_map(|(word, with_word)| {
                // Shares (with_word / titles_in) are compared by cross-multiplying, so no
                // rounding decides a word.
                let higher =
                    |a: usize, b: usize| with_word[a] * titles_in[b] > with_word[b] * titles_in[a];
                let best = (1..CATEGORIES)
                    .fold(0, |best, slot| if higher(slot, best) { slot } else { best });
                let dominant = (0..CATEGORIES).filter(|&other| other != best).all(|other| {
                    with_word[best] * titles_in[other]
                        >= TYPICAL_DOMINANCE * with_word[other] * titles_in[best]
                });
                (with_word[best] >= TYPICAL_MIN_TITLES && dominant)
                    .then(|| (word.to_string(), Category::ALL[best]))
            })
            .collect();
        Typical(typical)
    }

    pub fn category_of(&self, word: &str) -> Option<Category> {
        self.0.get(word).copied()
    }
}

/// The words that name a product (`Vocabulary::product_words`).
#[derive(Debug, Clone, Default)]
pub struct Products(HashSet<String>);

impl Products {
    pub fn new(product_words: &[String]) -> Products {
        Products(product_words.iter().cloned().collect())
    }

    pub fn names_a_product(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    /// Words of `tokens` that name a product missing from `sells`, each once, in order:
    /// "pisang" in "Keripik Singkong Pisang" when she sells keripik singkong. Nothing when
    /// `sells` is empty: what the seller sells is unknown.
    pub fn not_sold(&self, tokens: &[String], sells: &[String]) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        if sells.is_empty() {
            return found;
        }
        for token in tokens {
            if self.names_a_product(token) && !sells.contains(token) && !found.contains(token) {
                found.push(token.clone());
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::text::tokens;

    fn typical() -> Typical {
        let titles = [
            (Category::Drinks, "Kopi Bubuk Robusta"),
            (Category::Drinks, "Kopi Arabika Gayo"),
            (Category::Drinks, "Kopi Susu Gula Aren"),
            (Category::Fashion, "Hijab Instan Jersey"),
            (Category::Fashion, "Hijab Segi Empat"),
            (Category::Fashion, "Hijab Pashmina Kaos"),
            (Category::BatikAndCrafts, "Batik Tulis Madura"),
            (Category::BatikAndCrafts, "Batik Cap Pekalongan"),
            (Category::BatikAndCrafts, "Kemeja Batik Pria"),
            (Category::Snacks, "Keripik Singkong Pedas"),
            (Category::Snacks, "Keripik Pisang Manis"),
            (Category::Snacks, "Keripik Tempe Pedas"),
            (Category::SambalAndSpices, "Sambal Bawang Pedas"),
        ];
        let tokenised: Vec<(Category, Vec<String>)> =
            titles.iter().map(|(c, t)| (*c, tokens(t))).collect();
        Typical::learn(tokenised.iter().map(|(c, t)| (*c, t.as_slice())))
    }

    fn products() -> Products {
        Products::new(&["keripik", "singkong", "pisang", "tempe", "kopi"].map(String::from))
    }

    fn listing(title: &str, category: Category, sells: &str) -> Listing {
        Listing {
            title: title.into(),
            description: String::new(),
            category,
            price: 15_000,
            shop: "Toko".into(),
            rating_tenths: 48,
            sold: 0,
            sells: tokens(sells),
        }
    }

    fn check(title: &str, category: Category) -> Stuffing {
        check_selling(title, category, "")
    }

    fn check_selling(title: &str, category: Category, sells: &str) -> Stuffing {
        Stuffing::check(
            &listing(title, category, sells),
            &tokens(title),
            &typical(),
            &products(),
        )
    }

    #[test]
    fn typical_words_are_learnt_from_titles() {
        let typical = typical();
        assert_eq!(typical.category_of("kopi"), Some(Category::Drinks));
        assert_eq!(typical.category_of("hijab"), Some(Category::Fashion));
        assert_eq!(typical.category_of("keripik"), Some(Category::Snacks));
        // In three titles but split between snacks and sambal: typical of neither.
        assert_eq!(typical.category_of("pedas"), None);
        // Too rare to say.
        assert_eq!(typical.category_of("robusta"), None);
    }

    #[test]
    fn an_honest_title_is_clean() {
        let honest = check(
            "Keripik Singkong Pedas Renyah 250gr Oleh-oleh Malang",
            Category::Snacks,
        );
        assert_eq!(honest, Stuffing::default());
        assert_eq!(honest.factor(), 1.0);
    }

    #[test]
    fn a_word_three_times_is_stuffing_twice_is_not() {
        let twice = check("Keripik Pisang dan Keripik Singkong", Category::Snacks);
        assert_eq!(twice.repeated, None);
        let stuffed = check(
            "Keripik Singkong Keripik Pedas Keripik Murah Keripik",
            Category::Snacks,
        );
        assert_eq!(stuffed.repeated, Some(("keripik".to_string(), 4)));
        assert_eq!(stuffed.factor(), REPEAT_FACTOR);
        // Sizes and numbers are not words to stuff.
        assert_eq!(
            check(
                "Kaos Combed 30s 24s 20s Paket 2 Isi 2 Bonus 2",
                Category::Fashion
            )
            .repeated,
            None
        );
        // Different spellings of one word are one word.
        let spelt = check("Kripik keripik KRIPIK singkong", Category::Snacks);
        assert_eq!(spelt.repeated, Some(("keripik".to_string(), 3)));
    }

    #[test]
    fn popular_words_of_other_categories_are_stuffing_from_three() {
        let two = check("Paket Kue Kering Kopi Hijab", Category::CakesAndBread);
        assert!(two.other_category.is_empty(), "{two:?}");
        let three = check("Keripik Singkong Kopi Hijab Batik Murah", Category::Snacks);
        assert_eq!(three.other_category, ["kopi", "hijab", "batik"]);
        assert_eq!(three.factor(), OTHER_CATEGORY_FACTOR);
        // The same words are fine in their own category: "kopi" is typical of drinks.
        let own = check("Kopi Bubuk Robusta Kopi Arabika", Category::Drinks);
        assert!(own.other_category.is_empty());
    }

    #[test]
    fn a_product_the_seller_does_not_sell_is_stuffing_from_one_word() {
        let sells = "Keripik singkong pedas, renyah, 250 gram, dari Malang";
        let honest = check_selling("Kripik Singkong Pedas Renyah", Category::Snacks, sells);
        assert_eq!(honest, Stuffing::default());
        let pisang = check_selling(
            "Keripik Singkong Pedas Pisang Pisang",
            Category::Snacks,
            sells,
        );
        assert_eq!(pisang.not_sold, ["pisang"]);
        assert_eq!(pisang.factor(), NOT_SOLD_FACTOR);
        let two = check_selling("Keripik Singkong Tempe Pisang", Category::Snacks, sells);
        assert_eq!(two.not_sold, ["tempe", "pisang"]);
        // A seller of keripik pisang may name pisang; a catalogue listing, whose product
        // is unknown, is never judged this way.
        let own = check_selling("Keripik Pisang Manis", Category::Snacks, "keripik pisang");
        assert!(own.not_sold.is_empty());
        assert!(check("Keripik Singkong Pisang", Category::Snacks)
            .not_sold
            .is_empty());
    }

    #[test]
    fn a_long_title_is_pushed_down() {
        let exactly = "a".repeat(LONG_TITLE_CHARS);
        assert_eq!(check(&exactly, Category::Snacks).too_long, None);
        let long = format!("{exactly}b");
        assert_eq!(
            check(&long, Category::Snacks).too_long,
            Some(LONG_TITLE_CHARS + 1)
        );
        // Emoji count as one character each, as the learner sees them.
        let emoji = "🌶".repeat(LONG_TITLE_CHARS);
        assert_eq!(check(&emoji, Category::Snacks).too_long, None);
    }

    #[test]
    fn kinds_of_stuffing_multiply() {
        let title = format!(
            "Keripik Keripik Keripik Kopi Hijab Batik {}",
            "x".repeat(LONG_TITLE_CHARS)
        );
        let all = check(&title, Category::Snacks);
        assert_eq!(
            all.factor(),
            REPEAT_FACTOR * OTHER_CATEGORY_FACTOR * LONG_TITLE_FACTOR
        );
    }
}
