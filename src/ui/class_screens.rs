//! The class screens, downloaded as one part: joining, the progress card and the certificate
//! for learners; the classes and the roster for trainers. The card, the certificate and the
//! roster are given every lesson with its steps (`lessons::load_all`).

use super::later::{part, screen, PartView};
use super::{card, certificate, classes, join, roster};
use crate::lesson::Lesson;
use crate::route::Route;
use leptos::prelude::*;

part!(
    class,
    preload_class,
    pub fn class_screen(route: Route, lessons: &'static [Lesson]) -> PartView {
        Ok(screen(move || match route.clone() {
            Route::Join(code) => view! { <join::Join code /> }.into_any(),
            Route::Card => view! { <card::CardScreen lessons /> }.into_any(),
            Route::Certificate => view! { <certificate::CertificateScreen lessons /> }.into_any(),
            Route::Classes => view! { <classes::Classes /> }.into_any(),
            Route::Class(code) => view! { <roster::ClassRoster code lessons /> }.into_any(),
            // App shows these itself and never asks this part for them.
            Route::Home | Route::Lesson(_) | Route::Presenter(_) | Route::NotFound => ().into_any(),
        }))
    }
);
