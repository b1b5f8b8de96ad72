//! Article files: front matter (TOML) and Markdown, as shipped or as they
//! arrive in a content bundle. Parsing and rendering must never panic, and
//! the rendered HTML must never carry raw markup from the input.
#![no_main]
use huiskamer_core::content::parse::parse_article;
use huiskamer_core::content::render::render;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = parse_article("nl/health/fuzz.md", text);
    let html = render(text).html;
    assert!(!html.contains("<script"), "script in rendered article");
    assert!(!html.contains("<iframe"), "iframe in rendered article");
});
