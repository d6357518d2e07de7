//! One class on the trainer's phone: the class code to hand out, pasting or scanning the
//! learners' progress codes, and the report (who finished, most-missed questions, the
//! evaluation, CSV for the office).

use super::navigation::Link;
use super::share::{QrPicture, ScanQr};
use super::ProgressStore;
use crate::catalog;
use crate::class::card::PhoneId;
use crate::class::certificate::certificate_for_card;
use crate::class::csv::roster_csv;
use crate::class::roster::{MergeReport, Roster, Row};
use crate::lesson::Lesson;
use crate::link::{percent_encode, wa_link};
use crate::route::Route;
use crate::strings::class as words;
use crate::strings::report::class_date_text;
use crate::strings::report::{card_problem_text, csv_file_name, made_at_text, row_notes, OLD_CARD};
use leptos::prelude::*;

#[component]
pub fn ClassRoster(code: String, lessons: &'static [Lesson]) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let Some(class) = store
        .record
        .with_untracked(|r| r.trainer_classes().find(&code).cloned())
    else {
        return view! {
            <div class="screen class-screen">
                <h2>{words::CLASSES_HEADING}</h2>
                <p>{words::CLASS_MISSING}</p>
                <Link to=Route::Classes class="button primary">{words::CLASSES_HEADING}</Link>
            </div>
        }
        .into_any();
    };
    let info = class.info;
    let join_link = format!(
        "{}{}",
        window().location().origin().unwrap_or_default(),
        info.join_path()
    );
    let share = wa_link(
        "",
        &words::join_message(&info.name, info.code.as_str(), &join_link),
    );
    let roster = Memo::new(move |_| {
        store.record.with(|r| {
            r.trainer_classes()
                .find(&code)
                .map(|c| Roster::from_codes(&c.codes))
                .unwrap_or_default()
        })
    });
    view! {
        <div class="screen class-screen">
            <h2>{info.name.clone()}</h2>
            <p class="meta">{[info.place.clone(), class_date_text(&info.date), info.trainer.clone()].into_iter().filter(|d| !d.is_empty()).collect::<Vec<_>>().join(" · ")}</p>
            <section aria-labelledby="join-code-heading">
                <h3 id="join-code-heading">{words::JOIN_CODE_HEADING}</h3>
                <p class="class-code" data-testid="class-code">{info.code.as_str().to_string()}</p>
                <p>{words::JOIN_CODE_NOTE}</p>
                <QrPicture text=join_link label=words::JOIN_QR_LABEL />
                <a class="button secondary" href=share target="_blank" rel="noopener noreferrer">{words::SHARE_JOIN}</a>
            </section>
            <PasteCodes code=info.code.as_str().to_string() />
            <LearnerList roster class=info.code.as_str().to_string() />
            <MissedQuestions roster lessons />
            <EvaluationSummary roster />
            <DownloadReport roster file_name=csv_file_name(info.code.as_str()) />
        </div>
    }
    .into_any()
}

#[component]
fn PasteCodes(code: String) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let pasted = RwSignal::new(String::new());
    let report = RwSignal::new(None::<MergeReport>);
    let code = StoredValue::new(code);
    let read = move |text: String| {
        let mut merged = None;
        store.change(|record| {
            merged = record
                .trainer_classes_mut()
                .add_progress_codes(&code.get_value(), &text)
        });
        report.set(merged);
    };
    let scanned = Callback::new(move |text: Option<String>| read(text.unwrap_or_default()));
    view! {
        <section aria-labelledby="paste-heading">
            <h3 id="paste-heading">{words::PASTE_HEADING}</h3>
            <label for="tempel-kode">{words::PASTE_LABEL}</label>
            <p class="note">{words::PASTE_NOTE}</p>
            <textarea id="tempel-kode" rows="6" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <button class="primary" on:click=move |_| { read(pasted.get_untracked()); pasted.set(String::new()); }>{words::READ_CODES}</button>
            <ScanQr label=words::SCAN_QR on_read=scanned />
            <div role="status" class="merge-report">{move || report.get().map(report_view)}</div>
        </section>
    }
}

fn report_view(report: MergeReport) -> AnyView {
    if report.found_nothing() {
        return view! { <p>{words::NO_CODES_FOUND}</p> }.into_any();
    }
    let line = |names: &[String], text: fn(&[String]) -> String| {
        (!names.is_empty()).then(|| view! { <p>{text(names)}</p> })
    };
    view! {
        {line(&report.added, words::added_text)}
        {line(&report.updated, words::updated_text)}
        {(report.unchanged > 0).then(|| view! { <p>{words::unchanged_text(report.unchanged)}</p> })}
        {line(&report.less_progress, words::less_progress_text)}
        {line(&report.other_class, words::other_class_text)}
        {(!report.unreadable.is_empty()).then(|| view! {
            <div class="unreadable">
                <p>{words::unreadable_heading(report.unreadable.len())}</p>
                <ul>{report.unreadable.iter().map(|u| view! { <li><code>{u.fragment.clone()}</code>": "{card_problem_text(u.problem)}</li> }).collect_view()}</ul>
            </div>
        })}
    }
    .into_any()
}

