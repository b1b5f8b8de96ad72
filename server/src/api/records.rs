//! Encrypted backup sync: push and pull of opaque records.

use axum::extract::State;
use axum::Json;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use huiskamer_protocol::sync::{
    Accepted, PullResponse, PushRequest, PushResponse, Record, RecordProblem, StoredRecord, MAX_CIPHERTEXT_BYTES,
    MAX_PULL_LIMIT, MAX_PUSH_RECORDS,
};
use serde::Deserialize;

use super::{Account, ApiJson, ApiQuery, AppState};
use crate::error::ApiError;
use crate::storage::{NewRecord, PushOutcome, Row};

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
) -> Result<Json<PullResponse>, ApiError> {
    let limit = q.limit.unwrap_or(500);
    if !(1..=MAX_PULL_LIMIT).contains(&limit) {
        return Err(ApiError::invalid("invalid-query", format!("limit: from 1 to {MAX_PULL_LIMIT}")));
    }
    let (rows, has_more) = state.storage.pull(&account, q.since, limit).await?;
    let next_cursor = rows.last().map_or(q.since, |r| r.seq);
    Ok(Json(PullResponse { records: rows.into_iter().map(wire).collect(), next_cursor, has_more }))
}
