//! Where imported nodes first sit on the grid. Neither tool knows alignment or power, so a
//! node's place means nothing yet: the map's own layout is kept (scaled into the grid, the top
//! of the other tool's canvas at the top), and nodes with no place are set in a ring around
//! the middle, so none hides another. The chapter then drags each where it belongs.

use super::ParsedNode;
use crate::power_map::{ALIGNMENT, POWER};

/// How far in from the grid's edges imported nodes keep.
const MARGIN: f64 = 0.2;

/// (alignment, power) for each node, in order.
pub fn on_the_grid(nodes: &[ParsedNode]) -> Vec<(f64, f64)> {
    let placed: Vec<(f64, f64)> = nodes.iter().filter_map(|n| n.at).collect();
    let (left, right) = (ALIGNMENT.start() + MARGIN, ALIGNMENT.end() - MARGIN);
    let (bottom, top) = (POWER.start() + MARGIN, POWER.end() - MARGIN);
    let middle = ((left + right) / 2.0, (bottom + top) / 2.0);
    let span = |values: &mut dyn Iterator<Item = f64>| {
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        })
    };
    let (x_lo, x_hi) = span(&mut placed.iter().map(|p| p.0));
    let (y_lo, y_hi) = span(&mut placed.iter().map(|p| p.1));
    let scale = |v: f64, lo: f64, hi: f64, to_lo: f64, to_hi: f64| {
        // One node, or all in a line: the middle.
        if !(hi - lo).is_finite() || (hi - lo).abs() < f64::EPSILON {
            (to_lo + to_hi) / 2.0
        } else {
            to_lo + (v - lo) / (hi - lo) * (to_hi - to_lo)
        }
    };
    let unplaced = nodes.iter().filter(|n| n.at.is_none()).count();
    let mut ring = 0;
    nodes
        .iter()
        .map(|node| match node.at {
            // The other tool's y grows down the page; power grows up.
            Some((x, y)) => (
                scale(x, x_lo, x_hi, left, right),
                scale(y, y_lo, y_hi, top, bottom),
            ),
            None => {
                let angle = std::f64::consts::TAU * ring as f64 / unplaced.max(1) as f64;
                ring += 1;
                if unplaced == 1 {
                    middle
                } else {
                    (
                        middle.0 + (right - middle.0) * 0.8 * angle.cos(),
                        middle.1 + (top - middle.1) * 0.8 * angle.sin(),
                    )
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::power_map::NodeKind;

    fn node(at: Option<(f64, f64)>) -> ParsedNode {
        ParsedNode {
            label: "n".into(),
            kind: NodeKind::Other,
            notes: None,
            at,
        }
    }

    #[test]
    fn keeps_the_layout_scaled_into_the_grid_with_the_top_on_top() {
        let places = on_the_grid(&[
            node(Some((0.0, 0.0))),
            node(Some((100.0, 500.0))),
            node(Some((50.0, 250.0))),
        ]);
        let near = |(a, p): (f64, f64), (want_a, want_p): (f64, f64)| {
            (a - want_a).abs() < 1e-9 && (p - want_p).abs() < 1e-9
        };
        assert!(near(places[0], (-1.8, 3.8)), "top left: {:?}", places[0]);
        assert!(near(places[1], (1.8, 0.2)), "bottom right: {:?}", places[1]);
        assert!(near(places[2], (0.0, 2.0)), "middle: {:?}", places[2]);
    }

    #[test]
    fn nodes_with_no_place_ring_the_middle_inside_the_grid() {
        let places = on_the_grid(&[node(None), node(None), node(None), node(None)]);
        for (alignment, power) in &places {
            assert!(ALIGNMENT.contains(alignment) && POWER.contains(power));
        }
        let distinct: std::collections::HashSet<_> = places
            .iter()
            .map(|(a, p)| ((a * 100.0).round() as i64, (p * 100.0).round() as i64))
            .collect();
        assert_eq!(distinct.len(), 4, "no node sits on another");
    }
}
