//! The server's two secret keys and the database they belong to.
//!
//! The message key seals every stored message; the content key signs every
//! content bundle, and its public half is pinned in the app. Both live
//! beside the database, not in it, so a copy of the database alone reveals
//! no message. But a database with new keys is worse than a refusal to
//! start: a new message key opens none of its messages ("[this message
//! cannot be read]"), and every app in use refuses bundles signed with a
//! new content key. So the database records the id of each key (never the
//! key), and a start that finds a key file missing, or holding another
//! key, stops and says which file and what to do. Only a database that
//! holds nothing yet gets new keys; `huiskamer-server new-key` gives up a
//! lost key on purpose.

use std::fmt;
use std::path::PathBuf;

use crate::bundle::ContentKey;
use crate::config::Settings;
use crate::keyfile::{self, KeyError};
use crate::sealing::MessageKey;
use crate::storage::{Storage, StorageError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Message,
    Content,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "message" => Some(Kind::Message),
            "content" => Some(Kind::Content),
            _ => None,
        }
    }

    /// What the database records it as, and what `new-key` calls it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Message => "message",
            Kind::Content => "content",
        }
    }

    /// The environment variable that may hold the key instead of a file.
    fn env(self) -> &'static str {
        match self {
            Kind::Message => "HUISKAMER_MESSAGE_KEY",
            Kind::Content => "HUISKAMER_CONTENT_KEY",
        }
    }

    fn path(self, settings: &Settings) -> PathBuf {
        match self {
            Kind::Message => settings.message_key_path(),
            Kind::Content => settings.content_key_path(),
        }
    }

    /// The recorded id: it tells keys apart and reveals nothing of them
    /// (the content key's is the public key id the app knows).
    fn id(self, bytes: &[u8; 32]) -> String {
        match self {
            Kind::Message => MessageKey::id_of(bytes),
            Kind::Content => ContentKey::from_seed(bytes).key_id(),
        }
    }

    /// What the key holds the database's data to.
    fn what(self) -> &'static str {
        match self {
            Kind::Message => "messages are sealed with",
            Kind::Content => "bundles are signed with",
        }
    }
}

/// Where a key was read from.
#[derive(Debug, Clone)]
pub enum Source {
    Env(&'static str),
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Env(name) => f.write_str(name),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("cannot read or record the server's keys in the database: {0}")]
    Storage(#[from] StorageError),
    /// A key file is missing for a database that has the key's data.
    #[error("{}", missing(path, *kind, recorded.as_deref()))]
    Missing { path: PathBuf, kind: Kind, recorded: Option<String> },
    /// A key is not the one the database records.
    #[error(
        "{from} holds {kind} key {have}, but this database's {what} {kind} key {want}. Put back the key file \
         from the same backup as the database (server/README.md, \"Backup and restore\"); with several \
         instances, give every instance the same key.",
        kind = kind.name(),
        what = kind.what()
    )]
    Mismatch { from: Source, kind: Kind, have: String, want: String },
    /// `new-key` for a key that is there.
    #[error("{from} holds {kind} key {id}, which is this database's key: nothing is lost, nothing was replaced", kind = kind.name())]
    NotLost { from: Source, kind: Kind, id: String },
    /// `new-key` with a key file in the way.
    #[error("{path} exists (it holds {kind} key {id}); move it away first if it is to be replaced", path = path.display(), kind = kind.name())]
    InTheWay { path: PathBuf, kind: Kind, id: String },
}

fn missing(path: &std::path::Path, kind: Kind, recorded: Option<&str>) -> String {
    let path = path.display();
    let held = match recorded {
        Some(id) => format!("This database's {} {} key {id}, which was in that file", kind.what(), kind.name()),
        None => format!("This database already holds data: its {} the key that was in that file", kind.what()),
    };
    let consequence = match kind {
        Kind::Message => "A new key would open none of them",
        Kind::Content => "That key is pinned in the app: every app in use would refuse bundles signed with a new one",
    };
    let give_up = match kind {
        Kind::Message => {
            "`huiskamer-server new-key message` makes a new key; the messages stored until now then cannot be read"
        }
        Kind::Content => {
            "`huiskamer-server new-key content` makes a new key; pin its public key in the next app build \
             (content/publishing-keys.txt), as apps that pin only the old key refuse bundles signed with the new one"
        }
    };
    format!(
        "{path} is missing. {held}. {consequence}. Put the file back from the backup of the data folder \
         (server/README.md, \"Backup and restore\") and start again. If it is lost for good, {give_up}."
    )
}

/// The keys a running server needs.
pub struct Keys {
    pub message: MessageKey,
    pub content: ContentKey,
}

