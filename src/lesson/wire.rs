//! A lesson as compact bytes: build.rs writes one file per lesson into the build
//! (`lessons/<number>-<id>-<hash>.bin`), and the app reads it when the lesson opens. So the
//! first download holds only what the home screen shows of each lesson (`LessonHead`), and
//! stays the same size however many lessons ship.
//!
//! Every struct is read field by field in the order its field list names them
//! (`lesson_fields!` beside each struct), strings and lists with their length in front, and
//! a step with its kind's place in the registry, so the reader is a few lines per struct
//! instead of a general parser.

use super::*;

/// The first byte of a lesson file: a file of another format (or a web page a host sent
/// instead) is refused rather than misread.
const FORMAT: u8 = 1;

/// Reads `T` values from a lesson file's bytes.
pub trait Wire: Sized {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>);
    fn read(input: &mut Input) -> Option<Self>;
}

/// The bytes of a lesson file still to read.
pub struct Input<'a> {
    bytes: &'a [u8],
}

impl<'a> Input<'a> {
    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        let bytes = self.bytes.get(..count)?;
        self.bytes = &self.bytes[count..];
        Some(bytes)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    /// A whole number written 7 bits a byte, low bits first (LEB128).
    fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn length(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_number(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A lesson's file as build.rs writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_lesson(lesson: &Lesson) -> Vec<u8> {
    let mut out = vec![FORMAT];
    lesson.write(&mut out);
    out
}

/// A lesson read back from its file; `None` for bytes that are not a whole lesson file.
pub fn decode_lesson(bytes: &[u8]) -> Option<Lesson> {
    let (&FORMAT, rest) = bytes.split_first()? else {
        return None;
    };
    let mut input = Input { bytes: rest };
    let lesson = Lesson::read(&mut input)?;
    input.bytes.is_empty().then_some(lesson)
}

/// The lesson file's name in the build: the lesson's number and id, and a hash of its bytes,
/// so a changed lesson is a new file and a phone never mixes an old file with a new app.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_name(lesson: &Lesson, bytes: &[u8]) -> String {
    // FNV-1a: enough to tell versions of one lesson apart, with no hashing crate.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{:02}-{}-{:016x}.bin", lesson.number, lesson.id, hash)
}

impl Wire for bool {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(input: &mut Input) -> Option<Self> {
        match input.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

macro_rules! number_wire {
    ($($number:ty),*) => {$(
        impl Wire for $number {
            #[cfg(not(target_arch = "wasm32"))]
            fn write(&self, out: &mut Vec<u8>) {
                write_number(*self as u64, out);
            }
            fn read(input: &mut Input) -> Option<Self> {
                <$number>::try_from(input.number()?).ok()
            }
        }
    )*};
}
number_wire!(u8, u32, u64, usize);

impl Wire for Text {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
    fn read(input: &mut Input) -> Option<Self> {
        let length = input.length()?;
        let text = std::str::from_utf8(input.take(length)?).ok()?;
        Some(Text::Owned(text.to_string()))
    }
}

impl<T: Wire + Clone> Wire for List<T> {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.len() as u64, out);
        for item in self.iter() {
            item.write(out);
        }
    }
    fn read(input: &mut Input) -> Option<Self> {
        // No room is set aside for the count a damaged file may claim: every item reads at
        // least one byte, so a false count runs out of bytes instead of memory.
        let count = input.length()?;
        let mut items = Vec::new();
        for _ in 0..count {
            items.push(T::read(input)?);
        }
        Some(List::Owned(items))
    }
}

impl<T: Wire> Wire for Option<T> {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.write(out);
            }
        }
    }
    fn read(input: &mut Input) -> Option<Self> {
        match input.byte()? {
            0 => Some(None),
            1 => Some(Some(T::read(input)?)),
            _ => None,
        }
    }
}

/// Unit enums: their place in the type's `ALL` list.
macro_rules! unit_enum_wire {
    ($($name:ident),*) => {$(
        impl Wire for $name {
            #[cfg(not(target_arch = "wasm32"))]
            fn write(&self, out: &mut Vec<u8>) {
                let at = $name::ALL.iter().position(|value| value == self);
                out.push(at.expect("every value is in ALL") as u8);
            }
            fn read(input: &mut Input) -> Option<Self> {
                $name::ALL.get(usize::from(input.byte()?)).copied()
            }
        }
    )*};
}
unit_enum_wire!(Channel, Stage, Category, CashKind);

