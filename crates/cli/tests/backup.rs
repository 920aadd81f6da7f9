use crate::{cli, fails, named_chapter, ok};

#[test]
fn backup_and_restore_bring_back_the_old_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Before Backup");
    let saved = dir.path().join("saved.sqlite");
    let out = ok(&cli(&db, &["backup", saved.to_str().unwrap()]));
    assert!(out.contains("Backed up"));
    ok(&cli(&db, &["init", "--name", "After Backup"]));
    let out = ok(&cli(&db, &["restore", saved.to_str().unwrap()]));
    assert!(out.contains("kept in"), "{out}");
    assert!(ok(&cli(&db, &["show"])).contains("name: Before Backup"));
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("before-restore-"))
        .collect();
    assert_eq!(kept.len(), 1);
}

#[test]
fn restore_refuses_a_file_that_is_not_a_groundwork_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Untouched");
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, "first_name,last_name\nAna,Diaz\n").unwrap();
    let err = fails(&cli(&db, &["restore", junk.to_str().unwrap()]));
    assert!(err.contains("not a Groundwork chapter database"), "{err}");
    let missing = dir.path().join("missing.sqlite");
    let err = fails(&cli(&db, &["restore", missing.to_str().unwrap()]));
    assert!(err.contains("not found"), "{err}");
    assert!(ok(&cli(&db, &["show"])).contains("name: Untouched"));
}
