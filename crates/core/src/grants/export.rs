//! `grants export`: the application file a chapter sends national. Refused, with what is
//! missing, unless the application is complete; otherwise signed with the chapter's key
//! (made now if it has none), written whole, and the application marked as sent.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::model::Application;
use super::sent::{self, KIND};
use super::{initiative, store};
use crate::db::Database;
use crate::ids::ApplicationId;
use crate::{files, msg, people, projects, settings, signed_file, signing};
use crate::{CoreError, Result};

/// A file made: where, what it names itself, and the key that signed it.
#[derive(Debug, Clone)]
pub struct Exported {
    pub path: PathBuf,
    pub application: Application,
    pub revision: String,
    /// The chapter's key, as people compare it on the phone.
    pub fingerprint: String,
}

pub fn export(
    db: &mut Database,
    id: ApplicationId,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<Exported> {
    let application = store::get(db.conn(), id)?;
    store::check_complete(&application)?;
    let chapter =
        settings::load(db)?.ok_or_else(|| CoreError::conflict(msg!("grant-no-chapter")))?;
    let initiative = initiative::get(db.conn(), application.project_id)?;
    let responsible = initiative
        .fields
        .responsible_id
        .map(|p| people::store::get(db.conn(), p).map(|p| p.display_name()))
        .transpose()?;
    let needs = projects::store::get(db.conn(), application.project_id)?.needs;
    let evidence = super::evidence::of(db.conn(), application.project_id)?;
    let sent = sent::sent(
        &application,
        &initiative,
        responsible,
        needs,
        evidence,
        &chapter,
        now,
    );
    let payload = serde_json::to_vec(&sent).expect("what is sent is plain data");
    let key = signing::chapter_key(db, now)?;
    files::write_whole(out, &signed_file::seal(KIND, &payload, &key))?;
    let application = store::mark_submitted(db, id, now)?;
    Ok(Exported {
        path: out.to_owned(),
        application,
        revision: sent.revision,
        fingerprint: signing::fingerprint(&key.verifying_key()),
    })
}
