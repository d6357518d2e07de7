//! The checkout practice: the buyer's screens from the product page to a paid order. The
//! whole purchase is the step's answer, kept on every tap; every rule is in `crate::shop`.

use crate::answer::{Answer, Checked};
use crate::lesson::Checkout;
use crate::money::format_rupiah;
use crate::shop::cart::MAX_PER_LINE;
use crate::shop::catalog::{self, Variant, PRODUCTS};
use crate::shop::checkout::BreakdownLine;
use crate::shop::order::{Order, OrderStatus, PaymentInstructions};
use crate::shop::payment::{Bank, Payment, PaymentMethod, Term};
use crate::shop::purchase::{Purchase, Screen};
use crate::shop::shipping::{chargeable_kg, package_grams, quotes, Destination};
use crate::shop::voucher::{VoucherSlot, VOUCHERS};
use crate::strings::shop as words;
use crate::ui::now;
use crate::ui::share::QrPicture;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;

/// The purchase, what the shop last said, and where to keep changes: copied into each screen.
#[derive(Clone, Copy)]
struct Shop {
    purchase: RwSignal<Purchase>,
    said: RwSignal<Option<String>>,
    on_answer: Callback<Checked>,
}

impl Shop {
    /// Runs a tap on the purchase, keeps the result, and shows what the shop says about it.
    fn tap(self, act: impl FnOnce(&mut Purchase) -> Option<String>) {
        let mut message = None;
        self.purchase.update(|p| message = act(p));
        self.said.set(message);
        self.on_answer.run(Checked::checkout(self.purchase.get_untracked()));
    }

    fn open(self, screen: Screen) {
        self.tap(|p| p.open(screen).err().map(words::blocked_text));
    }
}

part!(checkout, preload,
pub fn show(step: &'static Checkout, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <CheckoutStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn CheckoutStep(step: &'static Checkout, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::Checkout(stored) => Some(stored), _ => None },
        Purchase::default,
    );
    let purchase = RwSignal::new(start);
    let shop = Shop { purchase, said: RwSignal::new(None), on_answer };
    // Only a change of screen (or of product page) rebuilds the screen, so typing and
    // focus survive other taps.
    let page = Memo::new(move |_| purchase.with(|p| (p.screen(), p.product())));
    let screen = Memo::new(move |_| page.get().0);

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        <div class="shop" data-screen=move || screen.get().key()>
            <p class="shop-bar"><strong>{words::SHOP_NAME}</strong>" · "{words::SHOP_CITY}</p>
            <p class="note">{words::PRACTICE_NOTE}</p>
            {move || screen.get().previous().map(|back| view! {
                <button class="secondary back" on:click=move |_| shop.open(back)>{words::back_to_label(back)}</button>
            })}
            <h3 class="screen-name">{move || words::screen_name(screen.get())}</h3>
            {move || match page.get().0 {
                Screen::Product => product_screen(shop).into_any(),
                Screen::Cart => cart_screen(shop).into_any(),
                Screen::Address => address_screen(shop).into_any(),
                Screen::Shipping => shipping_screen(shop).into_any(),
                Screen::Summary => summary_screen(shop).into_any(),
                Screen::Payment => payment_screen(shop).into_any(),
                Screen::Pay => pay_screen(shop).into_any(),
                Screen::Paid => paid_screen(shop).into_any(),
            }}
            // On the product screen the message stands under "Masukkan Keranjang", which it
            // answers, not below the other products.
            {move || (page.get().0 != Screen::Product).then(|| shop_message(shop))}
        </div>
    }
}

/// What the shop last said, read out as it changes.
fn shop_message(shop: Shop) -> impl IntoView {
    view! { <p class="shop-message" role="status">{move || shop.said.get()}</p> }
}

/// The button that moves on to `screen`.
fn forward(shop: Shop, screen: Screen) -> impl IntoView {
    view! { <button class="primary wide" on:click=move |_| shop.open(screen)>{words::open_screen_label(screen)}</button> }
}

