//! The practice marketplace's search: which listings a query finds, and in what order.
//!
//! Relevance is BM25F over two fields, title and description. For each query word `t`:
//!
//! ```text
//! tf(t) = W_TITLE · tf_title / (1 − B_TITLE + B_TITLE · len_title / avg_title)
//!       + W_DESCRIPTION · tf_desc / (1 − B_DESCRIPTION + B_DESCRIPTION · len_desc / avg_desc)
//! idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))
//! score  = Σ idf(t) · tf(t) / (K1 + tf(t))      × the stuffing factor of the title
//! ```
//!
//! Lengths count words after `text::tokens`; N, df and the averages come from the
//! catalogue alone, so the index is built once and the learner's listing, which changes on
//! every keystroke, is scored against it without rebuilding anything. (One listing more
//! among 150 would barely move those numbers.) The usual (K1 + 1) factor is left out: it
//! scales every score alike and changes no order.
//!
//! Only listings with a score above zero are results. Equal scores are ordered by number
//! sold (more first), then by title, so the order never changes between keystrokes; the
//! learner's listing comes after a catalogue listing it ties with completely.

use super::market::Listing;
use super::stuffing::{Products, Stuffing, Typical};
use super::text;
use std::cmp::Ordering;
use std::collections::HashMap;

/// How much more a word counts in the title than in the description.
pub const W_TITLE: f64 = 3.0;
pub const W_DESCRIPTION: f64 = 1.0;
/// How quickly more of the same word stops helping (BM25's usual 1.2).
pub const K1: f64 = 1.2;
/// How much a long field is discounted (0 = not at all, 1 = in proportion to its length):
/// a word in a short field says more about the product than the same word in a long one.
/// Less for titles than BM25's usual 0.75, so a bare two-word title does not beat a
/// complete one; stuffed long titles are handled by `stuffing`.
pub const B_TITLE: f64 = 0.5;
pub const B_DESCRIPTION: f64 = 0.75;
/// Results per page, as a phone shows them before "load more".
pub const PAGE_SIZE: usize = 20;

/// The catalogue, analysed once: who has which word, and how much each word weighs there.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    listings: Vec<Listing>,
    term_ids: HashMap<String, usize>,
    /// Per word: the listings that have it, with the word's share of their score.
    postings: Vec<Vec<Posting>>,
    idf: Vec<f64>,
    /// Per listing: its stuffing factor.
    penalty: Vec<f64>,
    typical: Typical,
    products: Products,
    averages: Averages,
}

/// The catalogue's average field lengths, in words.
#[derive(Debug, Clone, Copy)]
struct Averages {
    title: f64,
    description: f64,
}

impl Averages {
    /// One word's share of a listing's score (see the module comment).
    fn term_weight(self, idf: f64, words: &Analysed, term: &str) -> f64 {
        let in_field = |count: usize, len: usize, avg: f64, b: f64| {
            count as f64 / (1.0 - b + b * len as f64 / avg)
        };
        let tf = W_TITLE
            * in_field(
                Analysed::count(&words.title, term),
                words.title.len(),
                self.title,
                B_TITLE,
            )
            + W_DESCRIPTION
                * in_field(
                    Analysed::count(&words.description, term),
                    words.description.len(),
                    self.description,
                    B_DESCRIPTION,
                );
        idf * tf / (K1 + tf)
    }
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    listing: usize,
    weight: f64,
}

/// Where a listing stands for one search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankResult {
    /// Place among the results, counted from 1; `None` when no search word is in the
    /// listing, so the search does not show it at all.
    pub position: Option<usize>,
    /// How many listings the search shows, the learner's included when it is shown.
    pub total: usize,
    /// Results page (`PAGE_SIZE` per page) the listing is on, counted from 1.
    pub page: Option<usize>,
}

/// One entry of a results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'i> {
    Listing(&'i Listing),
    Learner,
}

