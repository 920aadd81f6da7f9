//! A committee's round, from the files chapters send to the ledger, on real databases: one
//! chapter's and the committee's.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use ed25519_dalek::SigningKey;

use super::decisions::{decide, Decision};
use super::ledger::{disburse, ledger, Ledger};
use super::received::{import, list, Imported, ReceivedStatus};
use super::rounds::{self, RoundInput, DEFAULT_BUDGET_CENTS};
use crate::db::Database;
use crate::grants::export::export;
use crate::grants::sent::{SentApplication, KIND};
use crate::grants::store;
use crate::ids::{ApplicationId, RoundId};
use crate::settings::{save_national, ChapterSettings};
use crate::{signed_file, signing};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The sample chapter, with its complete application sent to `out`.
fn chapter_sends(dir: &Path, out: &Path) -> (Database, ApplicationId) {
    let mut db = Database::open(&dir.join("chapter.sqlite"), now()).unwrap();
    crate::sample::create(&mut db, now()).unwrap();
    let id = store::list(db.conn()).unwrap()[0].id;
    export(&mut db, id, out, now()).unwrap();
    (db, id)
}

fn committee(dir: &Path, budget_cents: i64) -> (Database, RoundId) {
    let mut db = Database::open(&dir.join("national.sqlite"), now()).unwrap();
    let settings = ChapterSettings {
        name: "National grants committee".into(),
        ..ChapterSettings::default()
    };
    save_national(&mut db, &settings, now()).unwrap();
    let round = rounds::create(
        &mut db,
        &RoundInput {
            name: "Spring 2027".into(),
            budget_cents,
            opens_on: Some(day("2027-01-04")),
            deadline: day("2027-02-15"),
        },
        now(),
    )
    .unwrap();
    (db, round.id)
}

/// `sent` changed by `change`, signed again with `key` as Groundwork would.
fn resealed(
    sent: &SentApplication,
    key: &SigningKey,
    change: impl FnOnce(&mut SentApplication),
) -> Vec<u8> {
    let mut sent = sent.clone();
    change(&mut sent);
    sent.revision = sent.content.revision();
    signed_file::seal(KIND, &serde_json::to_vec(&sent).unwrap(), key)
}

fn opened(bytes: &[u8]) -> SentApplication {
    serde_json::from_slice(&signed_file::open(bytes, KIND).unwrap().payload).unwrap()
}

#[test]
fn files_are_imported_once_resubmissions_replace_and_strangers_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (mut chapter, id) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    let bytes = std::fs::read(&file).unwrap();

    assert_eq!(
        import(&mut national, round, &bytes, now()).unwrap(),
        (id, Imported::New)
    );
    assert_eq!(
        import(&mut national, round, &bytes, now()).unwrap(),
        (id, Imported::AlreadyImported)
    );
    let received = list(national.conn(), round).unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].chapter_name, "Riverside Chapter (sample)");
    assert_eq!(received[0].revisions, 1);

    // Changed on the way: $800 became $1,000 in the payload, the signature left as it was.
    let mut envelope: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let sent = opened(&bytes);
    let mut richer = sent.clone();
    richer.content.application.amount_cents = 100_000;
    use base64::Engine;
    envelope["payload"] = base64::engine::general_purpose::STANDARD
        .encode(serde_json::to_vec(&richer).unwrap())
        .into();
    let altered = import(
        &mut national,
        round,
        &serde_json::to_vec(&envelope).unwrap(),
        now(),
    )
    .unwrap_err();
    assert!(altered.to_string().contains("changed after"), "{altered}");

    // The same chapter sends a corrected version: it replaces the first, which is kept.
    let key = signing::chapter_key(&mut chapter, now()).unwrap();
    let corrected = resealed(&sent, &key, |s| {
        s.content.application.sustaining = Some("Dues, and a yearly fundraiser.".into())
    });
    assert_eq!(
        import(&mut national, round, &corrected, now()).unwrap(),
        (id, Imported::Resubmitted)
    );
    let now_held = &list(national.conn(), round).unwrap()[0];
    assert_eq!(now_held.revisions, 2);
    assert_eq!(
        now_held.sent.content.application.sustaining.as_deref(),
        Some("Dues, and a yearly fundraiser.")
    );
    // The chapter reopens its application in Groundwork, corrects it and sends it again: the
    // third version replaces the second, and national keeps all three.
    let reopened = store::reopen(&mut chapter, id, now()).unwrap();
    assert_eq!(reopened.status, crate::grants::ApplicationStatus::Draft);
    store::update(
        &mut chapter,
        id,
        &crate::grants::ApplicationInput {
            base_building: Some("Door by door, and a meeting in every lobby.".into()),
            ..reopened.fields.clone()
        },
        now(),
    )
    .unwrap();
    let third = dir.path().join("third.json");
    export(&mut chapter, id, &third, now()).unwrap();
    assert_eq!(
        import(&mut national, round, &std::fs::read(&third).unwrap(), now()).unwrap(),
        (id, Imported::Resubmitted)
    );
    assert_eq!(list(national.conn(), round).unwrap()[0].revisions, 3);

    // The first file, arriving late, does not undo the correction.
    let late = import(&mut national, round, &bytes, now()).unwrap_err();
    assert!(late.to_string().contains("earlier version"), "{late}");

    // Another key claiming the same application.
    let stranger = resealed(&sent, &SigningKey::from_bytes(&[9; 32]), |s| {
        s.content.application.sustaining = Some("Someone else's words".into())
    });
    let refused = import(&mut national, round, &stranger, now()).unwrap_err();
    assert!(refused.to_string().contains("another chapter"), "{refused}");
    assert_eq!(list(national.conn(), round).unwrap()[0].revisions, 3);

    // A chapter's database keeps no rounds.
    let not_here = import(&mut chapter, round, &bytes, now()).unwrap_err();
    assert!(not_here.to_string().contains("chapter's"), "{not_here}");
}

