//! Rupiah amounts: whole rupiah in integers, written the Indonesian way (Rp15.000), and
//! read back from how people really type prices ("15rb", "Rp 15.000", "1,5 jt").

/// Whole rupiah. Rupiah has no minor unit in daily use, so there are no fractions.
pub type Rupiah = u64;

/// "Rp15.000": dots group thousands.
pub fn format_rupiah(amount: Rupiah) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    grouped.push_str("Rp");
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

/// Reads one price as people type it: "15000", "15.000", "15 000", "Rp 15.000,-", "Rp15.000,00",
/// "15rb", "15 ribu", "15k", "1,5jt", "2 juta". Returns `None` for anything else,
/// including amounts too large to be a micro-business price.
pub fn parse_rupiah(text: &str) -> Option<Rupiah> {
    let lower = text.trim().to_lowercase();
    let lower = lower
        .strip_prefix("rp")
        .unwrap_or(&lower)
        .trim_start_matches(['.', ' ']);
    let lower = lower
        .trim_end_matches(",-")
        .trim_end_matches(",00")
        .trim_end_matches(['.', ' ', '-']);
    let number_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == ' '))
        .unwrap_or(lower.len());
    let (number, unit) = lower.split_at(number_end);
    let number = number.trim();
    let multiplier: Rupiah = match unit.trim() {
        "" => 1,
        "rb" | "ribu" | "k" | "rbu" => 1_000,
        "jt" | "juta" => 1_000_000,
        _ => return None,
    };
    if number.is_empty() {
        return None;
    }
    let amount = if multiplier == 1 {
        whole_with_thousand_dots(&number.replace(' ', "."))?
    } else {
        with_decimal_comma(&number.replace(' ', ""), multiplier)?
    };
    (amount <= MAX_PRICE).then_some(amount)
}

/// A price above this is a typing mistake for a practice shop (Rp1 billion).
pub const MAX_PRICE: Rupiah = 1_000_000_000;

/// "15.000", "15 000" or "15000": dots (or spaces) only as thousands separators.
fn whole_with_thousand_dots(number: &str) -> Option<Rupiah> {
    if number.contains(',') {
        return None;
    }
    let groups: Vec<&str> = number.split('.').collect();
    let well_grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        return None;
    }
    groups.concat().parse().ok()
}

/// "1,5" or "1.5" times a unit: one decimal separator, at most three decimals.
fn with_decimal_comma(number: &str, multiplier: Rupiah) -> Option<Rupiah> {
    let normalized = number.replace(',', ".");
    let (whole, fraction) = normalized.split_once('.').unwrap_or((&normalized, ""));
    if whole.is_empty() || fraction.len() > 3 || fraction.contains('.') {
        return None;
    }
    let whole: Rupiah = whole.parse().ok()?;
    let fraction_value: Rupiah = if fraction.is_empty() {
        0
    } else {
        fraction.parse().ok()?
    };
    let scale = 10_u64.pow(fraction.len() as u32);
    whole
        .checked_mul(multiplier)?
        .checked_add(fraction_value * multiplier / scale)
}

/// Every price written inside free text, in order: "Rp15.000", "Rp 15.000,-", "rp.15rb",
/// "15rb", "1,5 jt", "15.000", and a bare "15000" right after "harga", "hrg", "cuma" or "hanya".
/// Other bare numbers are left alone: "250 gr", "2024" and phone numbers are not prices.
pub fn find_prices(text: &str) -> Vec<Rupiah> {
    let chars: Vec<char> = text.chars().collect();
    let mut prices = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let after_letter_or_digit = at > 0 && chars[at - 1].is_alphanumeric();
        let rp = !after_letter_or_digit && starts_with_rp(&chars[at..]);
        let start = if rp { skip_rp(&chars, at) } else { at };
        let bare_start = !after_letter_or_digit
            && !matches!(at.checked_sub(1).map(|i| chars[i]), Some('.' | ','));
        if start < chars.len() && chars[start].is_ascii_digit() && (rp || bare_start) {
            let (end, has_unit) = number_end(&chars, start);
            let written: String = chars[start..end].iter().collect();
            let dotted = written.contains('.') && !written.contains(',');
            // A bare number needs "harga" before it and three digits: "harga 2 pcs" is no price.
            let named = written.len() >= 3 && after_price_word(&chars[..at]);
            if rp || has_unit || dotted || named {
                if let Some(amount) = parse_rupiah(&written) {
                    prices.push(amount);
                }
            }
            at = end.max(at + 1);
        } else {
            at += 1;
        }
    }
    prices
}

fn starts_with_rp(chars: &[char]) -> bool {
    matches!(chars, [r, p, ..] if r.eq_ignore_ascii_case(&'r') && p.eq_ignore_ascii_case(&'p'))
}

