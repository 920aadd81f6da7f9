use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::export;
use groundwork_core::interop::national_list::{import, parse};
use groundwork_core::progress::unattended;

#[test]
fn json_export_has_the_agreed_keys_and_honours_opt_outs() {
    let mut db = Database::open_in_memory().unwrap();
    let list = parse(&crate::file_table("national-list/2024.csv")).unwrap();
    unattended(|job| import(&mut db, &list, job, Utc::now())).unwrap();
    let people = export::people(db.conn()).unwrap();
    let json: serde_json::Value = serde_json::from_str(&export::to_json(&people).unwrap()).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    let keisha = rows.iter().find(|r| r["actionkit_id"] == "100203").unwrap();
    for key in [
        "id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "zip",
        "membership_status",
        "actionkit_id",
        "do_not_call",
        "do_not_text",
        "join_date",
        "expires_on",
    ] {
        assert!(keisha.get(key).is_some(), "missing {key}");
    }
    assert_eq!(keisha["phone"], "+16175550103");
    assert_eq!(keisha["zip"], "02134");
    assert_eq!(keisha["membership_status"], "good_standing");
    assert_eq!(keisha["expires_on"], "2099-11-01");
    assert_eq!(keisha["do_not_text"], false);
    let csv = String::from_utf8(export::to_csv(&people).unwrap()).unwrap();
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .starts_with("id,first_name,last_name"));
    assert_eq!(csv.lines().count(), 8);
}
