//! The valid inputs each decoder starts from, made by the app's own code: records a learner
//! builds by answering the shipped lessons, the cards and codes those records make, chats
//! that carry them, and simulator states reached by tapping through the simulators.

use lapak_latihan::answer::Checked;
use lapak_latihan::catalog;
use lapak_latihan::class::card::{LessonResult, PhoneId, ProgressCard};
use lapak_latihan::class::class_code::{ClassCode, ClassInfo};
use lapak_latihan::class::record::card_from_record;
use lapak_latihan::class::trainer::NewClass;
use lapak_latihan::lesson::Step;
use lapak_latihan::post::{Channel, Photo, PostDraft};
use lapak_latihan::progress::{Learner, ProgressRecord};
use lapak_latihan::search::lab::ListingDraft;
use lapak_latihan::shop::catalog::PRODUCTS;
use lapak_latihan::shop::chat::{BuyerMessage, Decision};
use lapak_latihan::shop::desk::SellerDesk;
use lapak_latihan::shop::order::Action;
use lapak_latihan::shop::payment::{Bank, Payment, Term};
use lapak_latihan::shop::purchase::{Purchase, Screen};
use lapak_latihan::shop::shipping::{Courier, Destination, Service, ShippingChoice};
use lapak_latihan::shop::voucher::VOUCHERS;
use serde_json::Value;

/// 2026-11-23 10:00 WIB, a class day.
pub const NOW: u64 = 1_795_402_800_000;
const MINUTE: u64 = 60_000;

pub fn posts() -> Vec<PostDraft> {
    let good = PostDraft {
        channel: Channel::WhatsappStatus,
        photo: Photo::Sample("keripik-singkong".into()),
        caption:
            "Keripik singkong pedas Mbak Rini, renyah dan gurih, 250 gr. Garansi uang kembali."
                .into(),
        price: "15rb".into(),
        how_to_order: "Pesan lewat WA 0812-3456-7890, bisa COD".into(),
        hashtags: "#keripik #pedas".into(),
    };
    let mut drafts = vec![PostDraft::default(), good.clone()];
    for channel in Channel::ALL {
        drafts.push(PostDraft {
            channel,
            photo: Photo::Own,
            price: "Rp 15.000,-".into(),
            ..good.clone()
        });
    }
    drafts.push(PostDraft {
        caption: "PROMO!!! 😀😀 <b>murah</b> harga 15000 cuma 1,5 jt".into(),
        hashtags: "keripik, pedas,#a#b #c #d #e #f".into(),
        ..good
    });
    drafts
}

pub fn listings() -> Vec<ListingDraft> {
    let mut drafts = vec![ListingDraft::default()];
    for lesson in catalog::lessons() {
        for step in lesson.steps.iter() {
            if let Step::KeywordLab(lab) = step {
                drafts.push(ListingDraft {
                    title: lab.searches.join(" "),
                    description: format!("{}. {}.", lab.product, lab.searches.join(", ")),
                });
                drafts.push(ListingDraft {
                    title: lab.product.to_string(),
                    description: String::new(),
                });
            }
        }
    }
    drafts
}

/// A purchase at every screen, with each way to pay, vouchers, and a lapsed order.
pub fn purchases() -> Vec<Purchase> {
    let mut purchases = vec![Purchase::default()];
    let payments = [
        Payment::Qris,
        Payment::VirtualAccount { bank: Bank::Padi },
        Payment::EWallet,
        Payment::Minimarket,
        Payment::Cod,
        Payment::PayLater {
            term: Term::ThreeMonths,
        },
        Payment::CreditCard {
            instalments: Some(Term::SixMonths),
        },
        Payment::CreditCard { instalments: None },
        Payment::DirectDebit { bank: Bank::Lontar },
    ];
    for (i, payment) in payments.into_iter().enumerate() {
        let product = &PRODUCTS[i % PRODUCTS.len()];
        let mut p = Purchase::default();
        let _ = p.view_product(product.id);
        let _ = p.pick_variant(product.variants[i % product.variants.len()].sku);
        let _ = p.add_to_cart(1 + i as u32);
        purchases.push(p.clone());
        let _ = p.choose_destination(Destination::ALL[i % Destination::ALL.len()]);
        let _ = p.open(Screen::Address);
        purchases.push(p.clone());
        let _ = p.choose_shipping(ShippingChoice {
            courier: Courier::ALL[i % Courier::ALL.len()],
            service: Service::ALL[i % Service::ALL.len()],
        });
        let _ = p.apply_voucher(VOUCHERS[i % VOUCHERS.len()].code, NOW);
        let _ = p.choose_payment(payment);
        let _ = p.open(Screen::Payment);
        purchases.push(p.clone());
        let _ = p.place_order(NOW);
        purchases.push(p.clone());
        let late = i % 3 == 0;
        let _ = p.pay(if late {
            NOW + 400 * 24 * 60 * MINUTE
        } else {
            NOW + MINUTE
        });
        purchases.push(p.clone());
        if late {
            p.order_again();
            purchases.push(p);
        }
    }
    purchases
}

