//! Anonymous accounts: a device registers with a key it derived itself. No
//! name, phone number or e-mail address is asked for or stored.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use huiskamer_protocol::sync::{RegisterRequest, RegisterResponse};

use super::{decode_key, key_hash, Account, ApiJson};
use crate::error::ApiError;
use crate::middleware::ClientKey;
use crate::state::AppState;
use crate::storage::StorageError;

pub async fn register(
    State(state): State<AppState>,
    Extension(ClientKey(client)): Extension<ClientKey>,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<RegisterResponse>), ApiError> {
    let key = decode_key(&req.auth_key)
        .ok_or_else(|| ApiError::invalid("invalid-key", "auth_key must be standard base64 of exactly 32 bytes"))?;
    state.registrations.check(&client).map_err(ApiError::RateLimited)?;
    let id: [u8; 16] = rand::random();
    let account_id: String = id.iter().map(|b| format!("{b:02x}")).collect();
    match state.storage.create_account(&account_id, &key_hash(&key)).await {
        Ok(()) => Ok((StatusCode::CREATED, Json(RegisterResponse { account_id }))),
        Err(StorageError::Conflict(_)) => Err(ApiError::Conflict("account-exists")),
        Err(e) => Err(e.into()),
    }
}

/// Deletes the account and every record of it, at once and for good.
pub async fn delete_me(State(state): State<AppState>, Account(account): Account) -> Result<StatusCode, ApiError> {
    state.storage.delete_account(&account).await?;
    Ok(StatusCode::NO_CONTENT)
}
