//! Canvassing on paper: doors (from the people records and voter files, each address once),
//! canvasses cut into turfs in walking order, and what happened at each door.

pub mod address;
pub mod canvasses;
pub mod door_list;
pub mod door_result;
pub mod door_survey;
pub mod door_typed;
pub mod doors;
pub mod doors_file;
pub mod going_back;
pub mod people_at;
pub mod results;
pub mod summary;
pub mod turfs;
pub mod view;

pub use canvasses::{Canvass, CanvassInput};
pub use results::{CanvassDoor, DoorResult, ResultInput};
pub use turfs::{CutInput, Turf};

#[cfg(test)]
mod tests;
