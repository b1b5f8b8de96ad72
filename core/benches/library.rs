//! Benchmarks of the information library over a synthetic corpus:
//! import of 10,000 articles and search-as-you-type over them.
//! Run: `cargo bench -p huiskamer-core --bench library`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use huiskamer_core::content::{Library, SourceFile};

const WORDS: &[&str] = &[
    "gezondheid", "soa", "test", "gratis", "anoniem", "belasting", "kvk", "inschrijven", "huiskamer", "hulp",
    "stoppen", "uitstapprogramma", "veilig", "werken", "politie", "aangifte", "geweld", "opvang", "wonen", "uitkering",
    "geld", "telefoon", "privacy", "café", "één", "über", "ziekenhuis", "huisarts", "condoom", "vaccinatie",
];

/// Deterministic pseudo-random text (xorshift), no dependency on `rand`.
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

fn bench(c: &mut Criterion) {
    let files = corpus(10_000);
    let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();

    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("10k articles", |b| {
        b.iter_batched(
            || Library::open_in_memory().unwrap(),
            |mut lib| lib.import(&src, &[]).unwrap(),
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let mut lib = Library::open_in_memory().unwrap();
    lib.import(&src, &[]).unwrap();
    let chain = vec!["nl".to_string(), "en".to_string()];
    let mut group = c.benchmark_group("search 10k");
    // What a person types, keystroke by keystroke, and some whole queries.
    for q in ["s", "so", "soa", "soa t", "soa te", "gratis anoniem", "cafe", "uitstap", "zzzz"] {
        group.bench_function(format!("{q:?}"), |b| b.iter(|| lib.search(q, &chain, 30).unwrap()));
    }
    group.finish();

    // The corpus the app ships with.
    let shipped: Vec<SourceFile> = huiskamer_core::embedded::ARTICLES
        .iter()
        .map(|(path, text)| SourceFile { path, text })
        .collect();
    let mut lib = Library::open_in_memory().unwrap();
    lib.import(&shipped, &[]).unwrap();
    let mut group = c.benchmark_group("search shipped");
    for q in ["s", "soa", "soa te", "belasting", "kvk bsn", "stoppen"] {
        group.bench_function(format!("{q:?}"), |b| b.iter(|| lib.search(q, &chain, 30).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
