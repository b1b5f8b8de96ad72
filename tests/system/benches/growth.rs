//! How cost grows with size: search-as-you-type over 1,000, 10,000 and
//! 100,000 synthetic articles, and listing a diary of 1,000, 10,000 and
//! 100,000 encrypted entries.
//!
//! Search: each query is what a person has typed so far, keystroke by
//! keystroke; every keystroke's time is recorded on its own, so the p99 is
//! over single searches (criterion reports sample means, which hide the
//! tail). Not criterion: a 100k library takes seconds to build and runs
//! once. Writes `target/bench/growth.json` for `scripts/bench-report.mjs`.
//! Run: `cargo bench -p huiskamer-system --bench growth`.

mod fixtures;

use std::time::{Duration, Instant};

use chrono::Utc;
use huiskamer_core::content::{Library, SourceFile};
use huiskamer_core::vault::{KdfParams, Secret, Vault};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

const WORDS: &[&str] = &[
    "gezondheid",
    "soa",
    "test",
    "gratis",
    "anoniem",
    "belasting",
    "kvk",
    "inschrijven",
    "huiskamer",
    "hulp",
    "stoppen",
    "uitstapprogramma",
    "veilig",
    "werken",
    "politie",
    "aangifte",
    "geweld",
    "opvang",
    "wonen",
    "uitkering",
    "geld",
    "telefoon",
    "privacy",
    "café",
    "één",
    "über",
    "ziekenhuis",
    "huisarts",
    "condoom",
    "vaccinatie",
];

/// What a person types, keystroke by keystroke, and a word that is nowhere.
const KEYSTROKES: &[&str] = &[
    "s",
    "so",
    "soa",
    "soa t",
    "soa te",
    "soa tes",
    "g",
    "gr",
    "gra",
    "grat",
    "gratis",
    "gratis a",
    "gratis an",
    "gratis anoniem",
    "c",
    "ca",
    "caf",
    "cafe",
    "u",
    "ui",
    "uit",
    "uitst",
    "uitstap",
    "zzzz",
];

/// Deterministic pseudo-random articles (xorshift): six paragraphs of 40
/// words from a small vocabulary, so short prefixes match nearly every
/// article: the worst case for ranking.
fn corpus(n: usize) -> Vec<(String, String)> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let topics = ["rights", "health", "money", "safety", "exiting", "help"];
    (0..n)
        .map(|i| {
            let topic = topics[i % topics.len()];
            let mut body = String::new();
            for p in 0..6 {
                if p > 0 {
                    body.push_str("\n\n");
                }
                for w in 0..40 {
                    if w > 0 {
                        body.push(' ');
                    }
                    body.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
                }
                body.push('.');
            }
            let title = format!("{} {} {i}", WORDS[i % WORDS.len()], WORDS[(i / 7) % WORDS.len()]);
            let text = format!(
                "+++\nid = \"a-{i}\"\ntopic = \"{topic}\"\ntitle = \"{title}\"\nsummary = \"Samenvatting {i}\"\nreviewed = 2026-11-22\n\n[[sources]]\ntitle = \"S\"\nurl = \"https://www.ggd.nl/\"\n+++\n{body}\n"
            );
            (format!("nl/{topic}/a-{i}.md"), text)
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn search_growth() -> Vec<String> {
    let chain = vec!["nl".to_string(), "en".to_string()];
    let mut out = Vec::new();
    for n in SIZES {
        let files = corpus(n);
        let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
        let mut lib = Library::open_in_memory().unwrap();
        let t = Instant::now();
        lib.import(&src, &[]).unwrap();
        let import = t.elapsed();
        drop(files);
        let rounds = if n >= 100_000 { 20 } else { 60 };
        let mut times = Vec::new();
        let mut slowest = ("", Duration::ZERO);
        for q in KEYSTROKES {
            lib.search(q, &chain, 30).unwrap(); // warm the page cache and statement cache
            let mut mine = Vec::new();
            for _ in 0..rounds {
                let t = Instant::now();
                let hits = lib.search(q, &chain, 30).unwrap();
                mine.push(t.elapsed());
                assert!(q == &"zzzz" || hits.len() == 30, "{q:?} found {} at {n}", hits.len());
            }
            mine.sort();
            let med = quantile(&mine, 0.5);
            if med > slowest.1 {
                slowest = (q, med);
            }
            times.extend(mine);
        }
        times.sort();
        let (p50, p99, max) = (quantile(&times, 0.5), quantile(&times, 0.99), *times.last().unwrap());
        eprintln!(
            "search {n}: import {:.0} ms, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, slowest query {:?} {:.2} ms",
            ms(import),
            ms(p50),
            ms(p99),
            ms(max),
            slowest.0,
            ms(slowest.1)
        );
        out.push(format!(
            "{{\"articles\": {n}, \"import_ms\": {:.3}, \"queries\": {}, \"searches\": {}, \"p50_ms\": {:.4}, \"p99_ms\": {:.4}, \"max_ms\": {:.4}, \"slowest_query\": {:?}, \"slowest_query_median_ms\": {:.4}}}",
            ms(import),
            KEYSTROKES.len(),
            times.len(),
            ms(p50),
            ms(p99),
            ms(max),
            slowest.0,
            ms(slowest.1)
        ));
    }
    out
}

fn vault_growth() -> Vec<String> {
    let mut out = Vec::new();
    for n in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
        v.set_up(&Secret::new("482916")).unwrap();
        let mut i = 0;
        while i < n {
            let end = (i + 1000).min(n);
            v.save_batch((i..end).map(fixtures::entry).collect(), Utc::now()).unwrap();
            i = end;
        }
        let rounds = if n >= 100_000 {
            3
        } else if n >= 10_000 {
            10
        } else {
            30
        };
        let mut times = Vec::new();
        for _ in 0..rounds {
            let t = Instant::now();
            let list = v.entries().unwrap();
            times.push(t.elapsed());
            assert_eq!(list.len(), n);
        }
        times.sort();
        let med = quantile(&times, 0.5);
        eprintln!("vault list {n}: median {:.1} ms ({rounds} rounds)", ms(med));
        out.push(format!("{{\"entries\": {n}, \"rounds\": {rounds}, \"median_ms\": {:.3}}}", ms(med)));
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects nothing here.
    let search = search_growth();
    let vault = vault_growth();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    let json = format!("{{\"search\": [{}], \"vault_list\": [{}]}}\n", search.join(", "), vault.join(", "));
    std::fs::write(dir.join("growth.json"), json).unwrap();
    eprintln!("wrote {}", dir.join("growth.json").display());
}
