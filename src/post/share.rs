//! The post as the learner would send it: plain text to copy or share (see `crate::link`).

use super::review::SCAN_LIMIT_CHARS;
use super::PostDraft;
use crate::lesson::text::truncate_chars;
use crate::money::{find_prices, format_rupiah, parse_rupiah};
use crate::strings::post::{ORDER_LABEL, PRICE_LABEL};

/// The hashtags box as tags: "#keripik #pedas", "keripik, pedas" and "#keripik#pedas" all
/// give ["#keripik", "#pedas"]. Letters, digits and "_" only, the characters a tag keeps.
pub fn hashtags(typed: &str) -> Vec<String> {
    truncate_chars(typed, SCAN_LIMIT_CHARS)
        .split(|c: char| c.is_whitespace() || c == ',' || c == '#')
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|tag| !tag.is_empty())
        .map(|tag| format!("#{tag}"))
        .collect()
}

/// The hashtag box's tags as the post carries them: none on a channel that takes no
/// hashtags (`Channel::takes_hashtags`), where the builder shows no box to edit them.
pub fn posted_hashtags(draft: &PostDraft) -> Vec<String> {
    if draft.channel.takes_hashtags() {
        hashtags(&draft.hashtags)
    } else {
        Vec::new()
    }
}

/// The post as plain text: the caption, then the price and how to order, then the tags,
/// with a blank line between parts that are there. A price already in the caption is not
/// repeated; a price the app cannot read is shown as typed.
pub fn share_text(draft: &PostDraft) -> String {
    let caption = draft.caption.replace("\r\n", "\n");
    let caption = caption.trim();
    let price = draft.price.trim();
    let price_line = match parse_rupiah(price) {
        _ if price.is_empty() => None,
        Some(amount) if find_prices(caption).contains(&amount) => None,
        Some(amount) => Some(format!("{PRICE_LABEL} {}", format_rupiah(amount))),
        None => Some(format!("{PRICE_LABEL} {price}")),
    };
    let order = draft.how_to_order.trim();
    let order_line = (!order.is_empty()).then(|| format!("{ORDER_LABEL} {order}"));
    let details = [price_line, order_line]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    let tags = posted_hashtags(draft).join(" ");
    [caption, details.as_str(), tags.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::post::{Channel, Photo};

    #[test]
    fn tags_are_read_however_they_are_typed() {
        assert_eq!(hashtags("#keripik #pedas"), ["#keripik", "#pedas"]);
        assert_eq!(hashtags("keripik, pedas"), ["#keripik", "#pedas"]);
        assert_eq!(hashtags("#keripik#pedas ## #"), ["#keripik", "#pedas"]);
        assert_eq!(
            hashtags("#oleh-oleh #kue_lebaran 😀 #Malang2024"),
            ["#oleholeh", "#kue_lebaran", "#Malang2024"]
        );
        assert!(hashtags("").is_empty());
    }

    #[test]
    fn share_text_puts_the_parts_together() {
        let draft = PostDraft {
            channel: Channel::InstagramFeed,
            photo: Photo::Own,
            caption: "  Keripik singkong pedas 🌶️\r\nRenyah, 250 gr  ".into(),
            price: "15rb".into(),
            how_to_order: "WA 0812-3456-7890".into(),
            hashtags: "keripik, pedas".into(),
        };
        assert_eq!(
            share_text(&draft),
            "Keripik singkong pedas 🌶️\nRenyah, 250 gr\n\nHarga: Rp15.000\nCara pesan: WA 0812-3456-7890\n\n#keripik #pedas"
        );
    }

    #[test]
    fn tags_typed_on_instagram_stay_out_of_a_whatsapp_post_and_come_back_on_facebook() {
        let on_instagram = PostDraft {
            channel: Channel::InstagramFeed,
            caption: "Sambal".into(),
            hashtags: "#sambal".into(),
            ..PostDraft::default()
        };
        assert_eq!(share_text(&on_instagram), "Sambal\n\n#sambal");
        for channel in [Channel::WhatsappStatus, Channel::WhatsappGroup] {
            let moved = PostDraft {
                channel,
                ..on_instagram.clone()
            };
            assert_eq!(share_text(&moved), "Sambal", "{channel:?}");
            assert!(posted_hashtags(&moved).is_empty());
        }
        let on_facebook = PostDraft {
            channel: Channel::FacebookPost,
            ..on_instagram
        };
        assert_eq!(posted_hashtags(&on_facebook), ["#sambal"]);
    }

    #[test]
    fn share_text_leaves_out_what_is_empty_or_already_said() {
        let only_caption = PostDraft {
            caption: "Sambal bawang Rp15.000".into(),
            price: "15.000".into(),
            ..PostDraft::default()
        };
        assert_eq!(share_text(&only_caption), "Sambal bawang Rp15.000");
        let no_caption = PostDraft {
            price: "15.00".into(),
            hashtags: "#sambal".into(),
            channel: Channel::FacebookPost,
            ..PostDraft::default()
        };
        assert_eq!(share_text(&no_caption), "Harga: 15.00\n\n#sambal");
        assert_eq!(share_text(&PostDraft::default()), "");
    }
}
