//! Text inside links: percent-encoding for addresses the app builds (WhatsApp share links,
//! class join links) and decoding what comes back in an address.

/// Every byte of the UTF-8 text except letters, digits and "-_.~" percent-encoded, so emoji,
/// line breaks and "&" arrive intact.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push('%');
            encoded.push(char::from(HEX[usize::from(byte >> 4)]));
            encoded.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    encoded
}

/// Decodes %XX escapes; a broken escape stays as typed and broken UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                i += 3;
            }
            None => {
                decoded.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// "https://wa.me/<to>?text=..." opening WhatsApp with `text` ready to send: to the chat of
/// `to` (digits from 62, as `phone::wa_number` gives them), or, with `to` empty, to a chat
/// the learner picks.
pub fn wa_link(to: &str, text: &str) -> String {
    format!("https://wa.me/{to}?text={}", percent_encode(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_link_encodes_utf8_emoji_and_line_breaks() {
        assert_eq!(wa_link("", ""), "https://wa.me/?text=");
        assert_eq!(
            wa_link("", "Keripik 🌶️\nRp15.000"),
            "https://wa.me/?text=Keripik%20%F0%9F%8C%B6%EF%B8%8F%0ARp15.000"
        );
        assert_eq!(
            wa_link("", "50% & #promo?=é"),
            "https://wa.me/?text=50%25%20%26%20%23promo%3F%3D%C3%A9"
        );
        assert_eq!(wa_link("", "a-b_c.d~e"), "https://wa.me/?text=a-b_c.d~e");
    }

    #[test]
    fn a_link_with_a_number_opens_that_chat() {
        assert_eq!(
            wa_link("6281234567890", "kode LL1"),
            "https://wa.me/6281234567890?text=kode%20LL1"
        );
    }

    #[test]
    fn decoding_reads_back_and_survives_broken_escapes() {
        for text in ["", "Balai Desa & Kelas 😀", "50%", "a+b"] {
            assert_eq!(percent_decode(&percent_encode(text)), text);
        }
        assert_eq!(percent_decode("A%2"), "A%2");
        assert_eq!(percent_decode("%ZZ%41"), "%ZZA");
        assert_eq!(percent_decode("%F0%9F"), "\u{FFFD}");
    }
}
