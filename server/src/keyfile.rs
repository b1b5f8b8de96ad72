//! Secret keys kept in files beside (not inside) the database: standard
//! base64 of 32 bytes, created with owner-only permissions, refused when
//! others could read them. When a key may be created is decided in
//! crate::keys.

use std::fs;
use std::io::Write;
use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("{0} must be standard base64 of 32 bytes")]
    Env(&'static str),
}

pub fn decode(text: &str) -> Option<[u8; 32]> {
    STANDARD.decode(text.trim()).ok()?.try_into().ok()
}

/// Reads the key at `path`; `None` if there is no such file. Whether a
/// missing key may be made anew is for the caller to say (crate::keys).
pub fn read(path: &Path) -> Result<Option<[u8; 32]>, KeyError> {
    let err = |message: String| KeyError::File { path: path.display().to_string(), message };
    match fs::read_to_string(path) {
        Ok(text) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = fs::metadata(path).map_err(|e| err(e.to_string()))?.permissions().mode();
                if mode & 0o077 != 0 {
                    return Err(err(format!("readable by others (mode {:o}); run chmod 600 on it", mode & 0o777)));
                }
            }
            decode(&text).map(Some).ok_or_else(|| err("does not hold base64 of 32 bytes".into()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(err(e.to_string())),
    }
}

/// Creates a random key at `path` (owner-only), refusing to replace a file.
pub fn create(path: &Path) -> Result<[u8; 32], KeyError> {
    let err = |message: String| KeyError::File { path: path.display().to_string(), message };
    let bytes: [u8; 32] = rand::random();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
    }
    // Written whole to a temporary file and moved into place, so a crash
    // never leaves half a key; hard_link fails rather than replace a key
    // file that appeared meanwhile.
    let tmp = path.with_extension("tmp");
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(|e| err(e.to_string()))?;
    f.write_all(STANDARD.encode(bytes).as_bytes()).and_then(|_| f.sync_all()).map_err(|e| err(e.to_string()))?;
    let linked = fs::hard_link(&tmp, path).map_err(|e| err(e.to_string()));
    let _ = fs::remove_file(&tmp);
    linked?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_owner_only_read_back_the_same_never_replaced_and_refused_when_others_can_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/a.key");
        assert_eq!(read(&path).unwrap(), None);
        let a = create(&path).unwrap();
        assert_eq!(read(&path).unwrap(), Some(a));
        assert!(create(&path).is_err(), "an existing key is never replaced");
        assert_eq!(read(&path).unwrap(), Some(a));
        assert!(!path.with_extension("tmp").exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
            let e = read(&path).unwrap_err();
            assert!(e.to_string().contains("readable by others"), "{e}");
        }
        fs::write(dir.path().join("short.key"), "AAAA").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(dir.path().join("short.key"), fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert!(read(&dir.path().join("short.key")).is_err());
    }
}
