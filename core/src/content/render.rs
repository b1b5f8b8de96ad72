//! Markdown to sanitised HTML for the article view.
//!
//! The renderer works on pulldown-cmark's event stream and lets through only
//! what an article needs: text, headings, paragraphs, lists, emphasis, block
//! quotes, tables, code and links. Raw HTML is dropped (not escaped: it is
//! never meant to be shown), images become their alt text so nothing is
//! fetched, and links are rewritten:
//! - `/article/<id>` becomes an in-app link `#/article/<id>`;
//! - `https://...` stays, marked `data-external`; the UI opens it through a
//!   core command that validates it again, never by navigating the web view;
//! - anything else (`javascript:`, `http:`, `data:`, relative paths) loses its
//!   link and keeps its text.

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
                events.push(Event::Text(t));
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
        let r = render("Hallo <script>alert(1)</script> <b onclick=x>vet</b>\n\n<div><img src=x onerror=alert(1)></div>\n");
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
    fn escapes_text() {
        let r = render("1 < 2 & \"quotes\"");
        assert!(r.html.contains("1 &lt; 2 &amp; \"quotes\""), "{}", r.html);
    }
}
