//! Sync with the partner server: push what waits in the vault's outbox,
//! pull what other devices wrote, merge by the vault's rules
//! (`vault::sync`). The server sees only sealed records.
//!
//! The client talks to one configured server and nothing else: https, or
//! plain http only to this machine (loopback); no redirects, no proxies
//! from the environment, no identifying headers (no User-Agent, no cookies).

use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::Utc;
use huiskamer_protocol::sync::{
    ErrorBody, PullResponse, PushRequest, PushResponse, Record, RegisterRequest, MAX_CIPHERTEXT_BYTES, MAX_PUSH_RECORDS,
};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::vault::{sync::Merge, RawRecord, Vault, VaultError};

const PULL_PAGE: u32 = 500;

/// Sealed bytes per push, at first.
pub const PUSH_BUDGET_BYTES: usize = 1024 * 1024;
const MIN_PUSH_BUDGET_BYTES: usize = 48 * 1024;

/// Pushes of more records than this show progress in the status.
pub const PROGRESS_FROM: u64 = 500;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server could not be reached (no network, server down, timeout).
    #[error("offline: {0}")]
    Offline(String),
    /// The server asked to come back later (rate limit, maintenance).
    #[error("the server is busy")]
    Busy { retry_after: Option<u64> },
    /// The server answered with an error that retrying will not fix.
    #[error("the server refused: {status} {code}")]
    Server { status: u16, code: String },
    /// The address is not one this app may talk to.
    #[error("not an allowed server address: {0}")]
    Address(String),
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// Something on this device failed (e.g. the disk is full).
    #[error("could not store: {0}")]
    Local(String),
}

impl SyncError {
    /// Worth trying again later by itself (the status stays calm).
    pub fn is_temporary(&self) -> bool {
        matches!(self, SyncError::Offline(_) | SyncError::Busy { .. })
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub pushed: u64,
    pub pulled: u64,
    /// Local changes that lost to a newer version and were kept as copies.
    pub conflict_copies: u64,
    /// Records from the server that did not open with this diary's key.
    pub refused: u64,
    /// Still waiting after this sync (e.g. photos too large for the server).
    pub pending: u64,
    pub too_large: u64,
}

/// Access to the vault between network calls: the lock is never held
/// while waiting for the server.
pub trait VaultCell {
    fn with<R>(&self, f: impl FnOnce(&mut Vault) -> R) -> Result<R, SyncError>;
}

impl VaultCell for std::sync::Mutex<Vault> {
    fn with<R>(&self, f: impl FnOnce(&mut Vault) -> R) -> Result<R, SyncError> {
        let mut v = self.lock().unwrap_or_else(|p| p.into_inner());
        Ok(f(&mut v))
    }
}

impl VaultCell for std::sync::Mutex<crate::diary::Diary> {
    fn with<R>(&self, f: impl FnOnce(&mut Vault) -> R) -> Result<R, SyncError> {
        let mut d = self.lock().unwrap_or_else(|p| p.into_inner());
        Ok(f(d.vault()?))
    }
}

/// The partner server's sync API over HTTP.
pub struct Client {
    base: reqwest::Url,
    pub(crate) http: reqwest::Client,
}

/// Is `url` a server address the app may use: https anywhere, http only to
/// this machine.
pub fn allowed_server(url: &str) -> Result<reqwest::Url, SyncError> {
    let u = reqwest::Url::parse(url).map_err(|_| SyncError::Address(url.into()))?;
    let loopback = match u.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    };
    let ok = match u.scheme() {
        "https" => u.host().is_some(),
        "http" => loopback,
        _ => false,
    };
    if !ok || !u.username().is_empty() || u.password().is_some() || u.query().is_some() {
        return Err(SyncError::Address(url.into()));
    }
    Ok(u)
}

pub(crate) fn offline(e: reqwest::Error) -> SyncError {
    // The error's text names the address, which is the configured server.
    let e = e.without_url();
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    SyncError::Offline(text)
}

/// Sends a request; a request that failed before any answer (a pooled
/// connection the network dropped meanwhile) is sent once more. Every
/// request of this API may be repeated safely: pushes and messages are
/// idempotent by their ids and versions.
pub(crate) trait SendRetrying {
    async fn send_retrying(self) -> Result<reqwest::Response, SyncError>;
}

