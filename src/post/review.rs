//! The rules: which AIDAS stages a draft walks through, and which common mistakes it makes.

use super::words::{
    AFTER_SALE, DESCRIBES, NOT_A_PRODUCT, REASONS_TO_BUY, UNCHECKABLE_CLAIMS, UNITS, WAYS_TO_ORDER,
};
use super::{share, Mistake, Photo, PostDraft, Review, Stage, StageCheck, Tip};
use crate::lesson::spelling::is_negated;
use crate::lesson::text::{normalize, truncate_chars};
use crate::money::{find_prices, parse_rupiah};
use crate::phone;

/// The most characters of one field the rules read. Longer text is read up to here, so a
/// pasted novel costs no more than a long caption.
pub const SCAN_LIMIT_CHARS: usize = 4_000;

/// More hashtags than this read as a wall; three to five well-chosen ones do the work, and
/// Instagram takes at most five since December 2025 (lesson 3 teaches the same).
pub const HASHTAG_WALL: usize = 5;

/// A caption with this many different words describes the product, listed words or not.
const DESCRIBING_WORD_COUNT: usize = 20;

/// How many words of the first line count as the opening.
const OPENING_WORDS: usize = 10;

/// A price box longer than this is not a price; the mistake quotes only this much.
const PRICE_QUOTE_CHARS: usize = 30;

pub fn review(draft: &PostDraft) -> Review {
    let caption = truncate_chars(&draft.caption, SCAN_LIMIT_CHARS);
    let order = truncate_chars(&draft.how_to_order, SCAN_LIMIT_CHARS);
    let caption_words = Words::new(caption);
    let order_words = Words::new(order);
    let all_words = [&caption_words, &order_words];
    let numbers: Vec<&str> = phone::find_numbers(caption)
        .into_iter()
        .chain(phone::find_numbers(order))
        .collect();
    let price_box = draft.price.trim();
    let box_price = parse_rupiah(truncate_chars(price_box, PRICE_QUOTE_CHARS));
    let shows_price =
        box_price.is_some() || !find_prices(caption).is_empty() || !find_prices(order).is_empty();

    let check = |stage: Stage, tip: Option<Tip>| StageCheck { stage, tip };
    let stages = [
        check(Stage::Attention, attention(&draft.photo, caption)),
        check(Stage::Interest, interest(&caption_words)),
        check(Stage::Desire, desire(shows_price, &all_words)),
        check(Stage::Action, action(&numbers, &all_words)),
        check(Stage::Satisfaction, satisfaction(&all_words)),
    ];

    let mut mistakes = Vec::new();
    if !price_box.is_empty() && box_price.is_none() {
        mistakes.push(Mistake::UnclearPrice {
            text: truncate_chars(price_box, PRICE_QUOTE_CHARS).to_string(),
        });
    } else if !shows_price {
        mistakes.push(Mistake::NoPrice);
    }
    for number in numbers.iter().filter(|n| !phone::is_mobile(n)) {
        let mistake = Mistake::BadPhone {
            number: number.to_string(),
        };
        if !mistakes.contains(&mistake) {
            mistakes.push(mistake);
        }
    }
    let says_whatsapp = ["wa", "whatsapp"]
        .iter()
        .any(|entry| affirmed(&all_words, entry));
    if numbers.is_empty() && says_whatsapp {
        mistakes.push(Mistake::NoWhatsappNumber);
    }
    let claims: Vec<&'static str> = UNCHECKABLE_CLAIMS
        .iter()
        .copied()
        .filter(|claim| affirmed(&all_words, claim))
        .collect();
    if !claims.is_empty() {
        mistakes.push(Mistake::UncheckableClaims { claims });
    }
    if shouts(caption) {
        mistakes.push(Mistake::AllCaps);
    }
    let hashtag_count = caption_hashtags(caption) + share::posted_hashtags(draft).len();
    if hashtag_count > HASHTAG_WALL {
        mistakes.push(Mistake::HashtagWall {
            count: hashtag_count,
        });
    }

    Review {
        stages,
        mistakes,
        facts: draft.channel.facts(),
    }
}

