//! The information library: articles in every language, their import into
//! SQLite, rendering and search.

pub mod claims;
pub mod render;
pub mod store;

// Parsing and the bundle checks are shared with the partner server, so they
// live in the leaf crate `huiskamer-texts`; the app's paths stay.
pub use huiskamer_texts::{bundle, parse};

pub use parse::{parse_article, ParseError};
pub use render::{render, Rendered};
pub use store::{Article, ArticleSummary, ImportReport, Library, LibraryError, SearchHit, SnippetPart, SourceFile};
