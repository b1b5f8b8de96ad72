//! Alerts on the dashboard: missed check-ins and silent alarms, in a
//! section of their own at the top of the queue (never mixed with
//! messages; unacknowledged ones first, marked urgent), a page per alert
//! (the on-call mail links to it) with its details opened for display
//! only, and the actions: acknowledge, a note, resolve. And the settings
//! page where an organisation's admin says whether it takes alerts.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentValue;
use huiskamer_protocol::alerts::AlertDetails;
use maud::{html, Markup};
use serde::Deserialize;

use super::{error_page, html as page_response, same, storage_error, DashForm, Lang, Page, Worker};
use crate::alerts::mail::valid_address;
use crate::clock::now;
use crate::sealing::Bound;
use crate::state::AppState;
use crate::storage::{AlertKind, AlertRow, AlertSettings, Role, Sealed};

/// Longest note a worker may add, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;
/// Longest reply expectation, in characters (shown in the app).
pub const MAX_EXPECTATION_CHARS: usize = 500;

struct T<'a> {
    state: &'a AppState,
    lang: &'a str,
}

impl T<'_> {
    fn t(&self, id: &str) -> String {
        self.state.dashboard_i18n.t(self.lang, id)
    }
    fn ta(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.state.dashboard_i18n.t_args(self.lang, id, args)
    }
}

/// A time as Dutch workers read it: Amsterdam, to the minute.
fn local(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Amsterdam).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

fn clock_time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Amsterdam).format("%H:%M").to_string())
        .unwrap_or_default()
}

fn open_details(state: &AppState, bound: &Bound<'_>, sealed: &Option<Sealed>) -> Option<AlertDetails> {
    let s = sealed.as_ref()?;
    match state.message_key.open_bound(bound, &s.nonce, &s.sealed) {
        Some(json) => serde_json::from_str(&json).ok(),
        None => {
            tracing::error!("an alert's details could not be opened with the message key");
            None
        }
    }
}

/// The details the person chose, from the alarm and from her watch.
fn details_of(state: &AppState, a: &AlertRow) -> Vec<AlertDetails> {
    let mut out = Vec::new();
    if a.kind == AlertKind::Alarm {
        out.extend(open_details(state, &Bound::Alarm { account: &a.account_id, client_id: &a.client_id }, &a.details));
    }
    if let Some(w) = &a.watch_client_id {
        out.extend(open_details(state, &Bound::Watch { account: &a.account_id, client_id: w }, &a.watch_details));
    }
    out
}

fn kind_text(t: &T<'_>, a: &AlertRow) -> String {
    t.t(match a.kind {
        AlertKind::MissedCheckIn => "alert-kind-missed",
        AlertKind::Alarm => "alert-kind-alarm",
    })
}

fn status_text(t: &T<'_>, a: &AlertRow) -> String {
    let who = |w: &Option<String>| w.clone().unwrap_or_default();
    if let Some(at) = a.resolved_at {
        t.ta("alert-status-resolved", &[("name", who(&a.resolved_by).into()), ("time", local(at).into())])
    } else if let Some(at) = a.acknowledged_at {
        t.ta("alert-status-acknowledged", &[("name", who(&a.acknowledged_by).into()), ("time", local(at).into())])
    } else {
        t.t("alert-status-new")
    }
}

/// The section at the top of the queue; empty when there are no alerts.
pub(super) async fn section(
    state: &AppState,
    lang: &str,
    worker: &Worker,
) -> Result<Markup, crate::storage::StorageError> {
    let rows = state.storage.alerts_of(&worker.row.organisation_id).await?;
    let open: Vec<&AlertRow> = rows.iter().filter(|a| a.resolved_at.is_none()).collect();
    let t = T { state, lang };
    if open.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section.alerts aria-labelledby="alerts-title" {
            h2 #alerts-title { (t.ta("alerts-title", &[("count", (open.len() as f64).into())])) }
            ul.alert-list {
                @for a in &open {
                    @let urgent = a.acknowledged_at.is_none();
                    li.alert.urgent[urgent] data-id=(a.id) {
                        a href={ "/dashboard/alerts/" (a.id) } {
                            strong.kind { (kind_text(&t, a)) }
                            span.fired { (t.ta("alert-fired", &[("time", local(a.fired_at).into())])) }
                            @if let Some(at) = a.checked_in_at {
                                span.late { (t.ta("alert-checked-in-late", &[("time", clock_time(at).into())])) }
                            }
                            span.status { (status_text(&t, a)) }
                        }
                    }
                }
            }
        }
    })
}

