//! The "Memilih Kata Kunci" practice marketplace: listings, shopper searches, and a search
//! that ranks the learner's listing live among the catalogue.
//!
//! Pure Rust: the rules return enums and data; every word the learner reads is in
//! `crate::strings::search`. build.rs compiles `market`, `text` and `authoring` too (to
//! check the data files), so those reach each other through `super::` only.
//!
//! Typical use: `shipped::index().search(query)` once per query, then `rank`, `page` and
//! `explain` on every keystroke; `suggest` for words to try.

pub mod explain;
pub mod index;
pub mod lab;
pub mod market;
pub mod shipped;
pub mod stuffing;
pub mod suggest;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

pub use explain::{seen_percent, shoppers_who_see, Explanation, Reason};
pub use index::{Place, RankResult, Results, SearchIndex, PAGE_SIZE};
pub use market::{Category, Listing, Market, ShopperSearch};
pub use suggest::{suggest, Fit, Suggestion};
