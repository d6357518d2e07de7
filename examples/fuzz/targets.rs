//! One target per decoder of outside data: its seeds, how to mutate them, and the check
//! run on each input. A check panics where the app would; it returns `Err` when an input
//! reads but breaks a rule that holds for every readable input (a round trip, a limit).

use crate::seeds::{self, NOW};
use lapak_latihan::answer::{Checked, Stored};
use lapak_latihan::catalog;
use lapak_latihan::class::base32::{check_values, symbol_of, value_of};
use lapak_latihan::class::card::ProgressCard;
use lapak_latihan::class::certificate::certificate_for_card;
use lapak_latihan::class::class_code::{class_in_scan, ClassCode, CLASS_CODE_LEN};
use lapak_latihan::class::csv::roster_csv;
use lapak_latihan::class::extract::extract_cards;
use lapak_latihan::class::record::{card_from_record, certificate_for_record};
use lapak_latihan::class::roster::Roster;
use lapak_latihan::lesson::Step;
use lapak_latihan::link::{percent_decode, percent_encode};
use lapak_latihan::money::{find_prices, format_rupiah, parse_rupiah, MAX_PRICE};
use lapak_latihan::post::{review, share_text, PostDraft};
use lapak_latihan::progress::{self, Learner, Loaded, ProgressRecord};
use lapak_latihan::route::Route;
use lapak_latihan::search::lab::ListingDraft;
use lapak_latihan::shop::cart::parse_quantity;
use lapak_latihan::shop::chat::BuyerMessage;
use lapak_latihan::shop::desk::SellerDesk;
use lapak_latihan::shop::order::{parse_resi, Action, Order};
use lapak_latihan::shop::purchase::{Purchase, Screen};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `Ok(true)` when the input read as what the decoder wants (a record, a card, a state),
/// `Ok(false)` when it was refused with a clear answer.
pub type Check = fn(&str) -> Result<bool, String>;

pub struct Target {
    pub name: &'static str,
    pub seeds: Vec<String>,
    /// Mutate the JSON tree as well as the bytes.
    pub json: bool,
    /// Makes a mutated code's check symbols right again, so inputs get past the typo check
    /// into the reading of the data behind it.
    pub recheck: Option<fn(&str) -> Option<String>>,
    pub check: Check,
}

pub fn all() -> Vec<Target> {
    let records = seeds::records();
    let cards: Vec<String> = seeds::cards().iter().map(ProgressCard::encode).collect();
    let infos = seeds::class_infos();
    vec![
        Target {
            name: "record",
            seeds: records
                .iter()
                .flat_map(seeds::record_versions)
                .chain(seeds::GARBAGE_RECORDS.iter().map(|g| g.to_string()))
                .collect(),
            json: true,
            recheck: None,
            check: record,
        },
        Target {
            name: "card",
            seeds: cards.clone(),
            json: false,
            recheck: Some(recheck_card),
            check: card,
        },
        Target {
            name: "class_code",
            seeds: infos
                .iter()
                .flat_map(|info| {
                    let code = info.code.as_str();
                    [
                        code.to_string(),
                        format!(" {}-{} ", code[..3].to_lowercase(), &code[3..]),
                    ]
                })
                .collect(),
            json: false,
            recheck: Some(recheck_class_code),
            check: class_code,
        },
        Target {
            name: "join_link",
            seeds: infos
                .iter()
                .flat_map(|info| {
                    [
                        format!("https://lapak-latihan.example{}", info.join_path()),
                        info.join_path(),
                        info.code.as_str().to_string(),
                    ]
                })
                .collect(),
            json: false,
            recheck: None,
            check: join_link,
        },
        Target {
            name: "route",
            seeds: seeds::routes(&infos),
            json: false,
            recheck: None,
            check: route,
        },
        Target {
            name: "chat",
            seeds: seeds::chats(&cards),
            json: false,
            recheck: None,
            check: chat,
        },
        Target {
            name: "price",
            seeds: seeds::PRICES.iter().map(|p| p.to_string()).collect(),
            json: false,
            recheck: None,
            check: price,
        },
        Target {
            name: "typed",
            seeds: seeds::TYPED.iter().map(|t| t.to_string()).collect(),
            json: false,
            recheck: None,
            check: typed,
        },
        Target {
            name: "checkout_state",
            seeds: json_of(&seeds::purchases()),
            json: true,
            recheck: None,
            check: checkout_state,
        },
        Target {
            name: "seller_state",
            seeds: json_of(&seeds::desks()),
            json: true,
            recheck: None,
            check: seller_state,
        },
        Target {
            name: "post_state",
            seeds: json_of(&seeds::posts()),
            json: true,
            recheck: None,
            check: post_state,
        },
        Target {
            name: "listing_state",
            seeds: json_of(&seeds::listings()),
            json: true,
            recheck: None,
            check: listing_state,
        },
    ]
}