/// A listing's words per field, as `text::tokens` gives them.
pub(super) struct Analysed {
    pub title: Vec<String>,
    pub description: Vec<String>,
}

impl Analysed {
    pub fn of(listing: &Listing) -> Analysed {
        Analysed {
            title: text::tokens(&listing.title),
            description: text::tokens(&listing.description),
        }
    }

    fn count(words: &[String], term: &str) -> usize {
        words.iter().filter(|word| *word == term).count()
    }
}

impl SearchIndex {
    pub fn new(catalogue: &[Listing]) -> SearchIndex {
        let analysed: Vec<Analysed> = catalogue.iter().map(Analysed::of).collect();
        let count = catalogue.len().max(1) as f64;
        // At least one word, so an empty catalogue or empty fields never divide by zero.
        let averages = Averages {
            title: (analysed.iter().map(|a| a.title.len()).sum::<usize>() as f64 / count).max(1.0),
            description: (analysed.iter().map(|a| a.description.len()).sum::<usize>() as f64
                / count)
                .max(1.0),
        };

        let mut term_ids: HashMap<String, usize> = HashMap::new();
        let mut terms: Vec<&str> = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        for (listing, words) in analysed.iter().enumerate() {
            for term in words.title.iter().chain(&words.description) {
                let id = *term_ids.entry(term.clone()).or_insert_with(|| {
                    terms.push(term);
                    postings.push(Vec::new());
                    terms.len() - 1
                });
                if postings[id].last().is_none_or(|p| p.listing != listing) {
                    postings[id].push(Posting {
                        listing,
                        weight: 0.0,
                    });
                }
            }
        }
        let idf: Vec<f64> = postings
            .iter()
            .map(|list| idf(catalogue.len(), list.len()))
            .collect();
        for ((list, term), &idf) in postings.iter_mut().zip(&terms).zip(&idf) {
            for posting in list {
                posting.weight = averages.term_weight(idf, &analysed[posting.listing], term);
            }
        }

        let typical = Typical::learn(
            catalogue
                .iter()
                .zip(&analysed)
                .map(|(l, a)| (l.category, a.title.as_slice())),
        );
        let penalty = catalogue
            .iter()
            .zip(&analysed)
            .map(|(l, a)| stuffing(l, a, &typical, &Products::default()).factor())
            .collect();
        SearchIndex {
            listings: catalogue.to_vec(),
            term_ids,
            postings,
            idf,
            penalty,
            typical,
            products: Products::default(),
            averages,
        }
    }

    /// The index, told which words name a product (`Vocabulary::product_words`), so a
    /// listing that says what it sells is pushed down for naming another product.
    /// Catalogue listings do not say, so their order stays the same.
    pub fn naming_products(self, product_words: &[String]) -> SearchIndex {
        SearchIndex {
            products: Products::new(product_words),
            ..self
        }
    }

    /// Title words of `listing` that name a product it does not sell.
    pub fn not_sold(&self, listing: &Listing) -> Vec<String> {
        self.products
            .not_sold(&text::tokens(&listing.title), &listing.sells)
    }

    pub fn listings(&self) -> &[Listing] {
        &self.listings
    }

