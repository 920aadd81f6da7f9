//! The chapter's signing key (ed25519), for the files it sends to national: made on first use
//! from the system's random source and kept in the chapter's database, so its backups keep it
//! too. A file carries the public half; its fingerprint is what a person reads aloud on the
//! phone to check that a file came from the chapter it says.

use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::db::{timestamp, Database};
use crate::{CoreError, Result};

/// The chapter's key, made and kept now if it has none yet.
pub fn chapter_key(db: &mut Database, now: DateTime<Utc>) -> Result<SigningKey> {
    db.write(|tx| key_in(tx, now))
}

fn key_in(tx: &Transaction<'_>, now: DateTime<Utc>) -> Result<SigningKey> {
    let kept: Option<[u8; 32]> = tx
        .prepare_cached("SELECT secret FROM signing_key WHERE id = 1")?
        .query_row([], |r| r.get(0))
        .optional()?;
    if let Some(secret) = kept {
        return Ok(SigningKey::from_bytes(&secret));
    }
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| {
        CoreError::io(
            "make the chapter's signing key",
            "the system's random source",
            std::io::Error::other(e.to_string()),
        )
    })?;
    let key = SigningKey::from_bytes(&secret);
    tx.prepare_cached(
        "INSERT INTO signing_key (id, secret, public, created_at) VALUES (1, ?1, ?2, ?3)",
    )?
    .execute(params![
        secret.as_slice(),
        key.verifying_key().to_bytes().as_slice(),
        timestamp::to_text(now)
    ])?;
    Ok(key)
}

/// A public key as people compare it: the first 16 hex digits of its SHA-256, in fours
/// ("3F2A-9C01-77BE-0D4E").
pub fn fingerprint(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.to_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02X}")).collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    #[test]
    fn the_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        let first = chapter_key(&mut db, Utc::now()).unwrap();
        let again = chapter_key(&mut db, Utc::now()).unwrap();
        assert_eq!(first.to_bytes(), again.to_bytes());
        drop(db);
        let mut reopened = Database::open(&path, Utc::now()).unwrap();
        let kept = chapter_key(&mut reopened, Utc::now()).unwrap();
        assert_eq!(first.verifying_key(), kept.verifying_key());
        let print = fingerprint(&kept.verifying_key());
        assert_eq!(print.len(), 19, "{print}");
        assert_eq!(print.matches('-').count(), 3, "{print}");
    }
}
