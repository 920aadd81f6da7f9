//! Base-building projects: what a chapter decides to build and runs for months (a service
//! program, a campaign, an initiative a grant pays for). A project is often made from a
//! shortlisted program of a needs assessment ([`crate::needs::programs::make_project`]);
//! campaigns and grants build on it.

pub mod model;
pub mod store;

pub use model::{NewProject, Project, ProjectStatus};