fn product_screen(shop: Shop) -> impl IntoView {
    let purchase = shop.purchase;
    let product_id = purchase.with_untracked(Purchase::product);
    let product = catalog::product(product_id);
    let quantity = RwSignal::new(1_u32);
    let picked = move |sku: &str| purchase.with(|p| p.sku.as_deref() == Some(sku));
    view! {
        {words::product_picture(product.id).map(|(file, alt)| view! { <img class="product-photo" src=file alt=alt width="160" height="160" /> })}
        <p class="product-name">{words::product_name(product.id)}</p>
        <p class="price">{words::price_range_text(product.price_range())}</p>
        <p>{words::product_description(product.id)}</p>
        <fieldset class="options">
            <legend>{words::PICK_VARIANT}</legend>
            {product.variants.iter().map(|v: &'static Variant| view! {
                <button class="option variant" aria-pressed=move || picked(v.sku).to_string()
                    on:click=move |_| shop.tap(|p| p.pick_variant(v.sku).err().map(words::blocked_text))>
                    <span>{words::variant_label(v)}</span>
                    <span>{format_rupiah(v.price)}" · "{words::stock_text(v.stock)}</span>
                </button>
            }).collect_view()}
        </fieldset>
        <Stepper label=words::QUANTITY.to_string() item=String::new() value=Signal::derive(move || quantity.get())
            on_change=Callback::new(move |q: u32| quantity.set(q.clamp(1, MAX_PER_LINE))) />
        <button class="primary wide" on:click=move |_| shop.tap(|p| match p.add_to_cart(quantity.get_untracked()) {
            Ok(update) => words::cart_update_text(update),
            Err(blocked) => Some(words::blocked_text(blocked)),
        })>{words::ADD_TO_CART}</button>
        {shop_message(shop)}
        {move || purchase.with(|p| (!p.checkout.cart.is_empty()).then(|| {
            let count = p.checkout.cart.item_count();
            view! { <button class="secondary wide" on:click=move |_| shop.open(Screen::Cart)>{words::open_screen_label(Screen::Cart)}" ("{count}")"</button> }
        }))}
        <h4>{words::OTHER_PRODUCTS}</h4>
        <div class="other-products">
            {PRODUCTS.iter().filter(|p| p.id != product.id).map(|other| view! {
                <button class="secondary" on:click=move |_| shop.tap(|p| p.view_product(other.id).err().map(words::blocked_text))>
                    {words::product_name(other.id)}
                </button>
            }).collect_view()}
        </div>
    }
}

/// A quantity with a minus and a plus button, each named after the line it changes.
#[component]
fn Stepper(label: String, item: String, value: Signal<u32>, on_change: Callback<u32>) -> impl IntoView {
    let less = words::quantity_button_label(false, &item);
    let more = words::quantity_button_label(true, &item);
    view! {
        <div class="stepper">
            <span class="stepper-label">{label}</span>
            <button class="secondary icon" aria-label=less.trim().to_string() on:click=move |_| on_change.run(value.get_untracked().saturating_sub(1))>"−"</button>
            <output class="quantity" aria-live="polite">{move || value.get()}</output>
            <button class="secondary icon" aria-label=more.trim().to_string() on:click=move |_| on_change.run(value.get_untracked().saturating_add(1))>"+"</button>
        </div>
    }
}

fn cart_screen(shop: Shop) -> impl IntoView {
    let purchase = shop.purchase;
    let variants = move || purchase.with(|p| p.checkout.cart.priced().into_iter().map(|line| line.variant).collect::<Vec<_>>());
    view! {
        {move || purchase.with(|p| p.checkout.cart.is_empty()).then(|| view! { <p>{words::CART_EMPTY}</p> })}
        <ul class="cart-lines">
            <For each=variants key=|variant| variant.sku children=move |variant| cart_line(shop, variant) />
        </ul>
        <p class="subtotal">{move || breakdown_row(BreakdownLine::Subtotal(purchase.with(|p| p.checkout.cart.subtotal())))}</p>
        <button class="secondary wide" on:click=move |_| shop.open(Screen::Product)>{words::SHOP_MORE}</button>
        {forward(shop, Screen::Address)}
    }
}

