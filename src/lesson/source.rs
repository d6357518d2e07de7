//! Writes checked lessons as Rust source, which build.rs hands to `catalog`: the shipped
//! lessons become static data in the binary, so the app parses nothing at start and its
//! download carries no lesson reader.
//!
//! Every struct is taken apart field by field (`struct_source!`, written beside each struct
//! in the model), so a field added to the model and not to its list stops the build instead
//! of going missing from the app.

use super::*;

/// The lessons as one Rust expression of type `&'static [Lesson]`. It names the model's
/// types as `catalog` imports them.
pub fn lessons_source(lessons: &[Lesson]) -> String {
    format!("&[{}]", items(lessons))
}

/// What the first download knows of the lessons, one `LessonHead` each, as one Rust
/// expression of type `&'static [LessonHead]`.
pub fn index_source(lessons: &[Lesson]) -> String {
    let heads: Vec<LessonHead> = lessons.iter().map(Lesson::head).collect();
    format!("&[{}]", items(&heads))
}

/// Rules of a typed answer as one Rust expression of type `&'static [TextRule]`.
pub fn rules_source(rules: &[TextRule]) -> String {
    format!("&[{}]", items(rules))
}

pub(crate) trait Source {
    fn source(&self) -> String;
}

fn items<T: Source>(values: &[T]) -> String {
    values
        .iter()
        .map(Source::source)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Source for Text {
    /// Debug writes a string as a Rust literal: quotes, backslashes and line breaks escaped.
    fn source(&self) -> String {
        format!("Cow::Borrowed({:?})", &**self)
    }
}

impl<T: Source + Clone> Source for List<T> {
    fn source(&self) -> String {
        format!("Cow::Borrowed(&[{}])", items(self))
    }
}

impl<T: super::wire::Wire + Default> Source for Packed<T> {
    fn source(&self) -> String {
        format!("Packed::from_static(&{:?})", self.bytes())
    }
}

impl<T: Source> Source for Option<T> {
    fn source(&self) -> String {
        self.as_ref()
            .map_or("None".into(), |value| format!("Some({})", value.source()))
    }
}

macro_rules! number_source {
    ($($number:ty),*) => {$(
        impl Source for $number {
            fn source(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
number_source!(bool, u8, u32, u64, usize);

/// Unit enums: Debug gives the variant's name.
macro_rules! unit_enum_source {
    ($($name:ident),*) => {$(
        impl Source for $name {
            fn source(&self) -> String {
                format!("{}::{:?}", stringify!($name), self)
            }
        }
    )*};
}
unit_enum_source!(Channel, Stage, Category, CashKind);

/// Writes a struct as source, field by field: `struct_source!(Picture { file, alt })` beside
/// each struct in the lesson model, so a field added there and not here stops the build.
macro_rules! struct_source {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::lesson::source::Source for $name {
            fn source(&self) -> String {
                let $name { $($field),* } = self;
                let fields = [$(format!("{}: {}", stringify!($field), $field.source())),*];
                format!("{} {{ {} }}", stringify!($name), fields.join(", "))
            }
        }
    };
}
pub(crate) use struct_source;

macro_rules! step_source {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident, answer: [$($answer:tt)*],
        shown: $shown:ident;)*) => {
        impl Source for Step {
            fn source(&self) -> String {
                let (variant, body) = match self {
                    $(Step::$variant(step) => (stringify!($variant), step.source()),)*
                };
                format!("Step::{variant}({body})")
            }
        }
    };
}
step_kinds!(step_source);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_a_rust_literal_with_quotes_backslashes_and_line_breaks_escaped() {
        let text: Text = "Kata \"gratis\" \\ baris\nbaru 😀".to_string().into();
        assert_eq!(
            text.source(),
            r#"Cow::Borrowed("Kata \"gratis\" \\ baris\nbaru 😀")"#
        );
    }

    #[test]
    fn a_step_is_written_with_its_variant_lists_and_missing_fields() {
        let step = Step::Choice(Choice {
            question: "OTP?".into(),
            options: vec![ChoiceOption {
                text: "Tolak".into(),
                correct: true,
                feedback: "Ya".into(),
            }]
            .into(),
            hint: None,
            trainer_note: Some("Tanya".into()),
        });
        assert_eq!(
            step.source(),
            "Step::Choice(Choice { question: Cow::Borrowed(\"OTP?\"), options: Cow::Borrowed(&[ChoiceOption { \
             text: Cow::Borrowed(\"Tolak\"), correct: true, feedback: Cow::Borrowed(\"Ya\") }]), hint: None, \
             trainer_note: Some(Cow::Borrowed(\"Tanya\")) })"
        );
    }

    #[test]
    fn unit_enums_are_written_with_their_type() {
        assert_eq!(Stage::Action.source(), "Stage::Action");
        assert_eq!(
            Some(Channel::WhatsappStatus).source(),
            "Some(Channel::WhatsappStatus)"
        );
    }
}
