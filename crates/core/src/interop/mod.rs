//! Other tools' files, in and out: the national membership list, and exports of people.

pub mod action_network;
pub mod export;
pub mod national_list;
pub mod values;
