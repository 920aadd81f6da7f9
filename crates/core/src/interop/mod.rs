//! Other tools' files, in and out: the national membership list, campaign tools' contact
//! lists, exports of people, and power maps from Kumu and Oligrapher.

pub mod action_network;
pub mod contacts;
pub mod csv_out;
pub mod export;
pub mod import;
pub mod maps;
pub mod national_list;
pub mod report;
pub mod spoke;
pub mod table;
pub mod values;
pub mod van;
