//! QR codes drawn by the app itself (the QRIS practice screen, class codes, progress
//! cards): the module grid from `qrcodegen` and one SVG path for it (one element draws fast
//! on a cheap phone).

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code that scanners need, in modules.
pub const QUIET_ZONE: usize = 4;

/// A square grid of modules, row by row; `true` is dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrGrid {
    pub size: usize,
    pub dark: Vec<bool>,
}

impl QrGrid {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Width and height of the picture with its quiet zone, in modules (the SVG viewBox).
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// An SVG path drawing every dark module as a 1x1 square, offset by the quiet zone.
    /// Runs of dark modules in a row become one rectangle, which keeps the path short.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            }
        }
        path
    }
}

/// The module grid for `text`, or `None` if the text is too long for any QR code.
pub fn qr_grid(text: &str) -> Option<QrGrid> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let mut dark = Vec::with_capacity(size * size);
    for y in 0..code.size() {
        for x in 0..code.size() {
            dark.push(code.get_module(x, y));
        }
    }
    Some(QrGrid { size, dark })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::payment::qris_payload;

    #[test]
    fn a_practice_payload_makes_a_code_with_finder_squares() {
        let grid = qr_grid(&qris_payload("LL1795402800000", 80_000)).unwrap();
        // 38 characters fit version 3 at medium error correction: 29 x 29 modules.
        assert_eq!(grid.size, 29);
        assert_eq!(grid.dark.len(), 29 * 29);
        // The top-left finder: a dark 7x7 ring, a light ring, a dark 3x3 centre.
        assert!((0..7).all(|i| grid.is_dark(i, 0) && grid.is_dark(0, i) && grid.is_dark(6, i)));
        assert!(!grid.is_dark(1, 1) && grid.is_dark(3, 3));
        assert!(!grid.is_dark(7, 0), "separator");
        assert!(
            !grid.is_dark(29, 0) && !grid.is_dark(0, 1_000),
            "outside the grid is light"
        );
        assert_eq!(grid.side(), 37);
    }

    #[test]
    fn the_path_draws_runs_of_dark_modules_inside_the_quiet_zone() {
        let grid = QrGrid {
            size: 3,
            dark: vec![true, true, false, false, false, false, false, true, true],
        };
        assert_eq!(grid.svg_path(), "M4 4h2v1h-2zM5 6h2v1h-2z");
        assert_eq!(
            QrGrid {
                size: 2,
                dark: vec![false; 4]
            }
            .svg_path(),
            ""
        );
        let drawn = qr_grid("LAPAK").unwrap().svg_path();
        assert!(drawn.starts_with("M4 4h7v1h-7z"), "{drawn}");
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert_eq!(qr_grid(&"x".repeat(10_000)), None);
        assert!(qr_grid("").is_some());
    }
}