/// Loads both keys for the database behind `storage`, making them only for
/// a database that holds nothing yet, and records their ids in it.
pub async fn load(storage: &dyn Storage, settings: &Settings) -> Result<Keys, KeysError> {
    let message = bind(storage, settings, Kind::Message).await?;
    let content = bind(storage, settings, Kind::Content).await?;
    Ok(Keys { message: MessageKey::from_bytes(&message), content: ContentKey::from_seed(&content) })
}

/// The content key alone (the `content-key` command), by the same rules.
pub async fn content(storage: &dyn Storage, settings: &Settings) -> Result<ContentKey, KeysError> {
    Ok(ContentKey::from_seed(&bind(storage, settings, Kind::Content).await?))
}

/// The key from the environment variable, if set.
fn from_env(kind: Kind) -> Result<Option<[u8; 32]>, KeyError> {
    match std::env::var(kind.env()).ok().filter(|v| !v.is_empty()) {
        Some(text) => keyfile::decode(&text).map(Some).ok_or(KeyError::Env(kind.env())),
        None => Ok(None),
    }
}

async fn bind(storage: &dyn Storage, settings: &Settings, kind: Kind) -> Result<[u8; 32], KeysError> {
    let recorded = storage.key_id(kind.name()).await?;
    let path = kind.path(settings);
    let (bytes, source) = match from_env(kind)? {
        Some(bytes) => (bytes, Source::Env(kind.env())),
        None => match keyfile::read(&path)? {
            Some(bytes) => (bytes, Source::File(path)),
            None if recorded.is_some() => return Err(KeysError::Missing { path, kind, recorded }),
            None if storage.holds_data().await? => return Err(KeysError::Missing { path, kind, recorded: None }),
            None => {
                let bytes = keyfile::create(&path)?;
                tracing::info!(key = kind.name(), path = %path.display(), "created a new key for a new database");
                (bytes, Source::File(path))
            }
        },
    };
    let have = kind.id(&bytes);
    // Recorded after the file is written: a crash in between leaves a key
    // file that the next start records, never a record without its key.
    let want = match recorded {
        Some(id) => id,
        None => storage.record_key_id(kind.name(), &have, crate::clock::now()).await?,
    };
    if have != want {
        return Err(KeysError::Mismatch { from: source, kind, have, want });
    }
    Ok(bytes)
}

/// Gives up a lost key (`new-key`): makes a new key file, or takes the key
/// in the environment variable, and records it as this database's key.
/// Returns what to tell the operator.
pub async fn replace(storage: &dyn Storage, settings: &Settings, kind: Kind) -> Result<String, KeysError> {
    let recorded = storage.key_id(kind.name()).await?;
    let path = kind.path(settings);
    let (bytes, source) = match from_env(kind)? {
        Some(bytes) => (bytes, Source::Env(kind.env())),
        None => match keyfile::read(&path)? {
            Some(bytes) if recorded.as_deref() == Some(kind.id(&bytes).as_str()) => {
                return Err(KeysError::NotLost { from: Source::File(path), kind, id: kind.id(&bytes) })
            }
            Some(bytes) => return Err(KeysError::InTheWay { path, kind, id: kind.id(&bytes) }),
            None => (keyfile::create(&path)?, Source::File(path)),
        },
    };
    let id = kind.id(&bytes);
    if recorded.as_deref() == Some(id.as_str()) {
        return Err(KeysError::NotLost { from: source, kind, id });
    }
    storage.replace_key_id(kind.name(), &id, crate::clock::now()).await?;
    let old = recorded.map(|id| format!(" ({id})")).unwrap_or_default();
    tracing::warn!(key = kind.name(), "a lost key was replaced");
    Ok(match kind {
        Kind::Message => format!(
            "This database's message key is now {id}, in {source}. Messages sealed with the old key{old} cannot be \
             read; the retention period deletes them."
        ),
        Kind::Content => {
            let key = ContentKey::from_seed(&bytes);
            format!(
                "This database's content key is now {id}, in {source}; the old one{old} signs nothing more. Pin the \
                 new public key in the next app build (content/publishing-keys.txt):\n{}  # {} (key id {id})",
                key.public_key_base64(),
                settings.organisation
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_key_names_the_file_and_what_to_do() {
        let m = missing(std::path::Path::new("/srv/hk/message.key"), Kind::Message, Some("0123456789abcdef"));
        assert!(m.starts_with("/srv/hk/message.key is missing."), "{m}");
        assert!(m.contains("message key 0123456789abcdef") && m.contains("Put the file back from the backup"), "{m}");
        assert!(m.contains("huiskamer-server new-key message"), "{m}");
        let c = missing(std::path::Path::new("/srv/hk/content-signing.key"), Kind::Content, None);
        assert!(c.contains("already holds data") && c.contains("pinned in the app"), "{c}");
        assert!(c.contains("huiskamer-server new-key content"), "{c}");
    }
}