/// States as the progress record keeps them (`Stored::new`).
fn json_of<T: Serialize>(states: &[T]) -> Vec<String> {
    states
        .iter()
        .map(|state| serde_json::to_string(&Stored::new(state)).expect("a state is JSON"))
        .collect()
}

fn same<T: PartialEq + std::fmt::Debug>(what: &str, got: T, wanted: T) -> Result<(), String> {
    if got == wanted {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, wanted {wanted:?}"))
    }
}

/// The JSON with every fraction replaced by a marker. No state of ours holds a fraction, so
/// one in a record is damage inside a simulator's kept state, kept as it is; serde_json's
/// fast float reading may move its last digit on each save, which is harmless.
fn without_floats(json: &str) -> Option<serde_json::Value> {
    fn mask(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Number(n) if n.is_f64() => *value = "fraction".into(),
            serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(mask),
            _ => {}
        }
    }
    let mut value = serde_json::from_str(json).ok()?;
    mask(&mut value);
    Some(value)
}

/// Long texts that should be equal: where they first differ.
fn same_text(what: &str, got: &str, wanted: &str) -> Result<(), String> {
    if got == wanted {
        return Ok(());
    }
    let at = got
        .chars()
        .zip(wanted.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let around =
        |text: &str| -> String { text.chars().skip(at.saturating_sub(60)).take(120).collect() };
    Err(format!(
        "{what}: differs at character {at}: got …{}…, wanted …{}…",
        around(got),
        around(wanted)
    ))
}

/// The stored progress record, of any version, or whatever else is under its key.
fn record(text: &str) -> Result<bool, String> {
    let (record, read) = match progress::load(Some(text)) {
        Loaded::Empty => return Ok(false),
        Loaded::Read { record, .. } => (record, true),
        // Kept aside: what could be saved is used and written as any record is.
        Loaded::Damaged { record, .. } => (record, false),
    };
    // What is read (or saved from damage) is written back; it must read back as it is, as
    // the current version, and be written the same again.
    let saved = record.to_json();
    match progress::load(Some(&saved)) {
        Loaded::Read {
            record: again,
            upgraded_from: None,
        } => {
            let again = again.to_json();
            if without_floats(&again) != without_floats(&saved) {
                same_text("the record as saved, read and saved again", &again, &saved)?;
            }
        }
        other => return Err(format!("the record as saved reads as {other:?}")),
    }
    use_record(record)?;
    Ok(read)
}

/// What the screens do with a record read from storage.
fn use_record(mut record: ProgressRecord) -> Result<(), String> {
    let lessons = catalog::lessons();
    for lesson in lessons {
        record.status(lesson);
        record.resume_step(lesson);
        for (index, step) in lesson.steps.iter().enumerate() {
            record.may_continue(lesson, index);
            if let Some(saved) = record.answer(lesson, index) {
                use_saved_state(step, &saved.answer);
            }
        }
    }
    card_round_trip(&card_from_record(&record, lessons, NOW))?;
    certificate_for_record(&record, lessons, NOW);
    for kept in record.kept_posts() {
        if let Some(draft) = kept.read() {
            review(&draft);
            share_text(&draft);
        }
    }
    for class in record.trainer_classes().iter() {
        Roster::from_codes(&class.codes);
    }
    // And the taps after it: open, answer, move on, finish, reset.
    for (i, lesson) in lessons.iter().enumerate() {
        let now = NOW + i as u64;
        record.open_lesson(lesson, now);
        record.go_to(lesson, record.resume_step(lesson) + 1, now);
        record.go_to(lesson, lesson.steps.len(), now + 1);
    }
    record.keep_phone_id(7);
    record.to_json();
    record.forget_lessons();
    Ok(())
}

fn use_saved_state(step: &Step, answer: &lapak_latihan::answer::Answer) {
    use lapak_latihan::answer::Answer;
    match (step, answer) {
        (Step::Checkout(_), Answer::Checkout(kept)) => {
            let _ = kept.read().map(use_purchase);
        }
        (Step::SellerOrders(_), Answer::SellerOrders(kept)) => {
            let _ = kept.read().map(use_desk);
        }
        (Step::PostBuilder(_), Answer::PostBuilder(kept)) => {
            let _ = kept.read().map(use_post);
        }
        (Step::KeywordLab(_), Answer::KeywordLab(kept)) => {
            let _ = kept.read().map(use_listing);
        }
        _ => {}
    }
}

/// A progress card as pasted, typed or scanned.
fn card(text: &str) -> Result<bool, String> {
    let Ok(card) = ProgressCard::decode(text) else {
        return Ok(false);
    };
    same(
        "the card written again, read again",
        ProgressCard::decode(&card.encode()),
        Ok(card.clone()),
    )?;
    certificate_for_card(&card, &catalog::lesson_numbers());
    Ok(true)
}

/// A card the app makes reads back as itself (fields past a card's limits are cut when
/// written, so compare the written forms).
fn card_round_trip(card: &ProgressCard) -> Result<(), String> {
    let code = card.encode();
    let back = ProgressCard::decode(&code).map_err(|e| format!("{code} does not read: {e:?}"))?;
    same("a made card written again", back.encode(), code)
}

/// Gives a mutated "LL..." code the length and check symbols that fit what it now holds.
fn recheck_card(text: &str) -> Option<String> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let rest = compact.get(2..)?;
    let values: Vec<u8> = rest.chars().map(value_of).collect::<Option<_>>()?;
    let (&version, data) = values.split_first()?;
    let data = data.get(2..data.len().checked_sub(3)?)?;
    let length = data.len();
    let mut values = vec![version, (length >> 5 & 31) as u8, (length & 31) as u8];
    values.extend(data);
    values.extend(check_values(&values, 3));
    Some(format!(
        "{}{}",
        &compact[..2],
        values.iter().map(|&v| symbol_of(v)).collect::<String>()
    ))
}

