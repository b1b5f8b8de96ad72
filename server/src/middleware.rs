//! Layers every request goes through, the API's and the dashboard's alike:
//! the limit per client address (which leaves the hashed address to the
//! handlers that limit further, as [`ClientKey`]) and HSTS behind TLS.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;

/// The client's address as a rate-limit key: hashed, never stored.
#[derive(Clone)]
pub(crate) struct ClientKey(pub(crate) String);

pub(crate) async fn limit_per_ip(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let ip = client_ip(&state, &req);
    let key = {
        let mut h = Sha256::new();
        h.update(state.ip_salt);
        h.update(ip.to_string().as_bytes());
        let d = h.finalize();
        format!("ip:{}", d.iter().take(12).map(|b| format!("{b:02x}")).collect::<String>())
    };
    if let Err(wait) = state.per_ip.check(&key) {
        return ApiError::RateLimited(wait).into_response();
    }
    req.extensions_mut().insert(ClientKey(key));
    next.run(req).await
}

/// Behind a TLS-terminating proxy (trusted, and saying so with
/// `X-Forwarded-Proto: https`), tell browsers to use HTTPS only from now on.
pub(crate) async fn hsts(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let https = state.settings.trust_forwarded_for
        && req.headers().get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https");
    let mut res = next.run(req).await;
    if https {
        res.headers_mut()
            .insert(header::STRICT_TRANSPORT_SECURITY, axum::http::HeaderValue::from_static("max-age=31536000"));
    }
    res
}

fn client_ip(state: &AppState, req: &Request) -> IpAddr {
    if state.settings.trust_forwarded_for {
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]))
}
