//! Markdown to sanitised HTML for the article view.
//!
//! The renderer works on pulldown-cmark's event stream and lets through only
//! what an article needs: text, headings, paragraphs, lists, emphasis, block
//! quotes, tables, code and links. Raw HTML is dropped (not escaped: it is
//! never meant to be shown), images become their alt text so nothing is
//! fetched, and links are rewritten:
//! - `/article/<id>` becomes an in-app link `#/article/<id>`;
//! - `/diary/incident` becomes the diary's new-incident form
//!   `#/diary/new/incident` (articles that say "write down what happened");
//! - `https://...` stays, marked `data-external`; the UI opens it through a
//!   core command that validates it again, never by navigating the web view;
//! - anything else (`javascript:`, `http:`, `data:`, relative paths) loses its
//!   link and keeps its text.
//!
//! Phone numbers in the text (112, 0800-2000, 088 123 4567, +31 20 ...)
//! become `tel:` links marked `data-tel`, so a reader can tap them as the
//! directory's call buttons; the UI dials them through the core, which
//! checks the number is in the article.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::parse::is_https_url;

/// The result of rendering one article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    /// Plain text of the body, for full-text search.
    pub text: String,
    /// Article ids linked from the body, in order of appearance.
    pub internal_links: Vec<String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

pub fn article_link_target(dest: &str) -> Option<&str> {
    dest.strip_prefix("/article/").filter(|id| super::parse::is_valid_id(id))
}

/// In-app places outside the library an article may link to.
pub const DIARY_INCIDENT: &str = "/diary/incident";

/// The phone numbers in `text` as byte ranges: the emergency and crisis
/// short numbers 112 and 113, Dutch numbers of ten digits from 0 (groups
/// split by single spaces or dashes), 0800/0900 service numbers of eight
/// to eleven digits, a municipality's 14 0xx number, and +31 numbers. A run of digits that is part of a
/// longer number, an amount (1.500) or a year (2016) is not one.
pub fn phone_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_here = (b[i].is_ascii_digit() || b[i] == b'+') && (i == 0 || !is_numberish(b[i - 1]));
        if !starts_here {
            i += 1;
            continue;
        }
        // Take digits with single separators between groups.
        let mut j = i + usize::from(b[i] == b'+');
        let mut digits = String::new();
        let mut end = i;
        while j < b.len() {
            if b[j].is_ascii_digit() {
                digits.push(b[j] as char);
                j += 1;
                end = j;
            } else if (b[j] == b' ' || b[j] == b'-')
                && j + 1 < b.len()
                && b[j + 1].is_ascii_digit()
                && !digits.is_empty()
            {
                j += 1;
            } else {
                break;
            }
        }
        let followed_ok = end >= b.len()
            || !(b[end].is_ascii_digit()
                || (b[end] == b'.' || b[end] == b',') && end + 1 < b.len() && b[end + 1].is_ascii_digit());
        let plus = b[i] == b'+';
        let n = digits.len();
        let is_phone = followed_ok
            && if plus {
                digits.starts_with("31") && n == 11
            } else if digits.starts_with("0800") || digits.starts_with("0900") {
                (8..=11).contains(&n)
            } else if digits.starts_with("140") {
                // A municipality's own number: 14 followed by its area code.
                n == 5 || n == 6
            } else if digits.starts_with('0') {
                n == 10
            } else {
                digits == "112" || digits == "113"
            };
        if is_phone {
            // Only the part that was the number: a separator at the end is not.
            out.push((i, end));
            i = end;
        } else {
            // Skip this whole run so a later group is not mistaken for a start.
            i = end.max(i + 1);
        }
    }
    out
}

fn is_numberish(c: u8) -> bool {
    c.is_ascii_digit() || c == b'.' || c == b',' || c == b'+' || c == b'-' || c == b'/' || c.is_ascii_alphabetic()
}

/// A text event, with the phone numbers in it made into `tel:` links.
fn push_text_with_phones<'a>(t: CowStr<'a>, events: &mut Vec<Event<'a>>) {
    let spans = phone_spans(&t);
    if spans.is_empty() {
        events.push(Event::Text(t));
        return;
    }
    let mut last = 0;
    for (s, e) in spans {
        if s > last {
            events.push(Event::Text(t[last..s].to_string().into()));
        }
        let number = &t[s..e];
        let uri = crate::directory::tel_uri(number);
        events.push(Event::InlineHtml(format!("<a href=\"{uri}\" data-tel=\"{uri}\" dir=\"ltr\">").into()));
        events.push(Event::Text(number.to_string().into()));
        events.push(Event::InlineHtml("</a>".into()));
        last = e;
    }
    if last < t.len() {
        events.push(Event::Text(t[last..].to_string().into()));
    }
}

