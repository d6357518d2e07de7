//! A trainer's classes on this phone, and starting a new one with its own class code.

use super::navigation::{Link, Navigator};
use super::ProgressStore;
use crate::class::trainer::{ClassNotStarted, NewClass};
use crate::route::Route;
use crate::strings::class as words;
use leptos::prelude::*;

#[component]
pub fn Classes() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let navigator = expect_context::<Navigator>();
    let [name, place, date, trainer, trainer_wa] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<&'static str>);
    let create = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (name, place, date, trainer, trainer_wa) = (
            name.get_untracked(),
            place.get_untracked(),
            date.get_untracked(),
            trainer.get_untracked(),
            trainer_wa.get_untracked(),
        );
        let new = NewClass {
            name: &name,
            place: &place,
            date: &date,
            trainer: &trainer,
            trainer_wa: &trainer_wa,
        };
        let mut started = Err(ClassNotStarted::NameNeeded);
        store.change(|record| {
            started = record
                .trainer_classes_mut()
                .start(new, js_sys::Math::random())
        });
        match started {
            Ok(code) => navigator.go(Route::Class(code.as_str().to_string())),
            Err(ClassNotStarted::NameNeeded) => problem.set(Some(words::CLASS_NAME_NEEDED)),
            Err(ClassNotStarted::TrainerWaNotMobile) => {
                problem.set(Some(words::TRAINER_WA_NOT_MOBILE))
            }
        }
    };
    let field = |id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 value: RwSignal<String>,
                 placeholder: &'static str| {
        view! {
            <label for=id>{label}</label>
            <input id=id type=kind maxlength="80" placeholder=placeholder prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        }
    };
    // The roster keeps one text (a row's codes) per learner, so the texts are the head count.
    let classes = move || {
        store.record.with(|r| {
            r.trainer_classes()
                .iter()
                .map(|c| (c.info.clone(), c.codes.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="screen class-screen">
            <h2>{words::CLASSES_HEADING}</h2>
            <p>{words::CLASSES_INTRO}</p>
            <ul class="class-list">
                {move || {
                    let classes = classes();
                    if classes.is_empty() {
                        view! { <li>{words::NO_CLASSES}</li> }.into_any()
                    } else {
                        classes.into_iter().map(|(info, learners)| view! {
                            <li>
                                <Link to=Route::Class(info.code.as_str().to_string()) class="button secondary">
                                    {format!("{} ({})", info.name, info.code.as_str())}
                                </Link>
                                <span class="meta">{words::learners_count_text(learners)}</span>
                            </li>
                        }).collect_view().into_any()
                    }
                }}
            </ul>
            <form class="new-class" on:submit=create>
                <h3>{words::NEW_CLASS_HEADING}</h3>
                {field("nama-kelas", words::CLASS_NAME_LABEL, "text", name, words::CLASS_NAME_PLACEHOLDER)}
                {field("tempat-kelas", words::PLACE_LABEL, "text", place, "")}
                {field("tanggal-kelas", words::DATE_LABEL, "date", date, "")}
                {field("pelatih-kelas", words::TRAINER_LABEL, "text", trainer, "")}
                {field("wa-pelatih", words::TRAINER_WA_LABEL, "tel", trainer_wa, "0812-3456-7890")}
                <p class="problem" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary">{words::CREATE_CLASS}</button>
            </form>
        </div>
    }
}