fn detail_rows(t: &T<'_>, d: &AlertDetails) -> Markup {
    html! {
        @for (id, value) in [("alert-detail-where", &d.place), ("alert-detail-who", &d.who),
                             ("alert-detail-contact", &d.contact), ("alert-detail-note", &d.note)] {
            @if let Some(v) = value {
                dt { (t.t(id)) }
                dd { (v) }
            }
        }
    }
}

fn alert_page(state: &AppState, lang: &str, worker: &Worker, a: &AlertRow, draft: Option<(&str, &str)>) -> Markup {
    let t = T { state, lang };
    let details = details_of(state, a);
    let note =
        a.note.as_ref().and_then(|n| state.message_key.open_bound(&Bound::Note { alert: &a.id }, &n.nonce, &n.sealed));
    let title = kind_text(&t, a);
    let urgent = a.acknowledged_at.is_none() && a.resolved_at.is_none();
    Page::new(state, lang, Some(worker)).layout(&title, html! {
        p { a href="/dashboard" { (t.t("conv-back")) } }
        article.alert-page.urgent[urgent] #alert data-id=(a.id) {
            h1 { (title) }
            p.fired { (t.ta("alert-fired", &[("time", local(a.fired_at).into())])) }
            @if let Some(at) = a.checked_in_at {
                p.late role="status" { (t.ta("alert-checked-in-late", &[("time", clock_time(at).into())])) }
            }
            p.status #alert-status { (status_text(&t, a)) }
            h2 { (t.t("alert-details")) }
            @if details.iter().all(|d| d.is_empty()) {
                p.empty { (t.t("alert-no-details")) }
            } @else {
                @for d in &details { dl.details { (detail_rows(&t, d)) } }
            }
            p.hint { (t.t("alert-112")) }
            @if let Some(n) = &note {
                h2 { (t.t("alert-note")) }
                p.note-meta { (t.ta("alert-note-by", &[("name", a.note_by.clone().unwrap_or_default().into()),
                                                       ("time", local(a.note_at.unwrap_or_default()).into())])) }
                p.note-body { (n) }
            }
            @if a.resolved_at.is_none() {
                div.actions {
                    @if a.acknowledged_at.is_none() {
                        form method="post" action={ "/dashboard/alerts/" (a.id) "/acknowledge" } {
                            input type="hidden" name="csrf" value=(worker.csrf);
                            button #acknowledge type="submit" { (t.t("alert-acknowledge")) }
                        }
                    }
                    form.stack method="post" action={ "/dashboard/alerts/" (a.id) "/note" } {
                        input type="hidden" name="csrf" value=(worker.csrf);
                        label for="note" { (t.t("alert-note-label")) }
                        @if let Some((error, _)) = draft { p.notice role="alert" #note-error { (error) } }
                        textarea #note name="note" rows="4" { (draft.map_or(note.as_deref().unwrap_or(""), |(_, text)| text)) }
                        button.secondary type="submit" { (t.t("alert-note-save")) }
                    }
                    form method="post" action={ "/dashboard/alerts/" (a.id) "/resolve" } {
                        input type="hidden" name="csrf" value=(worker.csrf);
                        button #resolve type="submit" { (t.t("alert-resolve")) }
                    }
                }
            }
        }
    })
}

async fn org_alert(state: &AppState, lang: &str, worker: &Worker, id: &str) -> Result<AlertRow, Response> {
    match state.storage.alert(&worker.row.organisation_id, id).await {
        Ok(Some(a)) => Ok(a),
        Ok(None) => Err(error_page(state, lang, Some(worker), StatusCode::NOT_FOUND, "error-not-found")),
        Err(e) => Err(storage_error(state, lang, worker, e)),
    }
}

