//! Safety check-ins and silent alarms, from the app's side
//! (huiskamer_protocol::alerts): register, check in on and cancel a watch;
//! raise an alarm; register the alarm token and fire it. The details a
//! person chose are sealed before they are stored; nothing here answers
//! them back.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use huiskamer_protocol::alerts::{
    Alarm, AlertDetails, CheckIn, FireAlarmToken, RaiseAlarm, RegisterAlarmToken, RegisterWatch, Watch,
    MAX_DETAIL_CHARS, MAX_WATCH_AHEAD_HOURS,
};
use sha2::{Digest, Sha256};

use super::conversations::valid_client_id;
use super::{decode_key, Account, ApiJson};
use crate::clock::{now, parse_rfc3339, rfc3339};
use crate::error::ApiError;
use crate::sealing::Bound;
use crate::state::AppState;
use crate::storage::{AlertRow, AlertSettings, NewAlarm, NewWatch, Sealed, StorageError, WatchRow};

fn check_client_id(id: &str) -> Result<(), ApiError> {
    if valid_client_id(id) {
        Ok(())
    } else {
        Err(ApiError::invalid("invalid-client-id", "client_id: 1 to 64 characters of A-Z, a-z, 0-9, - and _"))
    }
}

fn check_details(d: &AlertDetails) -> Result<(), ApiError> {
    match d.too_long() {
        Some(field) => Err(ApiError::Unprocessable(
            "detail-too-long",
            format!("details.{field}: at most {MAX_DETAIL_CHARS} characters"),
        )),
        None => Ok(()),
    }
}

/// The organisation's settings if it takes check-in alerts.
async fn accepting(state: &AppState, organisation: &str) -> Result<AlertSettings, ApiError> {
    match state.storage.alert_settings(organisation).await? {
        Some(s) if s.check_in_alerts => Ok(s),
        _ => Err(ApiError::Unprocessable(
            "alerts-not-accepted",
            "this organisation does not take check-in alerts on this server; see GET /v1/organisations".into(),
        )),
    }
}

/// The details as sealed JSON, or None when nothing was chosen.
fn seal_details(state: &AppState, bound: &Bound<'_>, d: &AlertDetails) -> Option<Sealed> {
    if d.is_empty() {
        return None;
    }
    let json = serde_json::to_string(d).unwrap_or_default();
    let (nonce, sealed) = state.message_key.seal_bound(bound, &json);
    Some(Sealed { nonce, sealed })
}

fn wire_watch(w: WatchRow) -> Watch {
    Watch {
        client_id: w.client_id,
        organisation: w.organisation_id,
        due_at: rfc3339(w.due_at),
        fires_at: rfc3339(w.fires_at),
        status: w.status,
        alerted_at: w.alerted_at.map(rfc3339),
        checked_in_at: w.checked_in_at.map(rfc3339),
    }
}

fn wire_alarm(a: &AlertRow) -> Alarm {
    Alarm { client_id: a.client_id.clone(), organisation: a.organisation_id.clone(), raised_at: rfc3339(a.fired_at) }
}

pub async fn put_watch(
    State(state): State<AppState>,
    Account(account): Account,
    Path(client_id): Path<String>,
    ApiJson(req): ApiJson<RegisterWatch>,
) -> Result<Json<Watch>, ApiError> {
    check_client_id(&client_id)?;
    check_details(&req.details)?;
    let due = parse_rfc3339(&req.due_at)
        .ok_or_else(|| ApiError::Unprocessable("invalid-time", "due_at: an RFC 3339 time with its offset".into()))?;
    let now = now();
    if due <= now {
        return Err(ApiError::Unprocessable("due-in-past", "due_at is not in the future".into()));
    }
    if due > now + MAX_WATCH_AHEAD_HOURS * 3600 {
        return Err(ApiError::Unprocessable(
            "due-too-far",
            format!("due_at: at most {MAX_WATCH_AHEAD_HOURS} hours from now"),
        ));
    }
    let settings = accepting(&state, &req.organisation).await?;
    let details = seal_details(&state, &Bound::Watch { account: &account, client_id: &client_id }, &req.details);
    let watch = NewWatch {
        account_id: account,
        client_id,
        organisation_id: req.organisation,
        due_at: due,
        fires_at: due + i64::from(settings.grace_minutes) * 60,
        details,
        now,
    };
    let row = state.storage.put_watch(watch).await.map_err(|e| match e {
        StorageError::Conflict(_) => ApiError::Conflict("watch-closed"),
        e => e.into(),
    })?;
    Ok(Json(wire_watch(row)))
}

