//! Classes without a server: a trainer's class code, a learner's progress card passed on
//! through WhatsApp, the trainer's roster built from pasted chat text, the CSV report and
//! the certificate's verification code. Pure Rust; `ui` only shows and forwards.

pub mod base32;
pub mod class_code;