/// Past "Rp", "Rp.", "Rp " or "Rp. ".
fn skip_rp(chars: &[char], at: usize) -> usize {
    let mut i = at + 2;
    if chars.get(i) == Some(&'.') {
        i += 1;
    }
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

/// End of a number with its separators ("15.000", "1,5", "15.000,-") and an optional unit
/// ("rb", " ribu", "k", "jt", " juta"); also whether a unit was there.
fn number_end(chars: &[char], start: usize) -> (usize, bool) {
    let digit_at = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut end = start;
    while end < chars.len() {
        let c = chars[end];
        if c.is_ascii_digit() || (matches!(c, '.' | ',') && digit_at(end + 1)) {
            end += 1;
        } else if c == ',' && chars.get(end + 1) == Some(&'-') {
            end += 2;
        } else {
            break;
        }
    }
    let unit_start = if chars.get(end) == Some(&' ') {
        end + 1
    } else {
        end
    };
    let unit_end = chars[unit_start..]
        .iter()
        .position(|c| !c.is_alphabetic())
        .map_or(chars.len(), |n| unit_start + n);
    let unit = chars[unit_start..unit_end]
        .iter()
        .collect::<String>()
        .to_lowercase();
    match unit.as_str() {
        "rb" | "ribu" | "rbu" | "k" | "jt" | "juta" => (unit_end, true),
        _ => (end, false),
    }
}

/// Whether the word just before a bare number says it is a price ("harga 15000", "hrg: 20000").
fn after_price_word(before: &[char]) -> bool {
    let end = before
        .iter()
        .rposition(|c| !matches!(c, ' ' | ':'))
        .map_or(0, |i| i + 1);
    let start = before[..end]
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |i| i + 1);
    let word = before[start..end].iter().collect::<String>().to_lowercase();
    matches!(word.as_str(), "harga" | "hrg" | "cuma" | "hanya")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_dots_between_thousands() {
        assert_eq!(format_rupiah(0), "Rp0");
        assert_eq!(format_rupiah(500), "Rp500");
        assert_eq!(format_rupiah(15_000), "Rp15.000");
        assert_eq!(format_rupiah(1_250_000), "Rp1.250.000");
        assert_eq!(format_rupiah(100_000), "Rp100.000");
    }

    #[test]
    fn reads_prices_as_people_write_them() {
        for (text, amount) in [
            ("15000", 15_000),
            ("15.000", 15_000),
            ("Rp 15.000", 15_000),
            ("Rp15.000,-", 15_000),
            ("rp. 15.000", 15_000),
            ("Rp 15.000,00", 15_000),
            ("15rb", 15_000),
            ("15 ribu", 15_000),
            ("15K", 15_000),
            ("1,5jt", 1_500_000),
            ("2 juta", 2_000_000),
            ("12,5rb", 12_500),
            ("15 000 000", 15_000_000),
        ] {
            assert_eq!(parse_rupiah(text), Some(amount), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_one_clear_price() {
        for text in [
            "",
            "murah",
            "15.00",
            "1.5000",
            "1 5",
            "15rbu lagi",
            "Rp",
            "12,5",
            "1,2345jt",
            "99999999999",
            "-15000",
            "😀",
        ] {
            assert_eq!(parse_rupiah(text), None, "{text}");
        }
    }

    #[test]
    fn finds_prices_inside_a_post() {
        for (text, found) in [
            (
                "Keripik singkong pedas, 250 gr, Rp15.000. Pesan lewat WA 0812-3456-7890",
                vec![15_000],
            ),
            ("Sambal bawang cuma 15rb/botol!", vec![15_000]),
            ("Harga: Rp 15.000,- saja", vec![15_000]),
            ("rp.25rb dapat 2", vec![25_000]),
            (
                "Kue lapis 1 loyang 85.000, setengah 45.000",
                vec![85_000, 45_000],
            ),
            ("Tas anyaman 1,5 jt", vec![1_500_000]),
            ("harga 15000 per bungkus", vec![15_000]),
            ("HRG: 20000", vec![20_000]),
            ("Promo 😀 Rp12.500 🌶️ isi 10", vec![12_500]),
        ] {
            assert_eq!(find_prices(text), found, "{text}");
        }
    }

    #[test]
    fn leaves_numbers_that_are_not_prices() {
        for text in [
            "Keripik 250 gr isi 10 pcs",
            "WA 0812-3456-7890 atau 081234567890",
            "Buka jam 08.00-17.00 sejak 2024",
            "Diskon 100% 😀",
            "Rp",
            "rp abc",
            "",
            "15kg beras",
            "A12.000",
            "Harga 2 pcs",
            "Buka mulai 2024",
        ] {
            assert_eq!(find_prices(text), Vec::<Rupiah>::new(), "{text}");
        }
    }

    #[test]
    fn finding_prices_survives_any_input() {
        let long = "Rp15.000 🌶️ ".repeat(2_000);
        assert_eq!(find_prices(&long).len(), 2_000);
        assert_eq!(
            find_prices("Rp9999999999999999999999"),
            Vec::<Rupiah>::new()
        );
        assert_eq!(find_prices("<b>Rp15.000</b>"), vec![15_000]);
        assert_eq!(find_prices("15.000,"), vec![15_000]);
        assert_eq!(find_prices("Rp 1"), vec![1]);
    }
}