/// The seller's desk before, during and after the learner's work.
pub fn desks() -> Vec<SellerDesk> {
    let mut desk = SellerDesk::new(NOW);
    let mut desks = vec![desk.clone()];
    for message in BuyerMessage::ALL {
        for decision in Decision::ALL {
            desk.decide(message, decision);
        }
    }
    desks.push(desk.clone());
    desk.decide(BuyerMessage::TransferProof, Decision::CheckAppFirst);
    desk.decide(
        BuyerMessage::PayOutsideMarketplace,
        Decision::DeclinePolitely,
    );
    desk.send_reply("Halo Kak, untuk anak ambil level 0 saja ya 😊");
    desks.push(desk.clone());
    let resi = desk.order.platform_resi();
    for action in [Action::Confirm, Action::Pack, Action::Ship { resi }] {
        let _ = desk.act(&action);
        desks.push(desk.clone());
    }
    desks
}

/// The records a learner's phone keeps: new, part way, everything done with a class, a
/// trainer's phone with classes and pasted codes.
pub fn records() -> Vec<ProgressRecord> {
    let lessons = catalog::lessons();
    let mut fresh = ProgressRecord::new();
    fresh.keep_phone_id(0x2ABC_DEF1);
    let mut records = vec![ProgressRecord::new(), fresh.clone()];

    let mut partway = fresh.clone();
    let first = &lessons[0];
    partway.go_to(first, 0, NOW);
    for (index, step) in first.steps.iter().enumerate().take(4) {
        partway.go_to(first, index, NOW + index as u64 * MINUTE);
        if let Some(checked) = answer(step, false) {
            partway.answer_step(first, index, checked, NOW + index as u64 * MINUTE + 1);
        }
        if let Some(checked) = answer(step, true) {
            partway.answer_step(first, index, checked, NOW + index as u64 * MINUTE + 2);
        }
    }
    records.push(partway.clone());

    let mut done = partway;
    done.set_learner(Learner::new(" Bu  Wati 😀", "Keripik <b>Wati</b>").expect("a name"));
    let code = ClassCode::from_bits(0x5A5A5);
    let linked = ClassInfo {
        name: "Kelas Sambal & Keripik".into(),
        place: "Balai Desa Sukamaju".into(),
        date: "2026-11-23".into(),
        trainer: "Pak Dedi".into(),
        ..ClassInfo::new(code.clone())
    };
    let _ = done.join_class(
        code.as_str(),
        Some(linked),
        Learner::new("Wati", "").expect("a name"),
    );
    let mut clock = NOW;
    for lesson in lessons {
        done.open_lesson(lesson, clock);
        for (index, step) in lesson.steps.iter().enumerate() {
            clock += MINUTE;
            done.go_to(lesson, index, clock);
            if let Some(checked) = answer(step, true) {
                done.answer_step(lesson, index, checked, clock + 1);
            }
        }
        done.go_to(lesson, lesson.steps.len(), clock + MINUTE);
    }
    for question in 0..5 {
        done.answer_evaluation(question, 1 + question as u8 % 4);
    }
    for post in posts() {
        done.keep_post(post);
    }
    records.push(done.clone());

    let mut trainer = fresh;
    let learner_cards: Vec<String> = records
        .iter()
        .map(|r| card_from_record(r, lessons, clock).encode())
        .collect();
    for (i, name) in ["Kelas Pagi", "Kelas Sore 🌶️"].into_iter().enumerate() {
        if let Ok(class) = trainer.trainer_classes_mut().start(
            NewClass {
                name,
                place: "Aula",
                date: "2026-11-24",
                trainer: "Bu Rina",
                trainer_wa: "0812-3456-7890",
            },
            0.25 + i as f64 / 4.0,
        ) {
            trainer
                .trainer_classes_mut()
                .add_progress_codes(class.as_str(), &learner_cards.join("\n"));
        }
    }
    records.push(trainer);
    records
}