/// Attention: a photo, and an opening line that names the product. The product's name is
/// unknown, so "names it" means a word that is not hype, greeting or selling talk.
fn attention(photo: &Photo, caption: &str) -> Option<Tip> {
    if *photo == Photo::None {
        return Some(Tip::AddPhoto);
    }
    let opening = caption
        .lines()
        .map(normalize)
        .find(|line| !line.is_empty())
        .unwrap_or_default();
    let names_product = opening.split(' ').take(OPENING_WORDS).any(|word| {
        let word = without_stretch(word);
        word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && !NOT_A_PRODUCT.contains(&word)
    });
    (!names_product).then_some(Tip::NameProductFirst)
}

/// Interest: at least two describing words (taste, texture, size, material), or a caption
/// long enough to describe with words of its own.
fn interest(caption: &Words) -> Option<Tip> {
    let listed = DESCRIBES
        .iter()
        .filter(|entry| caption.mentions(entry))
        .take(2)
        .count();
    let sized = caption.words().any(is_number_with_unit);
    let different_words = {
        let mut words: Vec<&str> = caption.words().collect();
        words.sort_unstable();
        words.dedup();
        words.len()
    };
    let describes = listed + usize::from(sized) >= 2 || different_words >= DESCRIBING_WORD_COUNT;
    (!describes).then_some(Tip::DescribeProduct)
}

/// Desire: a reason to want it now: the price is shown, or an offer, scarcity, proof from
/// other buyers or a benefit is named.
fn desire(shows_price: bool, text: &[&Words]) -> Option<Tip> {
    let wanted = shows_price || REASONS_TO_BUY.iter().any(|entry| affirmed(text, entry));
    (!wanted).then_some(Tip::GiveReasonToBuy)
}

/// Action: a way to order: a valid mobile number, or ordering words ("pesan", "WA", "DM", "COD").
fn action(numbers: &[&str], text: &[&Words]) -> Option<Tip> {
    let can_order = numbers.iter().any(|n| phone::is_mobile(n))
        || WAYS_TO_ORDER.iter().any(|entry| affirmed(text, entry));
    (!can_order).then_some(Tip::SayHowToOrder)
}

/// Satisfaction: a promise about after the sale: delivery, exchange, guarantee, quick
/// answers, thanks or testimonials.
fn satisfaction(text: &[&Words]) -> Option<Tip> {
    let promises = AFTER_SALE.iter().any(|entry| affirmed(text, entry));
    (!promises).then_some(Tip::PromiseAfterSale)
}

/// Shouting: at least ten letters in words of four letters or more, and seven in ten of
/// them capitals. Short words are left out, so "WA" or "COD" in a normal post do not count.
fn shouts(caption: &str) -> bool {
    let (mut capitals, mut letters) = (0_usize, 0_usize);
    let (mut word_capitals, mut word_letters) = (0_usize, 0_usize);
    // A character that is not a letter ends the word; the extra space ends the last one.
    for c in caption.chars().chain([' ']) {
        if c.is_alphabetic() {
            word_letters += 1;
            word_capitals += usize::from(c.is_uppercase());
        } else {
            if word_letters >= 4 {
                letters += word_letters;
                capitals += word_capitals;
            }
            (word_capitals, word_letters) = (0, 0);
        }
    }
    letters >= 10 && capitals * 10 >= letters * 7
}

/// Whether the caption or the ordering text affirms `entry`.
fn affirmed(texts: &[&Words], entry: &str) -> bool {
    texts.iter().any(|text| text.affirms(entry))
}

