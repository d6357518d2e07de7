//! The cart (keranjang): lines of variant and quantity. A line never holds more than the
//! stock or `MAX_PER_LINE`, and never 0; a cart read back from storage is put right the
//! same way, so every other rule can trust it.

use super::catalog::{find_variant, Variant};
use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

/// Most of one variant in one order: a practice buyer buys for a household, and a cap
/// keeps a typed "1000" from filling the screen with a huge total.
pub const MAX_PER_LINE: u32 = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub sku: String,
    pub quantity: u32,
}

/// Stored as the list of its lines.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "Vec<CartLine>", into = "Vec<CartLine>")]
pub struct Cart {
    lines: Vec<CartLine>,
}

/// Which limit stopped a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineLimit {
    /// Only this many are left.
    Stock,
    /// `MAX_PER_LINE`.
    PerOrder,
}

/// What a change did to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CartUpdate {
    Quantity(u32),
    /// The buyer asked for more than allowed; the line now holds `quantity`, the most allowed.
    Capped {
        quantity: u32,
        limit: LineLimit,
    },
    /// Quantity 0: the line is gone (or was never there).
    Removed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CartError {
    UnknownVariant,
    SoldOut,
}

/// A cart line with its catalogue facts and money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricedLine {
    pub variant: &'static Variant,
    pub quantity: u32,
    pub total: Rupiah,
}

impl Variant {
    /// The most one line may hold, and which limit sets it.
    pub fn max_quantity(&self) -> (u32, LineLimit) {
        if self.stock < MAX_PER_LINE {
            (self.stock, LineLimit::Stock)
        } else {
            (MAX_PER_LINE, LineLimit::PerOrder)
        }
    }
}

