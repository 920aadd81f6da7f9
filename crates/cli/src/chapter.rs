//! `init`, `demo`, `show`, `backup` and `restore`: the chapter's database as a whole.

use std::path::Path;

use chrono::Utc;
use groundwork_core::backup::{copy::backup_file, restore::restore_from};
use groundwork_core::sample;
use groundwork_core::settings::{self, ChapterSettings};

use crate::args;
use crate::chapter_file::open;
use crate::choices::{language, paper_size};
use crate::failure::Failure;
use crate::output::{say, with_progress};

pub fn init(
    db_path: &Path,
    name: String,
    paper: args::Paper,
    languages: Vec<args::Language>,
    time_zone: String,
    national: bool,
) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    let s = ChapterSettings {
        name,
        paper_size: paper_size(paper),
        print_languages: languages.into_iter().map(language).collect(),
        time_zone,
    };
    if national {
        let committee = settings::save_national(&mut db, &s, Utc::now())?;
        say!(
            "National committee '{}' is ready in {}",
            committee.settings.name,
            db_path.display()
        );
        return Ok(());
    }
    settings::require(&db, settings::Role::Chapter).or_else(|e| match settings::role_of(&db)? {
        None => Ok(()),
        Some(_) => Err(e),
    })?;
    let chapter = settings::save(&mut db, &s, Utc::now())?;
    say!(
        "Chapter '{}' is ready in {}",
        chapter.settings.name,
        db_path.display()
    );
    Ok(())
}

pub fn demo(db_path: &Path, national: bool) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    if national {
        sample::create_national(&mut db, Utc::now())?;
        say!("The sample national committee is in {}", db_path.display());
        return Ok(());
    }
    sample::create(&mut db, Utc::now())?;
    say!("The sample chapter is in {}", db_path.display());
    Ok(())
}

pub fn show(db_path: &Path) -> Result<(), Failure> {
    let db = open(db_path)?;
    match settings::load(&db)? {
        None => say!(
            "No chapter yet in {}; run `groundwork-cli init --name NAME`",
            db_path.display()
        ),
        Some(c) => {
            let langs: Vec<&str> = c
                .settings
                .print_languages
                .iter()
                .map(|l| l.code())
                .collect();
            say!("name: {}", c.settings.name);
            say!("paper: {}", c.settings.paper_size.code());
            say!("print languages: {}", langs.join(", "));
            say!("time zone: {}", c.settings.time_zone);
            say!("sample: {}", if c.is_sample { "yes" } else { "no" });
            say!("database: {}", db_path.display());
        }
    }
    Ok(())
}

pub fn backup(db_path: &Path, file: &Path) -> Result<(), Failure> {
    // Opening first migrates and refuses a newer or foreign file before we copy it.
    drop(open(db_path)?);
    let entry = with_progress(|job| backup_file(db_path, file, job))?;
    say!("Backed up to {} ({} bytes)", entry.path, entry.size_bytes);
    Ok(())
}

pub fn restore(db_path: &Path, file: &Path) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    let kept = with_progress(|job| restore_from(&mut db, file, Utc::now(), job))?;
    say!(
        "Restored from {}; the data it replaced is kept in {}",
        file.display(),
        kept.display()
    );
    Ok(())
}
