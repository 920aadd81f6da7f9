//! Where each node's label goes: under its shape if there is room, else above, right or left,
//! wherever it covers no other label or shape and stays inside the grid. A map drawn by hand
//! packs nodes where the power is, and labels that sit on one another cannot be read.

use super::scene::{Text, LABEL_SIZE, NODE_RADIUS};
use crate::fonts::{face, Face};

/// A box on the page: left, top, right, bottom.
pub type Box = (f32, f32, f32, f32);

fn overlaps(a: Box, b: Box) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

const LINE: f32 = LABEL_SIZE + 1.0;

pub struct Placer {
    grid: Box,
    taken: Vec<Box>,
}

impl Placer {
    /// For a grid with these node centres, whose shapes no label may cover.
    pub fn new(grid: Box, centres: &[(f32, f32)]) -> Placer {
        let r = NODE_RADIUS + 2.0;
        Placer {
            grid,
            taken: centres
                .iter()
                .map(|&(x, y)| (x - r, y - r, x + r, y + r))
                .collect(),
        }
    }

    /// Keeps labels off this box (a quadrant's name).
    pub fn avoid(&mut self, area: Box) {
        self.taken.push(area);
    }

    /// The label's lines placed near the node at `centre`, bold and centred on their box.
    pub fn place(&mut self, centre: (f32, f32), lines: Vec<String>) -> Vec<Text> {
        let width = lines
            .iter()
            .map(|l| face(Face::Bold).width(l, LABEL_SIZE))
            .fold(0.0_f32, f32::max);
        let height = LINE * lines.len() as f32;
        let gap = NODE_RADIUS + 3.0;
        let (x, y) = centre;
        // Candidate boxes: under, above, right, left.
        let candidates = [
            (x - width / 2.0, y + gap, x + width / 2.0, y + gap + height),
            (x - width / 2.0, y - gap - height, x + width / 2.0, y - gap),
            (x + gap, y - height / 2.0, x + gap + width, y + height / 2.0),
            (x - gap - width, y - height / 2.0, x - gap, y + height / 2.0),
        ];
        let inside = |b: Box| {
            b.0 >= self.grid.0 && b.1 >= self.grid.1 && b.2 <= self.grid.2 && b.3 <= self.grid.3
        };
        let chosen = candidates
            .iter()
            .copied()
            .find(|b| inside(*b) && !self.taken.iter().any(|t| overlaps(*b, *t)))
            .unwrap_or(candidates[0]);
        self.taken.push(chosen);
        let middle = (chosen.0 + chosen.2) / 2.0;
        lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| Text {
                x: middle,
                // A line's baseline sits a little above the bottom of its row.
                y: chosen.1 + LINE * (i as f32 + 1.0) - 2.0,
                text: line,
                size: LABEL_SIZE,
                face: Face::Bold,
                centred: true,
                quiet: false,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_that_would_cover_another_goes_above_or_beside() {
        let grid = (0.0, 0.0, 600.0, 400.0);
        let centres = [(300.0, 200.0), (300.0, 240.0)];
        let mut placer = Placer::new(grid, &centres);
        let first = placer.place(centres[0], vec!["Mayor's Office".into()]);
        let second = placer.place(centres[1], vec!["City Council".into()]);
        assert!(
            first[0].y > centres[0].1,
            "the first label is under its node"
        );
        assert!(
            second[0].y > centres[1].1,
            "under the second node there is room too"
        );
        // A third node between them has room neither under nor above.
        let mut placer = Placer::new(grid, &[(300.0, 200.0), (300.0, 222.0), (300.0, 244.0)]);
        placer.place((300.0, 200.0), vec!["A".into()]);
        placer.place((300.0, 244.0), vec!["C".into()]);
        let middle = placer.place((300.0, 222.0), vec!["B".into()]);
        assert!(
            middle[0].x != 300.0,
            "the middle label moved beside its node"
        );
    }
}