pub async fn check_in(
    State(state): State<AppState>,
    Account(account): Account,
    Path(client_id): Path<String>,
    ApiJson(req): ApiJson<CheckIn>,
) -> Result<Json<Watch>, ApiError> {
    check_client_id(&client_id)?;
    let at = parse_rfc3339(&req.at)
        .ok_or_else(|| ApiError::Unprocessable("invalid-time", "at: an RFC 3339 time with its offset".into()))?;
    let now = now();
    // A phone whose clock runs ahead checked in now, not in the future.
    let at = at.min(now);
    match state.storage.check_in(&account, &client_id, at, now).await? {
        Some(w) => Ok(Json(wire_watch(w))),
        None => Err(ApiError::NotFound),
    }
}

pub async fn delete_watch(
    State(state): State<AppState>,
    Account(account): Account,
    Path(client_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    check_client_id(&client_id)?;
    // A watch never registered, or already cancelled, is as good as gone.
    state.storage.cancel_watch(&account, &client_id, now()).await.map_err(|e| match e {
        StorageError::Conflict(_) => ApiError::Conflict("alert-raised"),
        e => e.into(),
    })?;
    Ok(StatusCode::NO_CONTENT)
}

/// Raises an alarm for `account` (the details sealed already) and answers
/// 201 for a new one, 200 for a retry.
async fn raise(
    state: &AppState,
    account: String,
    client_id: String,
    organisation: String,
    details: Option<Sealed>,
    watch: Option<String>,
) -> Result<(StatusCode, Json<Alarm>), ApiError> {
    let alarm = NewAlarm {
        id: crate::storage::alerts::new_alert_id(),
        account_id: account,
        client_id,
        organisation_id: organisation,
        details,
        watch_client_id: watch,
        now: now(),
    };
    let (row, new) = state.storage.raise_alarm(alarm).await?;
    if new {
        tracing::warn!("a silent alarm was raised");
        crate::alerts::wake(state);
    }
    Ok((if new { StatusCode::CREATED } else { StatusCode::OK }, Json(wire_alarm(&row))))
}

pub async fn raise_alarm(
    State(state): State<AppState>,
    Account(account): Account,
    ApiJson(req): ApiJson<RaiseAlarm>,
) -> Result<(StatusCode, Json<Alarm>), ApiError> {
    check_client_id(&req.client_id)?;
    if let Some(w) = &req.watch {
        check_client_id(w)?;
    }
    check_details(&req.details)?;
    accepting(&state, &req.organisation).await?;
    let details = seal_details(&state, &Bound::Alarm { account: &account, client_id: &req.client_id }, &req.details);
    raise(&state, account, req.client_id, req.organisation, details, req.watch).await
}

/// An alarm token's hash: SHA-256 under a label of its own, so that it can
/// never equal the hash of a device key.
fn token_hash(token: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"huiskamer alarm token\0");
    h.update(token);
    h.finalize().into()
}

pub async fn put_alarm_token(
    State(state): State<AppState>,
    Account(account): Account,
    ApiJson(req): ApiJson<RegisterAlarmToken>,
) -> Result<StatusCode, ApiError> {
    let token = decode_key(&req.token)
        .ok_or_else(|| ApiError::invalid("invalid-token", "token: 32 random bytes, standard base64"))?;
    accepting(&state, &req.organisation).await?;
    state.storage.put_alarm_token(&account, &req.organisation, &token_hash(&token), now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn delete_alarm_token(
    State(state): State<AppState>,
    Account(account): Account,
) -> Result<StatusCode, ApiError> {
    state.storage.delete_alarm_token(&account).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `Authorization: Bearer <alarm token>`: raises the token's account's
/// alarm with its current watch's details. The token opens nothing else
/// (no other route looks it up).
pub async fn fire_alarm_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<FireAlarmToken>,
) -> Result<(StatusCode, Json<Alarm>), ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(decode_key)
        .ok_or(ApiError::Unauthorized)?;
    let (account, organisation) =
        state.storage.alarm_token(&token_hash(&token)).await?.ok_or(ApiError::Unauthorized)?;
    state.per_account.check(&format!("alarm:{account}")).map_err(ApiError::RateLimited)?;
    check_client_id(&req.client_id)?;
    // The organisation may have stopped taking alerts since: then say so,
    // rather than pretend someone was told.
    accepting(&state, &organisation).await?;
    let watch = state.storage.current_watch(&account).await?.map(|w| w.client_id);
    raise(&state, account, req.client_id, organisation, None, watch).await
}
