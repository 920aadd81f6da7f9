//! The organizer's passphrase, kept only as an argon2 hash (a PHC string holding its own salt
//! and costs), so a copy of the chapter's database does not give it away.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::{msg, CoreError, Message, Result};

/// The fewest characters a passphrase may have: short enough to type at a meeting, long
/// enough that a member cannot guess it over the organizer's shoulder in a few tries.
pub const SHORTEST: usize = 8;

fn refused(reason: Message) -> CoreError {
    CoreError::invalid(msg!("field-passphrase"), reason).at("passphrase")
}

/// A new passphrase, refused when too short.
pub(crate) fn checked_new(text: &str) -> Result<()> {
    if text.trim().chars().count() < SHORTEST {
        return Err(refused(msg!(
            "laptop-passphrase-short",
            shortest = SHORTEST
        )));
    }
    Ok(())
}

pub(crate) fn hash(text: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(text.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| CoreError::Conflict {
            reason: msg!("laptop-passphrase-not-kept", problem = e.to_string()),
        })
}

/// Whether `text` is the passphrase `stored` was made from; a refusal that says so when not.
pub(crate) fn check(text: &str, stored: &str) -> Result<()> {
    let parsed = PasswordHash::new(stored).map_err(|e| CoreError::Conflict {
        reason: msg!("laptop-passphrase-unreadable", problem = e.to_string()),
    })?;
    Argon2::default()
        .verify_password(text.as_bytes(), &parsed)
        .map_err(|_| refused(msg!("laptop-passphrase-wrong")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_checks_the_passphrase_and_nothing_else() {
        let stored = hash("tamales y café").unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(!stored.contains("tamales"));
        check("tamales y café", &stored).unwrap();
        let wrong = check("tamales y cafe", &stored).unwrap_err();
        assert_eq!(wrong.key(), Some("passphrase"));
    }

    #[test]
    fn a_short_passphrase_is_refused() {
        assert!(checked_new("1234567").is_err());
        assert!(checked_new("       12345678  ").is_ok());
        assert!(checked_new("        ").is_err());
    }
}
