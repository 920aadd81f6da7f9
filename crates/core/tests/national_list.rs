use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::national_list::{import, parse, ImportReport};
use groundwork_core::people::ladder::{self, LevelChange};
use groundwork_core::people::model::{MembershipStatus, PhoneInput};
use groundwork_core::people::search::search;
use groundwork_core::people::store::{as_input, get, update};
use groundwork_core::people::{PeopleQuery, Person};
use groundwork_core::progress::{unattended, CancelToken, Job};
use groundwork_core::CoreError;

use crate::fixture;

fn load(db: &mut Database, name: &str) -> ImportReport {
    let list = parse(crate::file_table(&format!("national-list/{name}"))).unwrap();
    unattended(|job| import(db, &list, job, Utc::now())).unwrap()
}

fn by_ak(db: &Database, ak: &str) -> Person {
    let id: groundwork_core::ids::PersonId = db
        .conn()
        .query_row("SELECT id FROM person WHERE actionkit_id = ?1", [ak], |r| {
            r.get(0)
        })
        .unwrap();
    get(db.conn(), id).unwrap()
}

fn count(db: &Database) -> u32 {
    search(db.conn(), &PeopleQuery::default()).unwrap().total
}

#[test]
fn every_layout_imports_its_members() {
    for (file, rows) in [
        ("2019.csv", 5),
        ("2021.csv", 6),
        ("2022.csv", 6),
        ("2023.csv", 6),
        ("2024.csv", 7),
    ] {
        let mut db = Database::open_in_memory().unwrap();
        let report = load(&mut db, file);
        assert_eq!((report.rows, report.created), (rows, rows), "{file}");
        assert!(
            report.unknown_columns.is_empty(),
            "{file}: {:?}",
            report.unknown_columns
        );
        let tomas = by_ak(&db, "100202");
        assert_eq!(tomas.fields.last_name, "Nguyễn", "{file}");
        assert_eq!(
            tomas.membership.status,
            Some(MembershipStatus::Lapsed),
            "{file}"
        );
        assert_eq!(
            tomas.fields.phones[0].e164.as_deref(),
            Some("+13125550102"),
            "{file}"
        );
        assert_eq!(
            tomas.membership.join_date.as_deref(),
            Some("2019-02-14"),
            "{file}"
        );
        let keisha = by_ak(&db, "100203");
        assert_eq!(
            keisha.fields.address.zip.as_deref(),
            Some("02134"),
            "{file}: the leading zero is back"
        );
        assert_eq!(
            keisha.membership.expires_on.as_deref(),
            Some("2099-11-01"),
            "{file}"
        );
        assert_eq!(
            keisha.fields.address.unit.as_deref(),
            Some("Unit 3, rear"),
            "{file}: quoted comma"
        );
    }
}

#[test]
fn layout_details_land_where_they_belong() {
    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "2021.csv");
    let rosa = by_ak(&db, "100201");
    assert_eq!(
        rosa.fields.address.street.as_deref(),
        Some("PO Box 4471"),
        "the mailing address wins"
    );
    assert_eq!(rosa.fields.union_name.as_deref(), Some("SEIU"));
    assert_eq!(rosa.membership.status, Some(MembershipStatus::GoodStanding));
    assert_eq!(
        rosa.membership.expires_on.as_deref(),
        Some("2027-11-09"),
        "M/D/YYYY read"
    );

    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "2022.csv");
    let siobhan = by_ak(&db, "100204");
    assert!(siobhan.fields.do_not_text, "p2ptext_optout");
    assert_eq!(
        siobhan.fields.access_needs.as_deref(),
        Some("ASL interpreter"),
        "accomodations, as spelled"
    );
    assert_eq!(siobhan.membership.status, Some(MembershipStatus::Member));
    assert!(siobhan.fields.is_student);

    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "2019.csv");
    assert_eq!(
        by_ak(&db, "100201").membership.status,
        Some(MembershipStatus::Member),
        "letter M"
    );
}

