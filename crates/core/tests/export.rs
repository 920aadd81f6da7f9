use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::export;
use groundwork_core::interop::national_list::{import, parse};
use groundwork_core::progress::unattended;

#[test]
fn json_export_has_the_agreed_keys_and_honours_opt_outs() {
    let mut db = Database::open_in_memory().unwrap();
    let list = parse(crate::file_table("national-list/2024.csv")).unwrap();
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

#[test]
fn a_name_that_looks_like_a_formula_is_exported_as_text() {
    use groundwork_core::people::model::{PersonInput, PhoneInput};
    use groundwork_core::people::store::{create, Origin};
    let mut db = Database::open_in_memory().unwrap();
    create(
        &mut db,
        PersonInput {
            first_name: "=HYPERLINK(\"http://x.example\",\"Ana\")".into(),
            last_name: "@Ruiz".into(),
            emails: vec!["ana@example.org".into()],
            phones: vec![PhoneInput {
                number: "(617) 555-0143".into(),
                label: None,
            }],
            ..Default::default()
        },
        Origin::ENTERED,
        Utc::now(),
    )
    .unwrap();
    let people = export::people(db.conn()).unwrap();
    let files = [
        export::to_csv(&people).unwrap(),
        export::to_action_network(&people).unwrap().bytes,
        export::to_spoke(&people).unwrap().bytes,
    ];
    for bytes in files {
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '@']),
                "a cell a spreadsheet would run: {cell:?} in {text}"
            );
        }
        assert!(row.iter().any(|c| c == "'@Ruiz"), "{text}");
        assert!(
            row.iter()
                .all(|c| !c.starts_with('+') || c == "+16175550143"),
            "{text}"
        );
    }
}