/// One cart line, kept in place while its quantity changes so focus stays on its buttons.
fn cart_line(shop: Shop, variant: &'static Variant) -> impl IntoView {
    let sku = variant.sku;
    let name = words::item_name(variant);
    let quantity = Signal::derive(move || shop.purchase.with(|p| p.checkout.cart.quantity(sku)));
    let total = move || shop.purchase.with(|p| p.checkout.cart.priced().iter().find(|l| l.variant.sku == sku).map_or(0, |l| l.total));
    let set = move |q: u32| {
        shop.tap(|p| match p.set_quantity(sku, q) {
            Ok(update) => words::cart_update_text(update),
            Err(blocked) => Some(words::blocked_text(blocked)),
        })
    };
    view! {
        <li class="cart-line">
            <p class="item">{name.clone()}</p>
            <p>{move || words::line_text(quantity.get(), variant.price)}" = "<strong>{move || format_rupiah(total())}</strong></p>
            <Stepper label=words::QUANTITY.to_string() item=name.clone() value=quantity on_change=Callback::new(set) />
            <button class="secondary" on:click=move |_| set(0)>{words::remove_label(&name)}</button>
        </li>
    }
}

fn address_screen(shop: Shop) -> impl IntoView {
    let chosen = move |d: Destination| shop.purchase.with(|p| p.checkout.destination == Some(d));
    view! {
        <fieldset class="options">
            <legend>{words::SEND_TO}</legend>
            {Destination::ALL.into_iter().map(|d| view! {
                <button class="option" aria-pressed=move || chosen(d).to_string()
                    on:click=move |_| shop.tap(|p| p.choose_destination(d).err().map(words::blocked_text))>
                    <strong>{words::BUYER_NAME}</strong>
                    <span>{words::destination_address(d)}</span>
                    <span class="meta">{words::zone_name(d.zone())}</span>
                </button>
            }).collect_view()}
        </fieldset>
        {forward(shop, Screen::Shipping)}
    }
}

fn shipping_screen(shop: Shop) -> impl IntoView {
    let (grams, zone) = shop.purchase.with_untracked(|p| (p.checkout.cart.total_grams(), p.checkout.destination.map(Destination::zone)));
    let options = zone.map(|zone| quotes(zone, grams)).unwrap_or_default();
    view! {
        <p>{words::weight_text(grams, chargeable_kg(package_grams(grams)))}</p>
        <p class="note">{words::SHIPPING_RULE}</p>
        <fieldset class="options">
            <legend>{words::CHOOSE_COURIER}</legend>
            {options.into_iter().map(|q| view! {
                <button class="option" aria-pressed=move || shop.purchase.with(|p| p.checkout.shipping == Some(q.choice)).to_string()
                    on:click=move |_| shop.tap(|p| p.choose_shipping(q.choice).err().map(words::blocked_text))>
                    <strong>{words::courier_name(q.choice.courier)}" "{words::service_name(q.choice.service)}</strong>
                    <span>{format_rupiah(q.cost)}" · "{words::days_text(q.days)}</span>
                </button>
            }).collect_view()}
        </fieldset>
        {forward(shop, Screen::Summary)}
    }
}

fn breakdown_row(line: BreakdownLine) -> impl IntoView {
    let class = if matches!(line, BreakdownLine::Total(_)) { "row total" } else { "row" };
    view! { <span class=class><span>{words::breakdown_label(line)}</span><span>{words::breakdown_amount(line)}</span></span> }
}

/// The price list as it stands, and what still stops the order (a missing payment is
/// left to the payment screen).
fn breakdown(shop: Shop) -> impl IntoView {
    let quote = Memo::new(move |_| shop.purchase.with(|p| p.checkout.quote(now())));
    view! {
        <section class="breakdown" aria-label=words::BREAKDOWN_HEADING>
            {move || quote.with(|q| q.totals.breakdown().into_iter().map(|line| view! { <p>{breakdown_row(line)}</p> }).collect_view())}
        </section>
        <ul class="problems">
            {move || quote.with(|q| q.problems_before_payment()
                .map(|p| view! { <li>{words::checkout_problem_text(p)}</li> }).collect_view())}
        </ul>
    }
}