pub fn render(markdown: &str) -> Rendered {
    let mut internal_links = Vec::new();
    let mut text = String::new();
    // A stack telling, for each open link, whether its start tag was kept.
    let mut link_kept: Vec<bool> = Vec::new();
    let mut events: Vec<Event> = Vec::new();

    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let rewritten: Option<CowStr> = if let Some(target) = article_link_target(&dest_url) {
                    internal_links.push(target.to_string());
                    Some(format!("#/article/{target}").into())
                } else if &*dest_url == DIARY_INCIDENT {
                    Some("#/diary/new/incident".into())
                } else if is_https_url(&dest_url) {
                    Some(dest_url.clone())
                } else {
                    None
                };
                link_kept.push(rewritten.is_some());
                if let Some(dest_url) = rewritten {
                    let link_type = match link_type {
                        LinkType::Email => LinkType::Inline,
                        other => other,
                    };
                    events.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
                }
            }
            Event::End(TagEnd::Link) => {
                if link_kept.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            // Inside an image this is its alt text, kept as plain text.
            Event::Text(t) => {
                text.push_str(&t);
                if link_kept.iter().any(|k| *k) {
                    events.push(Event::Text(t));
                } else {
                    push_text_with_phones(t, &mut events);
                }
            }
            Event::Code(t) => {
                text.push_str(&t);
                events.push(Event::Code(t));
            }
            Event::SoftBreak | Event::HardBreak => {
                text.push(' ');
                events.push(event);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                text.push('\n');
                events.push(event);
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            other => events.push(other),
        }
    }

    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Mark external links so the UI can route them through the core.
    let html = html.replace("<a href=\"https://", "<a data-external=\"\" rel=\"noreferrer\" href=\"https://");
    Rendered { html, text: text.trim().to_string(), internal_links }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_basic_markdown() {
        let r = render("## Kop\n\nEen *korte* zin.\n\n- een\n- twee\n");
        assert!(r.html.contains("<h2>Kop</h2>"), "{}", r.html);
        assert!(r.html.contains("<em>korte</em>"));
        assert!(r.html.contains("<li>twee</li>"));
        assert_eq!(r.text, "Kop\nEen korte zin.\neen\ntwee");
    }

    #[test]
    fn drops_raw_html_and_scripts() {
        let r =
            render("Hallo <script>alert(1)</script> <b onclick=x>vet</b>\n\n<div><img src=x onerror=alert(1)></div>\n");
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("onclick"));
        assert!(!r.html.contains("onerror"));
        assert!(!r.html.contains("<img"));
        assert!(!r.html.contains("<div"));
    }

    #[test]
    fn images_become_their_alt_text_and_fetch_nothing() {
        let r = render("Zie ![een kaart](https://evil.example/track.png) hier.");
        assert!(!r.html.contains("<img"), "{}", r.html);
        assert!(!r.html.contains("evil.example"));
        assert!(r.html.contains("een kaart"));
    }

    #[test]
    fn rewrites_links_by_kind() {
        let r = render(
            "[a](/article/health-sti-testing) [b](https://www.ggd.nl/) [c](javascript:alert(1)) [d](http://x.nl) [e](../x.md)",
        );
        assert!(r.html.contains("<a href=\"#/article/health-sti-testing\">a</a>"), "{}", r.html);
        assert!(r.html.contains("<a data-external=\"\" rel=\"noreferrer\" href=\"https://www.ggd.nl/\">b</a>"));
        assert!(!r.html.contains("javascript"));
        assert!(!r.html.contains("http://x.nl"));
        assert!(r.html.contains(" c ") && r.html.contains(" d ") && r.html.contains(" e"));
        assert_eq!(r.internal_links, vec!["health-sti-testing".to_string()]);
    }

    #[test]
    fn phone_numbers_become_tel_links_and_other_numbers_do_not() {
        let r = render("Bel 112, 0800-2000 of 088 123 4567. Of +31 20 555 1234.\n\nIn 2016 kostte het 1.500 euro; 0900-8844 (politie). Gemeente: 14 030.");
        for (uri, shown) in [
            ("tel:112", "112"),
            ("tel:08002000", "0800-2000"),
            ("tel:0881234567", "088 123 4567"),
            ("tel:+31205551234", "+31 20 555 1234"),
            ("tel:09008844", "0900-8844"),
            ("tel:14030", "14 030"),
        ] {
            assert!(
                r.html.contains(&format!("<a href=\"{uri}\" data-tel=\"{uri}\" dir=\"ltr\">{shown}</a>")),
                "{uri}: {}",
                r.html
            );
        }
        assert!(
            !r.html.contains("tel:2016") && !r.html.contains("tel:1500") && !r.html.contains("tel:1\""),
            "{}",
            r.html
        );
        assert_eq!(r.text, "Bel 112, 0800-2000 of 088 123 4567. Of +31 20 555 1234.\nIn 2016 kostte het 1.500 euro; 0900-8844 (politie). Gemeente: 14 030.");
        // Not inside a link, not part of a longer number.
        let r = render("[Bel 0800-2000](https://www.veiligthuis.nl/contact) 11200 1121");
        assert!(!r.html.contains("data-tel"), "{}", r.html);
    }

    #[test]
    fn the_diary_incident_link_opens_the_incident_form() {
        let r = render("[Write it down](/diary/incident). [x](/diary/settings)");
        assert!(r.html.contains("<a href=\"#/diary/new/incident\">Write it down</a>"), "{}", r.html);
        assert!(!r.html.contains("settings"), "{}", r.html);
    }

    #[test]
    fn escapes_text() {
        let r = render("1 < 2 & \"quotes\"");
        assert!(r.html.contains("1 &lt; 2 &amp; \"quotes\""), "{}", r.html);
    }
}