impl SendRetrying for reqwest::RequestBuilder {
    async fn send_retrying(self) -> Result<reqwest::Response, SyncError> {
        let again = self.try_clone();
        match self.send().await {
            Ok(res) => Ok(res),
            Err(e) if e.is_request() || e.is_connect() => match again {
                Some(rb) => {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    rb.send().await.map_err(offline)
                }
                None => Err(offline(e)),
            },
            Err(e) => Err(offline(e)),
        }
    }
}

impl Client {
    pub fn new(server: &str) -> Result<Client, SyncError> {
        let mut base = allowed_server(server)?;
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(offline)?;
        Ok(Client { base, http })
    }

    pub(crate) fn url(&self, path: &str) -> reqwest::Url {
        // `path` is one of this file's constants: joining cannot fail.
        self.base.join(path).unwrap_or_else(|_| self.base.clone())
    }

    pub(crate) async fn answer<T: serde::de::DeserializeOwned>(res: reqwest::Response) -> Result<T, SyncError> {
        let status = res.status();
        if status.is_success() {
            // A body cut off on the way is "offline"; one that arrived
            // whole and does not parse is the server's fault.
            let bytes = res.bytes().await.map_err(offline)?;
            return serde_json::from_slice(&bytes)
                .map_err(|_| SyncError::Server { status: status.as_u16(), code: "bad-answer".into() });
        }
        let retry_after = res.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
        let code = res.json::<ErrorBody>().await.map(|b| b.error.code).unwrap_or_default();
        if status.as_u16() == 429 || status.as_u16() == 503 || status.is_server_error() {
            return Err(SyncError::Busy { retry_after });
        }
        Err(SyncError::Server { status: status.as_u16(), code })
    }

    pub async fn register(&self, key: &[u8; 32]) -> Result<(), SyncError> {
        let body = RegisterRequest { auth_key: STANDARD.encode(key) };
        let res = self.http.post(self.url("v1/accounts")).json(&body).send_retrying().await?;
        match res.status().as_u16() {
            // 409: another device of this diary registered the account already.
            200 | 201 | 409 => Ok(()),
            _ => Self::answer::<serde_json::Value>(res).await.map(|_| ()),
        }
    }

