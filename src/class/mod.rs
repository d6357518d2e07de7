//! Classes without a server: a trainer's class code, a learner's progress card passed on
//! through WhatsApp, the trainer's roster built from pasted chat text, the CSV report and
//! the certificate's verification code. Pure Rust; `ui` only shows and forwards.

pub mod base32;
pub mod bits;
pub mod card;
pub mod certificate;
pub mod class_code;
pub mod csv;
pub mod evaluation;
pub mod extract;
pub mod record;
pub mod roster;
pub mod trainer;
