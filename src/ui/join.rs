//! Joining a trainer's class: the code typed, or carried by a scanned QR code or a tapped
//! link, plus the learner's name and business, asked once and kept on the phone.

use super::navigation::Link;
use super::share::ScanQr;
use super::ProgressStore;
use crate::class::class_code::{class_in_scan, ClassInfo};
use crate::progress::Learner;
use crate::route::Route;
use crate::strings::class as words;
use leptos::prelude::*;

#[component]
pub fn Join(code: Option<String>) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    // A tapped link or scanned QR code brings the class's details in the query string.
    let from_link = code.and_then(|code| {
        ClassInfo::from_join(&code, &window().location().search().unwrap_or_default()).ok()
    });
    let linked = RwSignal::new(from_link.clone());
    let typed_code = RwSignal::new(
        from_link
            .map(|info| info.code.as_str().to_string())
            .or_else(|| {
                store
                    .record
                    .with_untracked(|r| r.class().map(|c| c.code.as_str().to_string()))
            })
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<&'static str>);
    let joined = RwSignal::new(None::<ClassInfo>);
    let scanned =
        Callback::new(
            move |text: Option<String>| match text.as_deref().and_then(class_in_scan) {
                Some(info) => {
                    typed_code.set(info.code.as_str().to_string());
                    linked.set(Some(info));
                    problem.set(None);
                }
                None => problem.set(Some(if text.is_some() {
                    words::SCAN_NOT_CLASS
                } else {
                    words::SCAN_FAILED
                })),
            },
        );
    let on_save = Callback::new(move |learner: Learner| {
        let mut outcome = None;
        store.change(|record| {
            outcome = Some(
                record
                    .join_class(&typed_code.get_untracked(), linked.get_untracked(), learner)
                    .cloned(),
            );
        });
        match outcome {
            Some(Ok(class)) => {
                problem.set(None);
                joined.set(Some(class));
            }
            Some(Err(why)) => problem.set(Some(words::class_code_problem_text(why))),
            None => {}
        }
    });
    view! {
        <div class="screen class-screen">
            <h2>{words::JOIN_HEADING}</h2>
            <p>{words::JOIN_INTRO}</p>
            {move || linked.get().filter(|info| !info.name.is_empty()).map(|info| view! { <p class="class-name">{words::in_class_text(&info.name)}</p> })}
            <label for="kode-kelas">{words::CLASS_CODE_LABEL}</label>
            <input id="kode-kelas" type="text" autocomplete="off" autocapitalize="characters" maxlength="12"
                prop:value=move || typed_code.get() on:input=move |ev| typed_code.set(event_target_value(&ev)) />
            <ScanQr label=words::SCAN_QR on_read=scanned />
            <p class="problem" role="alert">{move || problem.get()}</p>
            <LearnerDetails on_save />
            {move || joined.get().map(|class| view! {
                <p role="status" class="done">{words::joined_text(&class)}</p>
                <Link to=Route::Home class="button primary">{words::TO_LESSONS_NOW}</Link>
            })}
        </div>
    }
}

/// Name and business, filled in from what is kept; `on_save` gets them tidied.
#[component]
pub fn LearnerDetails(on_save: Callback<Learner>) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let kept = store
        .record
        .with_untracked(|r| r.learner().cloned())
        .unwrap_or_default();
    let name = RwSignal::new(kept.name);
    let business = RwSignal::new(kept.business);
    let problem = RwSignal::new(None::<&'static str>);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match Learner::new(&name.get_untracked(), &business.get_untracked()) {
            Some(learner) => {
                problem.set(None);
                on_save.run(learner);
            }
            None => problem.set(Some(words::NAME_NEEDED)),
        }
    };
    view! {
        <form class="learner-details" on:submit=save>
            <label for="nama-peserta">{words::NAME_LABEL}</label>
            <input id="nama-peserta" type="text" autocomplete="name" maxlength="40"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            <label for="nama-usaha">{words::BUSINESS_LABEL}</label>
            <input id="nama-usaha" type="text" autocomplete="organization" maxlength="60"
                prop:value=move || business.get() on:input=move |ev| business.set(event_target_value(&ev)) />
            <p class="problem" role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary">{words::SAVE_DETAILS}</button>
        </form>
    }
}
