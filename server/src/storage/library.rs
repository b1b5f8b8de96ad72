//! The information library as editors keep it, and the signed bundles
//! published from it.

use async_trait::async_trait;

use super::StorageError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    pub path: String,
    pub text: String,
    pub updated_at: i64,
    pub updated_by: String,
}

/// The information library and its published bundles.
#[async_trait]
pub trait Library: Send + Sync {
    /// Fills the library with `files` if it is empty (first start).
    async fn seed_content(&self, files: Vec<(String, String)>, now: i64) -> Result<(), StorageError>;
    /// Every file, by path.
    async fn content_files(&self) -> Result<Vec<ContentFile>, StorageError>;
    async fn put_content_file(&self, path: &str, text: &str, by: &str, now: i64) -> Result<(), StorageError>;
    /// Stores a bundle as `version`; `Conflict("version-taken")` if another
    /// editor published that version first.
    async fn save_bundle(&self, version: u64, manifest: &str, bytes: &[u8], now: i64) -> Result<(), StorageError>;
    /// The newest bundle's (version, manifest JSON, published_at).
    async fn latest_bundle(&self) -> Result<Option<(u64, String, i64)>, StorageError>;
    async fn bundle_bytes(&self, version: u64) -> Result<Option<Vec<u8>>, StorageError>;
}
