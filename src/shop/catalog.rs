//! What the practice shop sells: three fictional UMKM products, each in variants with their
//! own price, package weight and stock. Names and option labels are in `strings::shop`.

use crate::money::Rupiah;
use serde::{Deserialize, Serialize};
use Flavour::{Cokelat, Original};
use ProductId::{KeripikPisang, KeripikSingkong, SambalBawang};
use VariantOption::{Flavour as Taste, NetGrams, SpiceLevel};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductId {
    KeripikSingkong,
    KeripikPisang,
    SambalBawang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flavour {
    Original,
    Cokelat,
}

/// One choice the buyer makes on the product page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VariantOption {
    /// 0 is not spicy, 5 is the hottest.
    SpiceLevel(u8),
    /// Net contents (netto), as printed on the pack.
    NetGrams(u32),
    Flavour(Flavour),
}

/// One thing the buyer can put in the cart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Stable id, kept in the cart and the order.
    pub sku: &'static str,
    pub product: ProductId,
    pub options: &'static [VariantOption],
    pub price: Rupiah,
    /// Shipping weight of one unit, pack included: what the courier weighs.
    pub weight_grams: u32,
    pub stock: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub id: ProductId,
    pub variants: &'static [Variant],
}

impl Product {
    /// Cheapest and dearest variant price, for "Rp12.000 - Rp27.000" on the listing.
    pub fn price_range(&self) -> (Rupiah, Rupiah) {
        let prices = self.variants.iter().map(|v| v.price);
        (prices.clone().min().unwrap_or(0), prices.max().unwrap_or(0))
    }
}

const fn variant(
    sku: &'static str,
    product: ProductId,
    options: &'static [VariantOption],
    price: Rupiah,
    weight_grams: u32,
    stock: u32,
) -> Variant {
    Variant {
        sku,
        product,
        options,
        price,
        weight_grams,
        stock,
    }
}

/// The practice shop. Some stock is low or gone on purpose, so the cart limits show.
pub const PRODUCTS: &[Product] = &[
    Product {
        id: KeripikSingkong,
        variants: &[
            variant(
                "KS-L0-100",
                KeripikSingkong,
                &[SpiceLevel(0), NetGrams(100)],
                12_000,
                120,
                25,
            ),
            variant(
                "KS-L3-100",
                KeripikSingkong,
                &[SpiceLevel(3), NetGrams(100)],
                12_000,
                120,
                18,
            ),
            // More chilli costs more; only a few packs left.
            variant(
                "KS-L5-100",
                KeripikSingkong,
                &[SpiceLevel(5), NetGrams(100)],
                13_000,
                120,
                4,
            ),
            variant(
                "KS-L0-250",
                KeripikSingkong,
                &[SpiceLevel(0), NetGrams(250)],
                25_000,
                280,
                15,
            ),
            variant(
                "KS-L3-250",
                KeripikSingkong,
                &[SpiceLevel(3), NetGrams(250)],
                25_000,
                280,
                12,
            ),
            variant(
                "KS-L5-250",
                KeripikSingkong,
                &[SpiceLevel(5), NetGrams(250)],
                27_000,
                280,
                0,
            ),
        ],
    },
    Product {
        id: KeripikPisang,
        variants: &[
            variant(
                "KP-ORI-200",
                KeripikPisang,
                &[Taste(Original), NetGrams(200)],
                18_000,
                220,
                20,
            ),
            variant(
                "KP-COK-200",
                KeripikPisang,
                &[Taste(Cokelat), NetGrams(200)],
                20_000,
                220,
                7,
            ),
        ],
    },
    Product {
        id: SambalBawang,
        // Glass jars: heavy for their contents, which the shipping lesson shows.
        variants: &[
            variant("SB-150", SambalBawang, &[NetGrams(150)], 20_000, 300, 10),
            variant("SB-250", SambalBawang, &[NetGrams(250)], 30_000, 450, 6),
        ],
    },
];

/// The product with this id; every id has one in `PRODUCTS` (a test holds that).
pub fn product(id: ProductId) -> &'static Product {
    PRODUCTS.iter().find(|p| p.id == id).unwrap_or(&PRODUCTS[0])
}

/// The variant with this id. Ids come from stored records, so a missing one is `None`.
pub fn find_variant(sku: &str) -> Option<&'static Variant> {
    PRODUCTS
        .iter()
        .flat_map(|p| p.variants.iter())
        .find(|v| v.sku == sku)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_belongs_to_its_product_and_ids_are_unique() {
        let mut skus = Vec::new();
        for product in PRODUCTS {
            assert!(!product.variants.is_empty());
            for v in product.variants {
                assert_eq!(v.product, product.id, "{}", v.sku);
                assert!(v.price > 0 && v.weight_grams > 0, "{}", v.sku);
                assert!(!skus.contains(&v.sku), "{}", v.sku);
                skus.push(v.sku);
            }
        }
        assert_eq!(skus.len(), 10);
    }

    #[test]
    fn every_product_is_found_by_its_id() {
        for listed in PRODUCTS {
            assert_eq!(
                (product(listed.id).id, product(listed.id).variants[0].sku),
                (listed.id, listed.variants[0].sku)
            );
        }
    }

    #[test]
    fn variants_are_found_by_id_only() {
        assert_eq!(find_variant("KS-L3-250").map(|v| v.price), Some(25_000));
        assert_eq!(find_variant("ks-l3-250"), None);
        assert_eq!(find_variant(""), None);
    }

    #[test]
    fn price_range_spans_the_variants() {
        assert_eq!(PRODUCTS[0].price_range(), (12_000, 27_000));
        assert_eq!(PRODUCTS[2].price_range(), (20_000, 30_000));
    }
}
