//! The dashboard's languages: its text, and the reader's choice of Dutch
//! or English (a cookie, else the browser's preference).

use axum::extract::{FromRequestParts, Path, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use huiskamer_texts::i18n::I18n;

use super::{cookie, set_cookie};
use crate::state::AppState;

const LANG_COOKIE: &str = "hk_lang";

/// The dashboard's text, in Dutch and English.
pub fn i18n() -> I18n {
    let (i18n, errors) = I18n::from_files([
        ("en/dashboard.ftl", include_str!("../../i18n/en/dashboard.ftl")),
        ("nl/dashboard.ftl", include_str!("../../i18n/nl/dashboard.ftl")),
        ("en/alerts.ftl", include_str!("../../i18n/en/alerts.ftl")),
        ("nl/alerts.ftl", include_str!("../../i18n/nl/alerts.ftl")),
        ("en/replies.ftl", include_str!("../../i18n/en/replies.ftl")),
        ("nl/replies.ftl", include_str!("../../i18n/nl/replies.ftl")),
    ]);
    debug_assert!(errors.is_empty(), "dashboard .ftl errors: {}", errors.len());
    i18n
}

/// The reader's language: a chosen one (cookie), else the browser's.
pub struct Lang(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(l) = cookie(&parts.headers, LANG_COOKIE).filter(|l| l == "nl" || l == "en") {
            return Ok(Lang(l));
        }
        let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let first_known = accept
            .split(',')
            .map(|p| p.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .find(|t| t.starts_with("nl") || t.starts_with("en"));
        Ok(Lang(if first_known.is_some_and(|t| t.starts_with("nl")) { "nl".into() } else { "en".into() }))
    }
}

pub(super) async fn switch_lang(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    let lang = if lang == "nl" { "nl" } else { "en" };
    let mut res = Redirect::to("/dashboard").into_response();
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, LANG_COOKIE, lang, 365 * 86_400));
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_english_dashboard_message_exists_in_dutch() {
        use huiskamer_texts::i18n::{message_ids, parse_ftl};
        let ids = |path: &str, text: &str| {
            let (res, errors) = parse_ftl(path, text);
            assert!(errors.is_empty(), "{path}: syntax errors");
            message_ids(&res)
        };
        let en = ids("en/dashboard.ftl", include_str!("../../i18n/en/dashboard.ftl"));
        let nl = ids("nl/dashboard.ftl", include_str!("../../i18n/nl/dashboard.ftl"));
        assert!(en.len() > 20);
        let missing: Vec<_> = en.iter().filter(|k| !nl.contains(k)).collect();
        assert!(missing.is_empty(), "server/i18n/nl/dashboard.ftl lacks {missing:?}");
        let en = ids("en/alerts.ftl", include_str!("../../i18n/en/alerts.ftl"));
        let nl = ids("nl/alerts.ftl", include_str!("../../i18n/nl/alerts.ftl"));
        let missing: Vec<_> = en.iter().filter(|k| !nl.contains(k)).collect();
        assert!(missing.is_empty(), "server/i18n/nl/alerts.ftl lacks {missing:?}");
        let en = ids("en/replies.ftl", include_str!("../../i18n/en/replies.ftl"));
        let nl = ids("nl/replies.ftl", include_str!("../../i18n/nl/replies.ftl"));
        assert_eq!(en, nl, "server/i18n/*/replies.ftl have the same messages");
    }
}
