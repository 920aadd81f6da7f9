//! Other tools' files, in and out: the national membership list, campaign tools' contact
//! lists, and exports of people.

pub mod action_network;
pub mod contacts;
pub mod csv_out;
pub mod export;
pub mod import;
pub mod national_list;
pub mod report;
pub mod spoke;
pub mod table;
pub mod values;
pub mod van;