#[test]
fn a_broken_file_names_the_line_and_keeps_nothing() {
    let err = groundwork_core::interop::table::Table::read(&fixture(
        "national-list/broken-extra-field.csv",
    ))
    .unwrap_err();
    assert_eq!(err.to_string(), "line 5: expected 30 fields, found 31");
    let bad_date =
        "AK_ID,first_name,last_name,Join_Date\r\n1,Ana,Diaz,2020-01-01\r\n2,Bo,Li,31/31/2020\r\n";
    let list = crate::text_table(bad_date).and_then(parse).unwrap();
    assert_eq!(
        list.members().unwrap_err().to_string(),
        "line 3: join date '31/31/2020' is not a date"
    );
    let not_a_list = "first_name,last_name\r\nAna,Diaz\r\n";
    assert!(crate::text_table(not_a_list)
        .and_then(parse)
        .unwrap_err()
        .to_string()
        .contains("ActionKit id"));
}

#[test]
fn unknown_columns_are_reported_and_ignored() {
    let text = "\u{feff}AK_ID,first_name,last_name,Favorite_Color\r\n7,Ana,Diaz,green\r\n";
    let list = crate::text_table(text).and_then(parse).unwrap();
    assert_eq!(list.unknown_columns, vec!["Favorite_Color"]);
}

#[test]
fn reimporting_updates_by_actionkit_id_and_keeps_what_organizers_entered() {
    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "2023.csv");
    // An organizer corrects Siobhán's phone and writes notes; moves Rosa up the ladder and
    // corrects her street.
    let siobhan = by_ak(&db, "100204");
    let mut edit = as_input(&siobhan);
    edit.phones = vec![PhoneInput {
        number: "413-555-0444".into(),
        label: Some("corrected".into()),
    }];
    edit.notes = Some("Prefers calls after 6pm".into());
    update(&mut db, siobhan.id, edit, Utc::now()).unwrap();
    let rosa = by_ak(&db, "100201");
    let mut edit = as_input(&rosa);
    edit.address.street = Some("1420 S Blue Island Ave".into());
    update(&mut db, rosa.id, edit, Utc::now()).unwrap();
    let change = LevelChange {
        person: rosa.id,
        to_level: "leader",
        changed_by: "Tomás",
        reason: None,
    };
    ladder::set_level(&mut db, &change, Utc::now()).unwrap();

    let report = load(&mut db, "2024.csv");
    assert_eq!(report.created, 1);
    assert_eq!(report.lapsed, vec!["Fatima Hassan"]);
    assert_eq!(report.renewed, vec!["Darnell Jackson"]);
    assert_eq!(report.created + report.updated + report.unchanged, 7);

    let siobhan = by_ak(&db, "100204");
    assert_eq!(
        siobhan.fields.phones[0].number, "413-555-0444",
        "the corrected phone stays first"
    );
    assert_eq!(
        siobhan.fields.notes.as_deref(),
        Some("Prefers calls after 6pm")
    );
    assert_eq!(
        siobhan.fields.address.street.as_deref(),
        Some("45 Chestnut St"),
        "she moved; nobody had edited it"
    );
    let rosa = by_ak(&db, "100201");
    assert_eq!(rosa.ladder_level, "leader");
    assert_eq!(
        rosa.fields.address.street.as_deref(),
        Some("1420 S Blue Island Ave"),
        "the organizer's correction stays"
    );

    let again = load(&mut db, "2024.csv");
    assert_eq!((again.unchanged, again.updated, again.created), (7, 0, 0));
}

#[test]
fn a_cancelled_import_keeps_nothing() {
    let mut db = Database::open_in_memory().unwrap();
    let list = parse(crate::file_table("national-list/2024.csv")).unwrap();
    let cancel = CancelToken::new();
    cancel.cancel();
    let job = Job {
        cancel: &cancel,
        on_progress: &|_| {},
    };
    assert!(matches!(
        import(&mut db, &list, &job, Utc::now()),
        Err(CoreError::Cancelled)
    ));
    assert_eq!(count(&db), 0);
}