fn summary_screen(shop: Shop) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let applied = move |slot: VoucherSlot| {
        shop.purchase.with(|p| match slot {
            VoucherSlot::Shop => p.checkout.shop_voucher.clone(),
            VoucherSlot::Shipping => p.checkout.shipping_voucher.clone(),
        })
    };
    view! {
        <label class="answer-label" for="kode-voucher">{words::VOUCHER_LABEL}</label>
        <input id="kode-voucher" type="text" maxlength="40" autocomplete="off" prop:value=move || typed.get()
            on:input=move |ev| typed.set(event_target_value(&ev)) />
        <button class="secondary wide" on:click=move |_| shop.tap(|p| Some(match p.apply_voucher(&typed.get_untracked(), now()) {
            Ok(slot) => words::voucher_applied_text(slot),
            Err(blocked) => words::blocked_text(blocked),
        }))>{words::VOUCHER_APPLY}</button>
        {[VoucherSlot::Shop, VoucherSlot::Shipping].into_iter().map(|slot| move || applied(slot).map(|code| view! {
            <p class="applied">
                {words::voucher_slot_name(slot)}": "<strong>{code.clone()}</strong>" "
                <button class="secondary" on:click=move |_| shop.tap(|p| p.remove_voucher(slot).err().map(words::blocked_text))>
                    {words::remove_label(&code)}
                </button>
            </p>
        })).collect_view()}
        <details class="voucher-list">
            <summary>{words::VOUCHERS_HEADING}</summary>
            <ul>{VOUCHERS.iter().map(|v| view! { <li><strong>{v.code}</strong>": "{words::voucher_text(v)}</li> }).collect_view()}</ul>
        </details>
        <h4>{words::BREAKDOWN_HEADING}</h4>
        {breakdown(shop)}
        {forward(shop, Screen::Payment)}
    }
}

fn payment_screen(shop: Shop) -> impl IntoView {
    let payment = Memo::new(move |_| shop.purchase.with(|p| p.checkout.payment));
    let choose = move |payment: Payment| shop.tap(|p| p.choose_payment(payment).err().map(words::blocked_text));
    let option = move |label: String, pressed: Payment| view! {
        <button class="option" aria-pressed=move || (payment.get() == Some(pressed)).to_string() on:click=move |_| choose(pressed)>{label}</button>
    };
    let plan = Memo::new(move |_| shop.purchase.with(|p| p.checkout.quote(now()).plan));
    view! {
        <fieldset class="options">
            <legend>{words::CHOOSE_PAYMENT}</legend>
            {PaymentMethod::ALL.into_iter().map(|m| view! {
                <button class="option method" aria-pressed=move || (payment.get().map(|p| p.method()) == Some(m)).to_string()
                    on:click=move |_| if payment.get_untracked().map(|p| p.method()) != Some(m) { choose(m.first_choice()) }>
                    <strong>{words::payment_method_name(m)}</strong>
                    <span>{words::payment_method_note(m)}</span>
                    <span class="meta">{words::requirement_text(m.requirement())}" · "{words::admin_fee_text(m)}</span>
                </button>
            }).collect_view()}
        </fieldset>
        {move || payment.get().map(|chosen| match chosen {
            Payment::VirtualAccount { .. } | Payment::DirectDebit { .. } => view! {
                <fieldset class="options sub-options"><legend>{words::CHOOSE_BANK}</legend>
                    {Bank::ALL.into_iter().map(|bank| option(words::bank_name(bank).to_string(), match chosen {
                        Payment::VirtualAccount { .. } => Payment::VirtualAccount { bank },
                        _ => Payment::DirectDebit { bank },
                    })).collect_view()}
                </fieldset>
            }.into_any(),
            Payment::PayLater { .. } => view! {
                <fieldset class="options sub-options"><legend>{words::CHOOSE_TERM}</legend>
                    {Term::ALL.into_iter().map(|term| option(words::term_name(term), Payment::PayLater { term })).collect_view()}
                </fieldset>
                <p class="note">{words::PAYLATER_NOTE}</p>
            }.into_any(),
            Payment::CreditCard { .. } => view! {
                <fieldset class="options sub-options"><legend>{words::CHOOSE_TERM}</legend>
                    {option(words::PAY_IN_FULL.to_string(), Payment::CreditCard { instalments: None })}
                    {Term::CARD.into_iter()
                        .map(|term| option(words::term_name(term), Payment::CreditCard { instalments: Some(term) })).collect_view()}
                </fieldset>
                <p class="warning" role="note">{words::card_warning()}</p>
            }.into_any(),
            _ => ().into_any(),
        })}
        {move || plan.get().map(|plan| view! { <p class="plan"><strong>{words::plan_text(&plan)}</strong></p> })}
        <h4>{words::BREAKDOWN_HEADING}</h4>
        {breakdown(shop)}
        <button class="primary wide" on:click=move |_| shop.tap(|p| p.place_order(now()).err().map(|problems| {
            problems.into_iter().map(words::checkout_problem_text).collect::<Vec<_>>().join(" ")
        }))>{words::PLACE_ORDER}</button>
    }
}

