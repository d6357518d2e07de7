//! The class report as CSV for the trainer's office: one row per learner, opened in Excel
//! or Google Sheets.

use super::card::PhoneId;
use super::certificate::certificate_for_card;
use super::evaluation::Evaluation;
use super::roster::Roster;
use crate::strings::report as words;

/// One field as CSV: quoted when it holds a comma, quote or line break, and with a leading
/// `'` when a spreadsheet would run it as a formula (a name like "=HYPERLINK(...)").
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv_row(fields: &[String]) -> String {
    let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    fields.join(",") + "\r\n"
}

/// The report: a byte-order mark so Excel reads the letters right, a heading row, then
/// one row per learner. `lessons` are the shipped lessons' numbers and titles.
pub fn roster_csv(roster: &Roster, lessons: &[(u8, &str)], evaluation: &Evaluation) -> String {
    let numbers: Vec<u8> = lessons.iter().map(|&(number, _)| number).collect();
    let mut heading = vec![
        words::CSV_NAME.to_string(),
        words::CSV_BUSINESS.to_string(),
        words::CSV_FINISHED.to_string(),
    ];
    heading.extend(
        lessons
            .iter()
            .map(|&(number, title)| words::csv_lesson_heading(number, title)),
    );
    heading.push(words::CSV_MINUTES.to_string());
    heading.extend(evaluation.questions.iter().map(|q| q.short.clone()));
    heading.extend(
        [
            words::CSV_CERTIFICATE,
            words::CSV_SENT_AT,
            words::CSV_PHONE,
            words::CSV_NOTE,
        ]
        .map(String::from),
    );

    let mut csv = String::from("\u{FEFF}");
    csv.push_str(&csv_row(&heading));
    for (at, row) in roster.rows.iter().enumerate() {
        let card = row.card();
        let finished = words::finished_of_text(card.finished_among(&numbers), numbers.len());
        let mut fields = vec![card.learner.clone(), card.business.clone(), finished];
        fields.extend(numbers.iter().map(|&n| words::lesson_cell(card.result(n))));
        fields.push(card.total_minutes().to_string());
        fields.extend(
            evaluation
                .questions
                .iter()
                .enumerate()
                .map(|(i, question)| {
                    let answer = usize::from(card.evaluation.get(i).copied().unwrap_or(0));
                    answer
                        .checked_sub(1)
                        .and_then(|option| question.options.get(option))
                        .cloned()
                        .unwrap_or_default()
                }),
        );
        fields.push(
            certificate_for_card(card, &numbers)
                .map(|c| c.code)
                .unwrap_or_default(),
        );
        fields.push(words::made_at_text(card.made_at));
        fields.push(
            row.phones()
                .into_iter()
                .map(PhoneId::text)
                .collect::<Vec<_>>()
                .join(", "),
        );
        fields.push(words::row_notes(row.is_old_card(), roster.shares_name(at)).join("; "));
        csv.push_str(&csv_row(&fields));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::super::card::tests::{old_card, sample_card};
    use super::super::card::ProgressCard;
    use super::super::evaluation::EvaluationQuestion;
    use super::super::extract::extract_cards;
    use super::*;

    #[test]
    fn fields_are_escaped_for_spreadsheets() {
        assert_eq!(csv_field("Bu Wati"), "Bu Wati");
        assert_eq!(csv_field("Keripik, Sambal"), "\"Keripik, Sambal\"");
        assert_eq!(csv_field("Toko \"Berkah\""), "\"Toko \"\"Berkah\"\"\"");
        assert_eq!(csv_field("baris\nbaru"), "\"baris\nbaru\"");
        assert_eq!(csv_field("Ani 😊🌶️"), "Ani 😊🌶️");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+62 812"), "'+62 812");
        assert_eq!(csv_field("-"), "'-");
        assert_eq!(csv_field(""), "");
    }

    fn evaluation() -> Evaluation {
        let question = |short: &str, options: &[&str]| EvaluationQuestion {
            question: format!("{short}?"),
            short: short.to_string(),
            options: options.iter().map(|o| o.to_string()).collect(),
        };
        Evaluation {
            title: "Evaluasi".into(),
            intro: "".into(),
            questions: vec![
                question("Membantu?", &["Ya", "Tidak"]),
                question("Sulit", &["A", "B", "C"]),
                question("Yakin", &["1", "2", "3", "4"]),
            ],
        }
    }

    #[test]
    fn one_row_per_learner_matching_their_card() {
        let mut wati = sample_card("Wati, \"Bu\" 😊", 700 * 1_440 + 605);
        (wati.lessons[1].finished_on, wati.lessons[1].practices_done) = (Some(701), 2);
        let mut roster = Roster::default();
        roster.add(
            wati.class.as_ref().unwrap(),
            extract_cards(&format!(
                "{} {}",
                wati.encode(),
                sample_card("Dedi", 5).encode()
            )),
        );
        let csv = roster_csv(
            &roster,
            &[(1, "Kenali"), (3, "Postingan, produk")],
            &evaluation(),
        );
        assert!(csv.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            lines.len(),
            4,
            "heading, two learners, and the final line break: {lines:?}"
        );
        assert_eq!(
            lines[0],
            "Nama,Usaha,Pelajaran selesai,Pelajaran 1: Kenali,\"Pelajaran 3: Postingan, produk\",Lama belajar (menit),Membantu?,Sulit,Yakin,Kode sertifikat,Kode dibuat,Kode HP,Catatan"
        );
        let phone = |at: usize| roster.rows[at].card().phone.unwrap().text();
        assert_eq!(
            lines[1],
            format!("Dedi,Keripik Tempe Sari Rasa,1 dari 2,Selesai (2/4 benar),Langkah 5 dari 9 (1/2 praktik),20,Ya,,3,,\"1 Jan 2025, 00.05\",{},", phone(0))
        );
        let certificate = certificate_for_card(roster.rows[1].card(), &[1, 3])
            .unwrap()
            .code;
        assert_eq!(
            lines[2],
            format!(
                "\"Wati, \"\"Bu\"\" 😊\",Keripik Tempe Sari Rasa,2 dari 2,Selesai (2/4 benar),\"Selesai (5/5 benar, 2/2 praktik)\",20,Ya,,3,{certificate},\"2 Des 2026, 10.05\",{},",
                phone(1)
            )
        );
        assert_eq!(lines[3], "");
    }

    #[test]
    fn same_name_learners_are_two_rows_told_apart_by_phone() {
        let siti = sample_card("Siti", 10);
        let other_siti = ProgressCard {
            phone: Some(PhoneId::from_bits(7)),
            ..sample_card("Siti", 20)
        };
        let old = old_card("Pak Joko", 30);
        let mut roster = Roster::default();
        roster.add(
            siti.class.as_ref().unwrap(),
            extract_cards(&[&siti, &other_siti, &old].map(|c| c.encode()).join(" ")),
        );
        let csv = roster_csv(&roster, &[(1, "Kenali")], &evaluation());
        let lines: Vec<&str> = csv
            .split("\r\n")
            .skip(1)
            .filter(|line| !line.is_empty())
            .collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[0].starts_with("Pak Joko,") && lines[0].ends_with(",,kartu lama"),
            "no phone on an old card: {}",
            lines[0]
        );
        for (line, phone) in lines[1..]
            .iter()
            .zip([siti.phone.unwrap().text(), "000007".to_string()])
        {
            assert!(line.starts_with("Siti,"), "{line}");
            assert!(
                line.ends_with(&format!(",{phone},\"nama sama, HP berbeda\"")),
                "{line}"
            );
        }
    }
}
