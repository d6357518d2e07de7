//! How long the trainer's phone takes to read a pasted WhatsApp chat: 30 learners' progress
//! codes (each sent twice, with greetings and a few broken codes between them) in about 90
//! lines, found, decoded and merged into the roster, then the report and the CSV made.

use lapak_latihan::class::card::PhoneId;
use lapak_latihan::class::card::{LessonResult, ProgressCard};
use lapak_latihan::class::class_code::ClassCode;
use lapak_latihan::class::csv::roster_csv;
use lapak_latihan::class::evaluation::{Evaluation, EvaluationQuestion};
use lapak_latihan::class::extract::extract_cards;
use lapak_latihan::class::roster::Roster;
use std::hint::black_box;
use std::time::Instant;

const LEARNERS: usize = 30;
const RUNS: usize = 7;

fn card(class: &ClassCode, learner: usize) -> ProgressCard {
    ProgressCard {
        phone: Some(PhoneId::from_bits(learner as u32)),
        class: Some(class.clone()),
        learner: format!("Peserta Nomor {learner}"),
        business: format!("Keripik Singkong Usaha {learner}"),
        made_at: 1_000_000 + learner as u32,
        lessons: (1..=5)
            .map(|number| LessonResult {
                number,
                steps: 8,
                questions: 5,
                missed: vec![(learner % 7) as u8, 3],
                practices: 1,
                practices_done: 1,
                reached: 8,
                minutes: 12,
                finished_on: Some(700),
            })
            .collect(),
        evaluation: vec![1, (learner % 6) as u8 + 1, 2, 3],
    }
}

fn main() {
    let class = ClassCode::from_bits(0x1234);
    let mut chat = String::new();
    for learner in 0..LEARNERS {
        let code = card(&class, learner).encode();
        chat.push_str(&format!(
            "[02/12/26 10.{learner:02}] Peserta {learner}: Selamat siang Bu 🙏\n{code}\n"
        ));
        chat.push_str(&format!(
            "[02/12/26 11.{learner:02}] Peserta {learner}: kirim ulang ya {code}\n"
        ));
        if learner % 10 == 0 {
            chat.push_str(&format!(
                "[02/12/26 12.00] Peserta {learner}: {}\n",
                &code[..code.len() - 9]
            ));
        }
    }
    let question = |options: usize| EvaluationQuestion {
        question: "?".into(),
        short: "s".into(),
        options: (0..options).map(|o| o.to_string()).collect(),
    };
    let evaluation = Evaluation {
        title: "E".into(),
        intro: "I".into(),
        questions: vec![question(3), question(6), question(4), question(4)],
    };
    let lessons: Vec<(u8, &str)> = (1..=5).map(|n| (n, "Pelajaran")).collect();

    let mut times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let mut roster = Roster::default();
        let report = roster.add(&class, extract_cards(black_box(&chat)));
        let missed = roster.missed_questions();
        let summary = roster.evaluation_summary(&evaluation.options_per_question());
        let csv = roster_csv(&roster, &lessons, &evaluation);
        times.push(start.elapsed().as_secs_f64() * 1_000.0);
        assert_eq!(
            (
                report.added.len(),
                report.unchanged,
                report.unreadable.len()
            ),
            (LEARNERS, 0, 3),
            "repeats of the same code are read once"
        );
        black_box((missed, summary, csv));
    }
    times.sort_by(f64::total_cmp);
    println!(
        "class roster: {} lines, {} KB pasted, {LEARNERS} learners: read, merge, report and CSV in {:.2} ms (min of {RUNS}), median {:.2} ms",
        chat.lines().count(),
        chat.len() / 1024,
        times[0],
        times[RUNS / 2]
    );
}