    /// Scores the catalogue for one query, once; then `Results::rank` places the learner's
    /// listing among them for the price of scoring that one listing.
    pub fn search(&self, query: &str) -> Results<'_> {
        let mut terms: Vec<QueryTerm> = Vec::new();
        for word in text::words(query) {
            if !terms.iter().any(|t| t.token == word.token) {
                let id = self.term_ids.get(&word.token).copied();
                // A word no catalogue listing has is as rare as a word can be.
                let idf = id.map_or_else(|| idf(self.listings.len(), 0), |id| self.idf[id]);
                terms.push(QueryTerm {
                    token: word.token,
                    written: word.written,
                    id,
                    idf,
                });
            }
        }
        let mut scores = vec![0.0_f64; self.listings.len()];
        for term in &terms {
            for posting in term.id.map_or(&[][..], |id| &self.postings[id]) {
                scores[posting.listing] += posting.weight;
            }
        }
        let mut order: Vec<Scored> = scores
            .iter()
            .enumerate()
            .filter(|(_, &score)| score > 0.0)
            .map(|(listing, &score)| Scored {
                listing,
                score: score * self.penalty[listing],
            })
            .collect();
        order.sort_by(|a, b| self.compare(a.key(self), b.key(self)));
        Results {
            index: self,
            terms,
            order,
        }
    }

    /// Shorthand for one query and one listing; keep the `Results` of `search` when the
    /// query stays the same while the listing changes.
    pub fn rank(&self, learner: &Listing, query: &str) -> RankResult {
        self.search(query).rank(learner)
    }

    pub(super) fn stuffing(&self, listing: &Listing, words: &Analysed) -> Stuffing {
        stuffing(listing, words, &self.typical, &self.products)
    }

    fn compare(&self, a: Key, b: Key) -> Ordering {
        b.score
            .total_cmp(&a.score)
            .then(b.sold.cmp(&a.sold))
            .then_with(|| a.title.cmp(b.title))
    }
}

fn idf(listings: usize, with_word: usize) -> f64 {
    let (n, df) = (listings as f64, with_word as f64);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

fn stuffing(
    listing: &Listing,
    words: &Analysed,
    typical: &Typical,
    products: &Products,
) -> Stuffing {
    Stuffing::check(listing, &words.title, typical, products)
}

/// The catalogue ranked for one query.
#[derive(Debug, Clone)]
pub struct Results<'i> {
    index: &'i SearchIndex,
    pub(super) terms: Vec<QueryTerm>,
    /// The catalogue listings the query finds, best first.
    order: Vec<Scored>,
}

/// One distinct word of the query.
#[derive(Debug, Clone)]
pub(super) struct QueryTerm {
    pub token: String,
    pub written: String,
    id: Option<usize>,
    idf: f64,
}

#[derive(Debug, Clone, Copy)]
struct Scored {
    listing: usize,
    score: f64,
}

/// What the order compares.
#[derive(Clone, Copy)]
struct Key<'a> {
    score: f64,
    sold: u32,
    title: &'a str,
}

impl Scored {
    fn key<'a>(&self, index: &'a SearchIndex) -> Key<'a> {
        let listing = &index.listings[self.listing];
        Key {
            score: self.score,
            sold: listing.sold,
            title: &listing.title,
        }
    }
}

impl<'i> Results<'i> {
    /// Where `learner` would stand among the catalogue for this query.
    pub fn rank(&self, learner: &Listing) -> RankResult {
        let found = self.order.len();
        match self.learner_at(learner) {
            Some(at) => RankResult {
                position: Some(at + 1),
                total: found + 1,
                page: Some(at / PAGE_SIZE + 1),
            },
            None => RankResult {
                position: None,
                total: found,
                page: None,
            },
        }
    }