/// "#keripik" inside the caption: a "#" right before a letter, digit or "_".
fn caption_hashtags(caption: &str) -> usize {
    caption
        .split('#')
        .skip(1)
        .filter(|after| after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        .count()
}

/// "250gr", "500ml": a number with a unit glued on.
fn is_number_with_unit(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < word.len() && UNITS.contains(&unit)
}

/// "promooo" read as "promo": a stretched last letter is shouting, not a new word.
fn without_stretch(word: &str) -> &str {
    match word.chars().last() {
        Some(last) => &word[..word.trim_end_matches(last).len() + last.len_utf8()],
        None => word,
    }
}

/// Normalised text (see `lesson::text::normalize`), matched the way `words` describes.
/// It is normalised and indexed once per review, with its word starts grouped by their
/// first two letters, so each of the few hundred list entries looks only at the words
/// that could match it. (A plain scan would normalise the whole text again for each
/// entry, and cannot hold short entries to whole words.)
struct Words {
    text: String,
    /// (bucket, word start) for every word, sorted: a bucket's words sit together.
    starts: Vec<(u16, usize)>,
}

/// Two letters of five bits each: "wa" and "we" land apart, "wa" and "WA" never differ
/// after normalising. Digits and other characters may share a bucket; `find` compares anyway.
fn bucket(bytes: &[u8], at: usize) -> u16 {
    let letter = |i: usize| bytes.get(i).map_or(0, |b| u16::from(b & 0x1F));
    letter(at) << 5 | letter(at + 1)
}

impl Words {
    fn new(text: &str) -> Self {
        let text = normalize(text);
        let bytes = text.as_bytes();
        let mut starts: Vec<(u16, usize)> = (0..bytes.len())
            .filter(|&at| at == 0 || bytes[at - 1] == b' ')
            .map(|at| (bucket(bytes, at), at))
            .collect();
        starts.sort_unstable();
        Words { text, starts }
    }

    /// Where `entry` starts a word (and ends one, for entries of three letters or fewer).
    fn find<'a>(&'a self, entry: &'a str) -> impl Iterator<Item = usize> + 'a {
        let bytes = self.text.as_bytes();
        let entry = entry.as_bytes();
        let whole = entry.len() <= 3;
        let b = bucket(entry, 0);
        let first = self.starts.partition_point(|&(other, _)| other < b);
        self.starts[first..]
            .iter()
            .take_while(move |&&(other, _)| other == b)
            .map(|&(_, at)| at)
            .filter(move |&at| {
                let end = at + entry.len();
                bytes[at..].starts_with(entry)
                    && (!whole || end == bytes.len() || bytes[end] == b' ')
            })
    }

    fn mentions(&self, entry: &str) -> bool {
        self.find(entry).next().is_some()
    }

    /// Mentioned and not negated: "bisa tukar" but not "tidak bisa tukar" or "no COD".
    fn affirms(&self, entry: &str) -> bool {
        self.find(entry)
            .any(|at| !is_negated(self.text[..at].split_whitespace().rev()))
    }

    fn words(&self) -> impl Iterator<Item = &str> {
        self.text.split(' ').filter(|word| !word.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::post::Channel;

    const GOOD: &str = "Keripik singkong pedas Mbak Rini, renyah, 250 gr, Rp15.000. \
                        Pesan lewat WA 0812-3456-7890. Dikirim hari ini, terima kasih!";

    fn draft(caption: &str) -> PostDraft {
        PostDraft {
            photo: Photo::Sample("keripik".into()),
            caption: caption.into(),
            ..PostDraft::default()
        }
    }

    fn tip(post: &PostDraft, stage: Stage) -> Option<Tip> {
        review(post)
            .stages
            .iter()
            .find(|check| check.stage == stage)
            .and_then(|check| check.tip)
    }

    fn mistakes(post: &PostDraft) -> Vec<Mistake> {
        review(post).mistakes
    }

    #[test]
    fn a_complete_post_walks_every_stage_without_mistakes() {
        let review = review(&draft(GOOD));
        assert!(review.ready(), "{review:?}");
        assert_eq!(review.stages_done(), 5);
        assert_eq!(review.stages.map(|check| check.stage), Stage::ALL);
    }

    #[test]
    fn a_shouted_promo_misses_almost_everything() {
        let review = review(&PostDraft {
            caption: "PROMO!!! ENAK MURAH".into(),
            ..PostDraft::default()
        });
        assert_eq!(
            review.stages.map(|check| check.tip),
            [
                Some(Tip::AddPhoto),
                Some(Tip::DescribeProduct),
                Some(Tip::GiveReasonToBuy),
                Some(Tip::SayHowToOrder),
                Some(Tip::PromiseAfterSale)
            ]
        );
        assert_eq!(review.mistakes, vec![Mistake::NoPrice, Mistake::AllCaps]);
        assert!(!review.ready());
    }

    #[test]
    fn attention_needs_a_photo() {
        assert_eq!(tip(&draft(GOOD), Stage::Attention), None);
        assert_eq!(
            tip(
                &PostDraft {
                    photo: Photo::Own,
                    ..draft(GOOD)
                },
                Stage::Attention
            ),
            None
        );
        assert_eq!(
            tip(
                &PostDraft {
                    photo: Photo::None,
                    ..draft(GOOD)
                },
                Stage::Attention
            ),
            Some(Tip::AddPhoto)
        );
    }

    #[test]
    fn attention_needs_an_opening_line_that_names_the_product() {
        for opening in [
            "Sambal bawang Bu Sri 🌶️",
            "PROMO!!! Keripik pisang coklat",
            "🔥🔥🔥\n\nKue lapis legit",
            "Jual tas anyaman pandan",
            "#keripikpedas",
        ] {
            assert_eq!(tip(&draft(opening), Stage::Attention), None, "{opening}");
        }
        for opening in [
            "PROMO!!! ENAK MURAH",
            "PROMO!!! ENAK MURAH. Minat inbox.",
            "Promooo murahhh!!!",
            "Halo kak, selamat pagi 😊\nKeripik singkong",
            "Ready hari ini!! 15rb",
            "Open PO",
            "",
            "🔥🔥🔥",
            "<b>!!!</b>",
        ] {
            assert_eq!(
                tip(&draft(opening), Stage::Attention),
                Some(Tip::NameProductFirst),
                "{opening}"
            );
        }
    }

    #[test]
    fn interest_needs_describing_words_or_enough_of_them() {
        for caption in [
            "Keripik singkong pedas, renyah",
            "Kue lapis 1 loyang, rasa pandan",
            "Sambal bawang 250gr, tidak pedas",
            "Tas anyaman rotan ukuran besar",
            "Ini jualan saya yang dibikin tiap pagi oleh ibu saya sendiri di dapur rumah kami \
             di desa Sukamaju sejak lama sekali dan selalu habis sebelum siang",
        ] {
            assert_eq!(tip(&draft(caption), Stage::Interest), None, "{caption}");
        }
        for caption in ["Keripik singkong", "PROMO!!! ENAK MURAH", "promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo promo", ""] {
            assert_eq!(tip(&draft(caption), Stage::Interest), Some(Tip::DescribeProduct), "{caption}");
        }
    }

    #[test]
    fn desire_needs_a_price_or_a_reason_to_want_it() {
        for post in [
            draft("Keripik singkong Rp15.000"),
            draft("Keripik singkong cuma 15rb"),
            draft("Keripik singkong 15.000"),
            PostDraft {
                price: "Rp 15.000".into(),
                ..draft("Keripik singkong")
            },
            draft("Keripik singkong, stok terbatas!"),
            draft("Keripik singkong, beli 2 gratis 1"),
            draft("Keripik singkong favorit pelanggan, bikin nagih"),
            PostDraft {
                how_to_order: "WA, gratis ongkir Sukamaju".into(),
                ..draft("Keripik singkong")
            },
        ] {
            assert_eq!(tip(&post, Stage::Desire), None, "{post:?}");
        }
        for caption in [
            "Keripik singkong",
            "Keripik singkong 250 gr",
            "Ready kak, pesan WA 0812-3456-7890",
        ] {
            assert_eq!(
                tip(&draft(caption), Stage::Desire),
                Some(Tip::GiveReasonToBuy),
                "{caption}"
            );
        }
    }

    #[test]
    fn action_needs_a_way_to_order() {
        for post in [
            draft("Keripik. 0812-3456-7890"),
            draft("Keripik. Pesan sekarang"),
            draft("Keripik. Order via wa ya"),
            draft("Keripik. WA aja"),
            draft("Keripik. whatsapp"),
            draft("Keripik. hub. Mbak Rini"),
            draft("Keripik. Bisa COD alun-alun"),
            draft("Keripik. DM atau inbox"),
            draft("Keripik. Klik link di bio"),
            draft("Keripik. Balas status ini"),
            draft("Keripik. +62 812 3456 7890"),
            PostDraft {
                how_to_order: "cod".into(),
                ..draft("Keripik")
            },
        ] {
            assert_eq!(tip(&post, Stage::Action), None, "{post:?}");
        }
        for post in [
            draft("Keripik singkong warna cerah, wangi"),
            draft("Keripik. No COD"),
            draft("Keripik. 0812-345"),
            PostDraft {
                how_to_order: "-".into(),
                ..draft("Keripik")
            },
        ] {
            assert_eq!(
                tip(&post, Stage::Action),
                Some(Tip::SayHowToOrder),
                "{post:?}"
            );
        }
    }

    #[test]
    fn satisfaction_needs_a_promise_about_after_the_sale() {
        for post in [
            draft("Keripik. Dikirim hari ini juga"),
            draft("Keripik. Kalau rusak bisa tukar"),
            draft("Tas rotan, garansi 1 bulan"),
            draft("Sambal. Chat dibalas cepat"),
            draft("Kue. Terima kasih sudah langganan 🙏"),
            draft("Kue. Lihat testimoni di highlight"),
            draft("Kue. Tidak puas? Bisa tukar"),
            PostDraft {
                how_to_order: "WA, packing aman".into(),
                ..draft("Kue")
            },
        ] {
            assert_eq!(tip(&post, Stage::Satisfaction), None, "{post:?}");
        }
        for caption in [
            "Keripik singkong Rp15.000, WA 0812-3456-7890",
            "Kue. Barang tidak bisa ditukar",
            "Kue. No retur, no komplain",
            "Menu buka puasa hari ini",
        ] {
            assert_eq!(
                tip(&draft(caption), Stage::Satisfaction),
                Some(Tip::PromiseAfterSale),
                "{caption}"
            );
        }
    }

    #[test]
    fn a_price_may_be_typed_in_any_usual_way() {
        for price in [
            "15rb",
            "15.000",
            "Rp 15.000",
            "Rp15.000,-",
            "15 ribu",
            "15000",
        ] {
            let post = PostDraft {
                price: price.into(),
                ..draft("Keripik singkong")
            };
            assert!(!mistakes(&post).contains(&Mistake::NoPrice), "{price}");
            assert_eq!(tip(&post, Stage::Desire), None, "{price}");
        }
    }

    #[test]
    fn no_price_anywhere_is_a_mistake() {
        assert!(
            mistakes(&draft("Keripik singkong pedas 250 gr, WA 0812-3456-7890"))
                .contains(&Mistake::NoPrice)
        );
        assert!(!mistakes(&draft(GOOD)).contains(&Mistake::NoPrice));
    }

    #[test]
    fn an_unreadable_price_box_is_quoted_back() {
        let post = PostDraft {
            price: " 15.00 ".into(),
            ..draft("Keripik singkong")
        };
        assert_eq!(
            mistakes(&post),
            vec![Mistake::UnclearPrice {
                text: "15.00".into()
            }]
        );
        let post = PostDraft {
            price: "murah 😀 ".repeat(100),
            ..draft("Keripik singkong")
        };
        assert!(
            matches!(&mistakes(&post)[0], Mistake::UnclearPrice { text } if text.chars().count() == PRICE_QUOTE_CHARS)
        );
    }

    #[test]
    fn phone_numbers_must_be_complete_mobile_numbers() {
        assert!(!mistakes(&draft(GOOD))
            .iter()
            .any(|m| matches!(m, Mistake::BadPhone { .. })));
        for (caption, number) in [
            ("Keripik Rp15.000, WA 0812-345", "0812-345"),
            ("Keripik Rp15.000, telp 021-1234-5678", "021-1234-5678"),
            ("Keripik Rp15.000, WA 812-3456-7890", "812-3456-7890"),
            (
                "Keripik Rp15.000, WA +62 0812 3456 7890",
                "+62 0812 3456 7890",
            ),
        ] {
            assert_eq!(
                mistakes(&draft(caption)),
                vec![Mistake::BadPhone {
                    number: number.into()
                }],
                "{caption}"
            );
        }
        let twice = PostDraft {
            how_to_order: "WA 0812-345".into(),
            ..draft("Keripik Rp15.000, WA 0812-345")
        };
        assert_eq!(mistakes(&twice).len(), 1);
    }

    #[test]
    fn all_caps_is_mostly_capitals_not_a_few_short_words() {
        for caption in [
            "KERIPIK SINGKONG PEDAS",
            "KERIPIK SINGKONG PEDAS MANTAP, pesan wa",
            "PROMO!!! ENAK MURAH 😀",
        ] {
            assert!(shouts(caption), "{caption}");
        }
        for caption in [
            "Keripik singkong pedas. Pesan lewat WA, bisa COD, DM juga boleh",
            "Keripik PEDAS level 5",
            "SALE",
            "WA COD DM PO",
            "",
            "😀😀😀",
        ] {
            assert!(!shouts(caption), "{caption}");
        }
    }

    #[test]
    fn a_wall_of_hashtags_is_counted_in_caption_and_box() {
        let five = "#keripik #singkong #pedas #oleholeh #malang";
        let on_instagram = |hashtags: String, caption: &str| PostDraft {
            channel: Channel::InstagramFeed,
            hashtags,
            ..draft(caption)
        };
        assert!(!mistakes(&on_instagram(five.into(), GOOD))
            .iter()
            .any(|m| matches!(m, Mistake::HashtagWall { .. })));
        let post = on_instagram(format!("{five} #murah"), GOOD);
        assert_eq!(mistakes(&post), vec![Mistake::HashtagWall { count: 6 }]);
        let split = on_instagram("#a#b#c, d".into(), &format!("{GOOD} #g #h # #"));
        assert_eq!(mistakes(&split), vec![Mistake::HashtagWall { count: 6 }]);
        // WhatsApp shows no hashtag box, and the post carries none of its tags.
        assert!(mistakes(&PostDraft {
            channel: Channel::WhatsappStatus,
            ..post
        })
        .is_empty());
    }

    #[test]
    fn claims_a_buyer_cannot_check_are_named() {
        let claims = |caption: &str| -> Vec<&'static str> {
            mistakes(&draft(caption))
                .into_iter()
                .find_map(|m| match m {
                    Mistake::UncheckableClaims { claims } => Some(claims),
                    _ => None,
                })
                .unwrap_or_default()
        };
        assert_eq!(claims("Keripik paling enak sedunia"), vec!["sedunia"]);
        assert_eq!(claims("Jamu 100% menyembuhkan"), vec!["menyembuhkan"]);
        assert_eq!(
            claims("Teh hijau DIJAMIN LANGSING"),
            vec!["dijamin langsing"]
        );
        assert_eq!(
            claims("Sambal terenak se-Indonesia"),
            vec!["terenak se indonesia"]
        );
        assert_eq!(
            claims("Jamu paling ampuh sedunia, menyembuhkan pegal"),
            vec!["sedunia", "menyembuhkan", "ampuh"]
        );
        assert!(claims(GOOD).is_empty());
        assert!(claims("Kirim ke seluruh Indonesia, bisa kirim se-Indonesia").is_empty());
        assert!(claims("Jamu ini bukan obat dan tidak menyembuhkan penyakit").is_empty());
    }

    #[test]
    fn short_words_match_whole_words_only() {
        let text = Words::new("Warna cerah, diminum dmana saja");
        assert!(!text.mentions("wa"));
        assert!(!text.mentions("dm"));
        let text = Words::new("Pesanannya lewat WA.me ya");
        assert!(text.mentions("pesan"));
        assert!(text.mentions("wa"));
        assert!(Words::new("wa").mentions("wa"));
        assert!(!Words::new("").mentions("wa"));
    }

    #[test]
    fn words_agree_with_a_plain_scan_for_longer_entries() {
        let text = "Keripik singkong PEDAS, renyahnya pas! Pesanan dikirim hari ini.\nTerima kasih 🙏 tanpa pengawet";
        let normal = normalize(text);
        let plain_scan = |entry: &str| {
            normal
                .match_indices(entry)
                .any(|(at, _)| at == 0 || normal[..at].ends_with(' '))
        };
        let words = Words::new(text);
        for entry in DESCRIBES
            .iter()
            .chain(REASONS_TO_BUY)
            .chain(WAYS_TO_ORDER)
            .chain(AFTER_SALE)
            .filter(|e| e.len() > 3)
        {
            assert_eq!(words.mentions(entry), plain_scan(entry), "{entry}");
        }
    }

    #[test]
    fn facts_follow_the_channel() {
        for channel in Channel::ALL {
            assert_eq!(
                review(&PostDraft {
                    channel,
                    ..draft(GOOD)
                })
                .facts,
                channel.facts()
            );
        }
    }

    #[test]
    fn any_input_is_read_without_panic() {
        let long = format!("{GOOD} 😀🌶️ é ").repeat(5_000);
        for caption in [
            long.as_str(),
            "<script>alert('x')</script>",
            "\u{0}\u{202e}\u{fe0f}#",
            "#",
            "08",
            "+",
            "Rp",
            "ẞ ǅ İ",
            "0812 3456 7890 0812 3456 7890 0812",
            "١٢٣٤٥٦٧٨٩٠",
        ] {
            let post = PostDraft {
                price: caption.into(),
                how_to_order: caption.into(),
                hashtags: caption.into(),
                ..draft(caption)
            };
            let _ = review(&post);
        }
    }

    #[test]
    fn a_very_long_caption_is_read_only_up_to_the_limit() {
        let post = draft(&format!(
            "{}{}",
            "a".repeat(SCAN_LIMIT_CHARS),
            " PESAN WA 0812"
        ));
        assert_eq!(tip(&post, Stage::Action), Some(Tip::SayHowToOrder));
        assert!(!mistakes(&post)
            .iter()
            .any(|m| matches!(m, Mistake::BadPhone { .. })));
    }

    /// The review's "wa aj" passed as a way to order with no number to reach.
    #[test]
    fn whatsapp_without_a_number_gets_a_gentle_reminder() {
        let with = |order: &str| PostDraft {
            how_to_order: order.into(),
            ..draft("Keripik singkong pedas")
        };
        let reminded = |order: &str| {
            review(&with(order))
                .mistakes
                .contains(&Mistake::NoWhatsappNumber)
        };
        assert!(reminded("wa aj"));
        assert!(reminded("Pesan lewat WhatsApp ya"));
        // The stage is still met: the reminder is advice, not a missing stage.
        assert_eq!(tip(&with("wa aj"), Stage::Action), None);
        assert!(!reminded("WA 0812-3456-7890"));
        assert!(!reminded("Pesan langsung di kolom komentar"));
        // A number too short is reported as a bad number instead, once.
        assert!(!reminded("WA 0812-34"));
    }
}