/// A right (or first a wrong) answer to `step`, given through the step's own check.
fn answer(step: &Step, right: bool) -> Option<Checked> {
    Some(match step {
        Step::Choice(choice) => {
            let picks = choice
                .options
                .iter()
                .enumerate()
                .filter(|(_, option)| option.correct == right)
                .map(|(i, _)| i);
            Checked::choice(choice, picks.collect())
        }
        Step::Ordering(ordering) => {
            let mut order: Vec<usize> = (0..ordering.items.len()).collect();
            if !right {
                order.reverse();
            }
            Checked::ordering(ordering, order)
        }
        Step::TextAnswer(text) => {
            let words: Vec<&str> = text
                .rules
                .iter()
                .filter_map(|rule| rule.must_contain.first().map(|w| &**w))
                .collect();
            Checked::text_answer(
                text,
                &if right {
                    words.join(". ")
                } else {
                    "😀".into()
                },
            )
        }
        Step::PostBuilder(builder) => {
            Checked::post_builder(builder, posts()[usize::from(right)].clone())
        }
        Step::KeywordLab(lab) => Checked::keyword_lab(lab, listings()[usize::from(right)].clone()),
        Step::Checkout(_) => Checked::checkout(purchases()[if right { 5 } else { 2 }].clone()),
        Step::SellerOrders(_) => Checked::seller_orders(desks().pop()?),
        // A kind added later starts from no answer until it gets one here.
        _ => return None,
    })
}

/// The record's JSON as it is written today (version 4) and as the versions before it wrote
/// it: 3 counted checks as "attempts" and had no phone; 2 had no learner, class,
/// evaluation or trainer's classes either; 1 kept only a step and "done" per lesson.
pub fn record_versions(record: &ProgressRecord) -> Vec<String> {
    let v4: Value = serde_json::from_str(&record.to_json()).expect("a record is JSON");
    let mut v3 = v4.clone();
    v3["version"] = 3.into();
    if let Some(fields) = v3.as_object_mut() {
        fields.remove("phone");
    }
    for lesson in lessons_of(&mut v3) {
        if let Some(answers) = lesson["answers"].as_object_mut() {
            for answer in answers.values_mut() {
                let first_right = answer["right_first_try"].as_bool() == Some(true);
                answer["attempts"] = if first_right { 1 } else { 3 }.into();
                if let Some(fields) = answer.as_object_mut() {
                    fields.remove("right_first_try");
                }
            }
        }
    }
    let mut v2 = v3.clone();
    v2["version"] = 2.into();
    if let Some(fields) = v2.as_object_mut() {
        for newer in ["learner", "class", "evaluation", "classes"] {
            fields.remove(newer);
        }
    }
    let mut v1 = serde_json::json!({});
    for (id, lesson) in v4["lessons"].as_object().into_iter().flatten() {
        v1["lessons"][id] = serde_json::json!({
            "step": lesson["current_step"],
            "done": !lesson["finished_at"].is_null(),
        });
    }
    [v4, v3, v2, v1].iter().map(Value::to_string).collect()
}

fn lessons_of(record: &mut Value) -> Vec<&mut Value> {
    record["lessons"]
        .as_object_mut()
        .map(|lessons| lessons.values_mut().collect())
        .unwrap_or_default()
}

/// What a stored record turns into when something else wrote the key: kept aside.
pub const GARBAGE_RECORDS: &[&str] = &[
    "",
    "{garbage",
    "😀 <b>html</b>",
    "[1,2,3]",
    "null",
    "\"teks\"",
    r#"{"version":"dua"}"#,
    r#"{"version":2,"lessons":[]}"#,
    r#"{"version":9,"lessons":{}}"#,
    r#"{"version":4,"lessons":{"aman":{"current_step":"x"}}}"#,
];

