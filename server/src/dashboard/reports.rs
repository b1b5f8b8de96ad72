//! Reports of a mistake in the information: a person's message with an
//! `about` (`article:<id>` or `organisation:<id>`). The dashboard marks
//! them and names the article or the directory entry, from the library the
//! editors keep here, with a link to where an editor can correct it.

use std::collections::BTreeMap;

use huiskamer_protocol::messages::About;
use huiskamer_texts::parse_article;
use huiskamer_texts::parse_directory;

use super::content::{urlencode, DIRECTORY_FILE};
use crate::storage::ContentFile;

/// What a report is about, as the dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub article: bool,
    pub id: String,
    /// The article's title (in the dashboard's language if it has one) or
    /// the entry's name; `None` when the library no longer has it.
    pub name: Option<String>,
    /// Where an editor corrects it: the article in every language (which
    /// one the person read is not known), or the directory file.
    pub link: String,
}

/// An article's files in the library are `<locale>/<topic>/<id>.md`.
pub fn is_article_file(path: &str, id: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    parts.len() == 3 && parts[2].strip_suffix(".md") == Some(id)
}

/// The subjects of the given `about` values, by value; values that are not
/// one (there are none: the server refuses them) are left out.
pub fn subjects<'a>(
    files: &[ContentFile],
    lang: &str,
    abouts: impl IntoIterator<Item = &'a str>,
) -> BTreeMap<String, Subject> {
    let mut directory: Option<Vec<huiskamer_protocol::Organisation>> = None;
    let mut out = BTreeMap::new();
    for about in abouts {
        if out.contains_key(about) {
            continue;
        }
        let subject = match About::parse(about) {
            Some(About::Article(id)) => Subject {
                article: true,
                id: id.to_string(),
                name: article_title(files, lang, id),
                link: format!("/dashboard/content?article={}", urlencode(id)),
            },
            Some(About::Organisation(id)) => {
                let entries = directory.get_or_insert_with(|| {
                    files
                        .iter()
                        .find(|f| f.path == DIRECTORY_FILE)
                        .and_then(|f| parse_directory(&f.text).ok())
                        .unwrap_or_default()
                });
                Subject {
                    article: false,
                    id: id.to_string(),
                    name: entries.iter().find(|o| o.id == id).map(|o| o.name.clone()),
                    link: format!("/dashboard/content/edit?path={}", urlencode(DIRECTORY_FILE)),
                }
            }
            None => continue,
        };
        out.insert(about.to_string(), subject);
    }
    out
}

/// The title in `lang`, else in English, else in any language the library has.
fn article_title(files: &[ContentFile], lang: &str, id: &str) -> Option<String> {
    let mut found: Vec<&ContentFile> = files.iter().filter(|f| is_article_file(&f.path, id)).collect();
    let rank = |f: &ContentFile| match f.path.split('/').next() {
        Some(l) if l == lang => 0,
        Some("en") => 1,
        _ => 2,
    };
    found.sort_by_key(|f| rank(f));
    found.iter().find_map(|f| parse_article(&f.path, &f.text).ok().map(|d| d.title))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> ContentFile {
        ContentFile { path: path.into(), text: text.into(), updated_at: 0, updated_by: "t".into() }
    }

    fn article(locale: &str, title: &str) -> ContentFile {
        let text = format!(
            "+++\nid = \"x-y\"\ntopic = \"health\"\ntitle = \"{title}\"\nsummary = \"S\"\nreviewed = 2026-11-23\n\n[[sources]]\ntitle = \"GGD\"\nurl = \"https://www.ggd.nl/\"\n+++\n\nText.\n"
        );
        file(&format!("{locale}/health/x-y.md"), &text)
    }

    #[test]
    fn an_article_is_named_in_the_workers_language_and_linked_in_every_language() {
        let files = [article("en", "Tests"), article("nl", "Testen"), article("ro", "Teste")];
        let s = subjects(&files, "nl", ["article:x-y", "article:x-y", "article:gone", "bad"]);
        assert_eq!(s.len(), 2);
        let x = &s["article:x-y"];
        assert_eq!(
            (x.article, x.name.as_deref(), x.link.as_str()),
            (true, Some("Testen"), "/dashboard/content?article=x-y")
        );
        assert_eq!(subjects(&files, "pl", ["article:x-y"])["article:x-y"].name.as_deref(), Some("Tests"));
        assert_eq!(s["article:gone"].name, None, "an article the library no longer has keeps its id");
        assert!(is_article_file("nl/health/x-y.md", "x-y") && !is_article_file("nl/health/x-yz.md", "x-y"));
        assert!(!is_article_file(DIRECTORY_FILE, "organisations"));
    }
}
