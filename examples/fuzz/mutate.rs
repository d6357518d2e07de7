//! The random source and the mutations: byte-level changes for any text, and changes to
//! the tree for JSON, so a run is repeatable from its seed alone.

use serde_json::{Map, Number, Value};

/// SplitMix64: tiny, fast and good enough to pick mutations; no crate for it.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text that has broken decoders elsewhere: numbers at the edges of their types, emoji and
/// other awkward Unicode, HTML, JSON punctuation and the app's own prefixes.
pub const TOKENS: &[&str] = &[
    "0",
    "-1",
    "-0",
    "1.5",
    "1e308",
    "-1e308",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "99999999999999999999999999",
    "15.000",
    " 15 rb",
    "Rp",
    "😀",
    "👍🏽",
    "🇮🇩",
    "🌶️",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{0301}",
    "\u{202E}",
    "\u{2028}",
    "\u{FFFD}",
    "İ",
    "ß",
    "ﬀ",
    "Ⅻ",
    "١٢٣",
    "\0",
    "\t",
    "\r\n",
    "\n",
    " ",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "&#0;",
    "\"",
    "'",
    "\\",
    "\\u0000",
    "\\ud800",
    "%",
    "%00",
    "%F0%9F",
    "%ZZ",
    "+",
    "&",
    "=",
    "?",
    "#",
    "/",
    "//",
    "-",
    "--",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "{}",
    "[]",
    "LL",
    "LL1",
    "LL2",
    "LL3",
    "ll2-",
    "/gabung/",
    "/pelajaran/",
];

/// Applies one to four byte-level mutations to `input`; `dictionary` holds pieces of the
/// target's own format, `corpus` the other valid inputs to splice from. The bytes are read
/// back as text the way a browser hands text over: broken UTF-8 becomes U+FFFD.
pub fn mutate_text(rng: &mut Rng, input: &str, corpus: &[String], dictionary: &[String]) -> String {
    let mut bytes = input.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        mutate_bytes(rng, &mut bytes, corpus, dictionary);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>, corpus: &[String], dictionary: &[String]) {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(14) {
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = rng.next() as u8;
        }
        2 => {
            let printable = b' ' + rng.below(95) as u8;
            bytes.insert(at, printable);
        }
        3 if len > 0 => {
            let end = (at + 1 + rng.below(16)).min(len);
            bytes.drain(at.min(len - 1)..end);
        }
        4 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(32)).min(len);
            let copy = bytes[start..end].to_vec();
            bytes.splice(at..at, copy);
        }
        5 => {
            let other = rng.pick(corpus).as_bytes();
            let start = rng.below(other.len());
            let end = (start + 1 + rng.below(64)).min(other.len());
            bytes.splice(at..at, other[start..end].iter().copied());
        }
        6 => {
            // Cross-over: this input's start, another's end.
            let other = rng.pick(corpus).as_bytes();
            let from = rng.below(other.len() + 1);
            bytes.truncate(at);
            bytes.extend_from_slice(&other[from..]);
        }
        7 => bytes.truncate(at),
        8 => {
            let token = rng.pick(TOKENS).as_bytes();
            bytes.splice(at..at, token.iter().copied());
        }
        9 if !dictionary.is_empty() => {
            let word = rng.pick(dictionary).as_bytes().to_vec();
            bytes.splice(at..at, word);
        }
        10 => replace_number(rng, bytes),
        11 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = if bytes[i].is_ascii_lowercase() {
                bytes[i].to_ascii_uppercase()
            } else {
                bytes[i].to_ascii_lowercase()
            };
        }
        12 if rng.one_in(16) => {
            // Very long text: a pasted novel, a stuck key.
            let piece = rng.pick(TOKENS).as_bytes();
            let times = 1 + rng.below(20_000 / piece.len().max(1));
            bytes.splice(
                at..at,
                piece.iter().copied().cycle().take(piece.len() * times),
            );
        }
        _ => {
            let i = rng.below(len);
            let j = rng.below(len);
            if i < len && j < len {
                bytes.swap(i, j);
            }
        }
    }
}

/// Puts an interesting number in place of a run of digits (or anywhere when there is none).
fn replace_number(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let numbers = &TOKENS[..14];
    let number = rng.pick(numbers).as_bytes();
    let digit_starts: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
        .collect();
    if digit_starts.is_empty() {
        let at = rng.below(bytes.len() + 1);
        bytes.splice(at..at, number.iter().copied());
        return;
    }
    let start = *rng.pick(&digit_starts);
    let end = (start..bytes.len())
        .find(|&i| !bytes[i].is_ascii_digit())
        .unwrap_or(bytes.len());
    bytes.splice(start..end, number.iter().copied());
}

