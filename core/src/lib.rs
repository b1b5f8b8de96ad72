//! huiskamer-core: all logic of the Huiskamer app, headless and testable
//! without Tauri. The shell in `src-tauri/` only maps commands onto [`App`].
#![forbid(unsafe_code)]

pub mod app;
pub mod background;
pub mod content;
pub mod diary;
pub mod directory;
pub mod i18n;
pub mod sync;
pub mod contact;
pub mod contact_view;
pub mod vault;

/// The shipped content and UI strings, embedded at build time (see build.rs).
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub use app::{App, AppError, ErrorView, LinkRequest};