#[test]
fn awards_are_held_to_the_round_and_payments_to_the_award() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (mut chapter, first) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), 100_000);
    let bytes = std::fs::read(&file).unwrap();
    import(&mut national, round, &bytes, now()).unwrap();
    // A second application from the same chapter, for $600.
    let key = signing::chapter_key(&mut chapter, now()).unwrap();
    let second = ApplicationId::new();
    let other = resealed(&opened(&bytes), &key, |s| {
        s.application_id = second;
        s.content.application.amount_cents = 60_000;
        s.content.budget.truncate(1);
        s.content.budget[0].quantity = 1;
        s.content.budget[0].unit_cost_cents = 60_000;
    });
    import(&mut national, round, &other, now()).unwrap();

    let more_than_asked = decide(
        &mut national,
        first,
        &Decision::Award {
            cents: 90_000,
            reason: None,
        },
        now(),
    )
    .unwrap_err();
    assert!(
        more_than_asked.to_string().contains("$800.00"),
        "{more_than_asked}"
    );
    let awarded = decide(
        &mut national,
        first,
        &Decision::Award {
            cents: 80_000,
            reason: Some("Strong base-building plan".into()),
        },
        now(),
    )
    .unwrap();
    assert_eq!(awarded.status, ReceivedStatus::Awarded);

    // $600 more would pass the $1,000 budget by $400: refused, saying so, and nothing changes.
    let over = decide(
        &mut national,
        second,
        &Decision::Award {
            cents: 60_000,
            reason: None,
        },
        now(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        over.contains("$200.00 is left") && over.contains("$400.00 short"),
        "{over}"
    );
    // A reduced award fits.
    decide(
        &mut national,
        second,
        &Decision::Award {
            cents: 20_000,
            reason: Some("Reduced: the food line is covered elsewhere".into()),
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        ledger(national.conn(), round).unwrap(),
        Ledger {
            budget: 100_000,
            committed: 100_000,
            disbursed: 0,
            remaining: 0
        }
    );

    let paid = disburse(&mut national, first, 50_000, day("2027-03-01"), None, now()).unwrap();
    assert_eq!(paid.disbursed, 50_000);
    let past = disburse(&mut national, first, 40_000, day("2027-04-01"), None, now())
        .unwrap_err()
        .to_string();
    assert!(past.contains("$300.00 left"), "{past}");
    let decline_paid = decide(
        &mut national,
        first,
        &Decision::Decline {
            reason: "Changed our mind".into(),
        },
        now(),
    )
    .unwrap_err();
    assert!(
        decline_paid.to_string().contains("$500.00"),
        "{decline_paid}"
    );

    // Declining needs reasons; declining frees the money.
    assert!(decide(
        &mut national,
        second,
        &Decision::Decline {
            reason: "  ".into()
        },
        now()
    )
    .is_err());
    decide(
        &mut national,
        second,
        &Decision::Decline {
            reason: "The timeline does not reach the buildings' tenants".into(),
        },
        now(),
    )
    .unwrap();
    let after = ledger(national.conn(), round).unwrap();
    assert_eq!((after.committed, after.remaining), (80_000, 20_000));
}

#[test]
fn a_file_that_breaks_the_rounds_rules_is_refused_saying_which() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (mut chapter, _) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    let key = signing::chapter_key(&mut chapter, now()).unwrap();
    let sent = opened(&std::fs::read(&file).unwrap());
    let too_much = resealed(&sent, &key, |s| {
        s.content.application.amount_cents = 120_000
    });
    let refused = import(&mut national, round, &too_much, now())
        .unwrap_err()
        .to_string();
    assert!(refused.contains("$1,200.00"), "{refused}");
    let short = resealed(&sent, &key, |s| s.content.budget.truncate(1));
    let refused = import(&mut national, round, &short, now())
        .unwrap_err()
        .to_string();
    assert!(refused.contains("not the $800.00 asked"), "{refused}");
    assert!(list(national.conn(), round).unwrap().is_empty());
}

