//! Accounts and their encrypted records: what a push stores and a pull
//! reads, and the one rule both backends decide a push by ([`decide`]).

use async_trait::async_trait;

use super::StorageError;

/// SHA-256 of a device's authentication key.
pub type KeyHash = [u8; 32];

/// A record on its way in, already validated and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    pub id: String,
    pub kind: String,
    /// At most `i64::MAX`, so both backends store it exactly.
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: Vec<u8>,
}

/// A record as stored, with the account's change counter when it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub seq: u64,
    pub id: String,
    pub kind: String,
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: Vec<u8>,
}

/// A stored record as a pull reads it, borrowed from the database's row:
/// a page is written out as it is read, without a copy of each record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowRef<'a> {
    pub seq: u64,
    pub id: &'a str,
    pub kind: &'a str,
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: &'a [u8],
}

impl RowRef<'_> {
    pub fn to_row(self) -> Row {
        Row {
            seq: self.seq,
            id: self.id.to_string(),
            kind: self.kind.to_string(),
            version: self.version,
            tombstone: self.tombstone,
            ciphertext: self.ciphertext.to_vec(),
        }
    }
}

/// Receives the records of a pull one by one, in `seq` order.
pub type EachRow<'a> = dyn FnMut(RowRef<'_>) + Send + 'a;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushOutcome {
    /// Written now, or this very version was already stored (a retry).
    Accepted { id: String, version: u64, seq: u64 },
    /// The server holds a version at least as new: returned for the client
    /// to merge. Nothing was written.
    Conflict(Row),
}

/// What to do with an incoming record, given the stored one. Both backends
/// call this, so they cannot disagree on the rules.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    Insert,
    Update,
    Same(u64),
    Conflict,
}

pub(crate) fn decide(stored: Option<&Row>, new: &NewRecord) -> Decision {
    match stored {
        None => Decision::Insert,
        Some(s) if s.version == new.version && s.tombstone == new.tombstone && s.ciphertext == new.ciphertext => {
            Decision::Same(s.seq)
        }
        Some(s) if new.version > s.version => Decision::Update,
        // An older version, or the same version with other content: never
        // overwrite. Equal versions with different content can only come from
        // two devices that share a clock value; the stored one wins, which is
        // deterministic because the server decides in the order of arrival
        // and every device then converges on what the server returns.
        Some(_) => Decision::Conflict,
    }
}

/// One record of a push, decided: answered without a write (this version is
/// already stored: a retry; or the stored one wins: a conflict), or to be
/// written with the account's next `seq`. Both backends' push loops go
/// through this, so they answer alike.
pub(crate) enum Step {
    Answer(PushOutcome),
    Write(NewRecord),
}

pub(crate) fn step(stored: Option<Row>, new: NewRecord) -> Result<Step, StorageError> {
    Ok(match decide(stored.as_ref(), &new) {
        Decision::Same(seq) => Step::Answer(PushOutcome::Accepted { id: new.id, version: new.version, seq }),
        Decision::Conflict => Step::Answer(PushOutcome::Conflict(
            stored.ok_or_else(|| StorageError::Internal("conflict without a stored row".into()))?,
        )),
        Decision::Insert | Decision::Update => Step::Write(new),
    })
}

/// Anonymous accounts and the sync of their records.
#[async_trait]
pub trait Records: Send + Sync {
    /// Creates an account. `Conflict("account-exists")` if the key is taken.
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError>;
    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError>;
    /// Deletes the account and everything that belongs to it.
    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError>;
    /// Applies a batch in order, in one transaction: all outcomes, or no change.
    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError>;
    /// Records written after `since`, by `seq`, at most `limit`, each handed
    /// to `each` as it is read; returns whether more are waiting.
    async fn pull_each(
        &self,
        account_id: &str,
        since: u64,
        limit: u32,
        each: &mut EachRow<'_>,
    ) -> Result<bool, StorageError>;
    /// `pull_each`, collected: the records and whether more are waiting.
    async fn pull(&self, account_id: &str, since: u64, limit: u32) -> Result<(Vec<Row>, bool), StorageError> {
        let mut rows = Vec::new();
        let more = self.pull_each(account_id, since, limit, &mut |r| rows.push(r.to_row())).await?;
        Ok((rows, more))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(version: u64, ct: &[u8]) -> Row {
        Row { seq: 4, id: "r".into(), kind: "diary".into(), version, tombstone: false, ciphertext: ct.to_vec() }
    }
    fn new(version: u64, ct: &[u8]) -> NewRecord {
        NewRecord { id: "r".into(), kind: "diary".into(), version, tombstone: false, ciphertext: ct.to_vec() }
    }

    #[test]
    fn newer_wins_same_is_a_retry_and_nothing_older_overwrites() {
        assert_eq!(decide(None, &new(1, b"a")), Decision::Insert);
        assert_eq!(decide(Some(&row(1, b"a")), &new(2, b"b")), Decision::Update);
        assert_eq!(decide(Some(&row(2, b"b")), &new(2, b"b")), Decision::Same(4));
        assert_eq!(decide(Some(&row(2, b"b")), &new(1, b"a")), Decision::Conflict);
        assert_eq!(decide(Some(&row(2, b"b")), &new(2, b"c")), Decision::Conflict);
        let mut tomb = new(2, b"b");
        tomb.tombstone = true;
        assert_eq!(decide(Some(&row(2, b"b")), &tomb), Decision::Conflict);
    }
}
