//! Encrypted backup sync: push and pull of opaque records.

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use huiskamer_protocol::sync::{
    Accepted, PushRequest, PushResponse, Record, RecordProblem, StoredRecord, MAX_CIPHERTEXT_BYTES, MAX_PULL_LIMIT,
    MAX_PUSH_RECORDS,
};
use serde::Deserialize;

use super::{Account, ApiJson, ApiQuery};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::{NewRecord, PushOutcome, Row, RowRef};

/// Checks one record and decodes its ciphertext; the error names the field.
pub(crate) fn validate(i: usize, r: Record) -> Result<NewRecord, ApiError> {
    let bad = |what: &str| ApiError::invalid("invalid-record", format!("records[{i}].{what}"));
    let ciphertext = r.check().map_err(|problem| match problem {
        RecordProblem::Id => bad("id: 1 to 64 characters of A-Z, a-z, 0-9, - and _"),
        RecordProblem::Kind => bad("kind: 1 to 32 characters of a-z, 0-9 and -"),
        RecordProblem::Version => bad("version: from 1 to 9223372036854775807"),
        RecordProblem::TooLarge => ApiError::invalid(
            "record-too-large",
            format!("records[{i}].ciphertext: at most {MAX_CIPHERTEXT_BYTES} bytes"),
        ),
        RecordProblem::NotBase64 => bad("ciphertext: not standard base64"),
        RecordProblem::EmptyCiphertext => bad("ciphertext: empty, but the record is not a tombstone"),
    })?;
    Ok(NewRecord { id: r.id, kind: r.kind, version: r.version, tombstone: r.tombstone, ciphertext })
}

fn wire(row: Row) -> StoredRecord {
    StoredRecord {
        seq: row.seq,
        id: row.id,
        kind: row.kind,
        version: row.version,
        tombstone: row.tombstone,
        ciphertext: STANDARD.encode(row.ciphertext),
    }
}

pub async fn push(
    State(state): State<AppState>,
    Account(account): Account,
    ApiJson(req): ApiJson<PushRequest>,
) -> Result<Json<PushResponse>, ApiError> {
    if req.records.len() > MAX_PUSH_RECORDS {
        return Err(ApiError::invalid("too-many-records", format!("at most {MAX_PUSH_RECORDS} records per push")));
    }
    let records = req.records.into_iter().enumerate().map(|(i, r)| validate(i, r)).collect::<Result<Vec<_>, _>>()?;
    let outcomes = state.storage.push(&account, records).await?;
    let mut res = PushResponse { accepted: Vec::new(), conflicts: Vec::new() };
    for o in outcomes {
        match o {
            PushOutcome::Accepted { id, version, seq } => res.accepted.push(Accepted { id, version, seq }),
            PushOutcome::Conflict(row) => res.conflicts.push(wire(row)),
        }
    }
    tracing::debug!(accepted = res.accepted.len(), conflicts = res.conflicts.len(), "push");
    Ok(Json(res))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullQuery {
    #[serde(default)]
    since: u64,
    limit: Option<u32>,
}

pub async fn pull(
    State(state): State<AppState>,
    Account(account): Account,
    ApiQuery(q): ApiQuery<PullQuery>,
) -> Result<Response, ApiError> {
    let limit = q.limit.unwrap_or(500);
    if !(1..=MAX_PULL_LIMIT).contains(&limit) {
        return Err(ApiError::invalid("invalid-query", format!("limit: from 1 to {MAX_PULL_LIMIT}")));
    }
    let mut body = PullBody::new(limit);
    let has_more = state.storage.pull_each(&account, q.since, limit, &mut |r| body.push(r)).await?;
    Ok(([(CONTENT_TYPE, "application/json")], body.finish(q.since, has_more)).into_response())
}

/// The base64 engine for the ciphertext of pulled records: SIMD (AVX2 or
/// NEON) where the processor has it, else the scalar engine; the same
/// output as `STANDARD` either way (the test below compares). A pull is
/// mostly base64: with the scalar engine it was a sixth of the server's time
/// under the pull load.
#[cfg(any(target_arch = "x86_64", all(target_arch = "aarch64", target_feature = "neon")))]
fn ciphertext_base64() -> &'static impl Engine {
    use base64::engine::{GeneralPurposeConfig, Simd};
    static ENGINE: std::sync::OnceLock<Simd> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Simd::standard(GeneralPurposeConfig::new()))
}

#[cfg(not(any(target_arch = "x86_64", all(target_arch = "aarch64", target_feature = "neon"))))]
fn ciphertext_base64() -> &'static impl Engine {
    &STANDARD
}

