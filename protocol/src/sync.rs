//! Wire types of the partner server's sync API (`/v1/...`), shared by the
//! app's sync client and the server so both agree on every field.
//!
//! The server is zero-knowledge for personal data: a record's `ciphertext`
//! is sealed on the device (AES-256-GCM, with the id, kind and version bound
//! in as associated data), so the server can store and relay it but neither
//! read nor alter it unseen. Everything the server does see (id, kind,
//! version, tombstone) is chosen to reveal as little as possible: ids are
//! random, kinds are coarse.

use serde::{Deserialize, Serialize};

/// Current API major version: the path prefix is `/v{API_VERSION}`.
pub const API_VERSION: u32 = 1;

/// Largest ciphertext the server accepts for one record, in bytes (decoded).
pub const MAX_CIPHERTEXT_BYTES: usize = 64 * 1024;
/// Most records in one push.
pub const MAX_PUSH_RECORDS: usize = 500;
/// Most records in one pull page.
pub const MAX_PULL_LIMIT: u32 = 1000;
/// Length of the device's authentication key, in bytes (decoded).
pub const AUTH_KEY_BYTES: usize = 32;

/// `POST /v1/accounts`: register an anonymous account. There is no name,
/// phone number or e-mail address: only a key the device derived from its
/// own secret. The server keeps a SHA-256 hash of it, never the key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// Standard base64 of [`AUTH_KEY_BYTES`] bytes.
    pub auth_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterResponse {
    /// Random, opaque; says nothing about the person.
    pub account_id: String,
}

/// One encrypted record as the client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// 1 to 64 characters of `[A-Za-z0-9_-]`, chosen at random by the client.
    pub id: String,
    /// Coarse record kind, 1 to 32 characters of `[a-z0-9-]` (e.g. "diary").
    pub kind: String,
    /// Hybrid logical clock value from the client; higher wins.
    pub version: u64,
    /// A deleted record: kept so the deletion reaches every device.
    #[serde(default)]
    pub tombstone: bool,
    /// Standard base64 of the sealed record; may be empty for a tombstone.
    pub ciphertext: String,
}

/// What is wrong with a record: each names one field, for a clear error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    Id,
    Kind,
    Version,
    TooLarge,
    NotBase64,
    EmptyCiphertext,
}

/// 1 to 64 characters of `[A-Za-z0-9_-]`.
pub fn valid_record_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// 1 to 32 characters of `[a-z0-9-]`.
pub fn valid_record_kind(kind: &str) -> bool {
    (1..=32).contains(&kind.len()) && kind.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Record {
    /// Checks sizes and shapes and decodes the ciphertext: the server checks
    /// every record pushed to it, a client every record it pulls.
    pub fn check(&self) -> Result<Vec<u8>, RecordProblem> {
        use base64::Engine;
        if !valid_record_id(&self.id) {
            return Err(RecordProblem::Id);
        }
        if !valid_record_kind(&self.kind) {
            return Err(RecordProblem::Kind);
        }
        if self.version == 0 || self.version > i64::MAX as u64 {
            return Err(RecordProblem::Version);
        }
        // Checked before decoding so a huge string costs no allocation.
        if self.ciphertext.len() > MAX_CIPHERTEXT_BYTES.div_ceil(3) * 4 {
            return Err(RecordProblem::TooLarge);
        }
        let ciphertext =
            base64::engine::general_purpose::STANDARD.decode(&self.ciphertext).map_err(|_| RecordProblem::NotBase64)?;
        if ciphertext.len() > MAX_CIPHERTEXT_BYTES {
            return Err(RecordProblem::TooLarge);
        }
        if ciphertext.is_empty() && !self.tombstone {
            return Err(RecordProblem::EmptyCiphertext);
        }
        Ok(ciphertext)
    }
}

/// A record as the server stores and returns it: the client's fields plus
/// `seq`, the account's change counter when this version was written (the
/// cursor for "everything since").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRecord {
    pub seq: u64,
    pub id: String,
    pub kind: String,
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: String,
}

impl StoredRecord {
    pub fn new(seq: u64, r: Record) -> Self {
        StoredRecord {
            seq,
            id: r.id,
            kind: r.kind,
            version: r.version,
            tombstone: r.tombstone,
            ciphertext: r.ciphertext,
        }
    }

    pub fn record(&self) -> Record {
        Record {
            id: self.id.clone(),
            kind: self.kind.clone(),
            version: self.version,
            tombstone: self.tombstone,
            ciphertext: self.ciphertext.clone(),
        }
    }
}

/// `POST /v1/records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    pub records: Vec<Record>,
}

/// A record version the server now holds (written now or before).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    pub id: String,
    pub version: u64,
    pub seq: u64,
}

/// The answer to a push. A pushed record is either accepted (written, or
/// the very same version was already there: pushes are idempotent), or in
/// conflict: the server holds a version at least as new, returned here in
/// full so the client can merge. The server never overwrites a newer version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    pub accepted: Vec<Accepted>,
    pub conflicts: Vec<StoredRecord>,
}

/// `GET /v1/records?since=<cursor>&limit=<n>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    /// Ordered by `seq`, ascending.
    pub records: Vec<StoredRecord>,
    /// Pass as `since` next time; equals the request's `since` when empty.
    pub next_cursor: u64,
    /// More records are waiting after `next_cursor`.
    pub has_more: bool,
}

/// `GET /v1/info`: what the app shows about the server it syncs with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerInfo {
    pub organisation: String,
    pub api_version: u32,
    /// Messages are deleted this many days after they were sent.
    pub message_retention_days: u32,
    /// The server raises check-in alerts and silent alarms
    /// ([`crate::alerts`]); which organisation takes them is in
    /// `GET /v1/organisations`. Absent from servers that predate them.
    #[serde(default)]
    pub check_in_alerts: bool,
}

/// Every error response: `{"error": {"code": "...", "message": "..."}}`.
/// `code` is stable and machine-readable; `message` is for a developer,
/// never shown to the person as is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_record_round_trips() {
        let r = StoredRecord::new(
            7,
            Record { id: "a".into(), kind: "diary".into(), version: 3, tombstone: false, ciphertext: "AA==".into() },
        );
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["seq"], 7);
        assert_eq!(json["id"], "a");
        assert_eq!(serde_json::from_value::<StoredRecord>(json).unwrap(), r);
    }

    #[test]
    fn unknown_fields_in_a_push_are_refused() {
        let bad = r#"{"records":[{"id":"a","kind":"diary","version":1,"ciphertext":"","plaintext":"x"}]}"#;
        assert!(serde_json::from_str::<PushRequest>(bad).is_err());
        let ok = r#"{"records":[{"id":"a","kind":"diary","version":1,"ciphertext":""}]}"#;
        assert!(!serde_json::from_str::<PushRequest>(ok).unwrap().records[0].tombstone);
    }
}
