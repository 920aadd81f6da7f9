use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::{action_network, contacts, national_list};
use groundwork_core::people::search::search;
use groundwork_core::people::store::get;
use groundwork_core::people::PeopleQuery;
use groundwork_core::progress::unattended;

#[test]
fn activists_merge_by_email_with_the_national_list_and_keep_opt_outs() {
    let mut db = Database::open_in_memory().unwrap();
    // Rosa is already known from the national list (same email, other case).
    let list = national_list::parse(crate::file_table("national-list/2023.csv")).unwrap();
    unattended(|job| national_list::import(&mut db, &list, job, Utc::now())).unwrap();
    let before = search(db.conn(), &PeopleQuery::default()).unwrap().total;

    let activists =
        action_network::parse(&crate::file_table("action-network/activists.csv")).unwrap();
    assert_eq!(activists.contacts.len(), 3);
    assert!(
        activists.unknown_columns.is_empty(),
        "{:?}",
        activists.unknown_columns
    );
    let report = unattended(|job| contacts::import(&mut db, &activists, job, Utc::now())).unwrap();
    assert_eq!((report.created, report.updated), (2, 1));
    assert_eq!(
        search(db.conn(), &PeopleQuery::default()).unwrap().total,
        before + 2
    );

    let rosa = search(
        db.conn(),
        &PeopleQuery {
            text: "rosa delgado".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let rosa = get(db.conn(), rosa.people[0].id).unwrap();
    assert!(
        rosa.fields.tags.contains(&"tenant".to_owned())
            && rosa.fields.tags.contains(&"rent strike".to_owned())
    );
    assert_eq!(
        rosa.membership.actionkit_id.as_deref(),
        Some("100201"),
        "the list's facts stay"
    );

    let marcus = search(
        db.conn(),
        &PeopleQuery {
            text: "marcus".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let marcus = get(db.conn(), marcus.people[0].id).unwrap();
    assert!(marcus.fields.do_not_text && !marcus.fields.do_not_email);
    assert_eq!(marcus.fields.address.zip.as_deref(), Some("02134"));
    let ana = search(
        db.conn(),
        &PeopleQuery {
            text: "ana ruiz".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        get(db.conn(), ana.people[0].id)
            .unwrap()
            .fields
            .do_not_email
    );

    let again = unattended(|job| contacts::import(&mut db, &activists, job, Utc::now())).unwrap();
    assert_eq!(again.unchanged, 3);
}

#[test]
fn an_action_network_file_is_recognised_by_its_columns() {
    let headers: Vec<String> = ["first_name", "email", "can2_phone"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(action_network::recognizes(&headers));
    let dsa: Vec<String> = ["AK_ID", "first_name"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(!action_network::recognizes(&dsa));
    let bad = "first_name,last_name,email,can2_phone\r\nA,B,a@example.org\r\n";
    let err = crate::text_table(bad)
        .and_then(|t| action_network::parse(&t))
        .unwrap_err();
    assert_eq!(err.to_string(), "line 2: expected 4 fields, found 3");
}