/// Writes and reads a struct field by field: `lesson_fields!` beside each struct in the
/// model calls it, so a field added there and not to the list stops the build.
macro_rules! struct_wire {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::lesson::wire::Wire for $name {
            #[cfg(not(target_arch = "wasm32"))]
            fn write(&self, out: &mut Vec<u8>) {
                let $name { $($field),* } = self;
                $($crate::lesson::wire::Wire::write($field, out);)*
            }
            fn read(input: &mut $crate::lesson::wire::Input) -> Option<Self> {
                Some($name { $($field: $crate::lesson::wire::Wire::read(input)?),* })
            }
        }
    };
}
pub(crate) use struct_wire;

/// A step: its kind's place in the registry, then its fields.
macro_rules! step_wire {
    ($($kind:ident: $variant:ident($lesson:ident), heading: $heading:ident, answer: [$($answer:tt)*],
        shown: $shown:ident;)*) => {
        impl Wire for Step {
            #[cfg(not(target_arch = "wasm32"))]
            fn write(&self, out: &mut Vec<u8>) {
                let at = KINDS.iter().position(|kind| kind == self.kind());
                out.push(at.expect("every kind is in KINDS") as u8);
                match self {
                    $(Step::$variant(step) => step.write(out),)*
                }
            }
            fn read(input: &mut Input) -> Option<Self> {
                // Counts down the registry's rows to the one the file names.
                let mut at = input.byte()?;
                $(
                    if at == 0 {
                        return Some(Step::$variant(Wire::read(input)?));
                    }
                    at -= 1;
                )*
                let _ = at;
                None
            }
        }
    };
}
step_kinds!(step_wire);

/// A simulator's list in a lesson, kept as the lesson file's bytes until the simulator's part
/// reads it (`get`). The first part only copies the bytes, so it carries no reader for what a
/// simulator's lists hold, and a new simulator's data adds nothing to the first download.
/// (No cache of the read value: the host's static lessons cannot hold interior mutability.)
pub struct Packed<T> {
    bytes: Cow<'static, [u8]>,
    kind: std::marker::PhantomData<fn() -> T>,
}