/// What the trainer is asked about a row before it changes; rows are named by a code they hold.
#[derive(Debug, Clone, PartialEq)]
enum Asking {
    Remove {
        code: String,
        name: String,
    },
    MergeWith {
        code: String,
        name: String,
    },
    Merge {
        code: String,
        other: String,
        name: String,
        other_name: String,
    },
}

#[component]
fn LearnerList(roster: Memo<Roster>, class: String) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let asking = RwSignal::new(None::<Asking>);
    let said = RwSignal::new(None::<String>);
    let class = StoredValue::new(class);
    let answer = Callback::new(move |yes: bool| {
        let Some(question) = asking.get_untracked() else {
            return;
        };
        asking.set(None);
        if !yes {
            return;
        }
        let mut done = None;
        store.change(|record| match &question {
            Asking::Remove { code, .. } => {
                done = record
                    .trainer_classes_mut()
                    .remove_learner(&class.get_value(), code)
                    .map(|name| words::removed_text(&name))
            }
            Asking::Merge {
                code, other, name, ..
            } => {
                done = record
                    .trainer_classes_mut()
                    .merge_learners(&class.get_value(), code, other)
                    .then(|| words::merged_text(name));
            }
            Asking::MergeWith { .. } => {}
        });
        said.set(done);
    });
    view! {
        <section aria-labelledby="roster-heading">
            <h3 id="roster-heading">{words::ROSTER_HEADING}</h3>
            <p role="status">{move || said.get()}</p>
            {move || roster.with(|roster| if roster.rows.is_empty() {
                view! { <p>{words::ROSTER_EMPTY}</p> }.into_any()
            } else {
                let numbers = catalog::lesson_numbers();
                let any_old = roster.rows.iter().any(Row::is_old_card);
                let any_same_name = (0..roster.rows.len()).any(|at| roster.shares_name(at));
                view! {
                    {any_old.then(|| view! { <p class="note">{words::OLD_CARD_NOTE}</p> })}
                    {any_same_name.then(|| view! { <p class="note">{words::SAME_NAME_NOTE}</p> })}
                    <ul class="roster">
                        {roster.rows.iter().enumerate().map(|(at, row)| {
                            let card = row.card();
                            let code = row.shown().code.clone();
                            let name = card.learner.clone();
                            let finished = card.finished_among(&numbers);
                            let certificate = certificate_for_card(card, &numbers).map(|c| view! { <p>{words::CERTIFICATE_CODE}": "<strong>{c.code}</strong></p> });
                            let notes = row_notes(row.is_old_card(), roster.shares_name(at)).join(" · ");
                            let phones: Vec<String> = row.phones().into_iter().map(PhoneId::text).collect();
                            let made_at = made_at_text(card.made_at);
                            let meta = if phones.is_empty() { made_at } else { format!("{made_at} · {}", words::phones_text(&phones)) };
                            let others: Vec<(String, String)> = roster.rows.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, other)| (other.shown().code.clone(), row_label(other))).collect();
                            view! {
                                <li class="roster-entry">
                                    <p><strong>{name.clone()}</strong>" "{card.business.clone()}</p>
                                    {(!notes.is_empty()).then(|| view! { <p class="row-flag">{notes}</p> })}
                                    <p>{words::finished_count_text(finished, numbers.len())}</p>
                                    <p>{words::TIME_SPENT}": "{words::minutes_text(card.total_minutes())}</p>
                                    {certificate}
                                    <p class="meta">{meta}</p>
                                    <RowActions asking code name others answer />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// A row's learner as a merge choice: name, business and phone, so two of the same name differ.
fn row_label(row: &Row) -> String {
    let card = row.card();
    let phones: Vec<String> = row.phones().into_iter().map(PhoneId::text).collect();
    [
        card.learner.clone(),
        card.business.clone(),
        if phones.is_empty() {
            OLD_CARD.to_string()
        } else {
            words::phones_text(&phones)
        },
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// "Gabungkan" and "Hapus" under a row, each asking before anything changes.
#[component]
fn RowActions(
    asking: RwSignal<Option<Asking>>,
    code: String,
    name: String,
    others: Vec<(String, String)>,
    answer: Callback<bool>,
) -> impl IntoView {
    let mine = {
        let code = code.clone();
        move |question: &Asking| match question {
            Asking::Remove { code: c, .. }
            | Asking::MergeWith { code: c, .. }
            | Asking::Merge { code: c, .. } => *c == code,
        }
    };
    let ask_merge = Asking::MergeWith {
        code: code.clone(),
        name: name.clone(),
    };
    let ask_remove = Asking::Remove {
        code: code.clone(),
        name: name.clone(),
    };
    let has_others = !others.is_empty();
    view! {
        <div class="row-actions">
            {has_others.then(|| view! {
                <button class="secondary" on:click=move |_| asking.set(Some(ask_merge.clone()))>
                    {words::MERGE}<span class="visually-hidden">" "{name.clone()}</span>
                </button>
            })}
            <button class="secondary" on:click=move |_| asking.set(Some(ask_remove.clone()))>
                {words::REMOVE}<span class="visually-hidden">" "{name.clone()}</span>
            </button>
        </div>
        {move || asking.get().filter(|question| mine(question)).map(|question| match question {
            Asking::Remove { name, .. } => view! {
                <div class="confirm" role="alertdialog" aria-label=words::REMOVE>
                    <p>{words::remove_question(&name)}</p>
                    <button class="danger" on:click=move |_| answer.run(true)>{words::REMOVE_YES}</button>
                    <button class="secondary" on:click=move |_| answer.run(false)>{words::CANCEL}</button>
                </div>
            }.into_any(),
            Asking::MergeWith { code, name } => view! {
                <div class="confirm" role="alertdialog" aria-label=words::MERGE>
                    <p>{words::merge_pick_text(&name)}</p>
                    {others.iter().map(|(other, label)| {
                        let pick = Asking::Merge { code: code.clone(), other: other.clone(), name: name.clone(), other_name: label.clone() };
                        view! { <button class="secondary" on:click=move |_| asking.set(Some(pick.clone()))>{label.clone()}</button> }
                    }).collect_view()}
                    <button class="secondary" on:click=move |_| answer.run(false)>{words::CANCEL}</button>
                </div>
            }.into_any(),
            Asking::Merge { name, other_name, .. } => view! {
                <div class="confirm" role="alertdialog" aria-label=words::MERGE>
                    <p>{words::merge_question(&name, &other_name)}</p>
                    <button class="primary" on:click=move |_| answer.run(true)>{words::MERGE_YES}</button>
                    <button class="secondary" on:click=move |_| answer.run(false)>{words::CANCEL}</button>
                </div>
            }.into_any(),
        })}
    }
}

/// How many questions the "most missed" list shows.
const MISSED_SHOWN: usize = 5;

#[component]
fn MissedQuestions(roster: Memo<Roster>, lessons: &'static [Lesson]) -> impl IntoView {
    view! {
        <section aria-labelledby="missed-heading">
            <h3 id="missed-heading">{words::MISSED_HEADING}</h3>
            {move || {
                let missed = roster.with(Roster::missed_questions);
                if missed.is_empty() {
                    return view! { <p>{words::MISSED_NONE}</p> }.into_any();
                }
                view! {
                    <ol class="missed">
                        {missed.into_iter().take(MISSED_SHOWN).map(|question| {
                            let lesson = lessons.iter().find(|l| l.number == question.lesson);
                            let heading = lesson.and_then(|l| l.steps.get(usize::from(question.step))).map_or("", |s| s.heading());
                            let place = format!("{}, {}", lesson.map_or("", |l| &*l.title), words::step_text(usize::from(question.step) + 1));
                            view! {
                                <li>
                                    <p><strong>{heading}</strong></p>
                                    <p class="meta">{place}</p>
                                    <p>{words::missed_text(question.learners, question.answered)}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn EvaluationSummary(roster: Memo<Roster>) -> impl IntoView {
    let evaluation = catalog::evaluation();
    view! {
        <section aria-labelledby="evaluation-summary-heading">
            <h3 id="evaluation-summary-heading">{words::EVALUATION_SUMMARY_HEADING}</h3>
            {move || {
                let summaries = roster.with(|r| r.evaluation_summary(&evaluation.options_per_question()));
                let learners = roster.with(|r| r.rows.len());
                evaluation.questions.iter().zip(summaries).map(|(question, summary)| view! {
                    <div class="evaluation-question">
                        <p><strong>{question.question.as_str()}</strong></p>
                        <ul>
                            {question.options.iter().zip(&summary.counts).map(|(option, &count)| view! {
                                <li>{option.as_str()}": "{words::option_count_text(count, learners)}</li>
                            }).collect_view()}
                        </ul>
                        {(summary.unanswered > 0).then(|| view! { <p class="meta">{words::unanswered_text(summary.unanswered)}</p> })}
                    </div>
                }).collect_view()
            }}
        </section>
    }
}

/// A plain link to the CSV as a data address: it downloads with no server and no script.
#[component]
fn DownloadReport(roster: Memo<Roster>, file_name: String) -> impl IntoView {
    let href = move || {
        let lessons: Vec<(u8, &str)> = catalog::index()
            .iter()
            .map(|l| (l.number, &*l.title))
            .collect();
        let csv = roster.with(|r| roster_csv(r, &lessons, catalog::evaluation()));
        format!("data:text/csv;charset=utf-8,{}", percent_encode(&csv))
    };
    view! {
        <section aria-labelledby="download-heading">
            <h3 id="download-heading" class="visually-hidden">{words::DOWNLOAD_CSV}</h3>
            <a class="button primary" href=href download=file_name>{words::DOWNLOAD_CSV}</a>
            <p class="note">{words::DOWNLOAD_NOTE}</p>
        </section>
    }
}
