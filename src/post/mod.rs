//! The product-post practice screen: the learner builds a post for one channel and sees
//! which AIDAS selling steps it walks through, with one tip for each step it misses.
//!
//! Pure Rust: the rules return enums and data; every word the learner reads is in
//! `crate::strings::post`.

mod review;
mod share;
mod words;

pub use review::{review, SCAN_LIMIT_CHARS};
pub use share::{hashtags, posted_hashtags, share_text};

use crate::lesson::text::truncate_chars;
use serde::{Deserialize, Serialize};

/// Where the post goes. Stored in the progress record, so names are snake_case and stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// What rural sellers already do every morning, so the screen starts here.
    #[default]
    WhatsappStatus,
    WhatsappGroup,
    InstagramFeed,
    FacebookPost,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::WhatsappStatus,
        Channel::WhatsappGroup,
        Channel::InstagramFeed,
        Channel::FacebookPost,
    ];

    /// Whether a post here carries hashtags: people search them on Instagram and Facebook,
    /// not in WhatsApp. The builder shows the hashtag box only here, and the shared text and
    /// the review take the box's tags only here (typed tags stay kept for a switch back).
    pub fn takes_hashtags(self) -> bool {
        matches!(self, Channel::InstagramFeed | Channel::FacebookPost)
    }

    /// The channel facts the screen shows beside the preview.
    pub fn facts(self) -> &'static [ChannelFact] {
        match self {
            Channel::WhatsappStatus => &[
                ChannelFact::GoneAfter24Hours,
                ChannelFact::ShortVideo,
                ChannelFact::HashtagsNotSearchedInWhatsapp,
            ],
            Channel::WhatsappGroup => &[ChannelFact::HashtagsNotSearchedInWhatsapp],
            Channel::InstagramFeed | Channel::FacebookPost => {
                &[ChannelFact::ShortVideo, ChannelFact::HashtagsHelpPeopleFind]
            }
        }
    }
}

/// The sample product pictures in public/img/produk/, by id (the file name without ".svg").
pub const SAMPLE_PHOTOS: [&str; 5] = [
    "keripik-singkong",
    "sambal-bawang",
    "kue-lapis",
    "tas-anyaman",
    "kopi-bubuk",
];

/// The post's picture. Only a choice is kept: the learner's own photo never leaves the screen.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Photo {
    #[default]
    None,
    /// One of the app's sample product pictures, by id.
    Sample(String),
    Own,
}

/// What the learner has typed and picked so far. Kept in the progress record as JSON;
/// fields missing from an older record read as empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PostDraft {
    pub channel: Channel,
    pub photo: Photo,
    pub caption: String,
    /// As typed: "15rb", "Rp 15.000". Read with `money::parse_rupiah`.
    pub price: String,
    /// As typed, e.g. "WA 0812-3456-7890, bisa COD".
    pub how_to_order: String,
    /// As typed: "#keripik #pedas", "keripik, pedas" or "#keripik#pedas".
    pub hashtags: String,
}

impl PostDraft {
    /// The draft with every field cut to what the checker reads, so storage stays small.
    pub fn within_limits(self) -> PostDraft {
        let clip = |text: String| truncate_chars(&text, SCAN_LIMIT_CHARS).to_string();
        PostDraft {
            caption: clip(self.caption),
            price: clip(self.price),
            how_to_order: clip(self.how_to_order),
            hashtags: clip(self.hashtags),
            ..self
        }
    }
}

/// AIDAS: the selling steps a post walks the reader through, in order. Lesson files name
/// them in snake_case (`must_meet = ["attention", "action"]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Attention,
    Interest,
    Desire,
    Action,
    Satisfaction,
}

impl Stage {
    /// The stage's name as lesson files write it.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Attention => "attention",
            Stage::Interest => "interest",
            Stage::Desire => "desire",
            Stage::Action => "action",
            Stage::Satisfaction => "satisfaction",
        }
    }

    pub const ALL: [Stage; 5] = [
        Stage::Attention,
        Stage::Interest,
        Stage::Desire,
        Stage::Action,
        Stage::Satisfaction,
    ];
}

/// The one thing to add for a stage the post misses. Attention has two, because a
/// missing photo and a vague opening line need different advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tip {
    AddPhoto,
    NameProductFirst,
    DescribeProduct,
    GiveReasonToBuy,
    SayHowToOrder,
    PromiseAfterSale,
}

/// One stage of the review: done, or the tip that would make it done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageCheck {
    pub stage: Stage,
    pub tip: Option<Tip>,
}

impl StageCheck {
    pub fn done(&self) -> bool {
        self.tip.is_none()
    }
}

