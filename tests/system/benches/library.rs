//! Search-as-you-type over the articles the app ships with (criterion).
//! How search grows with 1k/10k/100k articles is in `benches/growth.rs`.
//! Run: `cargo bench -p huiskamer-system --bench library`.

use criterion::{criterion_group, criterion_main, Criterion};
use huiskamer_core::content::{Library, SourceFile};

fn bench(c: &mut Criterion) {
    let shipped: Vec<SourceFile> =
        huiskamer_core::embedded::ARTICLES.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let mut lib = Library::open_in_memory().unwrap();
    lib.import(&shipped, &[]).unwrap();
    let chain = vec!["nl".to_string(), "en".to_string()];
    let mut group = c.benchmark_group("search shipped");
    for q in ["s", "soa", "soa te", "belasting", "kvk bsn", "stoppen"] {
        group.bench_function(format!("{q:?}"), |b| b.iter(|| lib.search(q, &chain, 30).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