/// The pull answer as JSON, written as the records are read: the same bytes
/// `serde_json` writes for a `PullResponse` (the test below compares them).
/// A page of 100 records of 1 KiB is about 140 KiB of base64; through serde
/// each ciphertext became a string of its own, which the serializer then
/// scanned character by character for escapes (base64 has none): together
/// a third of the server's time under the pull load (`perf`,
/// server/BENCHMARKS.md).
struct PullBody {
    out: Vec<u8>,
    last_seq: Option<u64>,
}

const MEMORY: &str = "writing to memory";

impl PullBody {
    fn new(limit: u32) -> PullBody {
        // Room for a page of small records; a page of large ones grows it.
        let mut out = Vec::with_capacity(limit.min(MAX_PULL_LIMIT) as usize * 256 + 64);
        out.extend_from_slice(b"{\"records\":[");
        PullBody { out, last_seq: None }
    }

    fn push(&mut self, row: RowRef<'_>) {
        use std::io::Write;
        let out = &mut self.out;
        if self.last_seq.is_some() {
            out.push(b',');
        }
        self.last_seq = Some(row.seq);
        write!(out, "{{\"seq\":{},\"id\":", row.seq).expect(MEMORY);
        // Checked on the way in (a few safe characters), but the general
        // writer keeps the answer valid JSON whatever the database holds.
        serde_json::to_writer(&mut *out, row.id).expect(MEMORY);
        out.extend_from_slice(b",\"kind\":");
        serde_json::to_writer(&mut *out, row.kind).expect(MEMORY);
        write!(out, ",\"version\":{},\"tombstone\":{},\"ciphertext\":\"", row.version, row.tombstone).expect(MEMORY);
        let start = out.len();
        out.resize(start + base64::encoded_len(row.ciphertext.len(), true).expect("a record fits in memory"), 0);
        let written = ciphertext_base64().encode_slice(row.ciphertext, &mut out[start..]).expect("sized above");
        out.truncate(start + written);
        out.extend_from_slice(b"\"}");
    }

    /// The cursor is the last record's `seq`, or `since` for an empty page.
    fn finish(mut self, since: u64, has_more: bool) -> Vec<u8> {
        use std::io::Write;
        let next_cursor = self.last_seq.unwrap_or(since);
        write!(self.out, "],\"next_cursor\":{next_cursor},\"has_more\":{has_more}}}").expect(MEMORY);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiskamer_protocol::sync::PullResponse;

    fn row(seq: u64, id: &str, kind: &str, tombstone: bool, ciphertext: Vec<u8>) -> Row {
        Row { seq, id: id.into(), kind: kind.into(), version: seq % 1000 * 7 + 1, tombstone, ciphertext }
    }

    #[test]
    fn the_pull_body_is_what_serde_writes_for_the_protocol_type() {
        let pages = [
            (vec![], 0, false),
            (vec![], 42, false),
            (
                vec![
                    row(1, "a", "entry", false, vec![0, 1, 2, 3, 255]),
                    row(2, "with\"quote\\and\u{1}", "photo", false, (0..=255).collect()),
                    row(3, "gone", "entry", true, vec![]),
                    row(u64::MAX, "x", "k", false, vec![7; 1025]),
                ],
                u64::MAX,
                true,
            ),
            // Every length through the SIMD engine's blocks and their tails,
            // with bytes that reach every base64 character.
            (
                (0..200u64)
                    .chain([1023, 1024, 1025, 1026, 65_536])
                    .map(|n| row(n + 10, "r", "entry", false, (0..n).map(|i| (i * 151 + n * 7) as u8).collect()))
                    .collect(),
                65_546,
                false,
            ),
        ];
        for (rows, cursor, more) in pages {
            let mut body = PullBody::new(100);
            for r in &rows {
                body.push(RowRef {
                    seq: r.seq,
                    id: &r.id,
                    kind: &r.kind,
                    version: r.version,
                    tombstone: r.tombstone,
                    ciphertext: &r.ciphertext,
                });
            }
            // An empty page keeps the cursor where the client asked.
            let body = body.finish(cursor, more);
            let typed =
                PullResponse { records: rows.into_iter().map(wire).collect(), next_cursor: cursor, has_more: more };
            assert_eq!(String::from_utf8(body.clone()).unwrap(), serde_json::to_string(&typed).unwrap());
            let back: PullResponse = serde_json::from_slice(&body).unwrap();
            assert_eq!(back, typed);
        }
    }
}
