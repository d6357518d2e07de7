//! Shipping (ongkos kirim): where the parcel goes, three fictional couriers with three
//! services each, the cost and the estimated days.
//!
//! Rules of the practice shop, which sends from Kota Malang (Jawa Timur):
//! - Packed weight = goods + `PACKAGING_GRAMS` (one box and bubble wrap per order).
//! - Chargeable weight = packed weight rounded UP to whole kilograms, at least 1 kg:
//!   1 g to 1,000 g is 1 kg, 1,001 g is 2 kg. (Real couriers often forgive a little over
//!   the kilo; ours does not, so the lesson's sums stay simple.)
//! - Cost = the courier's rate per kg for the zone and service x chargeable kg.

use crate::money::Rupiah;
use serde::{Deserialize, Serialize};

/// Box and bubble wrap, added once per order.
pub const PACKAGING_GRAMS: u64 = 100;

/// How far the parcel travels from the shop in Kota Malang.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    SameCity,
    SameProvince,
    Java,
    OutsideJava,
}

/// The practice buyer's addresses, one per zone. Streets and names are in `strings::shop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    Malang,
    Surabaya,
    Bandung,
    Makassar,
}

impl Destination {
    pub const ALL: [Destination; 4] = [
        Destination::Malang,
        Destination::Surabaya,
        Destination::Bandung,
        Destination::Makassar,
    ];

    pub fn zone(self) -> Zone {
        match self {
            Destination::Malang => Zone::SameCity,
            Destination::Surabaya => Zone::SameProvince,
            Destination::Bandung => Zone::Java,
            Destination::Makassar => Zone::OutsideJava,
        }
    }
}

/// Fictional couriers: one middle, one dearer but surer, one cheaper but slower.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Courier {
    /// The base table.
    Kancil,
    /// Rp1.000 more per kg; the latest day comes one day sooner.
    Rajawali,
    /// Rp1.000 less per kg; one day slower at both ends.
    Semut,
}

impl Courier {
    pub const ALL: [Courier; 3] = [Courier::Kancil, Courier::Rajawali, Courier::Semut];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Economy,
    Regular,
    Express,
}

impl Service {
    pub const ALL: [Service; 3] = [Service::Economy, Service::Regular, Service::Express];
}

/// What the buyer picked on the shipping screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingChoice {
    pub courier: Courier,
    pub service: Service,
}

/// Estimated delivery in days, e.g. 2-3 hari; `min == max` reads "1 hari".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRange {
    pub min: u8,
    pub max: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingQuote {
    pub choice: ShippingChoice,
    pub zone: Zone,
    pub chargeable_kg: u64,
    pub rate_per_kg: Rupiah,
    pub cost: Rupiah,
    pub days: DayRange,
}

/// Kancil's rate per kg and days, by zone and service.
fn base(zone: Zone, service: Service) -> (Rupiah, DayRange) {
    let days = |min, max| DayRange { min, max };
    match (zone, service) {
        (Zone::SameCity, Service::Economy) => (6_000, days(2, 3)),
        (Zone::SameCity, Service::Regular) => (8_000, days(1, 2)),
        (Zone::SameCity, Service::Express) => (15_000, days(1, 1)),
        (Zone::SameProvince, Service::Economy) => (8_000, days(3, 4)),
        (Zone::SameProvince, Service::Regular) => (10_000, days(2, 3)),
        (Zone::SameProvince, Service::Express) => (20_000, days(1, 2)),
        (Zone::Java, Service::Economy) => (12_000, days(4, 6)),
        (Zone::Java, Service::Regular) => (15_000, days(2, 4)),
        (Zone::Java, Service::Express) => (28_000, days(1, 2)),
        (Zone::OutsideJava, Service::Economy) => (25_000, days(7, 10)),
        (Zone::OutsideJava, Service::Regular) => (32_000, days(4, 6)),
        (Zone::OutsideJava, Service::Express) => (55_000, days(2, 3)),
    }
}

/// The courier's rate per kg and estimated days for a zone and service.
pub fn rate(choice: ShippingChoice, zone: Zone) -> (Rupiah, DayRange) {
    let (rate, days) = base(zone, choice.service);
    match choice.courier {
        Courier::Kancil => (rate, days),
        Courier::Rajawali => (
            rate + 1_000,
            DayRange {
                min: days.min,
                max: days.max.saturating_sub(1).max(days.min),
            },
        ),
        Courier::Semut => (
            rate - 1_000,
            DayRange {
                min: days.min + 1,
                max: days.max + 1,
            },
        ),
    }
}

/// Goods plus the packaging allowance.
pub fn package_grams(goods_grams: u64) -> u64 {
    goods_grams.saturating_add(PACKAGING_GRAMS)
}

/// Packed grams rounded up to whole kilograms, at least 1: 1,000 g is 1 kg, 1,001 g is 2 kg.
pub fn chargeable_kg(packed_grams: u64) -> u64 {
    packed_grams.div_ceil(1_000).max(1)
}

