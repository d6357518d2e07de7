//! The practice marketplace as plain data: listings, the categories they belong to, and
//! the searches shoppers type. Written by trainers in `lessons/data/*.toml`, checked by
//! build.rs, handed to the app as JSON.
//!
//! Also compiled into build.rs, so it depends on nothing in the crate but `crate::money`
//! and `super::text`.

use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

/// What kind of goods a listing is. The ids are what trainers write in the data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    #[serde(rename = "makanan-ringan")]
    Snacks,
    #[serde(rename = "sambal-bumbu")]
    SambalAndSpices,
    #[serde(rename = "minuman")]
    Drinks,
    #[serde(rename = "kue-roti")]
    CakesAndBread,
    #[serde(rename = "batik-kerajinan")]
    BatikAndCrafts,
    #[serde(rename = "fashion")]
    Fashion,
    #[serde(rename = "kebutuhan-harian")]
    DailyNeeds,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Snacks,
        Category::SambalAndSpices,
        Category::Drinks,
        Category::CakesAndBread,
        Category::BatikAndCrafts,
        Category::Fashion,
        Category::DailyNeeds,
    ];

    /// The id written in the data files, e.g. "makanan-ringan".
    pub fn id(self) -> &'static str {
        match self {
            Category::Snacks => "makanan-ringan",
            Category::SambalAndSpices => "sambal-bumbu",
            Category::Drinks => "minuman",
            Category::CakesAndBread => "kue-roti",
            Category::BatikAndCrafts => "batik-kerajinan",
            Category::Fashion => "fashion",
            Category::DailyNeeds => "kebutuhan-harian",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|category| category.id() == id)
    }
}

/// One product in the practice marketplace, or the learner's own listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    pub title: String,
    pub description: String,
    pub category: Category,
    pub price: Rupiah,
    pub shop: String,
    /// Stars in tenths, so 48 is 4.8 stars: one decimal, as marketplaces show it.
    pub rating_tenths: u8,
    pub sold: u32,
    /// The words of what the seller says she sells ("keripik", "singkong", "pedas"), in
    /// `text::tokens` spelling. Only the learner's listing has them; empty means unknown,
    /// and then no title word is judged as naming a product not sold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sells: Vec<String>,
}

/// A search shoppers type, with a made-up monthly count (practice numbers, not real data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopperSearch {
    pub query: String,
    pub count: u32,
    pub category: Category,
}

/// Which search words name a product and which fit many products; trainers write both
/// lists in lessons/data/pencarian.toml. Words are in `text::tokens` spelling.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// Words that name a product or what it is made of ("singkong", "pisang", "kopi"): a
    /// seller who writes one she does not sell misleads the buyer.
    pub product_words: Vec<String>,
    /// Words true of many products: occasions and uses ("oleh-oleh", "camilan", "lebaran").
    /// Other words (tastes, sizes, places) are suggested only when the product has them.
    pub general_words: Vec<String>,
}

impl Vocabulary {
    /// The words of `text` that name a product, in order.
    pub fn product_words_in(&self, text: &str) -> Vec<String> {
        let mut words = super::text::tokens(text);
        words.retain(|word| self.product_words.contains(word));
        words
    }
}

/// Everything the practice marketplace screen needs: what is for sale and what people look for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Market {
    pub listings: Vec<Listing>,
    pub searches: Vec<ShopperSearch>,
    pub vocabulary: Vocabulary,
}
