//! Letters and digits for codes people read aloud, type and paste: Crockford's base32
//! (no I, L, O or U, so 1/I/L and 0/O cannot be confused) and a check that catches every
//! single mistyped symbol and every swap of two neighbours.
//!
//! The check is the remainder of the code read as a polynomial over GF(32), divided by a
//! generator of degree `CHECK_LEN`: a polynomial code detects every error burst shorter
//! than its check, and a typo (1 symbol) or a swap of neighbours (2 symbols) is such a burst.

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The value (0..32) of a typed symbol: any case; O reads as 0, I and L as 1.
pub fn value_of(symbol: char) -> Option<u8> {
    let upper = match symbol.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == upper)
        .map(|v| v as u8)
}

pub fn symbol_of(value: u8) -> char {
    ALPHABET[usize::from(value & 31)] as char
}

/// Multiplication in GF(32) with the field polynomial x^5 + x^2 + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= 0b10_0101;
        }
    }
    product
}

/// Coefficients of the generator below its leading x^n, highest first. Any generator with
/// a non-zero constant term detects every burst of up to n symbols.
const GENERATORS: [&[u8]; 3] = [&[7], &[3, 9], &[5, 17, 2]];

/// The remainder of `values` (then `len` zeros) divided by the generator of degree `len`.
fn remainder(values: &[u8], len: usize) -> Vec<u8> {
    let generator = GENERATORS[len - 1];
    let mut register = vec![0u8; len];
    for &value in values.iter().chain(std::iter::repeat_n(&0, len)) {
        let carry = register[0];
        for i in 0..len {
            let next = if i + 1 < len { register[i + 1] } else { value };
            register[i] = next ^ gf_mul(carry, generator[i]);
        }
    }
    register
}

/// `len` (1 to 3) check values for `values`.
pub fn check_values(values: &[u8], len: usize) -> Vec<u8> {
    remainder(values, len)
}

/// Whether the last `len` values are the right check for the ones before them.
pub fn is_checked(values: &[u8], len: usize) -> bool {
    values.len() >= len && {
        let (data, check) = values.split_at(values.len() - len);
        check_values(data, len) == check
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_read_back_and_lookalikes_are_forgiven() {
        for value in 0..32 {
            assert_eq!(value_of(symbol_of(value)), Some(value));
        }
        assert_eq!(value_of('o'), Some(0));
        assert_eq!(value_of('i'), value_of('1'));
        assert_eq!(value_of('L'), Some(1));
        assert_eq!(value_of('k'), value_of('K'));
        for bad in ['U', 'u', '-', ' ', 'é', '😀'] {
            assert_eq!(value_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn multiplication_is_a_field() {
        for a in 1..32 {
            assert_eq!(gf_mul(a, 1), a);
            assert_eq!(gf_mul(a, 0), 0);
            // Every non-zero element has an inverse, so a typo never multiplies to zero.
            assert!((1..32).any(|b| gf_mul(a, b) == 1), "{a} has no inverse");
        }
    }

    #[test]
    fn every_typo_and_neighbour_swap_is_caught() {
        let data: Vec<u8> = (0..40u32).map(|i| ((i * 7 + 3) % 32) as u8).collect();
        for len in 1..=3 {
            let mut code = data.clone();
            code.extend(check_values(&data, len));
            assert!(is_checked(&code, len));
            for position in 0..code.len() {
                for wrong in 0..32 {
                    if wrong == code[position] {
                        continue;
                    }
                    let mut typo = code.clone();
                    typo[position] = wrong;
                    assert!(
                        !is_checked(&typo, len),
                        "typo at {position} passed with check {len}"
                    );
                }
                if len >= 2 && position + 1 < code.len() && code[position] != code[position + 1] {
                    let mut swapped = code.clone();
                    swapped.swap(position, position + 1);
                    assert!(!is_checked(&swapped, len), "swap at {position} passed");
                }
            }
        }
        assert!(!is_checked(&[1], 2), "too short to hold a check");
    }
}
