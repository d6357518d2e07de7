use crate::answer::{Answer, Checked};
use crate::lesson::check::{is_arrangement, ordering_seed, starting_order};
use crate::lesson::Ordering;
use crate::strings::text;
use crate::feedback::Feedback;
use crate::ui::feedback::FeedbackBox;
use leptos::prelude::*;

pub fn show(step: &'static Ordering, cx: super::StepContext) -> AnyView {
    let seed = ordering_seed(cx.lesson, cx.index);
    view! { <OrderingStep step seed saved=cx.saved on_answer=cx.on_answer /> }.into_any()
}

#[component]
fn OrderingStep(step: &'static Ordering, seed: String, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let len = step.items.len();
    let initial = match saved.get_untracked() {
        Some(Answer::Ordering(order)) if is_arrangement(&order, len) => order,
        _ => starting_order(len, &seed),
    };
    let arrangement = RwSignal::new(initial);
    let said = Signal::derive(move || match saved.get() {
        Some(Answer::Ordering(order)) => Some(Feedback::ordering(step, &order)),
        _ => None,
    });
    let t = text();
    // Swaps two places, then keeps keyboard and screen-reader focus on the moved item, and
    // the tapped arrow under the finger: a second tap moves the same item again.
    let swap = move |from: usize, to: usize, button: &'static str| {
        let item = arrangement.with_untracked(|a| a[from]);
        let tapped = format!("{button}-{item}");
        let was_at = top_of(&tapped);
        arrangement.update(|a| a.swap(from, to));
        request_animation_frame(move || {
            focus_button(item, button, to, len);
            if let (Some(was_at), Some(now_at), Some(window)) = (was_at, top_of(&tapped), web_sys::window()) {
                window.scroll_by_with_x_and_y(0.0, now_at - was_at);
            }
        });
    };
    view! {
        <p class="instruction">{t.order_help}</p>
        <ol class="ordering" aria-describedby="step-heading">
            {move || arrangement.get().into_iter().enumerate().map(|(at, item)| {
                let label = &*step.items[item];
                view! {
                    <li class="order-item">
                        <span class="order-text">{label}</span>
                        <span class="order-moves">
                            <button class="icon" id=format!("naik-{item}") aria-label=(t.move_up)(label) disabled=at == 0
                                on:click=move |_| swap(at, at - 1, "naik")>"▲"</button>
                            <button class="icon" id=format!("turun-{item}") aria-label=(t.move_down)(label) disabled=at + 1 == len
                                on:click=move |_| swap(at, at + 1, "turun")>"▼"</button>
                        </span>
                    </li>
                }
            }).collect_view()}
        </ol>
        <button class="primary check" on:click=move |_| on_answer.run(Checked::ordering(step, arrangement.get()))>{t.check_order}</button>
        <FeedbackBox said />
    }
}

/// Where an element is on screen, from the top of the viewport.
fn top_of(id: &str) -> Option<f64> {
    let document = web_sys::window()?.document()?;
    Some(document.get_element_by_id(id)?.get_bounding_client_rect().top())
}

/// Focuses the same arrow on the item's new row, or the other arrow once it reaches an end.
fn focus_button(item: usize, button: &str, at: usize, len: usize) {
    let at_end = (button == "naik" && at == 0) || (button == "turun" && at + 1 == len);
    let id = match (button, at_end) {
        ("naik", true) => format!("turun-{item}"),
        ("turun", true) => format!("naik-{item}"),
        _ => format!("{button}-{item}"),
    };
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
    if let Some(element) = element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = element.focus();
    }
}
