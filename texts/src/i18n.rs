//! Every UI string, from Fluent files in `i18n/<locale>/*.ftl`.
//!
//! [`I18n`] owns the bundles: the app's core uses it to negotiate the locale
//! from what the system asks for and what ships, to format messages (plural
//! rules per locale come from the bundle's language) and to hand the UI its
//! strings already formatted; the partner server's dashboard uses the same
//! loader. A broken message never blanks a screen: parse errors are logged
//! with file and line, and what did parse is used.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The last resorts, in order, for a message or an article that a locale lacks.
pub const FALLBACK: [&str; 2] = ["en", "nl"];

/// Languages written right to left.
const RTL: [&str; 8] = ["ar", "he", "fa", "ur", "ps", "yi", "ckb", "dv"];

/// A Fluent syntax error, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// Parses one .ftl file, returning what parsed and every error with its line.
pub fn parse_ftl(path: &str, text: &str) -> (FluentResource, Vec<FtlError>) {
    match FluentResource::try_new(text.to_string()) {
        Ok(res) => (res, Vec::new()),
        Err((res, errors)) => {
            let errs = errors
                .into_iter()
                .map(|e| FtlError {
                    path: path.to_string(),
                    line: text[..e.slice.clone().unwrap_or(e.pos.clone()).start.min(text.len())].matches('\n').count()
                        + 1,
                    message: format!("{:?}", e.kind),
                })
                .collect();
            (res, errs)
        }
    }
}

