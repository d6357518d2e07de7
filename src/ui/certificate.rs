//! The certificate, on screen and on paper (print CSS lays it out on A4): shown once every
//! lesson is finished, with the code the trainer finds in the class roster.

use super::join::LearnerDetails;
use super::{now, ProgressStore};
use crate::catalog;
use crate::class::record::certificate_for_record;
use crate::lesson::Lesson;
use crate::progress::LessonStatus;
use crate::strings::class as words;
use crate::strings::report::day_text;
use crate::strings::text;
use leptos::prelude::*;

#[component]
pub fn CertificateScreen(lessons: &'static [Lesson]) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let certificate = Memo::new(move |_| {
        store
            .record
            .with(|record| certificate_for_record(record, lessons, now()))
    });
    let has_name = Memo::new(move |_| store.record.with(|r| r.learner().is_some()));
    let on_save = Callback::new(move |learner| store.change(|record| record.set_learner(learner)));
    let unfinished = move || {
        store.record.with(|record| {
            catalog::index()
                .iter()
                .filter(|lesson| record.status(*lesson) != LessonStatus::Finished)
                .map(|lesson| view! { <li>{&*lesson.title}</li> })
                .collect_view()
        })
    };
    move || {
        match certificate.get() {
        Some(certificate) => {
            let class = store
                .record
                .with(|r| r.class().cloned())
                .filter(|class| Some(&class.code) == certificate.class.as_ref());
            let titles = certificate
                .lessons
                .iter()
                .filter_map(|&n| catalog::by_number(n))
                .map(|l| view! { <li>{&*l.title}</li> })
                .collect_view();
            view! {
                <div class="screen certificate-screen">
                    <article class="certificate" aria-labelledby="certificate-title">
                        <p class="certificate-app">{text().app_name}</p>
                        <h2 id="certificate-title">{words::CERTIFICATE_TITLE}</h2>
                        <p>{words::CERTIFICATE_GIVEN_TO}</p>
                        <p class="certificate-name">{certificate.learner.clone()}</p>
                        <p class="certificate-business">{certificate.business.clone()}</p>
                        <p>{words::CERTIFICATE_FOR}</p>
                        <ol class="certificate-lessons">{titles}</ol>
                        <dl class="certificate-details">
                            {class.map(|class| {
                                let name = class.display_name().to_string();
                                let trainer = (!class.trainer.is_empty()).then(|| view! { <dt>{words::CERTIFICATE_TRAINER}</dt><dd>{class.trainer.clone()}</dd> });
                                view! { <dt>{words::CERTIFICATE_CLASS}</dt><dd>{name}</dd> {trainer} }
                            })}
                            <dt>{words::CERTIFICATE_DATE}</dt><dd>{day_text(certificate.completed_on)}</dd>
                            <dt>{words::CERTIFICATE_CODE}</dt><dd class="certificate-code">{certificate.code.clone()}</dd>
                        </dl>
                        <p class="note">{words::CERTIFICATE_CODE_NOTE}</p>
                    </article>
                    <div class="no-print">
                        <button class="primary" on:click=move |_| { let _ = window().print(); }>{words::PRINT}</button>
                    </div>
                </div>
            }.into_any()
        }
        None => view! {
            <div class="screen class-screen">
                <h2>{words::CERTIFICATE_HEADING}</h2>
                {move || if has_name.get() {
                    view! { <p>{words::CERTIFICATE_NOT_YET}</p> <ul>{unfinished}</ul> }.into_any()
                } else {
                    view! { <p>{words::CERTIFICATE_NEEDS_NAME}</p> <LearnerDetails on_save /> }.into_any()
                }}
            </div>
        }
        .into_any(),
    }
    }
}
