//! Where Groundwork keeps its files. A flag beats an environment variable, which beats the
//! platform's own folders (found with `directories`, never built by hand).

use std::path::{Path, PathBuf};

use directories::{ProjectDirs, UserDirs};

use crate::msg;
use crate::{CoreError, Result};

/// Environment variable naming the chapter database file.
pub const DB_ENV: &str = "GROUNDWORK_DB";
/// Environment variable naming the folder printed PDFs are written to.
pub const PRINT_DIR_ENV: &str = "GROUNDWORK_PRINT_DIR";

fn project_dirs() -> Result<ProjectDirs> {
    ProjectDirs::from("org", "Groundwork", "Groundwork")
        .ok_or_else(|| CoreError::invalid(msg!("field-data-folder"), msg!("paths-no-home")))
}

/// The chapter database: `flag`, else `$GROUNDWORK_DB`, else the platform data folder.
pub fn database(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = flag {
        return Ok(path.to_owned());
    }
    if let Some(path) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    Ok(project_dirs()?.data_dir().join("groundwork.sqlite"))
}

/// The sample chapter lives in its own file beside the real one, so trying things out never
/// touches the chapter's data.
pub fn sample_database(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    db_path.with_file_name(format!("{stem}-sample.sqlite"))
}

/// The sample national committee's file, beside the chapter's own (and the sample chapter's).
pub fn national_sample_database(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    db_path.with_file_name(format!("{stem}-sample-national.sqlite"))
}

/// Where printed PDFs go: `$GROUNDWORK_PRINT_DIR`, else `Documents/Groundwork`, else a
/// `printed` folder beside the database.
pub fn print_folder(db_path: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os(PRINT_DIR_ENV).filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(docs) = documents() {
        return docs.join("Groundwork");
    }
    db_path.parent().unwrap_or(Path::new(".")).join("printed")
}

/// Where the app's log is written: `logs` beside the chapter database, in the data folder.
pub fn log_folder(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("logs")
}

/// The user's documents folder, where files they save go first.
pub fn documents() -> Option<PathBuf> {
    UserDirs::new().and_then(|u| u.document_dir().map(Path::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_wins_and_the_sample_sits_beside() {
        let p = database(Some(Path::new("/tmp/x/chapter.sqlite"))).unwrap();
        assert_eq!(p, PathBuf::from("/tmp/x/chapter.sqlite"));
        assert_eq!(
            sample_database(&p),
            PathBuf::from("/tmp/x/chapter-sample.sqlite")
        );
    }
}
