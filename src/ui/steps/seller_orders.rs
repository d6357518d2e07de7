//! The seller practice: a paid order to confirm, pack and ship, a buyer's question, two
//! traps and a review. The desk is the step's answer, kept on every tap; every rule is in
//! `crate::shop` (`desk`, `order`, `chat`).

use crate::answer::{Answer, Checked};
use crate::lesson::SellerOrders;
use crate::money::format_rupiah;
use crate::shop::chat::{BuyerMessage, Decision};
use crate::shop::desk::{SellerDesk, QUESTION, REVIEW, TRAPS};
use crate::shop::order::{Action, OrderStatus};
use crate::strings::shop as words;
use crate::feedback::Feedback;
use crate::ui::feedback::FeedbackBox;
use crate::ui::now;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;

part!(seller_orders, preload,
pub fn show(step: &'static SellerOrders, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <SellerOrdersStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn SellerOrdersStep(step: &'static SellerOrders, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::SellerOrders(stored) => Some(stored), _ => None },
        || SellerDesk::new(now()),
    );
    let desk = RwSignal::new(start);
    let change = move |act: &mut dyn FnMut(&mut SellerDesk)| {
        desk.update(|d| act(d));
        on_answer.run(Checked::seller_orders(desk.get_untracked()));
    };
    let status = Memo::new(move |_| desk.with(|d| d.order.status));

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        <div class="shop seller">
            <p class="shop-bar"><strong>{words::SHOP_NAME}</strong>" · "{words::SHOP_CITY}</p>
            <p class="note">{words::PRACTICE_NOTE}</p>
            <OrderCard desk status change=Callback::new(move |action: Action| {
                let mut refused = None;
                change(&mut |d| refused = d.act(&action).err());
                refused.map(words::transition_error_text)
            }) />
            <section aria-labelledby="chat-heading">
                <h3 id="chat-heading">{words::CHAT_HEADING}</h3>
                <QuestionCard desk on_send=Callback::new(move |text: String| change(&mut |d| { d.send_reply(&text); })) />
                {TRAPS.into_iter().map(|message| view! {
                    <TrapCard message desk on_decide=Callback::new(move |decision| change(&mut |d| { d.decide(message, decision); })) />
                }).collect_view()}
            </section>
            <section class="review" aria-labelledby="review-heading">
                <h3 id="review-heading">{words::REVIEW_HEADING}</h3>
                {move || if desk.with(SellerDesk::is_shipped) {
                    view! {
                        <p class="stars">{"★".repeat(usize::from(REVIEW.stars().unwrap_or(0)))}" "{words::stars_text(REVIEW.stars().unwrap_or(0))}</p>
                        <blockquote>{words::reply_task_text(REVIEW)}</blockquote>
                        <p class="note">{words::REVIEW_TIP}</p>
                    }.into_any()
                } else {
                    view! { <p class="note">{words::REVIEW_WAITS}</p> }.into_any()
                }}
            </section>
            {move || desk.with(SellerDesk::is_done).then(|| view! { <p class="done">{words::DESK_DONE}</p> })}
        </div>
    }
}

