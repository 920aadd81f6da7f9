//! Files from other tools: Spoke and VAN contact lists, the national list as a workbook or a
//! ZIP, and the upload files made for Action Network and Spoke.

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::import::{self, Parsed};
use groundwork_core::interop::report::{ImportReport, ListFormat};
use groundwork_core::interop::table::Table;
use groundwork_core::interop::{export, national_list};
use groundwork_core::people::store::get;
use groundwork_core::people::Person;
use groundwork_core::progress::unattended;

use crate::fixture;

fn read(name: &str) -> Parsed {
    import::read(&fixture(name), None).unwrap()
}

fn load(db: &mut Database, name: &str) -> ImportReport {
    let parsed = read(name);
    unattended(|job| parsed.import(db, job, Utc::now())).unwrap()
}

fn by_phone(db: &Database, e164: &str) -> Person {
    let id = db
        .conn()
        .query_row(
            "SELECT person_id FROM person_phone WHERE e164 = ?1",
            [e164],
            |r| r.get(0),
        )
        .unwrap();
    get(db.conn(), id).unwrap()
}

fn count(db: &Database, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_spoke_list_leaves_out_bad_cells_folds_repeats_and_keeps_custom_fields() {
    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "national-list/2024.csv");
    let before = count(&db, "SELECT count(*) FROM person");

    let report = load(&mut db, "spoke/contacts.csv");
    assert_eq!(report.format, ListFormat::Spoke);
    assert_eq!(report.rows, 6);
    assert_eq!((report.created, report.updated, report.folded), (2, 1, 1));
    assert_eq!(
        report.skipped,
        [
            "line 5: '555-0133' is not a phone number that can take a text",
            "line 7: no cell number"
        ]
    );
    assert_eq!(count(&db, "SELECT count(*) FROM person"), before + 2);

    // Rosa was known from the national list: found by her cell, her name untouched, the
    // campaign's columns kept beside her record.
    let rosa = by_phone(&db, "+13125550101");
    assert_eq!(rosa.membership.actionkit_id.as_deref(), Some("100201"));
    let fields: Vec<(String, String)> = db
        .conn()
        .prepare("SELECT name, value FROM person_field WHERE person_id = ?1 ORDER BY name")
        .unwrap()
        .query_map([rosa.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        fields,
        [
            ("external_id".into(), "sp-1".into()),
            ("shift_pref".into(), "evenings".into()),
            ("turf".into(), "Pilsen".into())
        ]
    );
    // Yesenia's second row filled nothing the first had: her shift stays "weekends".
    let yesenia = by_phone(&db, "+13125550131");
    assert_eq!(yesenia.fields.last_name, "Ortiz");
    let shift: String = db
        .conn()
        .query_row(
            "SELECT value FROM person_field WHERE person_id = ?1 AND name = 'shift_pref'",
            [yesenia.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(shift, "weekends");

    let again = load(&mut db, "spoke/contacts.csv");
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
}

#[test]
fn a_van_export_is_matched_by_email_then_by_its_vanid() {
    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "national-list/2024.csv");
    let report = load(&mut db, "van/export.txt");
    assert_eq!(report.format, ListFormat::Van);
    assert_eq!(report.read_as, "tab-separated text");
    assert_eq!((report.created, report.updated), (2, 1));
    assert_eq!(report.unknown_columns, ["Precinct Name"]);

    let keisha: String = db
        .conn()
        .query_row(
            "SELECT van_id FROM person WHERE actionkit_id = '100203'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keisha, "2000101");
    let chidi = by_phone(&db, "+16175550142");
    assert_eq!(
        (
            chidi.fields.first_name.as_str(),
            chidi.fields.last_name.as_str()
        ),
        ("Chidi O", "Abara Jr")
    );
    assert_eq!(chidi.fields.address.zip.as_deref(), Some("02136"));
    assert_eq!(chidi.fields.phones.len(), 2);

    // Keisha changes her email; the next export still finds her by VANID.
    db.conn()
        .execute(
            "DELETE FROM person_email WHERE email = 'keisha.w@example.net'",
            [],
        )
        .unwrap();
    let again = load(&mut db, "van/export.txt");
    assert_eq!(again.created, 0);
}

#[test]
fn the_national_list_reads_the_same_from_a_workbook_or_a_zip() {
    let csv = national_list::parse(crate::file_table("national-list/2019.csv")).unwrap();
    let xlsx_table = Table::read(&fixture("national-list/2019.xlsx")).unwrap();
    assert_eq!(xlsx_table.read_as, "Excel workbook, sheet \"Members\"");
    let xlsx = national_list::parse(xlsx_table).unwrap();
    let (csv, xlsx) = (csv.members().unwrap(), xlsx.members().unwrap());
    assert_eq!(xlsx.len(), csv.len());
    for (a, b) in csv.iter().zip(&xlsx) {
        // Phones were typed as bare digits in the workbook; everything else reads the same.
        let strip = |m: &national_list::ListMember| {
            let mut m = m.clone();
            m.phones.clear();
            m
        };
        assert_eq!(strip(a), strip(b));
    }

    let zipped = Table::read(&fixture("national-list/2024.zip")).unwrap();
    assert_eq!(zipped.read_as, "CSV (members-2024.csv, in a ZIP)");
    let from_zip = national_list::parse(zipped).unwrap();
    let from_csv = national_list::parse(crate::file_table("national-list/2024.csv")).unwrap();
    assert_eq!(from_zip.members().unwrap(), from_csv.members().unwrap());
}

#[test]
fn a_workbook_row_problem_names_the_row() {
    // The workbook's lines are rows: a bad date in row 3 says "row 3".
    let mut table = Table::read(&fixture("national-list/2019.xlsx")).unwrap();
    let join = table.column(&["joindate"]).unwrap();
    let mut cells: Vec<String> = table.rows[1].cells.iter().map(str::to_owned).collect();
    cells[join] = "31/31/2020".into();
    table.rows[1].cells = cells.into();
    let err = national_list::parse(table).unwrap().members().unwrap_err();
    assert_eq!(
        err.to_string(),
        "row 3: join date '31/31/2020' is not a date"
    );
}

#[test]
fn upload_files_leave_out_people_who_opted_out() {
    let mut db = Database::open_in_memory().unwrap();
    load(&mut db, "national-list/2024.csv");
    load(&mut db, "spoke/contacts.csv");
    db.conn()
        .execute(
            "UPDATE person SET do_not_text = 1 WHERE last_name = 'Brooks'",
            [],
        )
        .unwrap();
    db.conn()
        .execute(
            "UPDATE person SET do_not_email = 1 WHERE last_name = 'Reyes'",
            [],
        )
        .unwrap();
    let people = export::people(db.conn()).unwrap();
    let texting_opt_outs = people.iter().filter(|p| p.do_not_text).count() as u32;

    let spoke = export::to_spoke(&people).unwrap();
    let text = String::from_utf8(spoke.bytes.clone()).unwrap();
    assert!(text.starts_with("firstName,lastName,cell,zip,external_id\n"));
    assert!(!text.contains("Brooks"), "asked not to be texted");
    assert!(text.contains("Ortiz,+13125550131,60623,"));
    let left: u32 = spoke
        .left_out
        .iter()
        .filter(|(why, _)| *why == "who asked not to be texted")
        .map(|(_, n)| n)
        .sum();
    assert_eq!(left, texting_opt_outs);
    assert_eq!(
        spoke.rows + spoke.left_out.iter().map(|(_, n)| n).sum::<u32>(),
        people.len() as u32
    );

    let an = export::to_action_network(&people).unwrap();
    let text = String::from_utf8(an.bytes).unwrap();
    assert!(text.starts_with("first_name,last_name,email,zip_code,can2_phone\n"));
    assert!(!text.contains("Reyes"), "asked not to be emailed");
    assert!(!text.contains("Ortiz"), "has no email");
    for line in text.lines().skip(1) {
        let person = people
            .iter()
            .find(|p| p.email.as_deref() == line.split(',').nth(2))
            .unwrap();
        if person.do_not_text {
            assert!(line.ends_with(','), "no phone for {line}");
        }
    }

    // A Spoke upload read back in finds everyone it names and creates nobody.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spoke-upload.csv");
    std::fs::write(&path, &spoke.bytes).unwrap();
    let parsed = import::read(&path, None).unwrap();
    let back = unattended(|job| parsed.import(&mut db, job, Utc::now())).unwrap();
    assert_eq!(back.created, 0);
}