fn recheck_class_code(text: &str) -> Option<String> {
    let values: Vec<u8> = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(value_of)
        .collect::<Option<_>>()?;
    let data = values.get(..4)?;
    let check = check_values(data, 2);
    Some(data.iter().chain(&check).map(|&v| symbol_of(v)).collect())
}

/// A class code as typed.
fn class_code(text: &str) -> Result<bool, String> {
    let Ok(code) = ClassCode::parse(text) else {
        return Ok(false);
    };
    same("the code's length", code.as_str().len(), CLASS_CODE_LEN)?;
    same(
        "the code read again",
        ClassCode::parse(code.as_str()),
        Ok(code.clone()),
    )?;
    same(
        "the code from its bits",
        ClassCode::from_bits(code.bits()),
        code,
    )?;
    Ok(true)
}

/// A scanned QR code or tapped join link.
fn join_link(text: &str) -> Result<bool, String> {
    let Some(info) = class_in_scan(text) else {
        return Ok(false);
    };
    same(
        "the class's own join link, scanned",
        class_in_scan(&info.join_path()),
        Some(info.clone()),
    )?;
    Ok(true)
}

/// The address the app is opened at.
fn route(text: &str) -> Result<bool, String> {
    let route = Route::parse(text);
    let found = route != Route::NotFound;
    if found {
        same(
            "the route's own path, read",
            Route::parse(&route.path()),
            route,
        )?;
    }
    same(
        "text encoded for a link, decoded",
        percent_decode(&percent_encode(text)),
        text.to_string(),
    )?;
    percent_decode(text);
    Ok(found)
}

/// A stretch of WhatsApp chat pasted into the roster.
fn chat(text: &str) -> Result<bool, String> {
    let extracted = extract_cards(text);
    for found in &extracted.found {
        same(
            "a found code, read",
            ProgressCard::decode(&found.code),
            Ok(found.card.clone()),
        )?;
    }
    let mut roster = Roster::default();
    roster.add(&ClassCode::from_bits(0x5A5A5), extracted);
    let mut codes = roster.codes();
    let mut kept = Roster::from_codes(&codes).codes();
    codes.sort();
    kept.sort();
    same("the roster as kept, read again", kept, codes.clone())?;
    let lessons: Vec<(u8, &str)> = catalog::lessons()
        .iter()
        .map(|lesson| (lesson.number, &*lesson.title))
        .collect();
    roster_csv(&roster, &lessons, catalog::evaluation());
    roster.missed_questions();
    roster.evaluation_summary(&catalog::evaluation().options_per_question());
    Ok(!codes.is_empty())
}

/// A price typed by the learner, alone or inside a post.
fn price(text: &str) -> Result<bool, String> {
    let read = parse_rupiah(text);
    if let Some(amount) = read {
        if amount > MAX_PRICE {
            return Err(format!("{amount} is over the largest price"));
        }
        same(
            "the price written, read",
            parse_rupiah(&format_rupiah(amount)),
            Some(amount),
        )?;
    }
    if let Some(amount) = find_prices(text).into_iter().find(|&a| a > MAX_PRICE) {
        return Err(format!("{amount} found is over the largest price"));
    }
    Ok(read.is_some())
}

