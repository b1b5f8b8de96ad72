//! huiskamer-core: all logic of the Huiskamer app, headless and testable
//! without Tauri. The shell in `src-tauri/` only maps commands onto [`App`].
#![forbid(unsafe_code)]

pub mod alarm;
pub mod app;
pub mod background;
pub mod contact;
pub mod contact_view;
pub mod content;
pub mod diary;
pub mod directory;
pub mod error;
pub mod session;
pub mod settings;
pub mod sync;
#[cfg(test)]
mod ui_contract;
pub mod vault;
pub mod watches;

// The shipped library and the Fluent strings are shared with the partner
// server, so they live in the leaf crate `huiskamer-texts`; the app's paths stay.
pub use huiskamer_texts::{embedded, i18n};

pub use app::{App, AppError, LinkRequest};
pub use error::{ErrorCode, ErrorView, Field, Problem};
