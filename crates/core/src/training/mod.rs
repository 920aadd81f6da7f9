//! The training toolkit: a library of modules (built-in and the chapter's own, each with a
//! facilitator's guide, a handout and a worksheet in a small markup), modules shared between
//! chapters as files, training sessions (meetings given over to a module), and who has
//! learned what.

pub mod builtin;
pub mod markup;
pub mod module_file;
pub mod sessions;
pub mod share;
pub mod skills;
pub mod store;

pub use module_file::{ModuleText, Part};
pub use store::{LangText, Module, ModuleSummary};

#[cfg(test)]
mod tests;