/// The other boxes learners type in.
fn typed(text: &str) -> Result<bool, String> {
    if parse_quantity(text).is_some() && !text.trim().bytes().all(|b| b.is_ascii_digit()) {
        return Err("a quantity read from more than digits".into());
    }
    let resi = parse_resi(text);
    if let Ok(resi) = &resi {
        same("a resi read again", parse_resi(resi), Ok(resi.clone()))?;
    }
    if let Some(learner) = Learner::new(text, text) {
        if learner.name.chars().count() > progress::LEARNER_NAME_MAX_CHARS {
            return Err("a learner's name past its limit".into());
        }
    }
    for lesson in catalog::lessons() {
        for step in lesson.steps.iter() {
            if let Step::TextAnswer(step) = step {
                Checked::text_answer(step, text);
            }
        }
    }
    SellerDesk::new(NOW).send_reply(text);
    static CART: std::sync::OnceLock<Purchase> = std::sync::OnceLock::new();
    let mut purchase = CART
        .get_or_init(|| seeds::purchases().swap_remove(2))
        .clone();
    let voucher = purchase.apply_voucher(text, NOW);
    purchase.checkout.quote(NOW);
    Ok(parse_quantity(text).is_some() || resi.is_ok() || voucher.is_ok())
}

/// A simulator's kept state: what the screen reads, then the same state kept again.
fn stored_state<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    text: &str,
    within_limits: fn(T) -> T,
    use_state: fn(T),
) -> Result<bool, String> {
    let Ok(stored) = serde_json::from_str::<Stored<T>>(text) else {
        return Ok(false);
    };
    let Some(state) = stored.read() else {
        return Ok(false);
    };
    let kept = within_limits(state);
    same(
        "a kept state kept again",
        within_limits(clone_via_json(&kept)?),
        clone_via_json(&kept)?,
    )?;
    same(
        "a kept state read back",
        Stored::new(&kept).read(),
        Some(clone_via_json(&kept)?),
    )?;
    use_state(kept);
    Ok(true)
}

fn clone_via_json<T: DeserializeOwned + Serialize>(state: &T) -> Result<T, String> {
    serde_json::to_value(state)
        .and_then(serde_json::from_value)
        .map_err(|e| format!("a state does not read back: {e}"))
}

fn checkout_state(text: &str) -> Result<bool, String> {
    stored_state(text, Purchase::within_limits, use_purchase)
}

fn use_purchase(mut purchase: Purchase) {
    purchase.screen();
    purchase.product();
    let quote = purchase.checkout.quote(NOW);
    quote.totals.breakdown();
    if let Some(order) = &purchase.order {
        use_order(order);
    }
    Checked::checkout(purchase.clone());
    for screen in Screen::ALL {
        let _ = purchase.open(screen);
    }
    let skus: Vec<String> = purchase
        .checkout
        .cart
        .lines()
        .iter()
        .map(|l| l.sku.to_string())
        .collect();
    for sku in skus {
        let _ = purchase.set_quantity(&sku, u32::MAX);
    }
    let _ = purchase.place_order(NOW);
    let _ = purchase.pay(u64::MAX);
    purchase.order_again();
    purchase.checkout.quote(u64::MAX);
}

fn use_order(order: &Order) {
    order.instructions();
    order.payment_deadline();
    order.platform_resi();
    order.is_paid();
    order.totals.breakdown();
}

fn seller_state(text: &str) -> Result<bool, String> {
    stored_state(text, SellerDesk::within_limits, use_desk)
}

fn use_desk(mut desk: SellerDesk) {
    use_order(&desk.order);
    for message in BuyerMessage::ALL {
        desk.verdict(message);
    }
    desk.reply_verdict();
    desk.is_done();
    Checked::seller_orders(desk.clone());
    let resi = desk.order.platform_resi();
    for action in [Action::Confirm, Action::Pack, Action::Ship { resi }] {
        let _ = desk.act(&action);
    }
}

fn post_state(text: &str) -> Result<bool, String> {
    stored_state(text, PostDraft::within_limits, use_post)
}

fn use_post(draft: PostDraft) {
    review(&draft);
    share_text(&draft);
    for lesson in catalog::lessons() {
        for step in lesson.steps.iter() {
            if let Step::PostBuilder(step) = step {
                Checked::post_builder(step, draft.clone());
            }
        }
    }
}

fn listing_state(text: &str) -> Result<bool, String> {
    stored_state(text, ListingDraft::within_limits, use_listing)
}

fn use_listing(draft: ListingDraft) {
    for lesson in catalog::lessons() {
        for step in lesson.steps.iter() {
            if let Step::KeywordLab(step) = step {
                Checked::keyword_lab(step, draft.clone());
            }
        }
    }
}
