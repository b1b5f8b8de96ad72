//! Messages at rest: sealed with AES-256-GCM under a key the server keeps in
//! a file beside (not inside) the database, so a copy of the database alone
//! reveals no message. The conversation id and the message's seq are bound
//! in as associated data, so a sealed message cannot be moved to another
//! conversation or position unseen.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use sha2::{Digest, Sha256};

/// The message key. Deliberately not Clone, Debug or Serialize: it should
/// exist once, in memory, and never be printed.
pub struct MessageKey(Aes256Gcm);

fn aad(conversation_id: &str, seq: u64) -> Vec<u8> {
    format!("huiskamer-message\0{conversation_id}\0{seq}").into_bytes()
}

impl MessageKey {
    pub fn from_bytes(bytes: &[u8; 32]) -> MessageKey {
        MessageKey(Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(bytes)))
    }

    /// The id the database records for the key `bytes` (crate::keys): the
    /// first 8 bytes of a SHA-256 over a label and the key, in hex. It
    /// tells keys apart and reveals nothing of them.
    pub fn id_of(bytes: &[u8; 32]) -> String {
        let mut h = Sha256::new();
        h.update(b"huiskamer message key id\0");
        h.update(bytes);
        h.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Returns (nonce, ciphertext). A fresh random 96-bit nonce per message.
    pub fn seal(&self, conversation_id: &str, seq: u64, body: &str) -> (Vec<u8>, Vec<u8>) {
        let nonce: [u8; 12] = rand::random();
        let aad = aad(conversation_id, seq);
        // Encryption with a valid key and in-memory buffers cannot fail; an
        // empty ciphertext would be refused by `open`, never silently read.
        let sealed =
            self.0.encrypt(Nonce::from_slice(&nonce), Payload { msg: body.as_bytes(), aad: &aad }).unwrap_or_default();
        (nonce.to_vec(), sealed)
    }

    /// The message text, or None if it was tampered with or sealed under
    /// another key.
    pub fn open(&self, conversation_id: &str, seq: u64, nonce: &[u8], sealed: &[u8]) -> Option<String> {
        if nonce.len() != 12 {
            return None;
        }
        let aad = aad(conversation_id, seq);
        let plain = self.0.decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad: &aad }).ok()?;
        String::from_utf8(plain).ok()
    }
}

/// What an alert's sealed text is bound to: a watch's or an alarm's details
/// to the account and the app's id for it, a worker's note to the alert.
pub enum Bound<'a> {
    Watch { account: &'a str, client_id: &'a str },
    Alarm { account: &'a str, client_id: &'a str },
    Note { alert: &'a str },
}

impl Bound<'_> {
    fn aad(&self) -> Vec<u8> {
        match self {
            Bound::Watch { account, client_id } => format!("huiskamer-alert\0watch\0{account}\0{client_id}"),
            Bound::Alarm { account, client_id } => format!("huiskamer-alert\0alarm\0{account}\0{client_id}"),
            Bound::Note { alert } => format!("huiskamer-alert\0note\0{alert}"),
        }
        .into_bytes()
    }
}

impl MessageKey {
    /// Seals an alert's details or note, bound to its place (see [`Bound`]);
    /// a message's associated data starts otherwise, so neither can pass
    /// for the other.
    pub fn seal_bound(&self, bound: &Bound<'_>, text: &str) -> (Vec<u8>, Vec<u8>) {
        let nonce: [u8; 12] = rand::random();
        let aad = bound.aad();
        let sealed =
            self.0.encrypt(Nonce::from_slice(&nonce), Payload { msg: text.as_bytes(), aad: &aad }).unwrap_or_default();
        (nonce.to_vec(), sealed)
    }

    /// The text sealed by [`MessageKey::seal_bound`] in the same place, or None.
    pub fn open_bound(&self, bound: &Bound<'_>, nonce: &[u8], sealed: &[u8]) -> Option<String> {
        if nonce.len() != 12 {
            return None;
        }
        let aad = bound.aad();
        let plain = self.0.decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad: &aad }).ok()?;
        String::from_utf8(plain).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_message_opens_only_in_its_own_place_and_with_its_own_key() {
        let key = MessageKey::from_bytes(&[7; 32]);
        let (nonce, sealed) = key.seal("conv-a", 3, "Can I come by tomorrow?");
        assert!(!sealed.windows(8).any(|w| w == b"tomorrow"), "the text is not in the stored bytes");
        assert_eq!(key.open("conv-a", 3, &nonce, &sealed).as_deref(), Some("Can I come by tomorrow?"));
        assert_eq!(key.open("conv-b", 3, &nonce, &sealed), None, "moved to another conversation");
        assert_eq!(key.open("conv-a", 4, &nonce, &sealed), None, "moved to another position");
        let mut flipped = sealed.clone();
        flipped[0] ^= 1;
        assert_eq!(key.open("conv-a", 3, &nonce, &flipped), None, "tampered");
        assert_eq!(MessageKey::from_bytes(&[8; 32]).open("conv-a", 3, &nonce, &sealed), None, "other key");
    }

    #[test]
    fn alert_details_open_only_where_they_were_sealed() {
        let key = MessageKey::from_bytes(&[7; 32]);
        let here = Bound::Watch { account: "acc", client_id: "w1" };
        let (nonce, sealed) = key.seal_bound(&here, "Hotel X, room 12");
        assert_eq!(key.open_bound(&here, &nonce, &sealed).as_deref(), Some("Hotel X, room 12"));
        assert_eq!(key.open_bound(&Bound::Watch { account: "other", client_id: "w1" }, &nonce, &sealed), None);
        assert_eq!(key.open_bound(&Bound::Alarm { account: "acc", client_id: "w1" }, &nonce, &sealed), None);
        assert_eq!(key.open("acc", 1, &nonce, &sealed), None, "not as a message");
    }

    #[test]
    fn a_key_id_tells_keys_apart_and_is_not_the_key() {
        let id = MessageKey::id_of(&[7; 32]);
        assert_eq!(id.len(), 16);
        assert_eq!(id, MessageKey::id_of(&[7; 32]));
        assert_ne!(id, MessageKey::id_of(&[8; 32]));
        assert!(!Sha256::digest([7u8; 32]).iter().map(|b| format!("{b:02x}")).collect::<String>().starts_with(&id));
    }
}
