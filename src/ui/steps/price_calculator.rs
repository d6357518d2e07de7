//! The price calculator: the batch's costs give the cost of one pack, and each channel's
//! card shows what one sale at the typed price really earns. The sheet is the step's answer,
//! kept on every keystroke; every rule is in `crate::pricing`.

use crate::answer::{Answer, Checked};
use crate::lesson::{PriceCalculator, SaleChannel};
use crate::money::format_rupiah;
use crate::pricing::{is_waived, read_amount, read_packs, suggested_price, AmountProblem, PriceSheet};
use crate::strings::pricing as words;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;

part!(price_calculator, preload,
pub fn show(step: &'static PriceCalculator, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <PriceCalculatorStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn PriceCalculatorStep(step: &'static PriceCalculator, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::PriceCalculator(stored) => Some(stored), _ => None },
        || PriceSheet::new(step),
    );
    let sheet = RwSignal::new(start.fitted(step));
    let edit = Callback::new(move |change: Box<dyn FnOnce(&mut PriceSheet)>| {
        sheet.update(|s| change(s));
        on_answer.run(Checked::price_calculator(step, sheet.get_untracked()));
    });
    let cost = Memo::new(move |_| sheet.with(|s| s.cost_per_pack(step)));
    let batch = super::unpacked(&step.batch);
    let channels = super::unpacked(&step.channels);
    let has_own_time = batch.iter().any(|c| c.own_time);

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        <div class="calculator">
            <p class="note">{words::PRACTICE_NOTE}</p>
            <p class="product"><strong>{&*step.product}</strong></p>
            <section aria-labelledby="modal-heading">
                <h3 id="modal-heading">{words::BATCH_HEADING}</h3>
                {has_own_time.then(|| view! {
                    <label class="option">
                        <input type="checkbox" prop:checked=move || sheet.with(|s| s.count_own_time)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |s| s.count_own_time = on)) } />
                        <span>{words::COUNT_OWN_TIME}</span>
                    </label>
                    <p class="note">{words::OWN_TIME_WHY}</p>
                })}
                {batch.iter().enumerate().map(|(index, item)| {
                    let id = format!("biaya-{}", index + 1);
                    let counted = move || sheet.with(|s| s.counts(step, index));
                    view! {
                        <div class="money-row" data-counted=move || counted().to_string()>
                            <label for=id.clone()>{&*item.name}</label>
                            <input id=id type="text" autocomplete="off" disabled=move || !counted()
                                prop:value=move || sheet.with(|s| s.costs.get(index).cloned().unwrap_or_default())
                                on:input=move |ev| { let typed = event_target_value(&ev); edit.run(Box::new(move |s| if let Some(box_) = s.costs.get_mut(index) { *box_ = typed })) } />
                            <Problem problem=Signal::derive(move || sheet.with(|s| s.costs.get(index).and_then(|t| read_amount(t).err()))) example=words::AMOUNT_EXAMPLE />
                        </div>
                    }
                }).collect_view()}
                <div class="money-row">
                    <label for="jumlah-bungkus">{words::PACKS_PER_BATCH}</label>
                    <input id="jumlah-bungkus" type="text" inputmode="numeric" autocomplete="off"
                        prop:value=move || sheet.with(|s| s.packs_per_batch.clone())
                        on:input=move |ev| { let typed = event_target_value(&ev); edit.run(Box::new(move |s| s.packs_per_batch = typed)) } />
                    <Problem problem=Signal::derive(move || sheet.with(|s| read_packs(&s.packs_per_batch).err())) example=words::COUNT_EXAMPLE />
                </div>
                <p class="hpp" role="status">{move || sheet.with(|s| {
                    let total = s.batch_total(step).ok()?;
                    let packs = read_packs(&s.packs_per_batch).ok().flatten();
                    Some(match (packs, cost.get()) {
                        (Some(packs), Some(cost)) => words::cost_per_pack_text(total, packs, cost),
                        _ => format!("{} {}", words::batch_total_text(total), words::COST_NEEDS_PACKS),
                    })
                })}</p>
            </section>
            <section aria-labelledby="harga-heading">
                <h3 id="harga-heading">{words::PRICES_HEADING}</h3>
                <div class="money-row">
                    <label for="terjual-sebulan">{words::PACKS_PER_MONTH}</label>
                    <input id="terjual-sebulan" type="text" inputmode="numeric" autocomplete="off"
                        prop:value=move || sheet.with(|s| s.packs_per_month.clone())
                        on:input=move |ev| { let typed = event_target_value(&ev); edit.run(Box::new(move |s| s.packs_per_month = typed)) } />
                    <Problem problem=Signal::derive(move || sheet.with(|s| read_packs(&s.packs_per_month).err())) example=words::COUNT_EXAMPLE />
                </div>
                {channels.iter().enumerate().map(|(index, channel)| view! {
                    <ChannelCard step index channel sheet cost edit />
                }).collect_view()}
            </section>
            {move || sheet.with(|s| s.is_done(step)).then(|| view! { <p class="done" role="status">{words::DONE}</p> })}
        </div>
    }
}

