//! Getting codes off and onto the phone: copying, QR pictures, and reading a QR code from
//! a photo where the browser can (BarcodeDetector; elsewhere people type the code).

use crate::qr::qr_grid;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Starts copying; `None` where the browser offers no clipboard (e.g. not over https).
pub fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined());
    has_clipboard.then(|| navigator.clipboard().write_text(text))
}

/// Copies `text` and then says `copied` or `failed` through `said`.
pub fn copy_and_say(
    text: &str,
    said: RwSignal<Option<&'static str>>,
    copied: &'static str,
    failed: &'static str,
) {
    match copy_to_clipboard(text) {
        Some(done) => leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(done).await.is_ok();
            said.set(Some(if ok { copied } else { failed }));
        }),
        None => said.set(Some(failed)),
    }
}

/// A QR code drawn as one SVG path, with the text spoken by screen readers as `label`.
#[component]
pub fn QrPicture(
    #[prop(into)] text: Signal<String>,
    label: &'static str,
    #[prop(optional)] caption: Option<&'static str>,
) -> impl IntoView {
    move || {
        text.with(|text| qr_grid(text)).map(|grid| {
            let side = grid.side().to_string();
            let view_box = format!("0 0 {side} {side}");
            view! {
                <figure class="qr">
                    <svg viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges">
                        <rect width=side.clone() height=side fill="#fff" />
                        <path d=grid.svg_path() fill="#000" />
                    </svg>
                    {caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
                </figure>
            }
        })
    }
}

fn barcode_detector() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &JsValue::from_str("BarcodeDetector"))
        .ok()?
        .dyn_into()
        .ok()
}

/// The text of the first QR code in `photo`, or `None` if none was read.
async fn read_qr(photo: web_sys::File) -> Option<String> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(
        &options,
        &"formats".into(),
        &js_sys::Array::of1(&"qr_code".into()),
    )
    .ok()?;
    let detector =
        js_sys::Reflect::construct(&barcode_detector()?, &js_sys::Array::of1(&options)).ok()?;
    let detect: js_sys::Function = js_sys::Reflect::get(&detector, &"detect".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = detect.call1(&detector, &photo).ok()?.dyn_into().ok()?;
    let found = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let first = js_sys::Array::from(&found).get(0);
    js_sys::Reflect::get(&first, &"rawValue".into())
        .ok()?
        .as_string()
}

/// "Take a photo of the QR code": shown only where the browser can read QR codes. Calls
/// `on_read` with the text found, or `None` when the photo held no readable code.
#[component]
pub fn ScanQr(label: &'static str, on_read: Callback<Option<String>>) -> impl IntoView {
    let scan = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(photo) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move { on_read.run(read_qr(photo).await) });
    };
    barcode_detector().map(|_| {
        view! {
            <label class="button secondary scan">
                {label}
                <input class="visually-hidden" type="file" accept="image/*" capture="environment" on:change=scan />
            </label>
        }
    })
}