/// The incoming order with the one next step the seller can take on it.
#[component]
fn OrderCard(desk: RwSignal<SellerDesk>, status: Memo<OrderStatus>, change: Callback<Action, Option<String>>) -> impl IntoView {
    let (lines, total, id) = desk.with_untracked(|d| (d.order.cart.priced(), d.order.totals.total, d.order.id.as_str().to_string()));
    let said = RwSignal::new(None::<String>);
    let act = move |action: Action| said.set(change.run(action));
    view! {
        <section class="order-card" aria-labelledby="order-heading" data-status=move || status.get().key()>
            <h3 id="order-heading">{words::INCOMING_ORDER}</h3>
            <p>{words::order_from_text(words::BUYER_NAME)}" · "{words::order_number_text(&id)}</p>
            <ul>{lines.into_iter().map(|line| view! {
                <li>{words::item_name(line.variant)}" · "{words::line_text(line.quantity, line.variant.price)}</li>
            }).collect_view()}</ul>
            <p>{words::amount_to_pay_text(total)}</p>
            <p class="order-status"><strong>{move || desk.with(|d| words::order_status_text(&d.order))}</strong></p>
            {move || match status.get() {
                OrderStatus::AwaitingConfirmation => view! {
                    <button class="primary wide" on:click=move |_| act(Action::Confirm)>{words::action_label(&Action::Confirm)}</button>
                }.into_any(),
                OrderStatus::Confirmed => view! {
                    <button class="primary wide" on:click=move |_| act(Action::Pack)>{words::action_label(&Action::Pack)}</button>
                }.into_any(),
                OrderStatus::Packed => view! {
                    <p class="note">{words::ARRANGE_SHIPPING_NOTE}</p>
                    <button class="primary wide" on:click=move |_| act(Action::Ship { resi: desk.with_untracked(|d| d.order.platform_resi()) })>
                        {words::action_label(&Action::Ship { resi: String::new() })}
                    </button>
                }.into_any(),
                _ => view! {
                    <p>{move || desk.with(|d| d.order.resi.clone()).map(|r| format!("{}: {r}", words::RESI_LABEL))}</p>
                    <p class="note">{words::SHIPPED_NOTE}</p>
                }.into_any(),
            }}
            <p class="shop-message" role="status">{move || said.get()}</p>
        </section>
    }
}

#[component]
fn QuestionCard(desk: RwSignal<SellerDesk>, on_send: Callback<String>) -> impl IntoView {
    let draft = RwSignal::new(desk.with_untracked(|d| d.reply.clone()));
    let said = Signal::derive(move || desk.with(|d| d.reply_verdict()).map(|verdict| Feedback::reply(&verdict)));
    view! {
        <article class="chat-card" aria-label=words::QUESTION_SENDER>
            <p class="sender">{words::QUESTION_SENDER}</p>
            <p class="bubble">{words::reply_task_text(QUESTION)}</p>
            <label class="answer-label" for="balasan-chat">{words::REPLY_LABEL}</label>
            <textarea id="balasan-chat" rows="3" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
            <button class="secondary wide" on:click=move |_| on_send.run(draft.get_untracked())>{words::SEND_REPLY}</button>
            <FeedbackBox said />
        </article>
    }
}

#[component]
fn TrapCard(message: BuyerMessage, desk: RwSignal<SellerDesk>, on_decide: Callback<Decision>) -> impl IntoView {
    let chosen = move || desk.with(|d| d.decisions.iter().find(|(m, _)| *m == message).map(|&(_, d)| d));
    let said = Signal::derive(move || {
        desk.with(|d| d.verdict(message)).map(|verdict| Feedback::trap(&verdict))
    });
    let amount = desk.with_untracked(|d| d.order.totals.total);
    view! {
        <article class="chat-card trap" aria-label=words::sender_name(message)>
            <p class="sender">{words::sender_name(message)}</p>
            <p class="bubble">{words::buyer_message_text(message)}</p>
            {message.has_picture().then(|| view! {
                <div class="fake-proof" role="img" aria-label=words::PROOF_PICTURE>
                    <p>{words::PROOF_RECEIPT}</p>
                    <p><strong>{format_rupiah(amount)}</strong></p>
                </div>
            })}
            <p class="order-status">{words::status_in_app_text(message.status_in_app())}</p>
            <fieldset class="options">
                <legend>{words::WHAT_DO_YOU_DO}</legend>
                {Decision::ALL.into_iter().map(|decision| view! {
                    <button class="option" aria-pressed=move || (chosen() == Some(decision)).to_string() on:click=move |_| on_decide.run(decision)>
                        {words::decision_label(decision)}
                    </button>
                }).collect_view()}
            </fieldset>
            <FeedbackBox said />
        </article>
    }
}