impl<T: Wire + Default> Packed<T> {
    /// What build.rs wrote into the app's static lessons.
    pub const fn from_static(bytes: &'static [u8]) -> Packed<T> {
        Packed {
            bytes: Cow::Borrowed(bytes),
            kind: std::marker::PhantomData,
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(value: &T) -> Packed<T> {
        let mut bytes = Vec::new();
        value.write(&mut bytes);
        Packed {
            bytes: Cow::Owned(bytes),
            kind: std::marker::PhantomData,
        }
    }

    /// The value. The bytes were written and checked by build.rs inside a lesson file that
    /// read whole, so they always read; were they damaged, the list is empty.
    pub fn get(&self) -> T {
        let mut input = Input { bytes: &self.bytes };
        T::read(&mut input)
            .filter(|_| input.bytes.is_empty())
            .unwrap_or_default()
    }

    /// Changes the value and packs it again, for tests that break a lesson on purpose.
    #[cfg(test)]
    pub fn edit(&mut self, change: impl FnOnce(&mut T)) {
        let mut value = self.get();
        change(&mut value);
        *self = Packed::new(&value);
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl<T> Wire for Packed<T> {
    #[cfg(not(target_arch = "wasm32"))]
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.bytes.len() as u64, out);
        out.extend_from_slice(&self.bytes);
    }
    fn read(input: &mut Input) -> Option<Self> {
        let length = input.length()?;
        Some(Packed {
            bytes: Cow::Owned(input.take(length)?.to_vec()),
            kind: std::marker::PhantomData,
        })
    }
}

impl<T> Clone for Packed<T> {
    fn clone(&self) -> Self {
        Packed {
            bytes: self.bytes.clone(),
            kind: std::marker::PhantomData,
        }
    }
}

impl<T> PartialEq for Packed<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

impl<T: Wire + Default + std::fmt::Debug> std::fmt::Debug for Packed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A lesson file's TOML is read on the host only (build.rs and tests); the phone gets
/// lesson files (`decode_lesson`).
impl<'de, T: Wire + Default + serde::Deserialize<'de>> serde::Deserialize<'de> for Packed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = T::deserialize(deserializer)?;
        #[cfg(not(target_arch = "wasm32"))]
        return Ok(Packed::new(&value));
        #[cfg(target_arch = "wasm32")]
        {
            let _ = value;
            Err(serde::de::Error::custom(
                "lesson TOML is read at build time",
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::lessons;

    #[test]
    fn a_packed_list_is_carried_as_bytes_and_read_on_demand() {
        let texts: List<Text> = List::Owned(vec![Text::Borrowed("satu"), Text::Borrowed("dua")]);
        let packed = Packed::new(&texts);
        assert_eq!(packed.get(), texts);
        let mut file = Vec::new();
        packed.write(&mut file);
        let read = Packed::<List<Text>>::read(&mut Input { bytes: &file }).expect("reads");
        assert_eq!((read.bytes(), read.get()), (packed.bytes(), texts));
        // Bytes that are not a whole list read as an empty one, never as half a list.
        let cut = Packed::<List<Text>>::from_static(&[2, 4, b's', b'a']);
        assert!(cut.get().is_empty());
        let whole: Packed<List<Text>> = Packed::from_static(&[1, 2, b'o', b'k']);
        assert_eq!(whole.get().len(), 1);
        let with_more = Packed::<List<Text>>::from_static(&[1, 2, b'o', b'k', 9]);
        assert!(with_more.get().is_empty());
    }

    #[test]
    fn every_shipped_lesson_reads_back_from_its_file_as_it_was() {
        for lesson in lessons() {
            let bytes = encode_lesson(lesson);
            assert_eq!(
                decode_lesson(&bytes).as_ref(),
                Some(lesson),
                "{}",
                lesson.id
            );
        }
    }

    #[test]
    fn a_step_is_its_kinds_place_then_its_fields_with_lengths_in_front() {
        let step = Step::Choice(Choice {
            question: "OTP?".into(),
            options: vec![ChoiceOption {
                text: "Tolak 😀".into(),
                correct: true,
                feedback: "Ya".into(),
            }]
            .into(),
            hint: None,
            trainer_note: Some("T".into()),
        });
        let mut out = Vec::new();
        step.write(&mut out);
        let tolak = "Tolak 😀".as_bytes();
        let expected: Vec<u8> = [&[1, 4][..], b"OTP?", &[1, tolak.len() as u8], tolak]
            .into_iter()
            .chain([&[1, 2][..], b"Ya", &[0, 1, 1], b"T"])
            .flatten()
            .copied()
            .collect();
        assert_eq!(out, expected);
        assert_eq!(Step::read(&mut Input { bytes: &out }), Some(step));
    }

    #[test]
    fn long_text_carries_its_length_in_several_bytes() {
        let text: Text = "a".repeat(300).into();
        let mut out = Vec::new();
        text.write(&mut out);
        assert_eq!(out[..2], [0xac, 0x02], "300 = 0b10_0101100");
        assert_eq!(Text::read(&mut Input { bytes: &out }), Some(text));
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused_without_a_panic() {
        let lesson = &lessons()[0];
        let bytes = encode_lesson(lesson);
        assert_eq!(decode_lesson(&[]), None);
        assert_eq!(decode_lesson(b"<!doctype html><p>Not found</p>"), None);
        assert_eq!(decode_lesson(&bytes[..bytes.len() - 1]), None, "cut short");
        assert_eq!(
            decode_lesson(&[bytes.as_slice(), &[0]].concat()),
            None,
            "bytes left over"
        );
        let mut unknown_kind = encode_lesson(&Lesson {
            steps: vec![lesson.steps[0].clone()].into(),
            ..lesson.clone()
        });
        let kind_at = unknown_kind.len() - encode_step_len(&lesson.steps[0]);
        unknown_kind[kind_at] = KINDS.len() as u8;
        assert_eq!(decode_lesson(&unknown_kind), None, "a kind the app lacks");
        // A list that claims more items than there are bytes ends, and any cut-off or
        // flipped byte gives an answer instead of a panic.
        assert_eq!(
            List::<Text>::read(&mut Input {
                bytes: &[0xff, 0xff, 0xff, 0xff, 0x0f, 0]
            }),
            None
        );
        for at in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x5a;
            let _ = decode_lesson(&flipped);
            let _ = decode_lesson(&bytes[..at]);
        }
    }

    fn encode_step_len(step: &Step) -> usize {
        let mut out = Vec::new();
        step.write(&mut out);
        out.len()
    }

    #[test]
    fn a_lesson_file_is_named_by_number_id_and_contents() {
        let lesson = &lessons()[0];
        let bytes = encode_lesson(lesson);
        let name = file_name(lesson, &bytes);
        assert!(
            name.starts_with(&format!("01-{}-", lesson.id)) && name.ends_with(".bin"),
            "{name}"
        );
        assert_eq!(
            name,
            file_name(lesson, &bytes),
            "the same bytes, the same name"
        );
        let changed = encode_lesson(&Lesson {
            title: "Judul lain".into(),
            ..lesson.clone()
        });
        assert_ne!(name, file_name(lesson, &changed));
    }
}