/// Message ids (and `id.attribute` for attributes) defined in a file.
pub fn message_ids(res: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut ids = Vec::new();
    for entry in res.entries() {
        if let Entry::Message(m) = entry {
            ids.push(m.id.name.to_string());
            for a in &m.attributes {
                ids.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    ids
}

pub fn is_rtl(locale: &str) -> bool {
    let lang = locale.split(['-', '_']).next().unwrap_or("");
    RTL.contains(&lang)
}

pub fn dir(locale: &str) -> &'static str {
    if is_rtl(locale) {
        "rtl"
    } else {
        "ltr"
    }
}

struct Locale {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

pub struct I18n {
    locales: Vec<Locale>,
}

impl I18n {
    /// Builds bundles from `(path, text)` pairs, paths like `nl/main.ftl`.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> (I18n, Vec<FtlError>) {
        let mut locales: Vec<Locale> = Vec::new();
        let mut errors = Vec::new();
        for (path, text) in files {
            let Some((tag, _)) = path.split_once('/') else { continue };
            let Ok(langid) = tag.parse::<LanguageIdentifier>() else { continue };
            let (res, errs) = parse_ftl(path, text);
            for e in &errs {
                tracing::warn!(path = %e.path, line = e.line, "Fluent syntax error");
            }
            errors.extend(errs);
            let idx = match locales.iter().position(|l| l.tag == tag) {
                Some(i) => i,
                None => {
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    bundle.set_use_isolating(is_rtl(tag));
                    locales.push(Locale { tag: tag.to_string(), bundle, ids: Vec::new() });
                    locales.len() - 1
                }
            };
            let loc = &mut locales[idx];
            loc.ids.extend(message_ids(&res));
            // Duplicates are reported by the coverage test; at run time the first wins.
            loc.bundle.add_resource_overriding(res);
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        (I18n { locales }, errors)
    }

    /// The shipped UI strings, embedded at build time.
    pub fn embedded() -> I18n {
        let (i18n, errors) = I18n::from_files(crate::embedded::FTL.iter().copied());
        if !errors.is_empty() {
            tracing::warn!(count = errors.len(), "shipped Fluent files have errors");
        }
        i18n
    }

    pub fn available(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.tag.clone()).collect()
    }

    pub fn has(&self, tag: &str) -> bool {
        self.locales.iter().any(|l| l.tag == tag)
    }

    /// The best shipped locale for what the person's system asks for
    /// (BCP 47 or POSIX tags such as `nl_NL.UTF-8`), English if none fits.
    pub fn negotiate(&self, requested: &[String]) -> String {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| {
                let tag = r.split(['.', '@']).next().unwrap_or("").replace('_', "-");
                tag.parse().ok()
            })
            .collect();
        let available: Vec<LanguageIdentifier> = self.locales.iter().filter_map(|l| l.tag.parse().ok()).collect();
        let default: LanguageIdentifier = FALLBACK[0].parse().expect("valid tag");
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
        chosen.first().map(|l| l.to_string()).unwrap_or_else(|| FALLBACK[0].to_string())
    }

    /// `locale`, then English, then Dutch: the order to look for a text in.
    pub fn chain(locale: &str) -> Vec<String> {
        let mut chain = vec![locale.to_string()];
        for f in FALLBACK {
            if !chain.iter().any(|c| c == f) {
                chain.push(f.to_string());
            }
        }
        chain
    }

    fn bundle(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// Formats message `id` (or `id.attr`) in `locale`, falling back along
    /// the chain; an unknown id comes back as the id itself, never empty.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_logged(locale, id, args, true)
    }

    /// [`I18n::format`]; `log`: say at debug level when an argument was
    /// missing (a caller's mistake, except for [`I18n::messages`], which
    /// formats every message without arguments on purpose).
    fn format_logged(&self, locale: &str, id: &str, args: Option<&FluentArgs>, log: bool) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for tag in I18n::chain(locale) {
            let Some(loc) = self.bundle(&tag) else { continue };
            let Some(msg) = loc.bundle.get_message(msg_id) else { continue };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = loc.bundle.format_pattern(pattern, args, &mut errors);
            if log && !errors.is_empty() {
                tracing::debug!(id, locale = %tag, "Fluent formatting errors");
            }
            return text.into_owned();
        }
        id.to_string()
    }

    pub fn t(&self, locale: &str, id: &str) -> String {
        self.format(locale, id, None)
    }

    pub fn t_args(&self, locale: &str, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(locale, id, Some(&fa))
    }

    /// Every message without arguments, formatted for `locale`, for the UI.
    /// English ids fill any gap so the UI never shows a raw id.
    pub fn messages(&self, locale: &str) -> BTreeMap<String, String> {
        let mut ids: Vec<&String> = Vec::new();
        for tag in I18n::chain(locale) {
            if let Some(loc) = self.bundle(&tag) {
                ids.extend(loc.ids.iter());
            }
        }
        // The UI's table: a message with arguments is formatted by the core
        // where it is used, so its entry here (placeholders unfilled) is
        // never shown, and is not worth a log line per message.
        ids.into_iter().map(|id| (id.clone(), self.format_logged(locale, id, None, false))).collect()
    }

    /// Each shipped locale in its own name and script (message `locale-name`).
    pub fn native_names(&self) -> Vec<(String, String)> {
        self.locales.iter().map(|l| (l.tag.clone(), self.t(&l.tag, "locale-name"))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> I18n {
        let (i, errors) = I18n::from_files([
            ("en/a.ftl", "locale-name = English\nhello = Hello\ncount = { $n ->\n    [one] one article\n   *[other] { $n } articles\n}\nonly-en = Only English\n"),
            ("nl/a.ftl", "locale-name = Nederlands\nhello = Hallo\ncount = { $n ->\n    [one] één artikel\n   *[other] { $n } artikelen\n}\n"),
        ]);
        assert!(errors.is_empty());
        i
    }

    #[test]
    fn negotiates_posix_and_bcp47_tags() {
        let i = i18n();
        assert_eq!(i.negotiate(&["nl_NL.UTF-8".into()]), "nl");
        assert_eq!(i.negotiate(&["nl-BE".into()]), "nl");
        assert_eq!(i.negotiate(&["ro-RO".into(), "nl".into()]), "nl");
        assert_eq!(i.negotiate(&["th-TH".into()]), "en");
        assert_eq!(i.negotiate(&[]), "en");
    }

    #[test]
    fn plurals_follow_the_locale() {
        let i = i18n();
        assert_eq!(i.t_args("nl", "count", &[("n", 1.into())]), "één artikel");
        assert_eq!(i.t_args("nl", "count", &[("n", 5.into())]), "5 artikelen");
        assert_eq!(i.t_args("en", "count", &[("n", 1.into())]), "one article");
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_the_id() {
        let i = i18n();
        assert_eq!(i.t("nl", "only-en"), "Only English");
        assert_eq!(i.t("nl", "nope"), "nope");
        assert_eq!(i.messages("nl").get("only-en").map(String::as_str), Some("Only English"));
        assert_eq!(i.native_names(), vec![("en".into(), "English".into()), ("nl".into(), "Nederlands".into())]);
    }

    #[test]
    fn syntax_errors_are_located_and_the_rest_still_works() {
        let (i, errors) = I18n::from_files([("en/a.ftl", "ok = Fine\nbroken = { $x\nalso-ok = Yes\n")]);
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].path.as_str(), errors[0].line), ("en/a.ftl", 2));
        assert_eq!(i.t("en", "ok"), "Fine");
        assert_eq!(i.t("en", "also-ok"), "Yes");
    }

    #[test]
    fn direction() {
        assert_eq!(dir("ar"), "rtl");
        assert_eq!(dir("fa-IR"), "rtl");
        assert_eq!(dir("nl"), "ltr");
    }
}