/// A common mistake found in the post, with what the screen needs to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mistake {
    /// No price in the price box, the caption or the ordering text.
    NoPrice,
    /// The price box holds something that is not one clear price, e.g. "15.00".
    UnclearPrice {
        text: String,
    },
    /// The caption shouts: most letters of its longer words are capitals.
    AllCaps,
    HashtagWall {
        count: usize,
    },
    /// A phone number as written that is not a complete Indonesian mobile number.
    BadPhone {
        number: String,
    },
    /// "Pesan lewat WA" with no number anywhere: a buyer who sees the post shared further
    /// cannot reach the seller.
    NoWhatsappNumber,
    /// Claims a buyer cannot check, as they appear in the word list ("sedunia"), in one
    /// mistake so the advice is given once.
    UncheckableClaims {
        claims: Vec<&'static str>,
    },
}

/// Facts about the chosen channel, taught as good practice rather than as app limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelFact {
    GoneAfter24Hours,
    ShortVideo,
    HashtagsHelpPeopleFind,
    HashtagsNotSearchedInWhatsapp,
}

/// Everything the feedback panel shows for one draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// One check per stage, in AIDAS order.
    pub stages: [StageCheck; 5],
    pub mistakes: Vec<Mistake>,
    pub facts: &'static [ChannelFact],
}

impl Review {
    pub fn stages_done(&self) -> usize {
        self.stages.iter().filter(|check| check.done()).count()
    }

    /// Every stage done and no mistake left: the screen can congratulate.
    pub fn ready(&self) -> bool {
        self.stages_done() == self.stages.len() && self.mistakes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_through_json_with_stable_names() {
        let draft = PostDraft {
            channel: Channel::InstagramFeed,
            photo: Photo::Sample("keripik-singkong".into()),
            caption: "Keripik 🌶️\n\"renyah\"".into(),
            price: "15rb".into(),
            how_to_order: "DM".into(),
            hashtags: "#keripik".into(),
        };
        let json = serde_json::to_string(&draft).unwrap();
        assert!(json.contains(r#""channel":"instagram_feed""#), "{json}");
        assert!(
            json.contains(r#""photo":{"sample":"keripik-singkong"}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<PostDraft>(&json).unwrap(), draft);
        let own = serde_json::to_string(&PostDraft {
            photo: Photo::Own,
            ..PostDraft::default()
        })
        .unwrap();
        assert!(own.contains(r#""photo":"own""#), "{own}");
    }

    #[test]
    fn a_partial_old_record_reads_with_empty_fields() {
        let draft: PostDraft =
            serde_json::from_str(r#"{"channel":"facebook_post","caption":"Sambal"}"#).unwrap();
        assert_eq!(
            draft,
            PostDraft {
                channel: Channel::FacebookPost,
                caption: "Sambal".into(),
                ..PostDraft::default()
            }
        );
        assert_eq!(
            serde_json::from_str::<PostDraft>("{}").unwrap(),
            PostDraft::default()
        );
    }

    #[test]
    fn a_draft_is_cut_to_what_the_checker_reads() {
        let long = PostDraft {
            caption: "😀".repeat(SCAN_LIMIT_CHARS + 10),
            price: "15rb".into(),
            ..PostDraft::default()
        };
        let kept = long.within_limits();
        assert_eq!(kept.caption.chars().count(), SCAN_LIMIT_CHARS);
        assert_eq!(kept.price, "15rb");
    }

    #[test]
    fn stage_keys_are_the_names_lesson_files_use() {
        for stage in Stage::ALL {
            assert_eq!(
                serde_json::to_string(&stage).unwrap(),
                format!("\"{}\"", stage.key())
            );
        }
    }

    #[test]
    fn each_channel_has_its_facts() {
        assert!(Channel::WhatsappStatus
            .facts()
            .contains(&ChannelFact::GoneAfter24Hours));
        assert!(!Channel::InstagramFeed
            .facts()
            .contains(&ChannelFact::GoneAfter24Hours));
        for channel in [Channel::InstagramFeed, Channel::FacebookPost] {
            assert!(channel
                .facts()
                .contains(&ChannelFact::HashtagsHelpPeopleFind));
        }
        for channel in [Channel::WhatsappStatus, Channel::WhatsappGroup] {
            assert!(channel
                .facts()
                .contains(&ChannelFact::HashtagsNotSearchedInWhatsapp));
            assert!(!channel
                .facts()
                .contains(&ChannelFact::HashtagsHelpPeopleFind));
        }
    }

    /// The builder's hashtag box, the shared text and the review follow this one rule, and
    /// the facts beside the preview say the same.
    #[test]
    fn a_channel_takes_hashtags_where_people_find_posts_by_them() {
        for channel in Channel::ALL {
            assert_eq!(
                channel.takes_hashtags(),
                channel
                    .facts()
                    .contains(&ChannelFact::HashtagsHelpPeopleFind),
                "{channel:?}"
            );
        }
        assert!(
            Channel::InstagramFeed.takes_hashtags() && !Channel::WhatsappStatus.takes_hashtags()
        );
    }
}
