//! Writing a file the user asked for (an export, a backup, a printed document) whole or not
//! at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{CoreError, Result};

/// Writes `bytes` to `path`, whole or not at all (see [`replace_whole`]).
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_whole(path, |partial| {
        std::fs::File::create(partial)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
            .map_err(|e| CoreError::io("write", path, e))
    })
}

/// Makes the file at `path` with `fill`, which writes a temporary file beside it; that file is
/// renamed into place only once `fill` succeeds. A full disk, a cancel or a crash never leaves
/// half a file under the chosen name, and a file that was there before stays as it was until
/// the new one is whole.
pub fn replace_whole(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| CoreError::io("create folder", dir, e))?;
    let partial = partial_path(path);
    let made = fill(&partial).and_then(|()| {
        std::fs::rename(&partial, path).map_err(|e| CoreError::io("write", path, e))
    });
    if made.is_err() {
        // Best effort: the partial file is useless either way.
        let _ = std::fs::remove_file(&partial);
    }
    made
}

/// Where [`replace_whole`] writes before the file is whole: hidden, beside it.
pub(crate) fn partial_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_whole_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("people.csv");
        write_whole(&path, b"first").unwrap();
        write_whole(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["people.csv"]);
    }

    #[test]
    fn a_folder_in_the_way_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("taken");
        std::fs::create_dir(&path).unwrap();
        let err = write_whole(&path, b"x").unwrap_err().to_string();
        assert!(err.contains("taken"), "{err}");
        assert!(!dir.path().join(".taken.partial").exists());
    }
}