/// One channel: the price box and what one sale there leaves, line by line.
#[component]
fn ChannelCard(
    step: &'static PriceCalculator,
    index: usize,
    channel: &'static SaleChannel,
    sheet: RwSignal<PriceSheet>,
    cost: Memo<Option<u64>>,
    edit: Callback<Box<dyn FnOnce(&mut PriceSheet)>>,
) -> impl IntoView {
    let id = format!("harga-{}", index + 1);
    let earnings = Memo::new(move |_| sheet.with(|s| s.earnings(step, index)));
    let suggestion = Memo::new(move |_| cost.get().map(|cost| suggested_price(channel, cost, step.target_margin)));
    let reaches = move || earnings.with(|e| e.as_ref().is_some_and(|e| e.reaches(step.target_margin)));
    view! {
        <article class="channel-card" aria-label=&*channel.name data-reaches=move || reaches().to_string()>
            <h4>{&*channel.name}</h4>
            {channel.note.as_deref().map(|note| view! { <p class="note">{note}</p> })}
            <label for=id.clone()>{words::PRICE_LABEL}</label>
            <input id=id type="text" autocomplete="off" placeholder=words::PRICE_PLACEHOLDER
                prop:value=move || sheet.with(|s| s.prices.get(index).cloned().unwrap_or_default())
                on:input=move |ev| { let typed = event_target_value(&ev); edit.run(Box::new(move |s| if let Some(box_) = s.prices.get_mut(index) { *box_ = typed })) } />
            <Problem problem=Signal::derive(move || sheet.with(|s| s.prices.get(index).and_then(|t| read_amount(t).err()))) example=words::AMOUNT_EXAMPLE />
            <div aria-live="polite">
                {move || earnings.get().map(|e| {
                    let month = sheet.with(|s| read_packs(&s.packs_per_month).ok().flatten());
                    view! {
                        <ul class="breakdown">
                            <li>{words::PRICE_LABEL}": "{format_rupiah(e.price)}</li>
                            {(e.voucher > 0).then(|| view! { <li>{words::voucher_line(e.voucher)}</li> })}
                            {channel.fees.iter().zip(e.fees.clone()).map(|(fee, amount)| {
                                let line = match fee.free_up_to.filter(|_| is_waived(fee, e.goods())) {
                                    Some(limit) => words::waived_fee_line(&fee.name, limit),
                                    None => words::fee_line(&fee.name, &fee.rate, amount),
                                };
                                view! { <li>{line}</li> }
                            }).collect_view()}
                            {(e.shipping > 0).then(|| view! { <li>{words::shipping_line(e.shipping)}</li> })}
                            <li>{words::cost_line(e.cost_per_pack)}</li>
                        </ul>
                        <p class="profit" data-loss=(e.profit < 0).to_string()><strong>{words::profit_line(e.profit, e.margin_percent())}</strong></p>
                        {month.map(|packs| view! { <p>{words::month_line(packs, e.over(packs))}</p> })}
                        <p>{words::verdict_text(e.reaches(step.target_margin), step.target_margin)}</p>
                        <p class="note">{words::break_even_text(&step.one_off_name, step.one_off_cost, e.break_even_packs(step.one_off_cost))}</p>
                    }
                })}
            </div>
            {move || (!reaches()).then(|| suggestion.get()).flatten().map(|price| view! {
                <p class="suggestion">{words::suggestion_text(price, step.target_margin)}</p>
                {price.map(|price| view! {
                    <button class="secondary wide" on:click=move |_| edit.run(Box::new(move |s| if let Some(box_) = s.prices.get_mut(index) { *box_ = format_rupiah(price) }))>
                        {words::USE_SUGGESTION}
                    </button>
                })}
            })}
        </article>
    }
}

/// Why a box's number was not taken, under the box.
#[component]
fn Problem(problem: Signal<Option<AmountProblem>>, example: &'static str) -> impl IntoView {
    view! {
        <p class="problem" aria-live="polite">{move || problem.get().map(|p| words::problem_text(p, example))}</p>
    }
}
