//! Finding progress codes in whatever a trainer pastes: one code, or a stretch of a
//! WhatsApp group chat with names, times, greetings and codes in between.

use super::card::{CardProblem, ProgressCard, CARD_PREFIX};

/// A code that read well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The code as written by this app (dashes in place), whatever the paste looked like.
    pub code: String,
    pub card: ProgressCard,
}

/// Something that starts like a code but does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The start of what was pasted, short enough to show.
    pub fragment: String,
    pub problem: CardProblem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub found: Vec<Found>,
    pub unreadable: Vec<Unreadable>,
}

const FRAGMENT_CHARS: usize = 16;

/// Every "LL" + digit that starts a word, taken up to the first character that cannot be
/// part of a code. Repeats of the same text are reported once.
pub fn extract_cards(text: &str) -> Extracted {
    let mut extracted = Extracted::default();
    let mut seen: Vec<String> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    while at + 2 < chars.len() {
        let starts_word = at == 0 || !chars[at - 1].is_alphanumeric();
        let looks_like_code = chars[at..at + 2]
            .iter()
            .collect::<String>()
            .eq_ignore_ascii_case(CARD_PREFIX)
            && chars[at + 2].is_ascii_digit();
        if !(starts_word && looks_like_code) {
            at += 1;
            continue;
        }
        let end = (at..chars.len())
            .find(|&i| !(chars[i].is_ascii_alphanumeric() || chars[i] == '-'))
            .unwrap_or(chars.len());
        let token: String = chars[at..end]
            .iter()
            .collect::<String>()
            .trim_end_matches('-')
            .to_string();
        at = end;
        if seen.contains(&token) {
            continue;
        }
        seen.push(token.clone());
        match ProgressCard::decode(&token) {
            Ok(card) => extracted.found.push(Found {
                code: card.encode(),
                card,
            }),
            Err(problem) => {
                let mut fragment: String = token.chars().take(FRAGMENT_CHARS).collect();
                if token.chars().count() > FRAGMENT_CHARS {
                    fragment.push('…');
                }
                extracted.unreadable.push(Unreadable { fragment, problem });
            }
        }
    }
    extracted
}

#[cfg(test)]
mod tests {
    use super::super::card::tests::sample_card;
    use super::*;

    #[test]
    fn codes_are_found_in_a_messy_chat() {
        let wati = sample_card("Bu Wati", 100).encode();
        let dedi = sample_card("Pak Dedi", 200).encode();
        let mut typo: Vec<char> = dedi.chars().collect();
        typo[10] = if typo[10] == 'X' { 'Y' } else { 'X' };
        let typo: String = typo.into_iter().collect();
        let cut = &wati[..20];
        let chat = format!(
            "[24/11/26 10.02] Bu Wati: Halo pak, ini kode saya:\n{wati}\n\
             [24/11/26 10.05] Pak Dedi: {dedi} 👍\n\
             [24/11/26 10.06] Pak Dedi: maaf kirim lagi ya ({dedi})\n\
             [24/11/26 10.07] Bu Ani: kode saya {typo}, ballon LLama hallo LL\n\
             [24/11/26 10.08] Bu Rina: {cut}\n{}",
            wati.to_lowercase()
        );
        let extracted = extract_cards(&chat);
        let names: Vec<&str> = extracted
            .found
            .iter()
            .map(|f| f.card.learner.as_str())
            .collect();
        assert_eq!(
            names,
            ["Bu Wati", "Pak Dedi", "Bu Wati"],
            "the lower-case copy is found too; the roster drops repeats"
        );
        assert_eq!(extracted.found[0].code, wati);
        assert_eq!(extracted.found[2].code, wati, "written the app's way");
        let problems: Vec<CardProblem> = extracted.unreadable.iter().map(|u| u.problem).collect();
        assert_eq!(problems, [CardProblem::Typo, CardProblem::Incomplete]);
        assert_eq!(
            extracted.unreadable[0].fragment,
            format!("{}…", &typo[..16])
        );
    }

    #[test]
    fn text_without_codes_finds_nothing() {
        assert_eq!(extract_cards(""), Extracted::default());
        assert_eq!(
            extract_cards("Selamat pagi semua 🙏 LL, ll, NULL1, ALL2"),
            Extracted::default()
        );
        let long_garbage = "LL9".repeat(5_000);
        let extracted = extract_cards(&long_garbage);
        assert!(extracted.found.is_empty());
        assert_eq!(
            extracted.unreadable.len(),
            1,
            "one long token, reported once"
        );
        assert_eq!(
            extracted.unreadable[0].problem,
            CardProblem::NewerVersion(9)
        );
    }
}
