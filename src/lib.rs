//! Lapak Latihan: practice screens for learning to sell online.
//!
//! The pure core (lessons, checkers, simulators, progress) is plain Rust tested on the host;
//! `ui` is the leptos shell that only renders and forwards events.

pub mod answer;
pub mod cash_book;
pub mod catalog;
pub mod class;
pub mod feedback;
pub mod lesson;
pub mod link;
pub mod money;
pub mod phone;
pub mod post;
pub mod pricing;
pub mod progress;
pub mod qr;
pub mod route;
pub mod search;
pub mod shop;
pub mod strings;
pub mod time;

#[cfg(target_arch = "wasm32")]
pub mod ui;
