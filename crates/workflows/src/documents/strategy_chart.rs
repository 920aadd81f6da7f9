//! A campaign's strategy chart on paper, for the meeting that decides on it.

use chrono::{DateTime, Utc};
use groundwork_core::campaigns::store;
use groundwork_core::ids::CampaignId;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::strategy_chart::{self, StrategyChartPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct StrategyChartRequest {
    pub campaign: CampaignId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &StrategyChartRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, campaign, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            store::get(db.conn(), request.campaign)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = strategy_chart::render(&StrategyChartPaper {
        campaign: &campaign,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::strategy_chart(&campaign.fields.name),
        &printed,
    )
}
