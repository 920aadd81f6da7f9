//! How the map looks, in one place for the SVG and the PDF: the five alignment steps' fills
//! and which of them take a white sign, each kind's outline, and where a line stops short of
//! the node it points at.

use groundwork_core::power_map::NodeKind;

use super::scene::NODE_RADIUS;

/// The five alignment steps' fills, strongly opposed to strongly allied (a diverging red–blue
/// scale that reads for most kinds of colour blindness); the sign in the node says the same
/// without colour.
pub const FILLS: [(u8, u8, u8); 5] = [
    (0xb2, 0x18, 0x2b),
    (0xef, 0x8a, 0x62),
    (0xd9, 0xd9, 0xd9),
    (0x67, 0xa9, 0xcf),
    (0x21, 0x66, 0xac),
];

/// The sign is white on the two darkest fills.
pub const LIGHT_SIGN: [bool; 5] = [true, false, false, false, true];

/// A step's fill as fractions, as a PDF takes it.
pub fn fill_fractions(step: usize) -> (f32, f32, f32) {
    let (r, g, b) = FILLS[step];
    (
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
    )
}

/// A step's fill as an SVG colour.
pub fn fill_hex(step: usize) -> String {
    let (r, g, b) = FILLS[step];
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The corners of a node's shape around its centre.
pub fn outline(kind: NodeKind, (x, y): (f32, f32)) -> Vec<(f32, f32)> {
    let r = NODE_RADIUS;
    let around = |n: usize, start: f32| -> Vec<(f32, f32)> {
        (0..n)
            .map(|i| {
                let a = start + std::f32::consts::TAU * i as f32 / n as f32;
                (x + r * a.cos(), y + r * a.sin())
            })
            .collect()
    };
    let at = |points: &[(f32, f32)]| points.iter().map(|(dx, dy)| (x + dx, y + dy)).collect();
    match kind {
        NodeKind::Person => around(24, 0.0),
        NodeKind::Organization => at(&[(-r, -r * 0.8), (r, -r * 0.8), (r, r * 0.8), (-r, r * 0.8)]),
        NodeKind::Government => at(&[(0.0, -r), (r, -r * 0.3), (r, r), (-r, r), (-r, -r * 0.3)]),
        NodeKind::Business => at(&[
            (0.0, -r * 1.15),
            (r * 1.15, 0.0),
            (0.0, r * 1.15),
            (-r * 1.15, 0.0),
        ]),
        NodeKind::Media => at(&[(0.0, -r * 1.1), (r * 1.1, r * 0.85), (-r * 1.1, r * 0.85)]),
        NodeKind::Other => around(6, 0.0),
    }
}

/// A circle as the corners of a 24-sided shape.
pub fn circle((x, y): (f32, f32), r: f32) -> Vec<(f32, f32)> {
    (0..24)
        .map(|i| {
            let a = std::f32::consts::TAU * i as f32 / 24.0;
            (x + r * a.cos(), y + r * a.sin())
        })
        .collect()
}

/// Where a line from `from` towards `to` meets the edge of the node at `to`.
pub fn short_of(from: (f32, f32), to: (f32, f32), by: f32) -> (f32, f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    (to.0 - dx / length * by, to.1 - dy / length * by)
}
