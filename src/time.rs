//! Time and calendar dates without a date library: the browser's clock in milliseconds,
//! and the minutes and days from 2025-01-01 in Western Indonesian Time (UTC+7) that progress
//! cards count and the shop's deadlines show. Shared by the progress record, `class` and
//! `strings`, so none of them reaches into another for a date.

/// Milliseconds since 1970, as the browser's clock gives them.
pub type Millis = u64;

/// Minutes since 2025-01-01 00:00 WIB.
pub type CardMinutes = u32;
/// Days since 2025-01-01 (WIB).
pub type CardDay = u16;

const WIB_OFFSET_MINUTES: u64 = 7 * 60;
const MINUTES_PER_DAY: u64 = 1_440;
/// 2025-01-01 counted in days since 1970-01-01.
const DAYS_1970_TO_2025: u64 = 20_089;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CivilDate {
    pub year: u64,
    /// 1 to 12.
    pub month: u8,
    pub day: u8,
}

/// Minutes since 1970 in WIB: the clock on the wall in Jakarta.
pub fn wib_minutes(millis: Millis) -> u64 {
    millis / 60_000 + WIB_OFFSET_MINUTES
}

/// The date of a day counted from 1970 (Howard Hinnant's algorithm, for dates after 1970).
pub fn civil_date(days_since_1970: u64) -> CivilDate {
    let z = days_since_1970 + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    CivilDate {
        year,
        month: month as u8,
        day: day as u8,
    }
}

/// `millis` as card minutes; before 2025 counts as 0, far future as the largest value.
pub fn card_minutes(millis: Millis) -> CardMinutes {
    let minutes = wib_minutes(millis).saturating_sub(DAYS_1970_TO_2025 * MINUTES_PER_DAY);
    CardMinutes::try_from(minutes).unwrap_or(CardMinutes::MAX)
}

pub fn card_day(millis: Millis) -> CardDay {
    CardDay::try_from(u64::from(card_minutes(millis)) / MINUTES_PER_DAY).unwrap_or(CardDay::MAX)
}

pub fn day_of_minutes(minutes: CardMinutes) -> CardDay {
    CardDay::try_from(u64::from(minutes) / MINUTES_PER_DAY).unwrap_or(CardDay::MAX)
}

pub fn date_of_card_day(day: CardDay) -> CivilDate {
    civil_date(DAYS_1970_TO_2025 + u64::from(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_new_year_2025_in_wib() {
        // 2025-01-01 00:00 WIB is 2024-12-31 17:00 UTC.
        let new_year_wib = 1_735_664_400_000;
        assert_eq!(card_minutes(new_year_wib), 0);
        assert_eq!(
            card_minutes(new_year_wib - 60_000),
            0,
            "before 2025 stays 0"
        );
        assert_eq!(card_minutes(new_year_wib + 90 * 60_000), 90);
        assert_eq!(card_day(new_year_wib + 86_400_000 - 1), 0);
        assert_eq!(card_day(new_year_wib + 86_400_000), 1);
        assert_eq!(
            date_of_card_day(0),
            CivilDate {
                year: 2025,
                month: 1,
                day: 1
            }
        );
        // 2026-11-23 10:00 WIB.
        assert_eq!(
            date_of_card_day(card_day(1_795_402_800_000)),
            CivilDate {
                year: 2026,
                month: 11,
                day: 23
            }
        );
        assert_eq!(
            date_of_card_day(59),
            CivilDate {
                year: 2025,
                month: 3,
                day: 1
            }
        );
        assert_eq!(card_minutes(u64::MAX), CardMinutes::MAX);
        assert_eq!(day_of_minutes(1_440 * 3 + 5), 3);
    }
}