#[test]
fn reviewers_score_by_the_rubric_and_one_who_declares_a_conflict_neither_scores_nor_sees() {
    use super::reviewers;
    use super::reviews::{recuse, score, sheet, ScoreInput};
    use super::rubric::{self, CriterionInput};

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (_chapter, id) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    import(&mut national, round, &std::fs::read(&file).unwrap(), now()).unwrap();
    let rubric = rubric::get(national.conn(), round).unwrap();
    assert_eq!(rubric.len(), 5, "a round starts with the rubric");

    let ana = reviewers::add(&mut national, "Ana Reyes", now()).unwrap();
    let tom = reviewers::add(&mut national, "Tom Okafor", now()).unwrap();
    assert!(reviewers::add(&mut national, "ana reyes", now()).is_err());

    let all_fours: Vec<ScoreInput> = rubric
        .iter()
        .map(|c| ScoreInput {
            criterion: c.id,
            score: 4,
        })
        .collect();
    let missing_one = &all_fours[1..];
    assert!(score(&mut national, id, ana.id, missing_one, None, now())
        .unwrap_err()
        .to_string()
        .contains(&rubric[0].name));
    let mut five_on_the_first = all_fours.clone();
    five_on_the_first[0].score = 5;
    let seen = score(
        &mut national,
        id,
        ana.id,
        &five_on_the_first,
        Some("Door by door: exactly the work".into()),
        now(),
    )
    .unwrap();
    // (5·3 + 4·2 + 4·2 + 4·2 + 4·1) / 10
    assert!((seen.reviews[0].weighted - 4.3).abs() < 1e-9);

    // Tom's sister chairs the tenant union: he declares it.
    recuse(
        &mut national,
        id,
        tom.id,
        Some("Family in the union".into()),
        now(),
    )
    .unwrap();
    let refused = score(&mut national, id, tom.id, &all_fours, None, now())
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("Tom Okafor") && refused.contains("conflict"),
        "{refused}"
    );
    let cannot_see = sheet(national.conn(), id, Some(tom.id))
        .unwrap_err()
        .to_string();
    assert!(cannot_see.contains("cannot see"), "{cannot_see}");
    let committee_view = sheet(national.conn(), id, None).unwrap();
    assert_eq!(committee_view.reviews.len(), 1);
    assert_eq!(committee_view.recused, vec![tom.clone()]);
    assert!((committee_view.mean.unwrap() - 4.3).abs() < 1e-9);

    // The rubric is edited: a scored criterion keeps its place, an unscored new one goes.
    let mut edited: Vec<CriterionInput> = rubric
        .iter()
        .map(|c| CriterionInput {
            id: Some(c.id),
            name: c.name.clone(),
            weight: c.weight,
        })
        .collect();
    edited[4].weight = 3;
    edited.push(CriterionInput {
        id: None,
        name: "Works with partner organizations".into(),
        weight: 1,
    });
    let saved = rubric::save(&mut national, round, &edited).unwrap();
    assert_eq!(saved.len(), 6);
    assert_eq!(saved[4].weight, 3);
    let dropped_scored = rubric::save(&mut national, round, &edited[1..]).unwrap_err();
    assert!(dropped_scored.to_string().contains(&rubric[0].name));
    let back = rubric::save(&mut national, round, &edited[..5]).unwrap();
    assert_eq!(back.len(), 5);
}

