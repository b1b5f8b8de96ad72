//! huiskamer-texts: what the Huiskamer app and the partner server both need
//! to know about texts: the article, directory and claims files and their
//! rules, the checks on a signed content bundle, the Fluent strings, and the
//! library shipped inside the build.
//!
//! A leaf beside `huiskamer-protocol`: it parses and checks, it never
//! renders, stores or fetches. Rendering Markdown, the SQLite library and
//! sync are the app's (`huiskamer-core`); the server uses this crate to check
//! what its editors publish exactly as the app will when it imports it.
#![forbid(unsafe_code)]

pub mod bundle;
pub mod claims;
pub mod directory;
pub mod i18n;
pub mod parse;

pub use directory::parse_directory;
pub use parse::{parse_article, ParseError};

/// The content and UI strings shipped inside the app, embedded at build
/// time (see build.rs): `ARTICLES`, `DATA` (the directory) and `FTL`, each
/// a list of `(path, text)`.
pub mod embedded {
    use std::sync::OnceLock;

    /// A list of embedded files, unpacked on first use (a few milliseconds,
    /// once per run) and then kept.
    pub struct Embedded {
        index: &'static [(&'static str, usize, usize)],
        files: OnceLock<Vec<(&'static str, &'static str)>>,
    }

    fn unpacked() -> &'static str {
        static TEXT: OnceLock<&'static str> = OnceLock::new();
        TEXT.get_or_init(|| {
            let mut out = Vec::with_capacity(UNPACKED_LEN);
            brotli_decompressor::BrotliDecompress(&mut &PACKED[..], &mut out).expect("the embedded texts unpack");
            Box::leak(String::from_utf8(out).expect("the embedded texts are UTF-8").into_boxed_str())
        })
    }

    impl std::ops::Deref for Embedded {
        type Target = [(&'static str, &'static str)];
        fn deref(&self) -> &Self::Target {
            self.files.get_or_init(|| {
                let text = unpacked();
                self.index.iter().map(|&(path, start, end)| (path, &text[start..end])).collect()
            })
        }
    }

    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
