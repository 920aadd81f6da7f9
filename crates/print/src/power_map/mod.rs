//! A power map on paper. The map is first laid out as a [`scene::Scene`] (the grid with its
//! quadrants and axes, each node's shape, sign and label, each relationship's line and arrow,
//! the legend), in points on a landscape page; then written out as SVG ([`svg`]) or PDF
//! ([`pdf`]). Laying out
//! once means the SVG and the PDF show the same map.
//!
//! Nothing rests on colour alone: a node's alignment is its place across the grid and a sign
//! in the node (−−, −, 0, +, ++); its kind is its shape; a target has a double ring and the
//! word; a node not yet judged is dashed and marked "?".

mod crop;
mod labels;
mod legend;
pub mod look;
pub mod pdf;
pub mod poster;
pub mod scene;
pub mod svg;
#[cfg(test)]
mod tests;

pub use scene::{MapPaper, Scene};