#[test]
fn an_award_is_reported_on_and_the_committee_sees_who_is_overdue() {
    use super::reports::{due, import as import_report};
    use crate::grants::reports::{self, ReportInput, ReportKind};

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (mut chapter, id) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    import(&mut national, round, &std::fs::read(&file).unwrap(), now()).unwrap();

    // No report before the award is written down.
    assert!(reports::start(&mut chapter, id, ReportKind::Midpoint, now()).is_err());
    decide(
        &mut national,
        id,
        &Decision::Award {
            cents: 70_000,
            reason: None,
        },
        now(),
    )
    .unwrap();
    let awarded = store::record_decision(&mut chapter, id, Some(70_000), now()).unwrap();
    assert_eq!(awarded.awarded_cents, Some(70_000));

    let report = reports::start(&mut chapter, id, ReportKind::Midpoint, now()).unwrap();
    assert!(
        report.fields.one_on_ones.is_some(),
        "filled from the records"
    );
    assert_eq!(report.period_from, awarded.fields.starts_on);
    let out = dir.path().join("midpoint.json");
    let refused = reports::export(&mut chapter, report.id, &out, now()).unwrap_err();
    assert!(
        refused.to_string().contains("how the work went"),
        "{refused}"
    );
    let written = reports::save(
        &mut chapter,
        report.id,
        &ReportInput {
            reached: Some(140),
            story: Some("Four of six buildings meet monthly.".into()),
            spent_cents: Some(41_000),
            ..report.fields.clone()
        },
        now(),
    )
    .unwrap();
    reports::export(&mut chapter, written.id, &out, now()).unwrap();

    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(
        import_report(&mut national, &bytes, now()).unwrap(),
        (id, ReportKind::Midpoint, Imported::New)
    );
    assert_eq!(
        import_report(&mut national, &bytes, now()).unwrap().2,
        Imported::AlreadyImported
    );
    let on = |text: &str| due(national.conn(), round, day(text)).unwrap();
    let later = on("2030-01-01");
    assert_eq!(later.len(), 2);
    assert!(later[0].received && !later[0].overdue);
    assert!(!later[1].received && later[1].overdue, "{later:?}");
    assert!(on("2026-12-07").iter().all(|d| !d.overdue));
}

#[test]
fn a_chapters_region_is_set_once_for_all_its_applications_and_the_round_is_counted_by_region() {
    use super::regions::{known, set, totals, RegionTotal};

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    let (_chapter, id) = chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    import(&mut national, round, &std::fs::read(&file).unwrap(), now()).unwrap();
    assert_eq!(list(national.conn(), round).unwrap()[0].region, None);

    // Too long a name is refused and nothing changes.
    let refused = set(&mut national, id, &Some("x".repeat(81)), now()).unwrap_err();
    assert!(refused.to_string().contains("80"), "{refused}");
    assert_eq!(list(national.conn(), round).unwrap()[0].region, None);

    let placed = set(&mut national, id, &Some("  Great Lakes ".into()), now()).unwrap();
    assert_eq!(placed.region.as_deref(), Some("Great Lakes"));
    assert_eq!(known(national.conn()).unwrap(), vec!["Great Lakes"]);
    decide(
        &mut national,
        id,
        &Decision::Award {
            cents: 70_000,
            reason: None,
        },
        now(),
    )
    .unwrap();
    let received = list(national.conn(), round).unwrap();
    assert_eq!(
        totals(&received),
        vec![RegionTotal {
            region: Some("Great Lakes".into()),
            applications: 1,
            awarded: 1,
            awarded_cents: 70_000,
        }]
    );
    // An empty name takes the chapter out of its region.
    let cleared = set(&mut national, id, &Some(" ".into()), now()).unwrap();
    assert_eq!(cleared.region, None);
    assert!(known(national.conn()).unwrap().is_empty());
}

#[test]
fn regions_are_counted_in_order_with_the_unplaced_last() {
    use super::regions::totals;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("application.json");
    chapter_sends(dir.path(), &file);
    let (mut national, round) = committee(dir.path(), DEFAULT_BUDGET_CENTS);
    import(&mut national, round, &std::fs::read(&file).unwrap(), now()).unwrap();
    let one = list(national.conn(), round).unwrap().remove(0);
    let placed = |region: Option<&str>, awarded: Option<i64>| {
        let mut a = one.clone();
        a.region = region.map(str::to_owned);
        a.awarded_cents = awarded;
        a.status = if awarded.is_some() {
            ReceivedStatus::Awarded
        } else {
            ReceivedStatus::Received
        };
        a
    };
    let counted = totals(&[
        placed(None, None),
        placed(Some("south"), Some(50_000)),
        placed(Some("Appalachia"), None),
        placed(Some("south"), Some(100_000)),
    ]);
    let lines: Vec<_> = counted
        .iter()
        .map(|t| {
            (
                t.region.as_deref(),
                t.applications,
                t.awarded,
                t.awarded_cents,
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            (Some("Appalachia"), 1, 0, 0),
            (Some("south"), 2, 2, 150_000),
            (None, 1, 0, 0),
        ]
    );
}