/// Cards as phones send them: from every seed record, plus hand-made ones at the edges of
/// each field, each also as an old (version 1) card without a phone.
pub fn cards() -> Vec<ProgressCard> {
    let mut cards: Vec<ProgressCard> = records()
        .iter()
        .map(|record| card_from_record(record, catalog::lessons(), NOW))
        .collect();
    let lesson = |number: u8, finished: bool| LessonResult {
        number,
        steps: 12,
        questions: 5,
        missed: vec![1, 4],
        practices: 2,
        practices_done: 1,
        reached: if finished { 12 } else { 3 },
        minutes: 17,
        finished_on: finished.then_some(692),
    };
    cards.push(ProgressCard {
        phone: Some(PhoneId::from_bits(u32::MAX)),
        class: Some(ClassCode::from_bits(u32::MAX)),
        learner: "Ibu Sri Wahyuningsih 👩🏽‍🍳 <i>".repeat(4),
        business: "Warung Sambal \"Mantap\" & Keripik, Jl. Melati 5".into(),
        made_at: u32::MAX >> 8,
        lessons: (1..=31).map(|n| lesson(n, n % 2 == 0)).collect(),
        evaluation: vec![1, 2, 3, 4, 5, 6, 7],
    });
    cards.push(ProgressCard {
        phone: Some(PhoneId::from_bits(0)),
        class: None,
        learner: String::new(),
        business: String::new(),
        made_at: 0,
        lessons: Vec::new(),
        evaluation: Vec::new(),
    });
    let old: Vec<ProgressCard> = cards
        .iter()
        .map(|card| ProgressCard {
            phone: None,
            ..card.clone()
        })
        .collect();
    cards.extend(old);
    cards
}

pub fn class_infos() -> Vec<ClassInfo> {
    let mut infos = vec![ClassInfo::new(ClassCode::from_bits(0))];
    for (i, name) in [
        "Kelas Sambal & Keripik",
        "Pelatihan 50% = 100% 😀",
        "a+b?c#d/e",
    ]
    .into_iter()
    .enumerate()
    {
        infos.push(ClassInfo {
            name: name.into(),
            place: "Balai Desa Sukamaju, RT 03/RW 05".into(),
            date: "2026-11-24".into(),
            trainer: format!("Pak Dedi {i}"),
            ..ClassInfo::new(ClassCode::from_bits(0x1_2345 * (i as u32 + 1)))
        });
    }
    infos
}

/// A WhatsApp group's export around the codes: names, times, greetings, repeats, a code
/// broken over two lines and one with a typo.
pub fn chats(codes: &[String]) -> Vec<String> {
    let mut chats = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let next = &codes[(i + 1) % codes.len()];
        let cut = &code[..code.len() / 2];
        chats.push(format!(
            "[24/11/26 10.02] Bu Wati: Selamat pagi semua 🙏\n\
             [24/11/26 10.03] Bu Wati: ini kode saya:\n{code}\n\
             [24/11/26 10.05] Pak Dedi: {next} 👍\n\
             [24/11/26 10.06] Pak Dedi: maaf kirim lagi ya ({next})\n\
             [24/11/26 10.07] Bu Ani: {cut}\n{}\n\
             [24/11/26 10.08] Bu Rina: ballon LLama hallo LL, NULL1\n{}",
            &code[code.len() / 2..],
            code.to_lowercase()
        ));
        chats.push(code.clone());
    }
    chats
}

pub const PRICES: &[&str] = &[
    "15000",
    "15.000",
    "15 000",
    "Rp 15.000,-",
    "Rp15.000,00",
    "rp.15rb",
    "15rb",
    " 15 rb",
    "15 ribu",
    "15k",
    "1,5jt",
    "1.5 jt",
    "2 juta",
    "Rp1.000.000.000",
    "Keripik Rp15.000 isi 250 gr, harga 12000, cuma 1,5 jt!",
];

/// Other fields learners type: quantities, tracking numbers, voucher codes, names, and
/// short answers to the lessons' questions.
pub const TYPED: &[&str] = &[
    "1",
    " 12 ",
    "999",
    "KCL-2611 2300 4567",
    "kcl261123004567",
    "HEMAT10",
    " hemat 10 ",
    "potong5rb",
    "Bu Wati",
    "Saya tolak, jangan kirim kode OTP ke siapa pun.",
];

/// Addresses the app is opened at.
pub fn routes(infos: &[ClassInfo]) -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/pelajaran/aman",
        "/pelajaran/aman/",
        "/pelatih/kenali",
        "/gabung",
        "/kartu",
        "/sertifikat",
        "/kelas",
        "/tidak-ada",
    ]
    .map(String::from)
    .to_vec();
    for info in infos {
        paths.push(info.join_path());
        paths.push(format!("/kelas/{}", info.code.as_str()));
    }
    paths
}