impl Cart {
    pub fn lines(&self) -> &[CartLine] {
        &self.lines
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn quantity(&self, sku: &str) -> u32 {
        self.lines
            .iter()
            .find(|l| l.sku == sku)
            .map_or(0, |l| l.quantity)
    }

    /// Adds to what the line already holds ("+" button, "Masukkan Keranjang").
    pub fn add(&mut self, sku: &str, quantity: u32) -> Result<CartUpdate, CartError> {
        self.set_quantity(sku, self.quantity(sku).saturating_add(quantity))
    }

    /// Sets the line to `quantity`, capped at the most allowed; 0 removes the line.
    /// A refused change leaves the cart as it was, except that a sold-out line goes.
    pub fn set_quantity(&mut self, sku: &str, quantity: u32) -> Result<CartUpdate, CartError> {
        let variant = find_variant(sku).ok_or(CartError::UnknownVariant)?;
        if quantity == 0 {
            self.remove(sku);
            return Ok(CartUpdate::Removed);
        }
        let (max, limit) = variant.max_quantity();
        if max == 0 {
            self.remove(sku);
            return Err(CartError::SoldOut);
        }
        let kept = quantity.min(max);
        match self.lines.iter_mut().find(|l| l.sku == sku) {
            Some(line) => line.quantity = kept,
            None => self.lines.push(CartLine {
                sku: variant.sku.to_string(),
                quantity: kept,
            }),
        }
        Ok(if quantity > max {
            CartUpdate::Capped {
                quantity: kept,
                limit,
            }
        } else {
            CartUpdate::Quantity(kept)
        })
    }

    /// Whether there was a line to remove.
    pub fn remove(&mut self, sku: &str) -> bool {
        let before = self.lines.len();
        self.lines.retain(|l| l.sku != sku);
        self.lines.len() != before
    }

    pub fn priced(&self) -> Vec<PricedLine> {
        self.lines
            .iter()
            .filter_map(|line| {
                let variant = find_variant(&line.sku)?;
                let total = variant.price.saturating_mul(u64::from(line.quantity));
                Some(PricedLine {
                    variant,
                    quantity: line.quantity,
                    total,
                })
            })
            .collect()
    }

    pub fn subtotal(&self) -> Rupiah {
        self.priced()
            .iter()
            .fold(0, |sum, line| sum.saturating_add(line.total))
    }

    /// Shipping weight of the goods, without the packaging allowance.
    pub fn total_grams(&self) -> u64 {
        self.priced().iter().fold(0, |sum, line| {
            sum.saturating_add(u64::from(line.variant.weight_grams) * u64::from(line.quantity))
        })
    }

    pub fn item_count(&self) -> u32 {
        self.lines
            .iter()
            .fold(0, |sum, line| sum.saturating_add(line.quantity))
    }
}

/// A stored cart may be old or edited: unknown and sold-out lines go, duplicates merge,
/// quantities are capped.
impl From<Vec<CartLine>> for Cart {
    fn from(lines: Vec<CartLine>) -> Cart {
        let mut cart = Cart::default();
        for line in lines {
            // A line the rules refuse is simply not carried over.
            let _ = cart.add(&line.sku, line.quantity);
        }
        cart
    }
}

impl From<Cart> for Vec<CartLine> {
    fn from(cart: Cart) -> Vec<CartLine> {
        cart.lines
    }
}

/// A quantity typed in the box: digits only, spaces around allowed. A number too large
/// for a quantity reads as the largest, so the cart caps it instead of refusing it.
pub fn parse_quantity(text: &str) -> Option<u32> {
    let digits = text.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.bytes().fold(0_u32, |n, b| {
        n.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_the_same_variant_twice_makes_one_line() {
        let mut cart = Cart::default();
        assert_eq!(cart.add("KS-L3-250", 2), Ok(CartUpdate::Quantity(2)));
        assert_eq!(cart.add("KS-L3-250", 1), Ok(CartUpdate::Quantity(3)));
        assert_eq!(
            cart.lines(),
            &[CartLine {
                sku: "KS-L3-250".into(),
                quantity: 3
            }]
        );
        // 3 x Rp25.000
        assert_eq!(cart.subtotal(), 75_000);
        assert_eq!(cart.total_grams(), 840);
    }

    #[test]
    fn subtotal_adds_every_line() {
        let mut cart = Cart::default();
        cart.add("KS-L0-100", 3).unwrap();
        cart.add("KP-COK-200", 2).unwrap();
        cart.add("SB-250", 1).unwrap();
        // 3 x 12.000 + 2 x 20.000 + 1 x 30.000 = 36.000 + 40.000 + 30.000
        assert_eq!(cart.subtotal(), 106_000);
        // 3 x 120 + 2 x 220 + 450
        assert_eq!(cart.total_grams(), 1_250);
        assert_eq!(cart.item_count(), 6);
    }

    #[test]
    fn quantity_zero_removes_the_line() {
        let mut cart = Cart::default();
        cart.add("SB-150", 2).unwrap();
        assert_eq!(cart.set_quantity("SB-150", 0), Ok(CartUpdate::Removed));
        assert!(cart.is_empty());
        assert_eq!(cart.subtotal(), 0);
        assert_eq!(cart.set_quantity("SB-150", 0), Ok(CartUpdate::Removed));
    }

    #[test]
    fn quantity_is_capped_at_ten_per_line() {
        let mut cart = Cart::default();
        assert_eq!(
            cart.set_quantity("KS-L0-100", 10),
            Ok(CartUpdate::Quantity(10))
        );
        assert_eq!(
            cart.add("KS-L0-100", 1),
            Ok(CartUpdate::Capped {
                quantity: 10,
                limit: LineLimit::PerOrder
            })
        );
        assert_eq!(
            cart.set_quantity("KS-L0-100", u32::MAX),
            Ok(CartUpdate::Capped {
                quantity: 10,
                limit: LineLimit::PerOrder
            })
        );
        assert_eq!(
            cart.add("KS-L0-100", u32::MAX),
            Ok(CartUpdate::Capped {
                quantity: 10,
                limit: LineLimit::PerOrder
            })
        );
        // 10 x 12.000
        assert_eq!(cart.subtotal(), 120_000);
    }

    #[test]
    fn quantity_above_stock_is_capped_at_the_stock() {
        let mut cart = Cart::default();
        assert_eq!(
            cart.set_quantity("KS-L5-100", 4),
            Ok(CartUpdate::Quantity(4))
        );
        assert_eq!(
            cart.set_quantity("KS-L5-100", 5),
            Ok(CartUpdate::Capped {
                quantity: 4,
                limit: LineLimit::Stock
            })
        );
        assert_eq!(cart.quantity("KS-L5-100"), 4);
        // 4 x 13.000
        assert_eq!(cart.subtotal(), 52_000);
    }

    #[test]
    fn sold_out_and_unknown_variants_are_refused() {
        let mut cart = Cart::default();
        assert_eq!(cart.add("KS-L5-250", 1), Err(CartError::SoldOut));
        assert_eq!(cart.add("BAKSO", 1), Err(CartError::UnknownVariant));
        assert!(cart.is_empty());
        assert!(!cart.remove("BAKSO"));
    }

    #[test]
    fn a_stored_cart_is_put_right() {
        let json = r#"[{"sku":"KS-L3-100","quantity":4},{"sku":"HILANG","quantity":1},{"sku":"KS-L3-100","quantity":9},
            {"sku":"KS-L5-250","quantity":2},{"sku":"SB-150","quantity":0},{"sku":"KP-COK-200","quantity":4000000000}]"#;
        let cart: Cart = serde_json::from_str(json).unwrap();
        assert_eq!(
            cart.lines(),
            &[
                CartLine {
                    sku: "KS-L3-100".into(),
                    quantity: 10
                },
                CartLine {
                    sku: "KP-COK-200".into(),
                    quantity: 7
                }
            ]
        );
        let back = serde_json::to_string(&cart).unwrap();
        assert_eq!(
            back,
            r#"[{"sku":"KS-L3-100","quantity":10},{"sku":"KP-COK-200","quantity":7}]"#
        );
        assert!(
            serde_json::from_str::<Cart>("{}").is_err(),
            "not a list: the progress record decides what to do"
        );
    }

    #[test]
    fn typed_quantities_are_read_safely() {
        assert_eq!(parse_quantity(" 3 "), Some(3));
        assert_eq!(parse_quantity("0"), Some(0));
        assert_eq!(parse_quantity("99999999999999"), Some(u32::MAX));
        for text in ["", " ", "-1", "2.5", "tiga", "3 pcs", "٣"] {
            assert_eq!(parse_quantity(text), None, "{text}");
        }
    }
}
