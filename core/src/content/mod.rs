//! The information library: articles in every language, their import into
//! SQLite, rendering and search.

pub mod bundle;
pub mod claims;
pub mod parse;
pub mod render;
pub mod store;

pub use parse::{parse_article, ParseError};
pub use render::{render, Rendered};
pub use store::{Article, ArticleSummary, ImportReport, Library, LibraryError, SearchHit, SnippetPart, SourceFile};
