//! Writing a file the user asked for (an export, say) whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{CoreError, Result};

/// Writes `bytes` to `path`. They go to a temporary file beside it first, which is renamed into
/// place once complete: a full disk or a crash never leaves half a file under the chosen
/// name, and a file that was there before stays as it was until the new one is whole.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| CoreError::io("create folder", dir, e))?;
    let partial = partial_path(path);
    let written = std::fs::File::create(&partial)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&partial, path));
    written.map_err(|e| {
        // Best effort: the partial file is useless either way.
        let _ = std::fs::remove_file(&partial);
        CoreError::io("write", path, e)
    })
}

fn partial_path(path: &Path) -> PathBuf {
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
