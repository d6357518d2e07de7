//! The cash book week: each day's money events, each recorded with one tap as the business's
//! money in or out or as household spending, and the week's figures once all are recorded.
//! The book is the step's answer, kept on every tap; every rule is in `crate::cash_book`.

use crate::answer::{Answer, Checked};
use crate::cash_book::{Book, CashKind, DAYS};
use crate::feedback::Feedback;
use crate::lesson::{CashBook, CashEvent};
use crate::money::format_rupiah;
use crate::strings::cash_book as words;
use crate::ui::feedback::FeedbackBox;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;

part!(cash_book, preload,
pub fn show(step: &'static CashBook, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <CashBookStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn CashBookStep(step: &'static CashBook, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::CashBook(stored) => Some(stored), _ => None },
        || Book::new(step),
    );
    let book = RwSignal::new(start.fitted(step));
    let record = Callback::new(move |(index, kind): (usize, CashKind)| {
        book.update(|b| b.record(index, kind));
        on_answer.run(Checked::cash_book(step, book.get_untracked()));
    });
    let events = super::unpacked(&step.events);
    let total = events.len();

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        <div class="cash-book">
            <p class="note">{words::PRACTICE_NOTE}</p>
            <p><strong>{words::starting_cash_text(step.starting_cash)}</strong></p>
            {DAYS.iter().enumerate().filter_map(|(at, day)| {
                let day_number = at as u8 + 1;
                let events: Vec<(usize, &'static CashEvent)> =
                    events.iter().enumerate().filter(|(_, e)| e.day == day_number).collect();
                (!events.is_empty()).then(|| view! {
                    <section class="cash-day" aria-label=*day>
                        <h3>{*day}</h3>
                        {events.into_iter().map(|(index, event)| view! { <EventCard step index event book record /> }).collect_view()}
                    </section>
                })
            }).collect_view()}
            <p class="meta" aria-live="polite">{move || words::recorded_text(book.with(Book::recorded), total)}</p>
            {move || book.with(|b| b.is_done(step)).then(|| {
                let summary = book.with(|b| b.summary(step));
                view! {
                    <section class="week-summary" aria-labelledby="ringkasan-minggu" role="status">
                        <h3 id="ringkasan-minggu">{words::SUMMARY_HEADING}</h3>
                        <ul>
                            <li>{words::business_in_line(summary.business_in)}</li>
                            <li>{words::business_out_line(summary.business_out)}</li>
                            <li><strong>{words::profit_line(summary.profit)}</strong></li>
                            <li class="leak"><strong>{words::leak_line(summary.household)}</strong></li>
                            <li>{words::money_left_line(summary.money_left)}</li>
                        </ul>
                        {(summary.household > 0).then(|| view! { <p>{words::leak_feedback(summary.household, summary.profit)}</p> })}
                        {(summary.money_left < i64::try_from(step.starting_cash).unwrap_or(i64::MAX)).then(|| view! { <p>{words::SHRANK}</p> })}
                        <p class="done">{words::DONE}</p>
                    </section>
                }
            })}
        </div>
    }
}

/// One event with its three choices and, once recorded, why it belongs where it does.
#[component]
fn EventCard(step: &'static CashBook, index: usize, event: &'static CashEvent, book: RwSignal<Book>, record: Callback<(usize, CashKind)>) -> impl IntoView {
    let picked = move || book.with(|b| b.picks.get(index).copied().flatten());
    let right = move || book.with(|b| b.is_right(step, index));
    view! {
        <article class="cash-event" aria-label=&*event.text data-right=move || right().map(|r| r.to_string())>
            <p><strong>{&*event.text}</strong></p>
            <p class="amount">{format_rupiah(event.amount)}</p>
            <fieldset class="options">
                <legend>{words::WHERE_DOES_IT_GO}</legend>
                {CashKind::ALL.into_iter().map(|kind| view! {
                    <button class="option" aria-pressed=move || (picked() == Some(kind)).to_string()
                        data-verdict=move || (picked() == Some(kind)).then(|| if right() == Some(true) { "right" } else { "wrong" })
                        on:click=move |_| record.run((index, kind))>
                        {words::kind_label(kind)}
                    </button>
                }).collect_view()}
            </fieldset>
            <FeedbackBox said=Signal::derive(move || right().map(|right| Feedback::cash_event(right, &event.why))) />
        </article>
    }
}
