//! Vouchers: at most one shop voucher (off the goods) and one shipping voucher (off the
//! shipping) per order. The minimum purchase is compared with the goods subtotal before any
//! voucher. A discount never exceeds what it is taken from, so a total never goes below 0.
//! Free shipping is only ever a voucher here: the shop has no automatic free-shipping rule.

use crate::money::Rupiah;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoucherKind {
    /// `percent` of the goods, rounded down, at most `cap`.
    PercentOff {
        percent: u8,
        cap: Rupiah,
    },
    AmountOff(Rupiah),
    /// Gratis ongkir: the shipping cost, at most `cap`.
    FreeShipping {
        cap: Rupiah,
    },
}

/// Which of the order's two voucher places a voucher takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoucherSlot {
    Shop,
    Shipping,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voucher {
    /// As printed, already normalised (see `normalize_code`).
    pub code: &'static str,
    pub kind: VoucherKind,
    pub min_purchase: Rupiah,
    /// Last valid moment, in milliseconds since 1970 (UTC); `None` never ends.
    pub valid_until: Option<u64>,
}

/// Why a voucher gives nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoucherRefusal {
    /// Nothing typed.
    Empty,
    Unknown,
    Expired,
    CartEmpty,
    BelowMinimum {
        minimum: Rupiah,
        short_by: Rupiah,
    },
    /// This very voucher is already on the order.
    AlreadyApplied,
    /// The order already has a voucher of this kind.
    SlotTaken(VoucherSlot),
}

/// The practice shop's vouchers.
pub const VOUCHERS: &[Voucher] = &[
    Voucher {
        code: "HEMAT10",
        kind: VoucherKind::PercentOff {
            percent: 10,
            cap: 10_000,
        },
        min_purchase: 50_000,
        valid_until: None,
    },
    Voucher {
        code: "POTONG5RB",
        kind: VoucherKind::AmountOff(5_000),
        min_purchase: 30_000,
        valid_until: None,
    },
    // A welcome voucher with no minimum: larger than a small order, so it shows the floor at 0.
    Voucher {
        code: "KENALAN20RB",
        kind: VoucherKind::AmountOff(20_000),
        min_purchase: 0,
        valid_until: None,
    },
    // Ended on 31 March 2026, 23:59:59.999 WIB.
    Voucher {
        code: "LEBARAN25",
        kind: VoucherKind::PercentOff {
            percent: 25,
            cap: 25_000,
        },
        min_purchase: 100_000,
        valid_until: Some(1_774_976_399_999),
    },
    Voucher {
        code: "GRATISONGKIR",
        kind: VoucherKind::FreeShipping { cap: 15_000 },
        min_purchase: 40_000,
        valid_until: None,
    },
    Voucher {
        code: "ONGKIR10RB",
        kind: VoucherKind::FreeShipping { cap: 10_000 },
        min_purchase: 0,
        valid_until: None,
    },
];

/// How people type codes: " hemat 10", "Potong-5rb". Only letters and digits count,
/// in capitals; anything else (spaces, dashes, dots, emoji) is dropped.
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The voucher for a typed code.
pub fn find_voucher(typed: &str) -> Result<&'static Voucher, VoucherRefusal> {
    let code = normalize_code(typed);
    if code.is_empty() {
        return Err(VoucherRefusal::Empty);
    }
    VOUCHERS
        .iter()
        .find(|v| v.code == code)
        .ok_or(VoucherRefusal::Unknown)
}

impl VoucherKind {
    pub fn slot(self) -> VoucherSlot {
        match self {
            VoucherKind::PercentOff { .. } | VoucherKind::AmountOff(_) => VoucherSlot::Shop,
            VoucherKind::FreeShipping { .. } => VoucherSlot::Shipping,
        }
    }
}

impl Voucher {
    pub fn slot(&self) -> VoucherSlot {
        self.kind.slot()
    }

    /// Whether the voucher can be used on goods worth `subtotal` at `now` (ms since 1970).
    pub fn check(&self, subtotal: Rupiah, now: u64) -> Result<(), VoucherRefusal> {
        if self.valid_until.is_some_and(|end| now > end) {
            return Err(VoucherRefusal::Expired);
        }
        if subtotal == 0 {
            return Err(VoucherRefusal::CartEmpty);
        }
        if subtotal < self.min_purchase {
            return Err(VoucherRefusal::BelowMinimum {
                minimum: self.min_purchase,
                short_by: self.min_purchase - subtotal,
            });
        }
        Ok(())
    }

