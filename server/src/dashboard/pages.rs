//! The dashboard's pages (maud: every value is HTML-escaped by default).

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use huiskamer_protocol::messages::{From, Message};
use maud::{html, Markup, DOCTYPE};

use super::reports::Subject;
use super::Worker;
use crate::state::AppState;
use crate::storage::{ContentFile, ConversationRow};

/// A reply that was not sent, handed back with the reason.
pub struct Draft<'a> {
    /// The message id of the reason.
    pub error: &'static str,
    pub text: &'a str,
}

/// Links from a page of a conversation to its neighbours.
pub struct Paging {
    /// The page before: the messages before this seq.
    pub older: Option<u64>,
    /// On a page of older messages, the page after it; `None` on the
    /// newest page, which has the reply form instead.
    pub newer: Option<Newer>,
}

pub enum Newer {
    /// The conversation itself: the newest messages and the reply form.
    Newest,
    /// The messages before this seq.
    Before(u64),
}

pub struct Page<'a> {
    state: &'a AppState,
    lang: &'a str,
    worker: Option<&'a Worker>,
    /// The alerts section (dashboard::alerts) at the top of the queue.
    alerts: Option<Markup>,
}

/// Short form of a conversation id for people to read and say aloud.
fn short(id: &str) -> &str {
    &id[..id.len().min(8)]
}

/// A message time as Dutch workers read it: local time in Amsterdam.
fn amsterdam(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Amsterdam).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| rfc3339.to_string())
}

impl<'a> Page<'a> {
    pub fn new(state: &'a AppState, lang: &'a str, worker: Option<&'a Worker>) -> Page<'a> {
        Page { state, lang, worker, alerts: None }
    }

    /// Puts the alerts section at the top of the queue, above the messages.
    pub fn with_alerts(mut self, alerts: Markup) -> Page<'a> {
        self.alerts = Some(alerts);
        self
    }

    fn t(&self, id: &str) -> String {
        self.state.dashboard_i18n.t(self.lang, id)
    }

    fn ta(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.state.dashboard_i18n.t_args(self.lang, id, args)
    }

    /// "3 hours ago", in the reader's language, without a time library.
    fn ago(&self, then: i64, now: i64) -> String {
        let mins = ((now - then).max(0) / 60) as f64;
        let (n, unit) = if mins < 60.0 {
            (mins, "minute")
        } else if mins < 48.0 * 60.0 {
            ((mins / 60.0).floor(), "hour")
        } else {
            ((mins / 1440.0).floor(), "day")
        };
        let n = n as i64;
        match (self.lang, unit) {
            ("nl", "minute") => format!("{n} min. geleden"),
            ("nl", "hour") => format!("{n} uur geleden"),
            ("nl", _) => format!("{n} {} geleden", if n == 1 { "dag" } else { "dagen" }),
            (_, "minute") => format!("{n} min ago"),
            (_, "hour") => format!("{n} {} ago", if n == 1 { "hour" } else { "hours" }),
            _ => format!("{n} {} ago", if n == 1 { "day" } else { "days" }),
        }
    }

    /// The name she chose, or "No name given".
    fn who(&self, c: &ConversationRow) -> (Option<String>, String) {
        let name = crate::messages::open_name(self.state, &c.id, c.name.as_ref());
        let shown = name.clone().unwrap_or_else(|| self.t("who-no-name"));
        (name, shown)
    }

    /// Her app's language by its own name, "Українська (uk)".
    fn language(&self, c: &ConversationRow) -> String {
        match &c.language {
            Some(l) => self.ta("who-language", &[("language", crate::messages::language_label(l).into())]),
            None => self.t("who-no-language"),
        }
    }

    pub(super) fn layout(&self, title: &str, body: Markup) -> Markup {
        self.layout_with(title, None, body)
    }

