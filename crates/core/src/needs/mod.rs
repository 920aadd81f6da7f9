//! Area needs assessment: survey the neighbours, print numbered forms, enter the answers, and
//! rank the needs by how widely and how deeply they are felt.

pub mod assessment;
pub mod entered;
pub mod programs;
pub mod ranking;
pub mod response;
pub mod summary;
pub mod survey;