    /// The results on `page` (counted from 1), the learner's listing in its place.
    pub fn page(&self, learner: &Listing, page: usize) -> Vec<Place<'i>> {
        let at = self.learner_at(learner);
        let total = self.order.len() + usize::from(at.is_some());
        let start = page.saturating_sub(1).saturating_mul(PAGE_SIZE).min(total);
        let end = start.saturating_add(PAGE_SIZE).min(total);
        (start..end)
            .map(|i| match at {
                Some(at) if i == at => Place::Learner,
                Some(at) if i > at => {
                    Place::Listing(&self.index.listings[self.order[i - 1].listing])
                }
                _ => Place::Listing(&self.index.listings[self.order[i].listing]),
            })
            .collect()
    }

    /// The learner's score: relevance times the stuffing factor, summed in the same order
    /// as the catalogue's so that equal listings get exactly equal scores.
    fn score(&self, learner: &Listing, words: &Analysed) -> f64 {
        let mut relevance = 0.0;
        for term in &self.terms {
            relevance += self
                .index
                .averages
                .term_weight(term.idf, words, &term.token);
        }
        relevance * self.index.stuffing(learner, words).factor()
    }

    pub(super) fn index(&self) -> &'i SearchIndex {
        self.index
    }

    /// How many catalogue results come before the learner; `None` when it is not found.
    fn learner_at(&self, learner: &Listing) -> Option<usize> {
        let score = self.score(learner, &Analysed::of(learner));
        if score <= 0.0 {
            return None;
        }
        let key = Key {
            score,
            sold: learner.sold,
            title: &learner.title,
        };
        Some(
            self.order.partition_point(|s| {
                self.index.compare(s.key(self.index), key) != Ordering::Greater
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::market::Category;

    fn listing(title: &str, description: &str, category: Category, sold: u32) -> Listing {
        Listing {
            title: title.into(),
            description: description.into(),
            category,
            price: 15_000,
            shop: "Toko Contoh".into(),
            rating_tenths: 48,
            sold,
            sells: Vec::new(),
        }
    }

    fn snack(title: &str, description: &str) -> Listing {
        listing(title, description, Category::Snacks, 0)
    }

    /// A small market: enough other listings that the words have sensible weights.
    fn catalogue() -> Vec<Listing> {
        vec![
            listing(
                "Keripik Pisang Manis 250gr",
                "Pisang kepok diiris tipis, manis gurih.",
                Category::Snacks,
                120,
            ),
            listing(
                "Keripik Tempe Sagu",
                "Tempe tipis dengan tepung sagu, renyah.",
                Category::Snacks,
                80,
            ),
            listing(
                "Kerupuk Udang Sidoarjo",
                "Kerupuk mentah, tinggal digoreng.",
                Category::Snacks,
                300,
            ),
            listing(
                "Basreng Pedas Daun Jeruk",
                "Bakso goreng iris, pedas wangi daun jeruk.",
                Category::Snacks,
                900,
            ),
            listing(
                "Sambal Bawang Pedas 200ml",
                "Sambal bawang putih, cabai rawit, minyak kelapa.",
                Category::SambalAndSpices,
                450,
            ),
            listing(
                "Kopi Bubuk Robusta 200gr",
                "Kopi robusta dari lereng gunung, sangrai sedang.",
                Category::Drinks,
                210,
            ),
            listing(
                "Kopi Arabika Gayo 200gr",
                "Biji arabika, digiling halus.",
                Category::Drinks,
                95,
            ),
            listing(
                "Kopi Susu Gula Aren 1 Liter",
                "Kopi susu siap minum.",
                Category::Drinks,
                60,
            ),
            listing(
                "Hijab Instan Jersey",
                "Hijab instan bahan jersey adem.",
                Category::Fashion,
                700,
            ),
            listing(
                "Hijab Segi Empat Voal",
                "Voal lembut, tegak di dahi.",
                Category::Fashion,
                510,
            ),
            listing(
                "Hijab Pashmina Ceruti",
                "Pashmina panjang ceruti.",
                Category::Fashion,
                330,
            ),
            listing(
                "Batik Tulis Madura",
                "Kain batik tulis, pewarna alam.",
                Category::BatikAndCrafts,
                12,
            ),
            listing(
                "Batik Cap Pekalongan",
                "Kain batik cap 2 meter.",
                Category::BatikAndCrafts,
                40,
            ),
            listing(
                "Kemeja Batik Pria",
                "Kemeja batik lengan pendek.",
                Category::BatikAndCrafts,
                70,
            ),
        ]
    }

    fn position(index: &SearchIndex, learner: &Listing, query: &str) -> Option<usize> {
        index.rank(learner, query).position
    }

    #[test]
    fn a_relevant_title_beats_an_irrelevant_one() {
        let index = SearchIndex::new(&catalogue());
        let relevant = snack(
            "Keripik Singkong Pedas Renyah 250gr",
            "Singkong pilihan, digoreng renyah.",
        );
        let irrelevant = snack("Camilan Enak Murah", "Enak buat teman nonton.");
        let query = "keripik singkong pedas";
        assert_eq!(position(&index, &relevant, query), Some(1));
        assert_eq!(
            position(&index, &irrelevant, query),
            None,
            "no search word, so not shown"
        );
        let result = index.rank(&relevant, query);
        assert_eq!(
            result.total, 5,
            "4 catalogue listings have keripik or pedas, plus the learner's"
        );
        assert_eq!(result.page, Some(1));
    }

    #[test]
    fn a_misspelt_search_finds_the_usual_spelling() {
        let index = SearchIndex::new(&catalogue());
        let learner = snack("Keripik Singkong Pedas", "Renyah.");
        assert_eq!(
            index.rank(&learner, "kripik singkong pedes"),
            index.rank(&learner, "keripik singkong pedas")
        );
    }

    #[test]
    fn the_title_weighs_more_than_the_description() {
        let index = SearchIndex::new(&catalogue());
        let in_title = snack("Keripik Singkong Balado", "Camilan gurih untuk keluarga.");
        let in_description = snack(
            "Keripik Balado",
            "Dibuat dari singkong pilihan, gurih untuk keluarga.",
        );
        let results = index.search("singkong");
        let score = |l: &Listing| results.score(l, &Analysed::of(l));
        assert!(
            score(&in_title) > score(&in_description),
            "{} vs {}",
            score(&in_title),
            score(&in_description)
        );
        // Failing case next to passing case: no "singkong" at all is not found.
        assert_eq!(
            position(&index, &snack("Keripik Balado", "Gurih."), "singkong"),
            None
        );
    }

    #[test]
    fn a_stuffed_title_ranks_below_an_honest_one_with_the_same_words() {
        let index = SearchIndex::new(&catalogue());
        let query = "keripik singkong pedas";
        let honest = snack(
            "Keripik Singkong Pedas Renyah",
            "Singkong digoreng renyah, bumbu pedas.",
        );
        let stuffed = snack(
            "Keripik Singkong Keripik Pedas Keripik Renyah Keripik Singkong",
            "Singkong digoreng renyah, bumbu pedas.",
        );
        let results = index.search(query);
        let score = |l: &Listing| results.score(l, &Analysed::of(l));
        assert!(
            score(&honest) > score(&stuffed),
            "{} vs {}",
            score(&honest),
            score(&stuffed)
        );
        // Without the penalty, repeating the word would have paid off: that is why it exists.
        let words = Analysed::of(&stuffed);
        let unpenalised = score(&stuffed) / index.stuffing(&stuffed, &words).factor();
        assert!(
            unpenalised > score(&honest),
            "{unpenalised} vs {}",
            score(&honest)
        );

        let unrelated = snack(
            "Keripik Singkong Pedas Kopi Hijab Batik",
            "Singkong digoreng renyah, bumbu pedas.",
        );
        assert!(score(&honest) > score(&unrelated));
    }

    #[test]
    fn ties_are_ordered_by_sold_then_title() {
        let same = |title: &str, sold: u32| {
            listing(title, "Kain tenun ikat.", Category::BatikAndCrafts, sold)
        };
        let catalogue = vec![
            same("Tenun Ikat B", 5),
            same("Tenun Ikat A", 5),
            same("Tenun Ikat C", 9),
            same("Selendang", 1),
        ];
        let index = SearchIndex::new(&catalogue);
        let results = index.search("tenun ikat");
        let learner = same("Tenun Ikat A", 5);
        let titles: Vec<&str> = results
            .page(&learner, 1)
            .iter()
            .map(|place| match place {
                Place::Listing(l) => l.title.as_str(),
                Place::Learner => "(learner)",
            })
            .collect();
        assert_eq!(
            titles,
            [
                "Tenun Ikat C",
                "Tenun Ikat A",
                "(learner)",
                "Tenun Ikat B",
                "Selendang"
            ]
        );
        assert_eq!(
            results.rank(&learner),
            RankResult {
                position: Some(3),
                total: 5,
                page: Some(1)
            }
        );
        // Equal listings score exactly equal, whichever path scored them.
        assert_eq!(results.rank(&same("Tenun Ikat A", 6)).position, Some(2));
        // The same input gives the same order every time.
        assert_eq!(
            index.search("tenun ikat").rank(&learner),
            results.rank(&learner)
        );
    }

    #[test]
    fn pages_hold_page_size_results_with_the_learner_in_place() {
        let catalogue: Vec<Listing> = (0..45)
            .map(|i| snack(&format!("Keripik Nomor {i:02}"), "Gurih."))
            .collect();
        let index = SearchIndex::new(&catalogue);
        let results = index.search("keripik");
        let learner = snack("Keripik Nomor 20", "Gurih.");
        assert_eq!(
            results.rank(&learner),
            RankResult {
                position: Some(22),
                total: 46,
                page: Some(2)
            }
        );
        let second = results.page(&learner, 2);
        assert_eq!(second.len(), PAGE_SIZE);
        assert_eq!(second[1], Place::Learner);
        assert_eq!(results.page(&learner, 3).len(), 6);
        assert!(results.page(&learner, 4).is_empty());
        assert_eq!(
            results.page(&learner, 0),
            results.page(&learner, 1),
            "page 0 is read as the first"
        );
        let not_found = snack("Sambal", "Pedas.");
        assert_eq!(results.page(&not_found, 3).len(), 5);
        assert!(!results.page(&not_found, 1).contains(&Place::Learner));
    }

    #[test]
    fn empty_queries_and_catalogues_find_nothing_without_failing() {
        let index = SearchIndex::new(&catalogue());
        let learner = snack("Keripik Singkong", "Renyah.");
        for query in ["", "   ", "dan yang di", "!!!"] {
            assert_eq!(
                index.rank(&learner, query),
                RankResult {
                    position: None,
                    total: 0,
                    page: None
                },
                "{query:?}"
            );
        }
        let empty = SearchIndex::new(&[]);
        assert_eq!(
            empty.rank(&learner, "keripik"),
            RankResult {
                position: Some(1),
                total: 1,
                page: Some(1)
            }
        );
        assert_eq!(empty.rank(&snack("", ""), "keripik").position, None);
    }

    #[test]
    fn a_word_no_other_listing_has_puts_the_learner_first() {
        let index = SearchIndex::new(&catalogue());
        let learner = snack("Keripik Talas Ungu", "Talas ungu asli.");
        assert_eq!(
            index.rank(&learner, "talas"),
            RankResult {
                position: Some(1),
                total: 1,
                page: Some(1)
            }
        );
    }

    /// Lesson 4 asks which titles the practice market pushes down: its answers must be what
    /// the market does, so the lesson and the keyword lab never disagree.
    #[test]
    fn the_keyword_lesson_names_exactly_the_titles_the_market_pushes_down() {
        let lesson = crate::catalog::lesson("memilih-kata-kunci").expect("the keyword lesson");
        let question = lesson
            .steps
            .iter()
            .find_map(|step| match step {
                crate::lesson::Step::Choice(choice) if choice.question.contains("diturunkan") => {
                    Some(choice)
                }
                _ => None,
            })
            .expect("the pushed-down question");
        let index = crate::search::shipped::index();
        for option in question.options.iter() {
            let title = listing(&option.text, "", Category::Snacks, 0);
            let stuffed = index.stuffing(&title, &Analysed::of(&title)) != Stuffing::default();
            assert_eq!(option.correct, stuffed, "{}", option.text);
        }
    }
}