pub(super) async fn alert(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
) -> Response {
    match org_alert(&state, &lang, &worker, &id).await {
        Ok(a) => page_response(StatusCode::OK, alert_page(&state, &lang, &worker, &a, None)),
        Err(r) => r,
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

#[derive(Deserialize)]
pub struct NoteForm {
    csrf: String,
    note: String,
}

fn back(id: &str) -> Response {
    Redirect::to(&format!("/dashboard/alerts/{id}")).into_response()
}

pub(super) async fn acknowledge(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<CsrfForm>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let org = &worker.row.organisation_id;
    match state.storage.acknowledge_alert(org, &id, &worker.row.display_name, now()).await {
        Ok(true) => back(&id),
        Ok(false) => error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => storage_error(&state, &lang, &worker, e),
    }
}

pub(super) async fn resolve(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<CsrfForm>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let org = &worker.row.organisation_id;
    match state.storage.resolve_alert(org, &id, &worker.row.display_name, now()).await {
        Ok(true) => back(&id),
        Ok(false) => error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => storage_error(&state, &lang, &worker, e),
    }
}

pub(super) async fn note(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<NoteForm>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let a = match org_alert(&state, &lang, &worker, &id).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let text = f.note.trim();
    if text.chars().count() > MAX_NOTE_CHARS {
        let t = T { state: &state, lang: &lang };
        let error = t.ta("alert-note-too-long", &[("max", (MAX_NOTE_CHARS as f64).into())]);
        return page_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            alert_page(&state, &lang, &worker, &a, Some((&error, &f.note))),
        );
    }
    if text.is_empty() {
        return back(&id);
    }
    let (nonce, sealed) = state.message_key.seal_bound(&Bound::Note { alert: &a.id }, text);
    match state
        .storage
        .note_alert(&a.organisation_id, &a.id, Sealed { nonce, sealed }, &worker.row.display_name, now())
        .await
    {
        Ok(_) => back(&id),
        Err(e) => storage_error(&state, &lang, &worker, e),
    }
}

/// The settings form as typed (so a refused form keeps it).
#[derive(Deserialize, Default)]
pub struct SettingsForm {
    csrf: String,
    #[serde(default)]
    check_in_alerts: Option<String>,
    #[serde(default)]
    grace_minutes: String,
    #[serde(default)]
    on_call_email: String,
    #[serde(default)]
    reply_expectation: String,
}

fn settings_page(
    state: &AppState,
    lang: &str,
    worker: &Worker,
    f: &SettingsForm,
    error: Option<&str>,
    saved: bool,
) -> Markup {
    let t = T { state, lang };
    let title = t.t("settings-title");
    Page::new(state, lang, Some(worker)).layout(&title, html! {
        h1 { (title) }
        @if saved { p.notice role="status" #settings-saved { (t.t("settings-saved")) } }
        @if let Some(e) = error { p.notice role="alert" #settings-error { (e) } }
        form.stack method="post" action="/dashboard/settings" {
            input type="hidden" name="csrf" value=(worker.csrf);
            label.check {
                input #check_in_alerts type="checkbox" name="check_in_alerts" value="on" checked[f.check_in_alerts.is_some()];
                " " (t.t("settings-accepts"))
            }
            p.hint { (t.t("settings-accepts-hint")) }
            label for="grace_minutes" { (t.t("settings-grace")) }
            input #grace_minutes type="number" name="grace_minutes" min="0" max="120" value=(f.grace_minutes);
            label for="on_call_email" { (t.t("settings-on-call")) }
            input #on_call_email type="email" name="on_call_email" value=(f.on_call_email);
            p.hint { (t.t("settings-on-call-hint")) }
            label for="reply_expectation" { (t.t("settings-expectation")) }
            textarea #reply_expectation name="reply_expectation" rows="3" { (f.reply_expectation) }
            p.hint { (t.ta("settings-expectation-hint", &[("max", (MAX_EXPECTATION_CHARS as f64).into())])) }
            button #save-settings type="submit" { (t.t("settings-save")) }
        }
    })
}

fn admin_only(state: &AppState, lang: &str, worker: &Worker) -> Option<Response> {
    (worker.row.role != Role::Admin)
        .then(|| error_page(state, lang, Some(worker), StatusCode::FORBIDDEN, "error-forbidden"))
}

pub(super) async fn settings(State(state): State<AppState>, Lang(lang): Lang, worker: Worker) -> Response {
    if let Some(r) = admin_only(&state, &lang, &worker) {
        return r;
    }
    let s = match state.storage.alert_settings(&worker.row.organisation_id).await {
        Ok(s) => s.unwrap_or_default(),
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let f = SettingsForm {
        csrf: String::new(),
        check_in_alerts: s.check_in_alerts.then(|| "on".to_string()),
        grace_minutes: s.grace_minutes.to_string(),
        on_call_email: s.on_call_email.unwrap_or_default(),
        reply_expectation: s.reply_expectation.unwrap_or_default(),
    };
    page_response(StatusCode::OK, settings_page(&state, &lang, &worker, &f, None, false))
}

/// The settings a form asks for, or the message id of what is wrong.
fn parse_settings(f: &SettingsForm) -> Result<AlertSettings, &'static str> {
    let grace: u32 = f.grace_minutes.trim().parse().map_err(|_| "settings-grace-invalid")?;
    if grace > 120 {
        return Err("settings-grace-invalid");
    }
    let email = f.on_call_email.trim();
    if !email.is_empty() && !valid_address(email) {
        return Err("settings-on-call-invalid");
    }
    let expectation = f.reply_expectation.trim();
    if expectation.chars().count() > MAX_EXPECTATION_CHARS {
        return Err("settings-expectation-too-long");
    }
    Ok(AlertSettings {
        check_in_alerts: f.check_in_alerts.is_some(),
        grace_minutes: grace,
        on_call_email: (!email.is_empty()).then(|| email.to_string()),
        reply_expectation: (!expectation.is_empty()).then(|| expectation.to_string()),
    })
}

pub(super) async fn save_settings(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    DashForm(f): DashForm<SettingsForm>,
) -> Response {
    if let Some(r) = admin_only(&state, &lang, &worker) {
        return r;
    }
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let s = match parse_settings(&f) {
        Ok(s) => s,
        Err(id) => {
            let t = T { state: &state, lang: &lang };
            let error = t.ta(id, &[("max", (MAX_EXPECTATION_CHARS as f64).into())]);
            return page_response(
                StatusCode::UNPROCESSABLE_ENTITY,
                settings_page(&state, &lang, &worker, &f, Some(&error), false),
            );
        }
    };
    if let Err(e) = state.storage.set_alert_settings(&worker.row.organisation_id, &s).await {
        return storage_error(&state, &lang, &worker, e);
    }
    tracing::info!("an admin changed the organisation's alert settings");
    page_response(StatusCode::OK, settings_page(&state, &lang, &worker, &f, None, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_forms_are_checked() {
        let f = |g: &str, e: &str, x: &str| SettingsForm {
            csrf: String::new(),
            check_in_alerts: Some("on".into()),
            grace_minutes: g.into(),
            on_call_email: e.into(),
            reply_expectation: x.into(),
        };
        assert!(parse_settings(&f("15", "oncall@example.org", "We answer within a day.")).is_ok());
        assert_eq!(parse_settings(&f("121", "", "")), Err("settings-grace-invalid"));
        assert_eq!(parse_settings(&f("-1", "", "")), Err("settings-grace-invalid"));
        assert_eq!(parse_settings(&f("15", "not an address", "")), Err("settings-on-call-invalid"));
        assert_eq!(parse_settings(&f("15", "", &"ж".repeat(501))), Err("settings-expectation-too-long"));
        assert_eq!(parse_settings(&f("0", " ", &"ж".repeat(500))).unwrap().on_call_email, None);
    }
}
