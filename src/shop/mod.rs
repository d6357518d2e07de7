//! The checkout practice ("Simulasi Checkout"): the learner buys from a practice shop as a
//! customer, then fulfils the same order as the seller.
//!
//! Pure Rust, split by concern: `catalog` (what is for sale), `cart`, `shipping`,
//! `voucher`, `payment` (methods, fees, instalments, payment numbers), `checkout` (the
//! order total and placing the order), `order` (the seller's order states and the
//! tracking number), `chat` (buyer messages, traps and replies), and the two practice
//! steps' states: `purchase` (the buyer's screens) and `desk` (the seller's inbox),. The rules return enums
//! and numbers; every word the learner reads is in `crate::strings::shop`.
//!
//! Money is whole rupiah (`crate::money::Rupiah`). Rounding, everywhere: a discount is
//! rounded down and a fee or interest is rounded up, to the whole rupiah, so the screen
//! never promises the buyer more than the rules give.

pub mod cart;
pub mod catalog;
pub mod chat;
pub mod checkout;
pub mod desk;
pub mod order;
pub mod payment;
pub mod purchase;
pub mod shipping;
pub mod voucher;

/// FNV-1a: a stable hash, so payment numbers for an order are the same on every phone.
fn stable_hash(parts: &[&[u8]]) -> u64 {
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
}

/// `basis_points` hundredths of a percent of `amount`, rounded up to the whole rupiah
/// (fees and interest). Worked in u128, so no u64 amount overflows.
fn basis_points_up(amount: crate::money::Rupiah, basis_points: u64) -> crate::money::Rupiah {
    let exact = u128::from(amount) * u128::from(basis_points);
    u64::try_from(exact.div_ceil(10_000)).unwrap_or(u64::MAX)
}
