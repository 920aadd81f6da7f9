//! The signed files a chapter sends to national by email or on a USB stick, since neither side
//! has a server: one JSON file holding what was sent (the payload), the chapter's public key,
//! and an ed25519 signature over the payload and its kind. The receiving side opens it only
//! when the signature holds, so a file damaged or changed on the way, or one without a
//! signature, is refused with a message that says so; the key tells a later file from the same
//! chapter.
//!
//! The payload travels as base64 of its exact bytes: the signature covers those bytes, and no
//! re-encoding on either side can change them.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::{msg, CoreError, Result};

/// The envelope's own version: a later Groundwork may write more, never less.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    /// "groundwork/grant-application", …: what the payload is.
    format: String,
    version: u32,
    public_key: String,
    signature: String,
    payload: String,
}

/// A file that was opened: what it holds, and the key that signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub public_key: VerifyingKey,
    pub payload: Vec<u8>,
}

/// What is signed: the kind and the payload, so a file of one kind can never pass for another.
fn signed_bytes(kind: &str, payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(kind.len() + 1 + payload.len());
    bytes.extend_from_slice(kind.as_bytes());
    bytes.push(b'\n');
    bytes.extend_from_slice(payload);
    bytes
}

/// The file's bytes: `payload` of `kind`, signed with `key`.
pub fn seal(kind: &str, payload: &[u8], key: &SigningKey) -> Vec<u8> {
    let signature = key.sign(&signed_bytes(kind, payload));
    let envelope = Envelope {
        format: kind.to_owned(),
        version: VERSION,
        public_key: BASE64.encode(key.verifying_key().to_bytes()),
        signature: BASE64.encode(signature.to_bytes()),
        payload: BASE64.encode(payload),
    };
    let mut bytes = serde_json::to_vec_pretty(&envelope).expect("an envelope is plain JSON");
    bytes.push(b'\n');
    bytes
}

/// The payload of a file of `kind`, once its signature holds; otherwise why not.
pub fn open(bytes: &[u8], kind: &str) -> Result<Opened> {
    let envelope: Envelope = serde_json::from_slice(bytes)
        .map_err(|_| CoreError::invalid_file(msg!("signed-file-unreadable")))?;
    if envelope.format != kind {
        return Err(CoreError::invalid_file(msg!(
            "signed-file-other-kind",
            found = envelope.format,
            wanted = kind.to_owned()
        )));
    }
    if envelope.version > VERSION {
        return Err(CoreError::invalid_file(msg!(
            "signed-file-newer",
            version = i64::from(envelope.version)
        )));
    }
    let unsigned = || CoreError::invalid_file(msg!("signed-file-unsigned"));
    let public_key: [u8; 32] = decoded(&envelope.public_key)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(unsigned)?;
    let public_key = VerifyingKey::from_bytes(&public_key).map_err(|_| unsigned())?;
    let signature: [u8; 64] = decoded(&envelope.signature)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(unsigned)?;
    let payload = decoded(&envelope.payload)
        .ok_or_else(|| CoreError::invalid_file(msg!("signed-file-altered")))?;
    public_key
        .verify_strict(
            &signed_bytes(kind, &payload),
            &Signature::from_bytes(&signature),
        )
        .map_err(|_| CoreError::invalid_file(msg!("signed-file-altered")))?;
    Ok(Opened {
        public_key,
        payload,
    })
}

fn decoded(text: &str) -> Option<Vec<u8>> {
    BASE64.decode(text.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND: &str = "groundwork/test";

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn refusal(bytes: &[u8]) -> String {
        open(bytes, KIND).unwrap_err().to_string()
    }

    #[test]
    fn a_sealed_file_opens_to_its_payload_and_key() {
        let sealed = seal(KIND, b"{\"amount\": 800}", &key(1));
        let opened = open(&sealed, KIND).unwrap();
        assert_eq!(opened.payload, b"{\"amount\": 800}");
        assert_eq!(opened.public_key, key(1).verifying_key());
    }

    #[test]
    fn a_changed_damaged_unsigned_or_other_file_is_refused_saying_which() {
        let sealed = seal(KIND, b"{\"amount\": 800}", &key(1));
        let mut envelope: serde_json::Value = serde_json::from_slice(&sealed).unwrap();

        // The payload changed on the way: $800 became $900.
        let mut changed = envelope.clone();
        changed["payload"] = BASE64.encode(b"{\"amount\": 900}").into();
        let said = refusal(&serde_json::to_vec(&changed).unwrap());
        assert!(said.contains("changed after"), "{said}");

        // Signed again by someone else's key, but still claiming the chapter's.
        let mut forged = envelope.clone();
        let other = key(2).sign(&signed_bytes(KIND, b"{\"amount\": 900}"));
        forged["payload"] = BASE64.encode(b"{\"amount\": 900}").into();
        forged["signature"] = BASE64.encode(other.to_bytes()).into();
        assert!(refusal(&serde_json::to_vec(&forged).unwrap()).contains("changed after"));

        // No signature at all.
        envelope["signature"] = "".into();
        let said = refusal(&serde_json::to_vec(&envelope).unwrap());
        assert!(said.contains("no valid signature"), "{said}");

        // Cut short in the mail.
        let said = refusal(&sealed[..sealed.len() / 2]);
        assert!(said.contains("not a file Groundwork"), "{said}");

        // Another kind of file, validly signed.
        let report = seal("groundwork/other", b"{}", &key(1));
        let said = refusal(&report);
        assert!(said.contains("groundwork/other"), "{said}");
    }

    #[test]
    fn a_file_from_a_newer_groundwork_says_to_update() {
        let sealed = seal(KIND, b"{}", &key(1));
        let mut envelope: serde_json::Value = serde_json::from_slice(&sealed).unwrap();
        envelope["version"] = 7.into();
        let said = refusal(&serde_json::to_vec(&envelope).unwrap());
        assert!(said.contains("newer Groundwork"), "{said}");
    }
}