fn pay_screen(shop: Shop) -> impl IntoView {
    move || {
        let Some(order) = shop.purchase.with(|p| p.order.clone()) else { return ().into_any() };
        let cancelled = order.status == OrderStatus::Cancelled;
        let cod = order.payment.method().pays_on_delivery();
        view! {
            <p>{words::order_number_text(order.id.as_str())}</p>
            {instructions(&order)}
            <section class="breakdown" aria-label=words::BREAKDOWN_HEADING>
                {order.totals.breakdown().into_iter().map(|line| view! { <p>{breakdown_row(line)}</p> }).collect_view()}
            </section>
            {if cancelled {
                view! {
                    <p class="warning">{words::EXPIRED}</p>
                    <button class="primary wide" on:click=move |_| shop.tap(|p| { p.order_again(); None })>{words::ORDER_AGAIN}</button>
                }.into_any()
            } else if cod {
                view! { <p class="done">{words::order_status_text(&order)}</p> }.into_any()
            } else {
                view! {
                    <button class="primary wide" on:click=move |_| shop.tap(|p| p.pay(now()).err().map(words::blocked_text))>{words::I_HAVE_PAID}</button>
                    <p class="note">{words::I_HAVE_PAID_NOTE}</p>
                }.into_any()
            }}
        }
        .into_any()
    }
}

/// The chosen method's own screen: what to pay, where, and by when.
fn instructions(order: &Order) -> impl IntoView {
    let amount = |amount| view! { <p class="amount">{words::amount_to_pay_text(amount)}</p> };
    let deadline = |millis| view! { <p class="deadline"><strong>{words::deadline_text(millis)}</strong></p> };
    match order.instructions() {
        PaymentInstructions::ScanQr { payload, amount: total, deadline: by } => view! {
            <QrPicture text=payload label=words::QR_LABEL caption=words::PRACTICE_QR />
            {amount(total)}
            {deadline(by)}
        }.into_any(),
        PaymentInstructions::VirtualAccount { bank, number, amount: total, deadline: by } => view! {
            <p>{words::bank_name(bank)}</p>
            <p>{words::VA_NUMBER}</p>
            <p class="pay-number" data-testid="va-number">{words::grouped_number(&number)}</p>
            {amount(total)}
            {deadline(by)}
        }.into_any(),
        PaymentInstructions::EWallet { amount: total, deadline: by } => view! {
            <p>{words::EWALLET_STEPS}</p>
            {amount(total)}
            {deadline(by)}
        }.into_any(),
        PaymentInstructions::Minimarket { code, amount: total, deadline: by } => view! {
            <p>{words::MINIMARKET_CODE}</p>
            <p class="pay-number">{words::grouped_number(&code)}</p>
            {amount(total)}
            {deadline(by)}
        }.into_any(),
        PaymentInstructions::PayCourier { amount: total } => view! {
            <p>{words::COD_PLACED}</p>
            <p class="amount">{words::cod_amount_text(total)}</p>
        }.into_any(),
        PaymentInstructions::PayLater(plan) => view! {
            <p class="plan"><strong>{words::plan_text(&plan)}</strong></p>
            <p class="note">{words::PAYLATER_NOTE}</p>
        }.into_any(),
        PaymentInstructions::CreditCard { amount: total, plan } => view! {
            {amount(total)}
            {plan.map(|plan| view! { <p class="plan"><strong>{words::plan_text(&plan)}</strong></p> })}
            <p class="warning" role="note">{words::card_warning()}</p>
        }.into_any(),
        PaymentInstructions::DirectDebit { bank, amount: total } => view! {
            <p>{words::bank_name(bank)}</p>
            <p>{words::DIRECT_DEBIT_STEPS}</p>
            {amount(total)}
        }.into_any(),
    }
}

fn paid_screen(shop: Shop) -> impl IntoView {
    move || {
        shop.purchase.with(|p| p.order.clone()).map(|order| view! {
            <p class="done"><strong>{words::PAID_HEADING}</strong></p>
            <p>{words::order_number_text(order.id.as_str())}</p>
            <p>{words::order_status_text(&order)}</p>
            <p class="amount">{words::amount_to_pay_text(order.totals.total)}</p>
            <p class="note">{words::PAID_NOTE}</p>
        })
    }
}