/// Changes the JSON tree of `input` (one to three times): a node replaced by an awkward
/// value or by a copy of another node, a key removed, renamed or added, an array grown,
/// deep nesting. Falls back to byte mutations when `input` is not JSON.
pub fn mutate_json(rng: &mut Rng, input: &str, corpus: &[String], dictionary: &[String]) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(input) else {
        return mutate_text(rng, input, corpus, dictionary);
    };
    for _ in 0..1 + rng.below(3) {
        let nodes = count_nodes(&value);
        let target = rng.below(nodes);
        let donor = donor_value(rng, &value, corpus);
        let mut seen = 0;
        change_node(rng, &mut value, target, &mut seen, &donor, dictionary);
    }
    let text = value.to_string();
    if rng.one_in(4) {
        mutate_text(rng, &text, corpus, dictionary)
    } else {
        text
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(fields) => fields.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// A node of this tree or of another corpus entry, to graft somewhere else.
fn donor_value(rng: &mut Rng, value: &Value, corpus: &[String]) -> Value {
    let other;
    let source = if rng.one_in(2) {
        value
    } else {
        match serde_json::from_str::<Value>(rng.pick::<String>(corpus)) {
            Ok(parsed) => {
                other = parsed;
                &other
            }
            Err(_) => value,
        }
    };
    let target = rng.below(count_nodes(source));
    let mut seen = 0;
    nth_node(source, target, &mut seen)
        .cloned()
        .unwrap_or(Value::Null)
}

fn nth_node<'a>(value: &'a Value, target: usize, seen: &mut usize) -> Option<&'a Value> {
    if *seen == target {
        return Some(value);
    }
    *seen += 1;
    let children: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(fields) => fields.values().collect(),
        _ => Vec::new(),
    };
    children
        .into_iter()
        .find_map(|child| nth_node(child, target, seen))
}

fn change_node(
    rng: &mut Rng,
    value: &mut Value,
    target: usize,
    seen: &mut usize,
    donor: &Value,
    dictionary: &[String],
) -> bool {
    if *seen == target {
        *value = changed(rng, value, donor, dictionary);
        return true;
    }
    *seen += 1;
    match value {
        Value::Array(items) => items
            .iter_mut()
            .any(|child| change_node(rng, child, target, seen, donor, dictionary)),
        Value::Object(fields) => fields
            .values_mut()
            .any(|child| change_node(rng, child, target, seen, donor, dictionary)),
        _ => false,
    }
}

fn changed(rng: &mut Rng, value: &Value, donor: &Value, dictionary: &[String]) -> Value {
    match (rng.below(8), value) {
        (0, Value::Object(fields)) if !fields.is_empty() => {
            // Drop a field.
            let mut fields = fields.clone();
            let key = fields.keys().nth(rng.below(fields.len())).cloned();
            key.map(|key| fields.remove(&key));
            Value::Object(fields)
        }
        (1, Value::Object(fields)) if !dictionary.is_empty() => {
            // Add or overwrite a field the format knows, with an awkward value.
            let mut fields = fields.clone();
            fields.insert(rng.pick(dictionary).clone(), awkward_value(rng, dictionary));
            Value::Object(fields)
        }
        (2, Value::Array(items)) if !items.is_empty() => {
            // Many more of one element, or one element fewer.
            let mut items = items.clone();
            if rng.one_in(2) {
                let copy = items[rng.below(items.len())].clone();
                let times = 1 + rng.below(200);
                items.extend(std::iter::repeat_n(copy, times));
            } else {
                items.remove(rng.below(items.len()));
            }
            Value::Array(items)
        }
        (3, _) => donor.clone(),
        (4, _) => {
            // Nested deeper than any record: arrays or objects, up to past serde's limit.
            let depth = 1 + rng.below(160);
            let mut nested = value.clone();
            for _ in 0..depth {
                nested = if rng.one_in(2) {
                    Value::Array(vec![nested])
                } else {
                    let mut fields = Map::new();
                    fields.insert(
                        dictionary.first().cloned().unwrap_or_else(|| "a".into()),
                        nested,
                    );
                    Value::Object(fields)
                };
            }
            nested
        }
        (5, Value::String(text)) => {
            let mut text = text.clone();
            text.push_str(rng.pick::<&str>(TOKENS));
            Value::String(text)
        }
        (6, _) if value.is_object() || value.is_array() => Value::String(String::new()),
        _ => awkward_value(rng, dictionary),
    }
}

fn awkward_value(rng: &mut Rng, dictionary: &[String]) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 => Value::Number(Number::from(rng.next())),
        3 => Value::Number(Number::from(u64::MAX - rng.below(3) as u64)),
        4 => Value::Number(Number::from(-(rng.below(1 << 20) as i64) - 1)),
        5 => Number::from_f64(f64::from_bits(rng.next())).map_or(Value::Null, Value::Number),
        6 => Value::Number(Number::from(rng.below(70) as u64)),
        7 => Value::String(rng.pick::<&str>(TOKENS).to_string()),
        8 if !dictionary.is_empty() => Value::String(rng.pick(dictionary).clone()),
        9 => Value::String("🌶️".repeat(1 + rng.below(3_000))),
        10 => Value::Array(Vec::new()),
        _ => Value::Object(Map::new()),
    }
}

/// Every object key and short string in `corpus`'s JSON: the words the format is made of.
pub fn json_words(corpus: &[String]) -> Vec<String> {
    fn collect(value: &Value, words: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                for (key, child) in fields {
                    words.push(key.clone());
                    collect(child, words);
                }
            }
            Value::Array(items) => items.iter().for_each(|child| collect(child, words)),
            Value::String(text) if text.len() <= 40 => words.push(text.clone()),
            _ => {}
        }
    }
    let mut words = Vec::new();
    for entry in corpus {
        if let Ok(value) = serde_json::from_str::<Value>(entry) {
            collect(&value, &mut words);
        }
    }
    words.sort();
    words.dedup();
    words
}
