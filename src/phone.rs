//! Indonesian mobile numbers as people write them: "0812-3456-7890", "+62 812 3456 7890",
//! "6281234567890".

/// Whether `number` is a complete Indonesian mobile number: 08xx, +628xx or 628xx, with
/// spaces and dashes anywhere, 10 to 13 digits when written from 08, and a prefix from
/// 0811 to 0899.
pub fn is_mobile(number: &str) -> bool {
    wa_number(number).is_some()
}

/// A complete mobile number as a WhatsApp chat link wants it: "0812-3456-7890" gives
/// "6281234567890"; anything else gives None.
pub fn wa_number(number: &str) -> Option<String> {
    let compact: String = number.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let national = match compact
        .strip_prefix("+62")
        .or_else(|| compact.strip_prefix("62"))
    {
        Some(rest) if rest.starts_with('8') => format!("0{rest}"),
        Some(_) => return None,
        None => compact,
    };
    let prefix = national.get(..4).and_then(|p| p.parse::<u16>().ok());
    let complete = national.chars().all(|c| c.is_ascii_digit())
        && (10..=13).contains(&national.len())
        && prefix.is_some_and(|p| (811..=899).contains(&p));
    complete.then(|| format!("62{}", &national[1..]))
}

/// The phone-like numbers in free text, as written: runs of digits joined by single
/// spaces or dashes that start like a phone number (0, 62, +62, or a long 8...).
/// Prices ("15.000", "15000") and sizes ("250 gr") do not start that way.
pub fn find_numbers(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut before: Option<char> = None;
    while let Some((start, c)) = chars.next() {
        // Not inside a word or a dotted number: "A0812", "1.000.000", "08.00".
        let free = !before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '.' | ','));
        let plus = c == '+' && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
        if free && (c.is_ascii_digit() || plus) {
            let mut end = start + c.len_utf8();
            let mut last = c;
            let mut rest = text[end..].chars().peekable();
            while let Some(&next) = rest.peek() {
                let joined = matches!(next, ' ' | '-')
                    && last.is_ascii_digit()
                    && text[end + 1..].starts_with(|d: char| d.is_ascii_digit());
                if !(next.is_ascii_digit() || joined) {
                    break;
                }
                rest.next();
                end += next.len_utf8();
                last = next;
            }
            let number = &text[start..end];
            if looks_like_phone(number) {
                found.push(number);
            }
            while chars.peek().is_some_and(|(at, _)| *at < end) {
                chars.next();
            }
            before = Some(last);
        } else {
            before = Some(c);
        }
    }
    found
}

fn looks_like_phone(number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let starts_like_phone =
        number.starts_with('+') || digits.starts_with('0') || digits.starts_with("62");
    (starts_like_phone && digits.len() >= 6) || (digits.starts_with('8') && digits.len() >= 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_mobile_numbers_as_people_write_them() {
        for number in [
            "081234567890",
            "0812-3456-7890",
            "0812 3456 7890",
            "+62 812-3456-7890",
            "+6281234567890",
            "6281234567890",
            "0811234567",
            "0899-1234-56789",
            "085 7123 4567",
        ] {
            assert!(is_mobile(number), "{number}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_complete_mobile_number() {
        for number in [
            "0812-345",           // too short
            "08123456789012",     // 14 digits
            "0810-1234-5678",     // no such prefix
            "021-1234-5678",      // landline
            "+62 0812 3456 7890", // the 0 stays off after +62
            "812-3456-7890",      // the 0 is missing
            "0812.3456.7890",     // dots are not read as separators
            "",
            "+62",
            "08😀1234567890",
        ] {
            assert!(!is_mobile(number), "{number}");
        }
    }

    #[test]
    fn a_chat_link_number_is_the_same_however_it_was_written() {
        for number in ["0812-3456-7890", "+62 812 3456 7890", "6281234567890"] {
            assert_eq!(
                wa_number(number).as_deref(),
                Some("6281234567890"),
                "{number}"
            );
        }
        assert_eq!(wa_number("0812-345"), None);
        assert_eq!(wa_number("021-1234-5678"), None);
    }

    #[test]
    fn finds_numbers_inside_a_post() {
        assert_eq!(
            find_numbers("Keripik 250 gr Rp15.000. Pesan lewat WA 0812-3456-7890 ya"),
            vec!["0812-3456-7890"]
        );
        assert_eq!(
            find_numbers("hub. +62 812 3456 7890 / 0857123"),
            vec!["+62 812 3456 7890", "0857123"]
        );
        assert_eq!(find_numbers("WA:081234567890, cod"), vec!["081234567890"]);
        assert_eq!(find_numbers("nomor 812-3456-7890"), vec!["812-3456-7890"]);
    }

    #[test]
    fn leaves_prices_sizes_and_hours_alone() {
        for text in [
            "Rp15.000 15000 15rb 250 gr",
            "Buka jam 08.00-17.00",
            "Harga 1.500.000 isi 12",
            "Kode A0812345678",
            "2024 edisi 62",
            "",
            "😀+😀",
        ] {
            assert_eq!(find_numbers(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_trailing_dash_or_space_is_not_part_of_the_number() {
        assert_eq!(
            find_numbers("0812-3456-7890- pesan"),
            vec!["0812-3456-7890"]
        );
        assert_eq!(find_numbers("081234567890 "), vec!["081234567890"]);
    }
}
