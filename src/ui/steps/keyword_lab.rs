//! The keyword lab: type a listing's title and description and watch, on every keystroke,
//! where it ranks for the shopper searches that matter. Every rule is in `crate::search`.

use crate::answer::{Answer, Checked};
use crate::lesson::KeywordLab;
use crate::money::format_rupiah;
use crate::search::lab::{follow, standing, ListingDraft, DESCRIPTION_MAX_CHARS, TITLE_MAX_CHARS};
use crate::search::{shipped, suggest, Listing, Place};
use crate::strings::search::text;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;

/// How many results of page 1 the screen lists: enough to see the competition.
const RESULTS_SHOWN: usize = 10;
const SUGGESTIONS_SHOWN: usize = 5;

part!(keyword_lab, preload,
pub fn show(step: &'static KeywordLab, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <KeywordLabStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn KeywordLabStep(step: &'static KeywordLab, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let t = text();
    let market = shipped::market();
    // Each search's catalogue results are scored once; typing only re-scores the draft.
    let followed = StoredValue::new(follow(shipped::index(), &market.searches, &step.searches));
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::KeywordLab(stored) => Some(stored), _ => None },
        || ListingDraft {
            title: step.start_title.as_deref().unwrap_or_default().to_string(),
            description: step.start_description.as_deref().unwrap_or_default().to_string(),
        },
    );
    let draft = RwSignal::new(start);
    let listing = Memo::new(move |_| draft.with(|d| d.listing(step.category, &step.product)));
    let standings = Memo::new(move |_| {
        listing.with(|l| followed.with_value(|all| all.iter().map(|f| standing(f, l, step.goal_page)).collect::<Vec<_>>()))
    });
    let not_sold = Memo::new(move |_| listing.with(|l| shipped::index().not_sold(l)));
    let ideas = Memo::new(move |_| listing.with(|l| suggest(market, l, SUGGESTIONS_SHOWN)));
    let shown_search = RwSignal::new(0_usize);
    let edit = move |change: &dyn Fn(&mut ListingDraft)| {
        draft.update(|d| change(d));
        on_answer.run(Checked::keyword_lab(step, draft.get_untracked()));
    };

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        <p class="meta">{t.selling}" "<strong>{&*step.product}</strong></p>
        <label class="answer-label" for="judul-barang">{t.title_label}</label>
        <input id="judul-barang" type="text" maxlength=TITLE_MAX_CHARS.to_string() placeholder=t.title_placeholder
            prop:value=move || draft.with(|d| d.title.clone())
            on:input=move |ev| { let title = event_target_value(&ev); edit(&|d| d.title = title.clone()) } />
        <div class="title-check" aria-live="polite">
            {move || not_sold.with(|words| (!words.is_empty()).then(|| view! { <p class="warning">{(t.not_your_product)(words)}</p> }))}
        </div>
        <label class="answer-label" for="deskripsi-barang">{t.description_label}</label>
        <textarea id="deskripsi-barang" rows="4" maxlength=DESCRIPTION_MAX_CHARS.to_string() placeholder=t.description_placeholder
            prop:value=move || draft.with(|d| d.description.clone())
            on:input=move |ev| { let description = event_target_value(&ev); edit(&|d| d.description = description.clone()) }></textarea>

        <p class="goal">{(t.goal)(step.goal_page)}</p>
        <div class="search-cards" aria-live="polite">
            {move || followed.with_value(|all| all.iter().zip(standings.get()).map(|(f, s)| {
                let query = f.search.query.clone();
                view! {
                    <article class="search-card" data-reached=s.reached_goal.to_string()>
                        <h3>{t.search_label}" \u{201c}"{query}"\u{201d}"</h3>
                        <p class="meta">{(t.monthly_searches)(f.search.count)}</p>
                        <p class="position"><strong>{(t.position)(&s.explanation.result)}</strong></p>
                        <p>{if s.reached_goal { t.goal_reached } else { t.goal_not_yet }}</p>
                        <p>{(t.shoppers_who_see)(s.shoppers)}</p>
                        <h4>{t.why_heading}</h4>
                        <ul>{s.explanation.reasons.iter().map(|r| view! { <li>{(t.reason)(r)}</li> }).collect_view()}</ul>
                    </article>
                }
            }).collect_view())}
        </div>

        <section class="suggestions" aria-labelledby="ideas-heading">
            <h3 id="ideas-heading">{t.suggestions_heading}</h3>
            <p class="note">{t.suggestions_note}</p>
            {move || ideas.with(|ideas| if ideas.is_empty() {
                view! { <p>{t.no_suggestions}</p> }.into_any()
            } else {
                view! { <ul>{ideas.iter().map(|s| view! { <li>{(t.suggestion)(s)}" ("{(t.fit)(s.fit)}")"</li> }).collect_view()}</ul> }.into_any()
            })}
        </section>

        <section class="results" aria-labelledby="results-heading">
            <h3 id="results-heading">{t.results_heading}</h3>
            {move || followed.with_value(|all| (all.len() > 1).then(|| view! {
                <div class="search-tabs">
                    {all.iter().enumerate().map(|(i, f)| view! {
                        <button class="secondary" aria-pressed=move || (shown_search.get() == i).to_string() on:click=move |_| shown_search.set(i)>
                            {(t.show_results_for)(&f.search.query)}
                        </button>
                    }).collect_view()}
                </div>
            }))}
            {move || listing.with(|l| followed.with_value(|all| all.get(shown_search.get()).map(|f| {
                let page = f.results.page(l, 1);
                let elsewhere = standings.with(|s| s.get(shown_search.get()).and_then(|s| s.explanation.result.page)).filter(|p| *p > 1);
                view! {
                    <p class="meta">{(t.results_for)(&f.search.query, f.results.rank(l).total)}</p>
                    <ol class="result-list">
                        {page.into_iter().take(RESULTS_SHOWN).map(|place| result_row(place, l)).collect_view()}
                    </ol>
                    {elsewhere.map(|p| view! { <p class="note">{(t.learner_elsewhere)(p)}</p> })}
                }
            })))}
            <p class="note">{t.practice_numbers}</p>
        </section>
    }
}

fn result_row(place: Place<'_>, learner: &Listing) -> impl IntoView {
    let t = text();
    let (listing, mine) = match place {
        Place::Learner => (learner, true),
        Place::Listing(listing) => (listing, false),
    };
    let shop = if mine { t.your_listing.to_string() } else { listing.shop.clone() };
    let details = if mine {
        String::new()
    } else {
        format!("{} · ★ {} · {}", format_rupiah(listing.price), (t.rating)(listing.rating_tenths), (t.sold)(listing.sold))
    };
    view! {
        <li class="result" data-mine=mine.to_string()>
            <p class="result-title">{listing.title.clone()}</p>
            <p class="meta">{shop}" "{details}</p>
        </li>
    }
}
