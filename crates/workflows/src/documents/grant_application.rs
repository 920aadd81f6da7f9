//! A grant application on paper, ready to attach or mail: read with its initiative, the name
//! of the person responsible and the campaign's power maps, in the chapter's languages and
//! paper unless asked otherwise.

use chrono::{DateTime, Utc};
use groundwork_core::grants::{evidence, initiative, store};
use groundwork_core::ids::ApplicationId;
use groundwork_core::people;
use groundwork_core::power_map;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::grant_application::{self, CampaignMap, GrantApplicationPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct GrantApplicationRequest {
    pub application: ApplicationId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &GrantApplicationRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, application, initiative, responsible, evidence, maps, db_path) = chapter
        .with_db(|db| {
            let application = store::get(db.conn(), request.application)?;
            let initiative = initiative::get(db.conn(), application.project_id)?;
            let responsible = initiative
                .fields
                .responsible_id
                .map(|id| people::store::get(db.conn(), id).map(|p| p.display_name()))
                .transpose()?;
            let evidence = evidence::of(db.conn(), application.project_id)?;
            let maps = power_map::store::of_project(db.conn(), application.project_id)?
                .into_iter()
                .map(|id| {
                    Ok(CampaignMap {
                        map: power_map::store::get(db.conn(), id)?,
                    })
                })
                .collect::<groundwork_core::Result<Vec<_>>>()?;
            Ok((
                chapter_for_printing(db)?,
                application,
                initiative,
                responsible,
                evidence,
                maps,
                db_file(db),
            ))
        })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = grant_application::render(&GrantApplicationPaper {
        application: &application,
        initiative: &initiative,
        responsible: responsible.as_deref(),
        evidence: &evidence,
        maps: &maps,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::grant_application(&application.project_title),
        &printed,
    )
}
