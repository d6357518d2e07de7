//! Packing small numbers into base32 symbols (5 bits each) and reading them back. Reading
//! past the end answers `None`, so a cut-off or made-up code can never panic.

#[derive(Debug, Default)]
pub struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    /// Appends the low `width` bits of `value`, highest first; higher bits are dropped.
    pub fn push(&mut self, value: u32, width: u32) {
        self.bits
            .extend((0..width).rev().map(|i| value >> i & 1 == 1));
    }

    /// The bits as symbol values (0..32), the last one padded with zeros.
    pub fn into_values(self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|chunk| (0..5).fold(0, |v, i| v << 1 | u8::from(chunk.get(i) == Some(&true))))
            .collect()
    }
}

pub struct BitReader {
    bits: Vec<bool>,
    at: usize,
}

impl BitReader {
    pub fn new(values: &[u8]) -> BitReader {
        BitReader {
            bits: values
                .iter()
                .flat_map(|&v| (0..5).rev().map(move |i| v >> i & 1 == 1))
                .collect(),
            at: 0,
        }
    }

    /// The next `width` bits (at most 32) as a number.
    pub fn read(&mut self, width: u32) -> Option<u32> {
        let end = self.at + width as usize;
        let bits = self.bits.get(self.at..end)?;
        self.at = end;
        Some(bits.iter().fold(0, |v, &bit| v << 1 | u32::from(bit)))
    }

    /// Whether only padding is left: fewer than 5 bits, all zero.
    pub fn only_padding_left(&self) -> bool {
        let rest = &self.bits[self.at.min(self.bits.len())..];
        rest.len() < 5 && rest.iter().all(|&bit| !bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_in_order() {
        let mut writer = BitWriter::default();
        writer.push(1, 1);
        writer.push(0xABCDE, 20);
        writer.push(300, 7);
        writer.push(5, 3);
        let values = writer.into_values();
        assert_eq!(values.len(), 7, "31 bits fill 7 symbols");
        assert!(values.iter().all(|&v| v < 32));
        let mut reader = BitReader::new(&values);
        assert_eq!(reader.read(1), Some(1));
        assert_eq!(reader.read(20), Some(0xABCDE));
        assert_eq!(
            reader.read(7),
            Some(300 & 127),
            "only the low bits are kept"
        );
        assert_eq!(reader.read(3), Some(5));
        assert!(reader.only_padding_left());
    }

    #[test]
    fn reading_past_the_end_is_none_not_a_panic() {
        let mut reader = BitReader::new(&[31]);
        assert!(!reader.only_padding_left());
        assert_eq!(reader.read(6), None);
        assert_eq!(reader.read(5), Some(31));
        assert_eq!(reader.read(1), None);
        assert!(reader.only_padding_left());
    }
}