    pub async fn push(&self, key: &[u8; 32], records: Vec<Record>) -> Result<PushResponse, SyncError> {
        let res = self
            .http
            .post(self.url("v1/records"))
            .bearer_auth(Zeroizing::new(STANDARD.encode(key)).as_str())
            .json(&PushRequest { records })
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    pub async fn pull(&self, key: &[u8; 32], since: u64, limit: u32) -> Result<PullResponse, SyncError> {
        let mut url = self.url("v1/records");
        url.query_pairs_mut().append_pair("since", &since.to_string()).append_pair("limit", &limit.to_string());
        let res = self.http.get(url).bearer_auth(Zeroizing::new(STANDARD.encode(key)).as_str()).send_retrying().await?;
        Self::answer(res).await
    }
}

fn to_wire(r: RawRecord) -> Record {
    Record { id: r.id, kind: r.kind, version: r.version, tombstone: r.deleted, ciphertext: STANDARD.encode(r.data) }
}

/// A record from the server, checked as the server checks a push.
fn from_wire(r: Record) -> Option<RawRecord> {
    let data = r.check().ok()?;
    Some(RawRecord { id: r.id, kind: r.kind, version: r.version, deleted: r.tombstone, data })
}

/// Registers the diary's anonymous account with this server once (a
/// server may refuse a large push from an unknown device before reading
/// it, which would look like a dropped connection). Returns whether it
/// registered now.
pub async fn ensure_registered(cell: &impl VaultCell, client: &Client, key: &[u8; 32]) -> Result<bool, SyncError> {
    let server = client.base.as_str().to_string();
    if cell.with(|v| v.sync_registered())??.as_deref() == Some(server.as_str()) {
        return Ok(false);
    }
    client.register(key).await?;
    cell.with(|v| v.set_sync_registered(&server))??;
    Ok(true)
}

/// One full sync: push everything waiting, then pull everything new. A
/// device the server does not know yet registers first (anonymously).
pub async fn sync_once(cell: &impl VaultCell, client: &Client) -> Result<SyncReport, SyncError> {
    sync_once_with(cell, client, &|_, _| {}).await
}

/// [`sync_once`], telling `progress(done, total)` how far the push is.
pub async fn sync_once_with(
    cell: &impl VaultCell,
    client: &Client,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<SyncReport, SyncError> {
    let key = cell.with(|v| v.sync_auth_key())??;
    let total = cell.with(|v| v.pending_count())??;
    let mut report = SyncReport::default();
    let mut registered = ensure_registered(cell, client, &key).await?;

    // Sealed bytes per push: base64 and JSON add about a third, which
    // keeps a push under the server's default 2 MiB body limit; a server
    // configured tighter answers 413 and the batches get smaller.
    let mut budget = PUSH_BUDGET_BYTES;
    // Rounds go on while they make progress; a server that keeps answering
    // with conflicts for the same records cannot keep the device busy.
    let mut stalled = 0;
    for _round in 0..100_000 {
        let batch = cell.with(|v| v.pending_within(MAX_PUSH_RECORDS, MAX_CIPHERTEXT_BYTES, budget))??;
        if batch.is_empty() {
            break;
        }
        let sent = batch.len();
        let records: Vec<Record> = batch.into_iter().map(to_wire).collect();
        let answer = match client.push(&key, records.clone()).await {
            Err(SyncError::Server { status: 401, .. }) if !registered => {
                client.register(&key).await?;
                registered = true;
                client.push(&key, records).await?
            }
            Err(SyncError::Server { status: 413, .. }) if budget > MIN_PUSH_BUDGET_BYTES => {
                budget /= 2;
                continue;
            }
            other => other?,
        };
        let acks: Vec<(String, u64)> = answer.accepted.iter().map(|a| (a.id.clone(), a.version)).collect();
        report.pushed += acks.len() as u64;
        progress(report.pushed.min(total), total);
        let conflicts = answer.conflicts;
        let answered = acks.len() + conflicts.len();
        let copies = cell.with(|v| -> Result<u64, VaultError> {
            v.acknowledge(&acks)?;
            // The server holds a version at least as new: merge it now.
            let raws: Vec<RawRecord> = conflicts.into_iter().filter_map(|c| from_wire(c.record())).collect();
            let merged = v.merge_remote_all(&raws, Utc::now())?;
            Ok(merged.iter().filter(|m| matches!(m, Merge::ConflictCopy(_))).count() as u64)
        })??;
        report.conflict_copies += copies;
        if answered < sent {
            // The server left records unanswered: do not loop forever on it.
            break;
        }
        stalled = if acks.is_empty() { stalled + 1 } else { 0 };
        if stalled >= 3 {
            break;
        }
    }

    let mut cursor = cell.with(|v| v.sync_cursor())??;
    loop {
        let page = match client.pull(&key, cursor, PULL_PAGE).await {
            Err(SyncError::Server { status: 401, .. }) if !registered => {
                client.register(&key).await?;
                registered = true;
                continue;
            }
            other => other?,
        };
        let more = page.has_more;
        let next = page.next_cursor;
        let (pulled, copies, refused) = cell.with(|v| -> Result<(u64, u64, u64), VaultError> {
            let (mut pulled, mut copies, mut refused) = (0, 0, 0);
            let total = page.records.len();
            let raws: Vec<RawRecord> = page.records.into_iter().filter_map(|r| from_wire(r.record())).collect();
            refused += (total - raws.len()) as u64;
            for merged in v.merge_remote_all(&raws, Utc::now())? {
                match merged {
                    Merge::Applied => pulled += 1,
                    Merge::ConflictCopy(_) => {
                        pulled += 1;
                        copies += 1;
                    }
                    Merge::Refused => refused += 1,
                    Merge::Kept | Merge::Same => {}
                }
            }
            v.set_sync_cursor(next)?;
            Ok((pulled, copies, refused))
        })??;
        report.pulled += pulled;
        report.conflict_copies += copies;
        report.refused += refused;
        if !more || next <= cursor {
            break;
        }
        cursor = next;
    }

    let too_large = cell.with(|v| v.too_large(MAX_CIPHERTEXT_BYTES))??;
    report.pending = cell.with(|v| v.pending_count())??;
    report.too_large = too_large;
    Ok(report)
}

/// The largest content bundle the app downloads.
pub const MAX_BUNDLE_BYTES: u64 = 32 * 1024 * 1024;

/// Access to the information library between network calls.
pub trait LibraryCell {
    fn with_library<R>(&self, f: impl FnOnce(&mut crate::content::Library) -> R) -> R;
}

impl LibraryCell for std::sync::Mutex<crate::App> {
    fn with_library<R>(&self, f: impl FnOnce(&mut crate::content::Library) -> R) -> R {
        let mut app = self.lock().unwrap_or_else(|p| p.into_inner());
        f(app.library_mut())
    }
}

/// What a content check did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum ContentOutcome {
    /// Nothing newer is published (or nothing at all).
    UpToDate,
    /// A newer bundle was verified and applied.
    Applied { version: u64 },
    /// The newest bundle was refused; the content in place stays.
    Refused { version: u64, sha256: String, code: &'static str },
}

/// Stable codes for a refused bundle; the UI text is `sync-content-<code>`.
pub fn bundle_error_code(e: &crate::content::bundle::BundleError) -> &'static str {
    use crate::content::bundle::BundleError as B;
    match e {
        B::UnsupportedFormat(_) => "format",
        B::UnknownKey(_) => "key",
        B::BadSignature => "signature",
        B::HashMismatch => "damaged",
        B::NotNewer { .. } => "old",
        B::Malformed(_) | B::InvalidFile { .. } => "malformed",
    }
}

impl Client {
    /// The newest published bundle's manifest, or none if nothing is published.
    pub async fn manifest(&self) -> Result<Option<huiskamer_protocol::bundle::Manifest>, SyncError> {
        let res = self.http.get(self.url("v1/content/manifest")).send_retrying().await?;
        if res.status().as_u16() == 404 {
            return Ok(None);
        }
        Self::answer(res).await.map(Some)
    }

