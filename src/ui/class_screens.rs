//! The class screens, downloaded as one part: joining, the progress card and the certificate
//! for learners; the classes and the roster for trainers. The card, the certificate and the
//! roster are given every lesson with its steps (`lessons::load_all`).

use super::later::{part, screen, PartView};
use super::navigation::Link;
use super::{card, certificate, classes, join, roster};
use crate::lesson::Lesson;
use crate::route::Route;
use crate::strings::text;
use leptos::prelude::*;

part!(
    class,
    preload_class,
    pub fn class_screen(route: Route, lessons: &'static [Lesson]) -> PartView {
        // An installed app has no browser back button: every class screen leads home.
        let back = move || view! { <Link to=Route::Home class="back-link no-print">{format!("← {}", text().to_lessons)}</Link> };
        Ok(screen(move || match route.clone() {
            Route::Join(code) => view! { {back()} <join::Join code /> }.into_any(),
            Route::Card => view! { {back()} <card::CardScreen lessons /> }.into_any(),
            Route::Certificate => {
                view! { {back()} <certificate::CertificateScreen lessons /> }.into_any()
            }
            Route::Classes => view! { {back()} <classes::Classes /> }.into_any(),
            Route::Class(code) => {
                view! { {back()} <roster::ClassRoster code lessons /> }.into_any()
            }
            // App shows these itself and never asks this part for them.
            Route::Home | Route::Lesson(_) | Route::Presenter(_) | Route::NotFound => ().into_any(),
        }))
    }
);
