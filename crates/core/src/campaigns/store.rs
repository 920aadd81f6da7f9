//! Reading and writing campaigns and their strategy charts.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::chart::{ChartItemInput, ChartSection, StrategyItem};
use super::model::{Campaign, CampaignInput, MapSummary};
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{CampaignId, StrategyItemId};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// The most lines a section of the chart holds: a chart is a page, not a plan of record.
pub const MOST_PER_SECTION: usize = 12;

pub fn not_found(id: CampaignId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-campaign", id = id.to_string()),
    }
}

fn checked(input: CampaignInput) -> Result<CampaignInput> {
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("campaign-name-missing")).at("name"),
        );
    }
    Ok(CampaignInput {
        name,
        issue: trimmed(&input.issue),
        project_id: input.project_id,
    })
}

pub fn create(
    db: &mut Database,
    input: CampaignInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<Campaign> {
    let input = checked(input)?;
    let id = CampaignId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO campaign (id, name, issue, project_id, is_sample, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?
        .execute(params![
            id,
            input.name,
            input.issue,
            input.project_id,
            is_sample,
            at
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Renames a campaign or changes what it says of itself.
pub fn update(
    db: &mut Database,
    id: CampaignId,
    input: CampaignInput,
    now: DateTime<Utc>,
) -> Result<Campaign> {
    let input = checked(input)?;
    db.write(|tx| {
        let changed = tx
            .prepare_cached(
                "UPDATE campaign SET name = ?2, issue = ?3, project_id = ?4, updated_at = ?5
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                input.name,
                input.issue,
                input.project_id,
                timestamp::to_text(now)
            ])?;
        if changed == 0 {
            return Err(not_found(id));
        }
        Ok(())
    })?;
    get(db.conn(), id)
}

pub fn get(conn: &Connection, id: CampaignId) -> Result<Campaign> {
    let found = conn
        .prepare_cached(
            "SELECT name, issue, project_id, is_sample, created_at, updated_at
             FROM campaign WHERE id = ?1",
        )?
        .query_row(params![id], |r| {
            Ok((
                CampaignInput {
                    name: r.get(0)?,
                    issue: r.get(1)?,
                    project_id: r.get(2)?,
                },
                r.get::<_, bool>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .optional()?;
    let Some((fields, is_sample, created_at, updated_at)) = found else {
        return Err(not_found(id));
    };
    Ok(Campaign {
        id,
        fields,
        chart: chart(conn, id)?,
        maps: maps(conn, id)?,
        is_sample,
        created_at,
        updated_at,
    })
}

/// Every campaign, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Campaign>> {
    let ids: Vec<CampaignId> = conn
        .prepare_cached("SELECT id FROM campaign ORDER BY created_at DESC, id DESC")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| get(conn, id)).collect()
}

fn maps(conn: &Connection, campaign: CampaignId) -> Result<Vec<MapSummary>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.name,
                    (SELECT count(*) FROM map_node n WHERE n.map_id = m.id),
                    (SELECT count(*) FROM map_edge e WHERE e.map_id = m.id)
             FROM power_map m WHERE m.campaign_id = ?1 ORDER BY m.created_at, m.id",
        )?
        .query_map(params![campaign], |r| {
            Ok(MapSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                nodes: r.get(2)?,
                edges: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The chart's items, section by section in the chart's order, each section in its order.
pub fn chart(conn: &Connection, campaign: CampaignId) -> Result<Vec<StrategyItem>> {
    let mut items: Vec<(usize, i64, StrategyItem)> = conn
        .prepare_cached(
            "SELECT id, section, text, target_id, position FROM strategy_item
             WHERE campaign_id = ?1",
        )?
        .query_map(params![campaign], |r| {
            let section: ChartSection = column(r.get(1)?)?;
            Ok((
                section.order(),
                r.get(4)?,
                StrategyItem {
                    id: r.get(0)?,
                    section,
                    text: r.get(2)?,
                    target_id: r.get(3)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    items.sort_by_key(|(order, position, _)| (*order, *position));
    Ok(items.into_iter().map(|(_, _, item)| item).collect())
}

/// Replaces the whole chart with `items`, in one transaction. Blank lines are left out; a
/// refusal names the line (`items.N.text`, `items.N.target`) and changes nothing.
pub fn save_chart(
    db: &mut Database,
    campaign: CampaignId,
    items: &[ChartItemInput],
    now: DateTime<Utc>,
) -> Result<Campaign> {
    let kept = checked_chart(items)?;
    db.write(|tx| {
        if tx
            .prepare_cached("SELECT 1 FROM campaign WHERE id = ?1")?
            .query_row(params![campaign], |_| Ok(()))
            .optional()?
            .is_none()
        {
            return Err(not_found(campaign));
        }
        write_chart(tx, campaign, items, &kept, now)
    })?;
    get(db.conn(), campaign)
}

/// The lines worth keeping (not blank), by their place in `items`, after checking each.
fn checked_chart(items: &[ChartItemInput]) -> Result<Vec<usize>> {
    let mut kept = Vec::new();
    let mut per_section = std::collections::HashMap::<ChartSection, usize>::new();
    for (i, item) in items.iter().enumerate() {
        if item.text.trim().is_empty() {
            continue;
        }
        let count = per_section.entry(item.section).or_default();
        *count += 1;
        if *count > MOST_PER_SECTION {
            return Err(CoreError::invalid(
                msg!("field-chart-line"),
                msg!("chart-section-full", most = MOST_PER_SECTION),
            )
            .at(format!("items.{i}.text")));
        }
        if let Some(target) = item.target {
            if item.section != ChartSection::Tactic {
                return Err(CoreError::invalid(
                    msg!("field-chart-target"),
                    msg!("chart-target-only-for-tactics"),
                )
                .at(format!("items.{i}.target")));
            }
            let aimed = items.get(target as usize);
            if !aimed.is_some_and(|t| t.section.is_target() && !t.text.trim().is_empty()) {
                return Err(CoreError::invalid(
                    msg!("field-chart-target"),
                    msg!("chart-target-not-a-target"),
                )
                .at(format!("items.{i}.target")));
            }
        }
        kept.push(i);
    }
    Ok(kept)
}

fn write_chart(
    tx: &Transaction<'_>,
    campaign: CampaignId,
    items: &[ChartItemInput],
    kept: &[usize],
    now: DateTime<Utc>,
) -> Result<()> {
    let at = timestamp::to_text(now);
    tx.prepare_cached("DELETE FROM strategy_item WHERE campaign_id = ?1")?
        .execute(params![campaign])?;
    // Ids first, so a tactic can name a target written after it.
    let ids: Vec<StrategyItemId> = items
        .iter()
        .map(|item| item.id.unwrap_or_default())
        .collect();
    let mut positions = std::collections::HashMap::<ChartSection, i64>::new();
    let mut insert = tx.prepare_cached(
        "INSERT INTO strategy_item (id, campaign_id, section, position, text, target_id,
                                    created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?6)",
    )?;
    for &i in kept {
        let item = &items[i];
        let position = positions.entry(item.section).or_default();
        insert.execute(params![
            ids[i],
            campaign,
            to_code(&item.section),
            *position,
            item.text.trim(),
            at
        ])?;
        *position += 1;
    }
    let mut aim = tx.prepare_cached("UPDATE strategy_item SET target_id = ?2 WHERE id = ?1")?;
    for &i in kept {
        if let Some(target) = items[i].target {
            aim.execute(params![ids[i], ids[target as usize]])?;
        }
    }
    tx.prepare_cached("UPDATE campaign SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![campaign, at])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-06T18:00:00Z".parse().unwrap()
    }

    fn line(section: ChartSection, text: &str, target: Option<u32>) -> ChartItemInput {
        ChartItemInput {
            id: None,
            section,
            text: text.into(),
            target,
        }
    }

    fn campaign(db: &mut Database) -> Campaign {
        create(
            db,
            CampaignInput {
                name: " Heat at 2400 Cermak ".into(),
                issue: Some("No heat since October".into()),
                project_id: None,
            },
            false,
            now(),
        )
        .unwrap()
    }

    #[test]
    fn a_campaign_needs_a_name() {
        let mut db = Database::open_in_memory().unwrap();
        let err = create(&mut db, CampaignInput::default(), false, now()).unwrap_err();
        assert_eq!(err.key(), Some("name"));
        assert_eq!(campaign(&mut db).fields.name, "Heat at 2400 Cermak");
        assert_eq!(list(db.conn()).unwrap().len(), 1);
    }

    #[test]
    fn the_chart_is_saved_whole_in_order_with_tactics_aimed_at_targets() {
        let mut db = Database::open_in_memory().unwrap();
        let c = campaign(&mut db);
        let items = vec![
            line(
                ChartSection::Tactic,
                "Deliver a petition to the alderman",
                Some(3),
            ),
            line(
                ChartSection::LongTermGoal,
                "Every building in Pilsen heated",
                None,
            ),
            line(ChartSection::ShortTermGoal, "Heat on by December 15", None),
            line(ChartSection::PrimaryTarget, "Alderman Ruiz", None),
            line(ChartSection::ShortTermGoal, "  ", None),
            line(ChartSection::ShortTermGoal, "Repairs logged", None),
        ];
        let saved = save_chart(&mut db, c.id, &items, now()).unwrap();
        let texts: Vec<_> = saved.chart.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Every building in Pilsen heated",
                "Heat on by December 15",
                "Repairs logged",
                "Alderman Ruiz",
                "Deliver a petition to the alderman"
            ]
        );
        let target = saved.chart[3].id;
        assert_eq!(saved.chart[4].target_id, Some(target));

        // Saved again with the ids it came back with: the same items, one changed.
        let mut again: Vec<ChartItemInput> = saved
            .chart
            .iter()
            .map(|i| ChartItemInput {
                id: Some(i.id),
                section: i.section,
                text: i.text.clone(),
                target: None,
            })
            .collect();
        again[4].target = Some(3);
        again[3].text = "Alderman Ruiz (25th ward)".into();
        let resaved = save_chart(&mut db, c.id, &again, now()).unwrap();
        assert_eq!(resaved.chart[3].id, target);
        assert_eq!(resaved.chart[4].target_id, Some(target));
    }

    #[test]
    fn a_tactic_aimed_at_a_goal_is_refused_and_nothing_changes() {
        let mut db = Database::open_in_memory().unwrap();
        let c = campaign(&mut db);
        save_chart(
            &mut db,
            c.id,
            &[line(ChartSection::Allies, "St. Pius parish", None)],
            now(),
        )
        .unwrap();
        let err = save_chart(
            &mut db,
            c.id,
            &[
                line(ChartSection::LongTermGoal, "Heat", None),
                line(ChartSection::Tactic, "Rally", Some(0)),
            ],
            now(),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("items.1.target"));
        let err = save_chart(
            &mut db,
            c.id,
            &[line(ChartSection::Allies, "Tenants", Some(0))],
            now(),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("items.0.target"));
        let chart = chart(db.conn(), c.id).unwrap();
        assert_eq!(chart.len(), 1);
        assert_eq!(chart[0].text, "St. Pius parish");
    }
}