    /// A bundle's bytes, at most `limit` of them (more is cut off, and the
    /// hash check then refuses it).
    pub async fn bundle_bytes(&self, version: u64, limit: u64) -> Result<Vec<u8>, SyncError> {
        let mut res = self.http.get(self.url(&format!("v1/content/bundles/{version}"))).send_retrying().await?;
        if !res.status().is_success() {
            return Self::answer::<serde_json::Value>(res).await.map(|_| Vec::new());
        }
        let mut out = Vec::new();
        while let Some(chunk) = res.chunk().await.map_err(offline)? {
            let room = (limit as usize + 1).saturating_sub(out.len());
            out.extend_from_slice(&chunk[..chunk.len().min(room)]);
            if out.len() as u64 > limit {
                break;
            }
        }
        Ok(out)
    }
}

/// Checks the server for newer content and applies it if every check
/// passes ([`crate::content::bundle::verify`] against the keys pinned in
/// this build). A bundle refused before (same hash) is not downloaded again.
pub async fn update_content(
    lib: &impl LibraryCell,
    client: &Client,
    pinned: &[[u8; 32]],
    refused_before: Option<&str>,
) -> Result<ContentOutcome, SyncError> {
    let Some(manifest) = client.manifest().await? else { return Ok(ContentOutcome::UpToDate) };
    let floor = lib.with_library(|l| l.bundle_floor()).map_err(|e| SyncError::Local(e.to_string()))?;
    if floor.is_some_and(|f| manifest.version <= f) {
        return Ok(ContentOutcome::UpToDate);
    }
    let refused = |code: &'static str| ContentOutcome::Refused {
        version: manifest.version,
        sha256: manifest.sha256.clone(),
        code,
    };
    if refused_before == Some(manifest.sha256.as_str()) {
        return Ok(ContentOutcome::UpToDate);
    }
    if manifest.size > MAX_BUNDLE_BYTES {
        return Ok(refused("malformed"));
    }
    let bytes = client.bundle_bytes(manifest.version, manifest.size).await?;
    let bundle = match crate::content::bundle::verify(&manifest, &bytes, pinned, floor) {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(version = manifest.version, error = %e, "content bundle refused");
            return Ok(refused(bundle_error_code(&e)));
        }
    };
    match lib.with_library(|l| l.apply_bundle(&bundle)) {
        Ok(_) => {
            tracing::info!(version = bundle.version, "content bundle applied");
            Ok(ContentOutcome::Applied { version: bundle.version })
        }
        Err(e) => {
            tracing::warn!(error = %e, "content bundle could not be stored");
            Err(SyncError::Local(e.to_string()))
        }
    }
}
