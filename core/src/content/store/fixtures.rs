//! Articles and libraries for the store's unit tests.

use super::{Library, SourceFile};

pub(super) fn article(locale: &str, id: &str, topic: &str, title: &str, body: &str) -> (String, String) {
    (
        format!("{locale}/{topic}/{id}.md"),
        format!(
            "+++\nid = \"{id}\"\ntopic = \"{topic}\"\ntitle = \"{title}\"\nsummary = \"Samenvatting {title}\"\nreviewed = 2026-11-22\nrelated = [\"other\", \"missing\"]\n\n[[sources]]\ntitle = \"GGD\"\nurl = \"https://www.ggd.nl/\"\n+++\n{body}\n"
        ),
    )
}

pub(super) fn library(files: &[(String, String)]) -> Library {
    let mut lib = Library::open_in_memory().unwrap();
    let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
    let report = lib.import(&src, &[]).unwrap();
    assert!(report.changed);
    lib
}

pub(super) fn chain(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

pub(super) fn corpus() -> Vec<(String, String)> {
    vec![
        article(
            "nl",
            "sti",
            "health",
            "Gratis soa-test bij de GGD",
            "Je kunt je anoniem laten testen op soa. Het is gratis.",
        ),
        article(
            "en",
            "sti",
            "health",
            "Free STI test at the GGD",
            "You can get tested for STIs anonymously. It is free.",
        ),
        article(
            "nl",
            "other",
            "money",
            "Inschrijven bij de KvK",
            "De Kamer van Koophandel en je BSN. Café-eigenaren ook.",
        ),
        article("en", "only-en", "safety", "Working safely", "Tell someone where you are."),
    ]
}