#[test]
fn a_broad_search_returns_a_page_by_name_and_counts_everyone() {
    let mut csv = String::from("AK_ID,first_name,last_name\r\n");
    for i in 0..1_100 {
        csv.push_str(&format!("{i},Zoe{i:04},Broad{}\r\n", 1_100 - i));
    }
    let mut db = Database::open_in_memory().unwrap();
    let list = crate::text_table(&csv).and_then(parse).unwrap();
    unattended(|job| import(&mut db, &list, job, Utc::now())).unwrap();
    let page = search(
        db.conn(),
        &PeopleQuery {
            text: "zoe".into(),
            limit: Some(200),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(page.total, 1_100);
    assert_eq!(page.people.len(), 200);
    let names: Vec<String> = page
        .people
        .iter()
        .map(|p| p.display_name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "a broad page is shown by name");
    // A narrow search is still ranked and exact.
    let one = search(
        db.conn(),
        &PeopleQuery {
            text: "zoe0042".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        (one.total, one.people[0].display_name.as_str()),
        (1, "Zoe0042 Broad1058")
    );
}

/// A list of `n` members with phones, emails, addresses and membership facts, one per line.
fn list_of(n: usize) -> String {
    let mut csv = String::from(
        "AK_ID,first_name,last_name,Address1,City,State,Zip,Best_Phone,Mobile_Phone,Email,Join_Date,Status\r\n",
    );
    for i in 0..n {
        let mobile = if i % 3 == 0 {
            format!("(312) 555-{:04}", 2000 + i)
        } else {
            String::new()
        };
        let email = if i % 4 == 1 {
            String::new()
        } else {
            format!("member{i}@example.org")
        };
        csv.push_str(&format!(
            "{i},Ana{i},\"Díaz, {i}\",{i} Main St,Chicago,IL,606{:02},312-555-{:04},{mobile},{email},3/4/21,{}\r\n",
            i % 100,
            i,
            ["Member", "Lapsed", "Member in Good Standing"][i % 3],
        ));
    }
    csv
}

/// Everyone as stored, and every term the search index holds for them, by ActionKit id.
fn stored(db: &Database) -> Vec<(String, String, Vec<String>)> {
    let conn = db.conn();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, person_search, instance)",
    )
    .unwrap();
    let mut rows: Vec<(String, groundwork_core::ids::PersonId, i64)> = conn
        .prepare("SELECT actionkit_id, id, rowid FROM person WHERE actionkit_id IS NOT NULL")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut terms = conn
        .prepare(
            "SELECT col || ':' || offset || ':' || term FROM temp.terms WHERE doc = ?1 ORDER BY 1",
        )
        .unwrap();
    rows.into_iter()
        .map(|(ak, id, rowid)| {
            let indexed: Vec<String> = terms
                .query_map([rowid], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (
                ak,
                format!("{:?}", as_input(&get(conn, id).unwrap())),
                indexed,
            )
        })
        .collect()
}

#[test]
fn a_first_import_written_in_bulk_stores_what_one_by_one_would() {
    // More members than one batch, so batches and their odd-sized ends are both written.
    let list = crate::text_table(&list_of(700)).and_then(parse).unwrap();
    let mut first = Database::open_in_memory().unwrap();
    let report = unattended(|job| import(&mut first, &list, job, Utc::now())).unwrap();
    assert_eq!(report.created, 700);
    // Into a chapter that already knows someone, each member is looked up and written alone.
    let mut known = Database::open_in_memory().unwrap();
    groundwork_core::people::store::create(
        &mut known,
        groundwork_core::people::model::PersonInput {
            first_name: "Already".into(),
            last_name: "Here".into(),
            ..Default::default()
        },
        groundwork_core::people::store::Origin::ENTERED,
        Utc::now(),
    )
    .unwrap();
    unattended(|job| import(&mut known, &list, job, Utc::now())).unwrap();
    let everyone = stored(&first);
    assert_eq!(everyone, stored(&known));
    assert_eq!(everyone.len(), 700);
    assert!(everyone.iter().all(|(_, _, terms)| terms.len() >= 8));
    // The search index agrees with its rows, and finds people by name, phone and email.
    first
        .conn()
        .execute_batch("INSERT INTO person_search (person_search) VALUES ('integrity-check')")
        .unwrap();
    for (text, who) in [
        ("Ana699", "Ana699 Díaz, 699"),
        ("312-555-0698", "Ana698 Díaz, 698"),
        ("member696@example.org", "Ana696 Díaz, 696"),
        ("(312) 555-2699", "Ana699 Díaz, 699"),
    ] {
        let found = search(
            first.conn(),
            &PeopleQuery {
                text: text.into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(found.total, 1, "{text}");
        assert_eq!(found.people[0].display_name, who);
    }
}

#[test]
fn problems_are_told_in_the_files_order() {
    let with = |lines: &[&str]| {
        let mut csv = String::from("AK_ID,first_name,last_name,Join_Date\r\n");
        for line in lines {
            csv.push_str(line);
            csv.push_str("\r\n");
        }
        crate::text_table(&csv)
            .and_then(parse)
            .and_then(|list| list.members())
            .unwrap_err()
            .to_string()
    };
    let good = |i: usize| format!("{i},Ana,Diaz,2020-01-01");
    let mut lines: Vec<String> = (1..=10).map(good).collect();
    // A repeated id comes before a later bad date.
    lines[2] = "1,Bo,Li,2020-01-01".into();
    lines[8] = "9,Cy,Ng,31/31/2020".into();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_eq!(with(&refs), "line 4: ActionKit id 1 is also on line 2");
    // Two bad rows: the first is told.
    lines[2] = "3,,,2020-01-01".into();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_eq!(with(&refs), "line 4: both first and last name are empty");
    // An id repeated far apart is found.
    let mut lines: Vec<String> = (1..=10).map(good).collect();
    lines[9] = "2,Dee,Fox,2020-01-01".into();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_eq!(with(&refs), "line 11: ActionKit id 2 is also on line 3");
}

#[test]
fn a_broken_row_met_while_merging_keeps_nothing_of_the_file() {
    // Rows are checked as they are merged, so a problem past the first batches is met after
    // rows were written in the transaction: the import fails with the line and keeps none.
    let broken = |n: usize, line: usize, cells: &str| {
        let mut lines: Vec<String> = list_of(n).split("\r\n").map(str::to_owned).collect();
        lines[line - 1] = cells.to_owned();
        lines.join("\r\n")
    };
    let import_text = |db: &mut Database, csv: &str| {
        let list = crate::text_table(csv).and_then(parse).unwrap();
        unattended(|job| import(db, &list, job, Utc::now()))
    };
    // Into an empty chapter (written in bulk) and into one that knows people (one by one).
    let mut db = Database::open_in_memory().unwrap();
    let err = import_text(&mut db, &broken(900, 800, "799,Bo,Li,,,,,,,,31/31/2020,"))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "line 800: join date '31/31/2020' is not a date");
    assert_eq!(count(&db), 0);
    let before = import_text(&mut db, &list_of(300)).unwrap();
    assert_eq!(before.created, 300);
    let stored_before = stored(&db);
    let err = import_text(&mut db, &broken(900, 700, "5,Bo,Li,,,,,,,,,"))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "line 700: ActionKit id 5 is also on line 7");
    assert_eq!(count(&db), 300);
    assert_eq!(stored(&db), stored_before);
}

/// The indexes a chapter's tables keep, by name and what makes them.
fn indexes(db: &Database) -> Vec<(String, String)> {
    let mut stmt = db
        .conn()
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn a_first_list_sets_the_indexes_aside_and_builds_them_again_even_when_cancelled() {
    // Into an empty chapter the people's indexes are built after the rows, not row by row;
    // done or cancelled, the chapter keeps every one of them.
    let mut db = Database::open_in_memory().unwrap();
    let before = indexes(&db);
    assert!(before.iter().any(|(name, _)| name == "person_name"));
    let list = parse(crate::file_table("national-list/2024.csv")).unwrap();
    let cancel = CancelToken::new();
    let job = Job {
        cancel: &cancel,
        on_progress: &|p| {
            if p.done > 0 {
                cancel.cancel();
            }
        },
    };
    let _ = import(&mut db, &list, &job, Utc::now());
    assert_eq!(indexes(&db), before);
    load(&mut db, "2024.csv");
    assert_eq!(indexes(&db), before);
    // And they answer: a name looked up through the rebuilt index finds its person.
    let by_name: u32 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM person INDEXED BY person_name WHERE last_name = last_name",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(by_name, count(&db));
}