    /// What comes off the goods: never more than the subtotal. 0 for a shipping voucher.
    pub fn goods_discount(&self, subtotal: Rupiah) -> Rupiah {
        let off = match self.kind {
            VoucherKind::PercentOff { percent, cap } => {
                let exact = u128::from(subtotal) * u128::from(percent) / 100;
                u64::try_from(exact).unwrap_or(u64::MAX).min(cap)
            }
            VoucherKind::AmountOff(amount) => amount,
            VoucherKind::FreeShipping { .. } => 0,
        };
        off.min(subtotal)
    }

    /// What comes off the shipping: never more than the shipping. 0 for a shop voucher.
    pub fn shipping_discount(&self, shipping: Rupiah) -> Rupiah {
        match self.kind {
            VoucherKind::FreeShipping { cap } => cap.min(shipping),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_795_402_800_000; // 23 November 2026

    fn voucher(code: &str) -> &'static Voucher {
        find_voucher(code).unwrap()
    }

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(voucher(" hemat 10 ").code, "HEMAT10");
        assert_eq!(voucher("Potong-5rb").code, "POTONG5RB");
        assert_eq!(voucher("gratis.ongkir!").code, "GRATISONGKIR");
        assert_eq!(find_voucher("   "), Err(VoucherRefusal::Empty));
        assert_eq!(find_voucher("🎁"), Err(VoucherRefusal::Empty));
        assert_eq!(find_voucher("HEMAT100"), Err(VoucherRefusal::Unknown));
        assert_eq!(
            find_voucher(&"A".repeat(100_000)),
            Err(VoucherRefusal::Unknown)
        );
    }

    #[test]
    fn percent_off_is_rounded_down_and_capped() {
        let hemat = voucher("HEMAT10");
        // 10% of Rp57.500 = Rp5.750
        assert_eq!(hemat.goods_discount(57_500), 5_750);
        // 10% of Rp57.509 = Rp5.750,9, rounded down
        assert_eq!(hemat.goods_discount(57_509), 5_750);
        // 10% of Rp150.000 = Rp15.000, capped at Rp10.000
        assert_eq!(hemat.goods_discount(150_000), 10_000);
        assert_eq!(hemat.goods_discount(u64::MAX), 10_000);
    }

    #[test]
    fn minimum_purchase_exactly_met_and_one_rupiah_short() {
        let hemat = voucher("HEMAT10");
        assert_eq!(hemat.check(50_000, NOW), Ok(()));
        assert_eq!(
            hemat.check(49_999, NOW),
            Err(VoucherRefusal::BelowMinimum {
                minimum: 50_000,
                short_by: 1
            })
        );
        assert_eq!(
            voucher("POTONG5RB").check(24_000, NOW),
            Err(VoucherRefusal::BelowMinimum {
                minimum: 30_000,
                short_by: 6_000
            })
        );
    }

    #[test]
    fn a_voucher_larger_than_the_goods_takes_the_goods_to_zero_not_below() {
        let kenalan = voucher("KENALAN20RB");
        assert_eq!(kenalan.check(12_000, NOW), Ok(()));
        assert_eq!(kenalan.goods_discount(12_000), 12_000);
        assert_eq!(kenalan.goods_discount(25_000), 20_000);
        assert_eq!(kenalan.check(0, NOW), Err(VoucherRefusal::CartEmpty));
    }

    #[test]
    fn free_shipping_covers_shipping_up_to_its_cap() {
        let gratis = voucher("GRATISONGKIR");
        assert_eq!(gratis.slot(), VoucherSlot::Shipping);
        assert_eq!(gratis.shipping_discount(8_000), 8_000);
        assert_eq!(gratis.shipping_discount(30_000), 15_000);
        assert_eq!(gratis.goods_discount(100_000), 0);
        assert_eq!(voucher("HEMAT10").shipping_discount(30_000), 0);
    }

    #[test]
    fn an_ended_voucher_is_refused_after_its_last_moment() {
        let lebaran = voucher("LEBARAN25");
        assert_eq!(lebaran.check(200_000, 1_774_976_399_999), Ok(()));
        assert_eq!(
            lebaran.check(200_000, 1_774_976_400_000),
            Err(VoucherRefusal::Expired)
        );
        assert_eq!(lebaran.check(200_000, NOW), Err(VoucherRefusal::Expired));
    }

    #[test]
    fn printed_codes_are_already_normalised() {
        for v in VOUCHERS {
            assert_eq!(normalize_code(v.code), v.code);
        }
    }
}