    /// `refresh`: reload the page every this many seconds (the queue, so new
    /// conversations show up without a script).
    fn layout_with(&self, title: &str, refresh: Option<u32>, body: Markup) -> Markup {
        let org = &self.state.settings.organisation;
        html! {
            (DOCTYPE)
            html lang=(self.lang) dir="ltr" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="referrer" content="no-referrer";
                    @if let Some(secs) = refresh { meta http-equiv="refresh" content=(secs); }
                    title { (title) " – " (self.t("dash-title")) }
                    link rel="stylesheet" href="/dashboard/dashboard.css";
                }
                body {
                    a.skip href="#main" { (self.t("dash-skip")) }
                    header.top {
                        span.brand { (self.t("dash-title")) " · " (org) }
                        nav {
                            @if let Some(w) = self.worker {
                                a href="/dashboard" { (self.t("nav-queue")) }
                                @if w.row.role.can_edit() { a href="/dashboard/content" { (self.t("nav-content")) } }
                                @if w.row.role == crate::storage::Role::Admin { a href="/dashboard/settings" { (self.t("nav-settings")) } }
                            }
                            a href={ "/dashboard/lang/" (if self.lang == "nl" { "en" } else { "nl" }) }
                              lang=(if self.lang == "nl" { "en" } else { "nl" }) { (self.t("dash-lang-switch")) }
                            @if let Some(w) = self.worker {
                                span.who { (self.ta("dash-signed-in-as", &[("name", w.row.display_name.clone().into())])) }
                                form method="post" action="/dashboard/logout" {
                                    input type="hidden" name="csrf" value=(w.csrf);
                                    button type="submit" { (self.t("dash-logout")) }
                                }
                            }
                        }
                    }
                    main #main tabindex="-1" { (body) }
                    @if crate::clock::is_test_clock() { footer.test-clock { "test clock" } }
                }
            }
        }
    }

    pub fn message(&self, id: &str) -> Markup {
        self.message_with(id, &[])
    }

    pub fn message_with(&self, id: &str, args: &[(&str, FluentValue)]) -> Markup {
        let text = self.ta(id, args);
        self.layout(
            &text,
            html! { p.notice role="alert" { (text) } p { a href="/dashboard" { (self.t("conv-back")) } } },
        )
    }

    pub fn login(&self, csrf: &str, message: Option<&str>, minutes: Option<u64>) -> Markup {
        let title = self.t("login-title");
        self.layout(&title, html! {
            h1 { (title) }
            @if let Some(m) = message {
                p.notice role="alert" #login-error {
                    @if let Some(n) = minutes { (self.ta(m, &[("minutes", (n as f64).into())])) } @else { (self.t(m)) }
                }
            }
            form.stack method="post" action="/dashboard/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="username" { (self.t("login-username")) }
                input #username name="username" type="text" autocomplete="username" autocapitalize="none" required;
                label for="password" { (self.t("login-password")) }
                input #password name="password" type="password" autocomplete="current-password" required;
                button type="submit" { (self.t("login-submit")) }
            }
        })
    }

    /// "Article: <title>" or "Directory entry: <name>", with the id.
    fn subject_text(&self, about: &str, subjects: &BTreeMap<String, Subject>) -> String {
        let Some(s) = subjects.get(about) else { return about.to_string() };
        let name = match &s.name {
            Some(n) => format!("{n} ({})", s.id),
            None => s.id.clone(),
        };
        self.ta(if s.article { "report-article" } else { "report-organisation" }, &[("name", name.into())])
    }

    /// The mark on a person's report of a mistake, naming what it is about;
    /// for editors, with a link to where it is corrected.
    fn report_mark(&self, about: &str, subjects: &BTreeMap<String, Subject>) -> Markup {
        let editor = self.worker.is_some_and(|w| w.row.role.can_edit());
        html! {
            p.report data-about=(about) {
                strong.report-label { (self.t("report-mark")) }
                " · " span.report-subject { (self.subject_text(about, subjects)) }
                @if let Some(s) = subjects.get(about).filter(|_| editor) {
                    " · " a.report-link href=(s.link) {
                        (self.t(if s.article { "report-edit-article" } else { "report-edit-directory" }))
                    }
                }
            }
        }
    }

    pub fn queue(&self, rows: &[ConversationRow], now: i64, subjects: &BTreeMap<String, Subject>) -> Markup {
        let title = self.t("queue-title");
        self.layout_with(&title, Some(30), html! {
            @if let Some(alerts) = &self.alerts { (alerts) }
            h1 { (title) }
            p #queue-count { (self.ta("queue-count", &[("count", (rows.len() as f64).into())])) }
            @if rows.is_empty() {
                p.empty { (self.t("queue-empty")) }
            } @else {
                ul.queue {
                    @for c in rows {
                        @let waiting = c.last_from == crate::storage::Sender::Person;
                        @let (name, who) = self.who(c);
                        @let language = self.language(c);
                        li.conversation.waiting[waiting] data-id=(c.id) {
                            a href={ "/dashboard/conversations/" (c.id) }
                              aria-label=(self.ta("queue-open-who", &[
                                  ("id", short(&c.id).to_string().into()),
                                  ("who", who.clone().into()),
                                  ("language", language.clone().into()),
                              ])) {
                                span.id { "#" (short(&c.id)) }
                                span.who.no-name[name.is_none()] { (who) }
                                span.language { (language) }
                                span.state { (if waiting { self.t("queue-waiting") } else { self.t("queue-answered") }) }
                                span.when { (self.ta("queue-last", &[("when", self.ago(c.last_message_at, now).into())])) }
                                @if let Some(about) = &c.waiting_report {
                                    span.report data-about=(about) {
                                        strong { (self.t("report-mark")) } ": " (self.subject_text(about, subjects))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        })
    }

    pub fn conversation(
        &self,
        c: &ConversationRow,
        messages: &[Message],
        paging: &Paging,
        draft: Option<&Draft>,
        subjects: &BTreeMap<String, Subject>,
    ) -> Markup {
        let title = self.ta("conv-title", &[("id", format!("#{}", short(&c.id)).into())]);
        let csrf = self.worker.map(|w| w.csrf.as_str()).unwrap_or("");
        let here = format!("/dashboard/conversations/{}", c.id);
        let (name, who) = self.who(c);
        let person = name.clone().unwrap_or_else(|| self.t("conv-from-person"));
        html! {
            (self.layout(&title, html! {
                p { a href="/dashboard" { "← " (self.t("conv-back")) } }
                h1 { (title) }
                p #who {
                    span.who.no-name[name.is_none()] { (who) } " · "
                    span.language { (self.language(c)) }
                }
                @if !c.open { p.notice #closed { (self.t("conv-closed")) } }
                @if paging.newer.is_some() {
                    p.notice #older-page { (self.t("conv-older-page")) " " a href=(here) { (self.t("conv-to-newest")) } }
                }
                @if let Some(before) = paging.older {
                    nav.pages aria-label=(self.t("conv-earlier")) {
                        a #older rel="prev" href={ (here) "?before=" (before) } {
                            span aria-hidden="true" { "↑" } (self.t("conv-older"))
                        }
                    }
                }
                @if messages.is_empty() {
                    p.empty { (self.ta("conv-empty", &[("days", f64::from(self.state.settings.message_retention_days).into())])) }
                }
                ol.messages {
                    @for m in messages {
                        @let worker = m.from == From::Worker;
                        li.message.from-worker[worker].from-person[!worker].content-report[m.about.is_some()] data-seq=(m.seq) {
                            p.meta {
                                strong { (if worker { self.t("conv-from-worker") } else { person.clone() }) }
                                " · " time datetime=(m.sent_at) { (amsterdam(&m.sent_at)) }
                            }
                            @if let Some(about) = &m.about { (self.report_mark(about, subjects)) }
                            p.body { (m.body) }
                        }
                    }
                }
                @if let Some(newer) = &paging.newer {
                    nav.pages aria-label=(self.t("conv-later")) {
                        a #newer rel="next" href=({
                            match newer {
                                Newer::Newest => here.clone(),
                                Newer::Before(b) => format!("{here}?before={b}"),
                            }
                        }) {
                            (self.t("conv-newer")) span aria-hidden="true" { "↓" }
                        }
                    }
                } @else {
                    form.stack #reply method="post" action={ (here) "/reply" } {
                        input type="hidden" name="csrf" value=(csrf);
                        label for="body" { (self.t("conv-reply-label")) }
                        @if let Some(d) = draft {
                            p.notice role="alert" #reply-error { (self.ta(d.error, &[("max", (super::MAX_REPLY_CHARS as f64).into())])) }
                        }
                        // The HTML parser drops a line break right after the
                        // start tag: this one, not the text's own first one.
                        textarea #body name="body" rows="5" maxlength=(super::MAX_REPLY_CHARS) {
                            @if let Some(d) = draft { "\n" (d.text) }
                        }
                        button type="submit" { (self.t("conv-reply-submit")) }
                    }
                    form method="post" action={ (here) "/status" } {
                        input type="hidden" name="csrf" value=(csrf);
                        @if c.open {
                            input type="hidden" name="open" value="false";
                            button.secondary #close type="submit" { (self.t("conv-close")) }
                        } @else {
                            input type="hidden" name="open" value="true";
                            button.secondary #reopen type="submit" { (self.t("conv-reopen")) }
                        }
                    }
                }
            }))
        }
    }

    /// Why a library file was not saved: too many characters.
    pub fn too_long(&self, chars: usize, max: usize) -> String {
        self.ta("content-too-long", &[("count", (chars as f64).into()), ("max", (max as f64).into())])
    }

    pub fn publish_done(&self, version: u64) -> String {
        self.ta("content-publish-done", &[("version", (version as f64).into())])
    }

    #[allow(clippy::too_many_arguments)]
    pub fn content_list(
        &self,
        files: &[ContentFile],
        locale: Option<&str>,
        published: Option<(u64, i64)>,
        unpublished: usize,
        now: i64,
        notice: Option<String>,
        error: Option<&str>,
        article: Option<&str>,
    ) -> Markup {
        let title = self.t("content-title");
        let csrf = self.worker.map(|w| w.csrf.as_str()).unwrap_or("");
        let mut locales: Vec<&str> = files.iter().filter_map(|f| f.path.split_once('/').map(|(l, _)| l)).collect();
        locales.dedup();
        let shown: Vec<&ContentFile> = files
            .iter()
            .filter(|f| locale.is_none_or_eq(&f.path))
            .filter(|f| article.is_none_or(|id| super::reports::is_article_file(&f.path, id)))
            .collect();
        self.layout(&title, html! {
            h1 { (title) }
            p { (self.t("content-intro")) }
            @if let Some(n) = notice { p.notice role="status" #publish-notice { (n) } }
            @if let Some(e) = error { p.notice role="alert" #publish-error { (self.ta("content-publish-failed", &[("error", e.to_string().into())])) } }
            section.publish {
                p #published {
                    @match published {
                        Some((v, at)) => { (self.ta("content-published", &[("version", (v as f64).into()), ("when", self.ago(at, now).into())])) }
                        None => { (self.t("content-published-none")) }
                    }
                    " "
                    @if unpublished > 0 { (self.ta("content-unpublished", &[("count", (unpublished as f64).into())])) }
                }
                form method="post" action="/dashboard/content/publish" {
                    input type="hidden" name="csrf" value=(csrf);
                    button #publish type="submit" { (self.t("content-publish")) }
                }
            }
            nav.locales aria-label=(self.t("content-title")) {
                a href="/dashboard/content" aria-current=[locale.is_none().then_some("page")] { (self.t("content-locale-all")) }
                @for l in &locales {
                    " " a href={ "/dashboard/content?locale=" (l) } aria-current=[(locale == Some(*l)).then_some("page")] { (l) }
                }
                " · " a href="/dashboard/content/edit" { (self.t("content-new")) }
            }
            @if let Some(id) = article {
                p #article-filter {
                    (self.ta("content-article-filter", &[("id", id.to_string().into())]))
                    " " a href="/dashboard/content" { (self.t("content-show-all")) }
                }
            }
            ul.files {
                @for f in shown {
                    li {
                        a href={ "/dashboard/content/edit?path=" (super::content::urlencode(&f.path)) } { code { (f.path) } }
                        " – " span.when { (self.ta("content-file-updated", &[("when", self.ago(f.updated_at, now).into()), ("who", f.updated_by.clone().into())])) }
                    }
                }
            }
        })
    }

    pub fn content_edit(&self, path: Option<&str>, text: &str, notice: Option<&str>, error: Option<&str>) -> Markup {
        let title = match path {
            Some(p) => self.ta("content-edit-title", &[("path", p.to_string().into())]),
            None => self.t("content-new-title"),
        };
        let csrf = self.worker.map(|w| w.csrf.as_str()).unwrap_or("");
        self.layout(&title, html! {
            p { a href="/dashboard/content" { "← " (self.t("content-back")) } }
            h1 { (title) }
            @if let Some(n) = notice { p.notice role="status" #saved { (self.t(n)) } }
            @if let Some(e) = error { p.notice role="alert" #invalid { (self.ta("content-invalid", &[("error", e.to_string().into())])) } }
            form.stack #edit method="post" action="/dashboard/content/save" {
                input type="hidden" name="csrf" value=(csrf);
                @if let Some(p) = path {
                    input type="hidden" name="existing" value=(p);
                    input type="hidden" name="path" value=(p);
                } @else {
                    label for="path" { (self.t("content-path")) }
                    input #path name="path" type="text" required placeholder="nl/health/my-article.md" autocapitalize="none" spellcheck="false";
                }
                label for="text" { (self.t("content-text")) }
                // The HTML parser drops a line break right after the start tag.
                textarea #text name="text" rows="24" spellcheck="true" maxlength=(super::content::MAX_FILE_CHARS) { "\n" (text) }
                button type="submit" { (self.t("content-save")) }
            }
        })
    }
}

/// `None` shows every file; `Some(locale)` only that language's.
trait LocaleFilter {
    fn is_none_or_eq(&self, path: &str) -> bool;
}

impl LocaleFilter for Option<&str> {
    fn is_none_or_eq(&self, path: &str) -> bool {
        match self {
            None => true,
            Some(l) => path.split_once('/').is_some_and(|(pl, _)| pl == *l),
        }
    }
}
