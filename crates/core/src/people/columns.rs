//! The person table's columns as core writes them: the ones an organizer edits, the ones a new
//! person is inserted with, and the values of a person for each.

use std::sync::LazyLock;

use rusqlite::types::ToSqlOutput;

use super::model::PersonInput;
use crate::db::codes::to_code;
use crate::db::rows::cell;

/// The person columns an organizer edits, in the order [`editable_cells`] gives them.
pub(super) const EDITABLE: [&str; 25] = [
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "street",
    "unit",
    "city",
    "state",
    "zip",
    "preferred_language",
    "union_name",
    "union_local",
    "is_student",
    "workplace",
    "do_not_call",
    "do_not_text",
    "do_not_email",
    "access_needs",
    "notes",
    "children",
    "needs_childcare",
    "cares_for_adult",
    "caregiving_note",
    "work_schedule",
    "transport",
];

/// The values of the [`EDITABLE`] columns, in their order; `codes` holds the two stored as codes.
pub(super) fn editable_cells<'a>(
    p: &'a PersonInput,
    codes: &'a EditableCodes,
) -> rusqlite::Result<[ToSqlOutput<'a>; EDITABLE.len()]> {
    let r = &p.responsibilities;
    let a = &p.address;
    Ok([
        cell(&p.first_name)?,
        cell(&p.last_name)?,
        cell(&p.preferred_name)?,
        cell(&p.pronouns)?,
        cell(&a.street)?,
        cell(&a.unit)?,
        cell(&a.city)?,
        cell(&a.state)?,
        cell(&a.zip)?,
        cell(&p.preferred_language)?,
        cell(&p.union_name)?,
        cell(&p.union_local)?,
        cell(&p.is_student)?,
        cell(&p.workplace)?,
        cell(&p.do_not_call)?,
        cell(&p.do_not_text)?,
        cell(&p.do_not_email)?,
        cell(&p.access_needs)?,
        cell(&p.notes)?,
        cell(&r.children)?,
        cell(&r.needs_childcare)?,
        cell(&r.cares_for_adult)?,
        cell(&r.caregiving_note)?,
        cell(&codes.schedule)?,
        cell(&codes.transport)?,
    ])
}

/// The two editable columns stored as codes, worked out before a row borrows them.
pub(super) struct EditableCodes {
    schedule: String,
    transport: String,
}

impl EditableCodes {
    pub(super) fn of(p: &PersonInput) -> EditableCodes {
        EditableCodes {
            schedule: to_code(&p.responsibilities.work_schedule),
            transport: to_code(&p.responsibilities.transport),
        }
    }
}

/// `?first, ?first+1, ...`, `count` of them.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("?{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every column a new person is written with: the rowid (named, as the search index is keyed
/// by it), id, the editable ones, then where they came from and the national list's facts.
pub(super) static INSERT_COLUMNS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut columns = vec!["rowid", "id"];
    columns.extend(EDITABLE);
    columns.extend([
        "source",
        "is_sample",
        "actionkit_id",
        "membership_status",
        "member_type",
        "dues_status",
        "join_date",
        "expires_on",
        "list_values",
        "created_at",
        "updated_at",
    ]);
    columns
});

pub(super) static UPDATE_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE person SET ({}) = ({}), updated_at = ?{} WHERE id = ?1",
        EDITABLE.join(", "),
        placeholders(2, EDITABLE.len()),
        EDITABLE.len() + 2
    )
});