/// The cost of sending goods weighing `goods_grams` (packaging is added here).
pub fn quote(choice: ShippingChoice, zone: Zone, goods_grams: u64) -> ShippingQuote {
    let (rate_per_kg, days) = rate(choice, zone);
    let kg = chargeable_kg(package_grams(goods_grams));
    ShippingQuote {
        choice,
        zone,
        chargeable_kg: kg,
        rate_per_kg,
        cost: rate_per_kg.saturating_mul(kg),
        days,
    }
}

/// Every courier and service for a zone, cheapest first, as the shipping screen lists them.
pub fn quotes(zone: Zone, goods_grams: u64) -> Vec<ShippingQuote> {
    let mut all: Vec<ShippingQuote> = Courier::ALL
        .iter()
        .flat_map(|&courier| {
            Service::ALL
                .map(|service| quote(ShippingChoice { courier, service }, zone, goods_grams))
        })
        .collect();
    all.sort_by_key(|q| (q.cost, q.days.max));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    const KANCIL_REGULAR: ShippingChoice = ShippingChoice {
        courier: Courier::Kancil,
        service: Service::Regular,
    };

    #[test]
    fn a_kilo_exactly_is_one_kilo_and_a_gram_over_is_two() {
        assert_eq!(chargeable_kg(1_000), 1);
        assert_eq!(chargeable_kg(1_001), 2);
        assert_eq!(chargeable_kg(2_000), 2);
        assert_eq!(chargeable_kg(2_001), 3);
    }

    #[test]
    fn a_light_parcel_pays_for_one_kilo() {
        assert_eq!(chargeable_kg(0), 1);
        assert_eq!(chargeable_kg(1), 1);
        assert_eq!(chargeable_kg(package_grams(120)), 1);
    }

    #[test]
    fn packaging_can_push_the_parcel_over_a_kilo() {
        // 900 g of goods + 100 g box = 1.000 g: 1 kg, Rp15.000 to Bandung.
        let on_the_line = quote(KANCIL_REGULAR, Zone::Java, 900);
        assert_eq!((on_the_line.chargeable_kg, on_the_line.cost), (1, 15_000));
        // 901 g + 100 g = 1.001 g: 2 kg, 2 x Rp15.000.
        let one_gram_over = quote(KANCIL_REGULAR, Zone::Java, 901);
        assert_eq!(
            (one_gram_over.chargeable_kg, one_gram_over.cost),
            (2, 30_000)
        );
    }

    #[test]
    fn cost_is_rate_times_kilos_for_each_courier() {
        // 1.250 g of goods + 100 g = 1.350 g: 2 kg.
        let express = ShippingChoice {
            courier: Courier::Kancil,
            service: Service::Express,
        };
        assert_eq!(quote(express, Zone::OutsideJava, 1_250).cost, 110_000); // 2 x 55.000
        let rajawali = ShippingChoice {
            courier: Courier::Rajawali,
            service: Service::Economy,
        };
        assert_eq!(quote(rajawali, Zone::SameCity, 1_250).cost, 14_000); // 2 x 7.000
        let semut = ShippingChoice {
            courier: Courier::Semut,
            service: Service::Regular,
        };
        assert_eq!(quote(semut, Zone::SameProvince, 1_250).cost, 18_000); // 2 x 9.000
    }

    #[test]
    fn days_differ_by_courier() {
        assert_eq!(
            quote(KANCIL_REGULAR, Zone::Java, 500).days,
            DayRange { min: 2, max: 4 }
        );
        let rajawali = ShippingChoice {
            courier: Courier::Rajawali,
            service: Service::Regular,
        };
        assert_eq!(
            quote(rajawali, Zone::Java, 500).days,
            DayRange { min: 2, max: 3 }
        );
        let semut = ShippingChoice {
            courier: Courier::Semut,
            service: Service::Regular,
        };
        assert_eq!(
            quote(semut, Zone::Java, 500).days,
            DayRange { min: 3, max: 5 }
        );
        let rajawali_express = ShippingChoice {
            courier: Courier::Rajawali,
            service: Service::Express,
        };
        assert_eq!(
            quote(rajawali_express, Zone::SameCity, 500).days,
            DayRange { min: 1, max: 1 }
        );
    }

    #[test]
    fn every_option_is_listed_cheapest_first_and_huge_weights_do_not_overflow() {
        let list = quotes(Zone::SameCity, 300);
        assert_eq!(list.len(), 9);
        assert_eq!(list[0].cost, 5_000); // Semut Ekonomi, 1 kg
        assert!(list.windows(2).all(|w| w[0].cost <= w[1].cost));
        assert_eq!(
            quote(KANCIL_REGULAR, Zone::Java, u64::MAX).cost,
            Rupiah::MAX
        );
    }

    #[test]
    fn each_destination_is_in_its_zone() {
        assert_eq!(
            Destination::ALL.map(Destination::zone),
            [
                Zone::SameCity,
                Zone::SameProvince,
                Zone::Java,
                Zone::OutsideJava
            ]
        );
    }
}
