//! The diary's cryptography, in one place: the key-encryption key from the
//! PIN (Argon2id), the master key and its purpose subkeys (HKDF-SHA256),
//! record sealing (AES-256-GCM with the record's identity as associated
//! data), the recovery key people write down, and the key holder that is
//! wiped on lock.
//!
//! Nothing here logs, and no secret type derives `Debug`, `Clone` or
//! `Serialize`: a key cannot end up in a log line or a file by accident.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;
pub const SALT_LEN: usize = 16;
/// Recovery secrets are 128 random bits: beyond any offline guessing, short
/// enough to copy by hand.
pub const RECOVERY_LEN: usize = 16;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    /// Wrong key, or the bytes were changed: AES-GCM cannot tell which.
    #[error("the data could not be decrypted: wrong key or changed data")]
    Open,
    #[error("the system's random number generator failed")]
    Random,
    #[error("key derivation failed: {0}")]
    Kdf(String),
}

/// Fills `buf` from the operating system's random source.
pub fn random_bytes(buf: &mut [u8]) -> Result<(), CryptoError> {
    getrandom::getrandom(buf).map_err(|_| CryptoError::Random)
}

pub fn random_id() -> Result<String, CryptoError> {
    let mut b = [0u8; 16];
    random_bytes(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// Argon2id cost, stored with the vault so it can be raised later without
/// locking anybody out. The default takes 0.3-1 s on a 2-core x86 machine
/// (see BENCHMARKS.md) and is above OWASP's minimum (19 MiB, 2 passes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams { m_kib: 64 * 1024, t: 6, p: 1 }
    }
}

impl KdfParams {
    /// OWASP's floor for Argon2id: what a stored vault must at least use.
    pub const MINIMUM: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };

    /// Small and fast, for unit tests of everything that is not the cost.
    pub const TEST: KdfParams = KdfParams { m_kib: 1024, t: 1, p: 1 };
}

/// A 256-bit key, zeroized on drop. No `Clone`, no `Debug` with content.
pub struct Key(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(*******)")
    }
}

impl Key {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    pub fn random() -> Result<Key, CryptoError> {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        random_bytes(&mut k[..])?;
        Ok(Key(k))
    }

    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// A purpose subkey (HKDF-SHA256, RFC 5869).
    pub fn subkey(&self, purpose: &str) -> Key {
        let hk = hkdf::Hkdf::<Sha256>::new(Some(b"huiskamer vault v1"), &self.0[..]);
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        // 32 bytes is always a valid HKDF-SHA256 output length.
        let _ = hk.expand(purpose.as_bytes(), &mut out[..]);
        Key(out)
    }
}

/// The PIN or passphrase as typed. Wiped on drop.
pub struct Secret(Zeroizing<String>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(*******)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WeakSecret {
    #[error("a PIN needs at least 6 digits")]
    PinTooShort,
    #[error("this PIN is too easy to guess")]
    PinTooSimple,
    #[error("a passphrase needs at least 8 characters")]
    PassphraseTooShort,
}

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(Zeroizing::new(s.into()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// A PIN is digits only and at least 6 long, and not a run like 123456
    /// or 000000; anything else is a passphrase of at least 8 characters.
    pub fn check_strength(&self) -> Result<(), WeakSecret> {
        let s = self.0.as_str();
        if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
            if s.len() < 6 {
                return Err(WeakSecret::PinTooShort);
            }
            let d: Vec<i32> = s.bytes().map(|b| i32::from(b - b'0')).collect();
            let step = d[1] - d[0];
            if step.abs() <= 1 && d.windows(2).all(|w| w[1] - w[0] == step) {
                return Err(WeakSecret::PinTooSimple);
            }
            return Ok(());
        }
        if s.chars().count() < 8 {
            return Err(WeakSecret::PassphraseTooShort);
        }
        Ok(())
    }
}

/// The key-encryption key for a PIN: Argon2id over the PIN and the vault's salt.
pub fn derive_kek(secret: &Secret, salt: &[u8], params: KdfParams) -> Result<Key, CryptoError> {
    let p = argon2::Params::new(params.m_kib, params.t, params.p, Some(KEY_LEN))
        .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon.hash_password_into(secret.as_bytes(), salt, &mut out[..]).map_err(|e| CryptoError::Kdf(e.to_string()))?;
    Ok(Key(out))
}

/// AES-256-GCM with a fresh random nonce; returns `nonce || ciphertext || tag`.
pub fn seal(key: &Key, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let cipher = Aes256Gcm::new_from_slice(&key.0[..]).map_err(|_| CryptoError::Open)?;
    let mut nonce = [0u8; NONCE_LEN];
    random_bytes(&mut nonce)?;
    let ct =
        cipher.encrypt(Nonce::from_slice(&nonce), Payload { msg: plaintext, aad }).map_err(|_| CryptoError::Open)?;
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens what [`seal`] made. Any changed byte, or other associated data,
/// gives [`CryptoError::Open`].
pub fn open(key: &Key, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return Err(CryptoError::Open);
    }
    let cipher = Aes256Gcm::new_from_slice(&key.0[..]).map_err(|_| CryptoError::Open)?;
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    cipher
        .decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad })
        .map(Zeroizing::new)
        .map_err(|_| CryptoError::Open)
}

pub fn hmac(key: &Key, parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key.0[..]).expect("HMAC takes any key length");
    for p in parts {
        mac.update(&(p.len() as u64).to_be_bytes());
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

/// Constant-time comparison of two MACs.
pub fn same_mac(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The key that wraps the master key in the recovery slot. The recovery
/// secret is 128 random bits, beyond guessing, so HKDF suffices (no Argon2).
pub fn recovery_kek(recovery: &RecoveryKey) -> Key {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(b"huiskamer recovery v1"), &recovery.0[..]);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    let _ = hk.expand(b"recovery slot", &mut out[..]);
    Key(out)
}

pub const RECOVERY_SLOT_AAD: &[u8] = b"hk-recovery-slot-v1";
pub const RECOVERY_SLOT_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

/// The master key sealed under the recovery key: kept in the vault and in
/// every export, so a person with their recovery key can open a backup on a
/// new phone.
pub fn seal_recovery_slot(recovery: &RecoveryKey, master: &Key) -> Result<Vec<u8>, CryptoError> {
    seal(&recovery_kek(recovery), RECOVERY_SLOT_AAD, master.bytes())
}

pub fn open_recovery_slot(recovery: &RecoveryKey, slot: &[u8]) -> Result<Key, CryptoError> {
    let plain = open(&recovery_kek(recovery), RECOVERY_SLOT_AAD, slot)?;
    let bytes: [u8; KEY_LEN] = plain[..].try_into().map_err(|_| CryptoError::Open)?;
    Ok(Key::from_bytes(bytes))
}

/// The recovery key: 128 random bits and a 32-bit check, written as 32
/// characters in Crockford's base32 (no I, L, O, U), in groups of four.
pub struct RecoveryKey(Zeroizing<[u8; RECOVERY_LEN]>);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(*******)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryKeyError {
    #[error("a recovery key has 32 letters and digits")]
    Length,
    #[error("the recovery key has a character that cannot be in it")]
    Character,
    #[error("the recovery key has a typing error")]
    Checksum,
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl RecoveryKey {
    pub fn from_bytes(bytes: [u8; RECOVERY_LEN]) -> RecoveryKey {
        RecoveryKey(Zeroizing::new(bytes))
    }

    pub fn random() -> Result<RecoveryKey, CryptoError> {
        let mut k = Zeroizing::new([0u8; RECOVERY_LEN]);
        random_bytes(&mut k[..])?;
        Ok(RecoveryKey(k))
    }

    fn check(bytes: &[u8; RECOVERY_LEN]) -> [u8; 4] {
        let d = <Sha256 as sha2::Digest>::digest(bytes);
        [d[0], d[1], d[2], d[3]]
    }

    /// "ABCD-EFGH-..." (8 groups of 4).
    pub fn display(&self) -> Zeroizing<String> {
        let mut raw = Zeroizing::new([0u8; 20]);
        raw[..16].copy_from_slice(&self.0[..]);
        raw[16..].copy_from_slice(&Self::check(&self.0));
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut chars = Zeroizing::new(String::with_capacity(40));
        let mut count = 0;
        for &b in raw.iter() {
            bits = (bits << 8) | u64::from(b);
            nbits += 8;
            while nbits >= 5 {
                nbits -= 5;
                if count > 0 && count % 4 == 0 {
                    chars.push('-');
                }
                chars.push(CROCKFORD[((bits >> nbits) & 31) as usize] as char);
                count += 1;
            }
        }
        bits.zeroize();
        chars
    }

    /// Reads a recovery key as a person types it: spaces, dashes and case
    /// don't matter, and O/I/L are read as 0/1/1.
    pub fn parse(input: &str) -> Result<RecoveryKey, RecoveryKeyError> {
        let mut values = Zeroizing::new(Vec::with_capacity(32));
        for c in input.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let v = CROCKFORD.iter().position(|&x| x as char == c).ok_or(RecoveryKeyError::Character)?;
            values.push(v as u8);
        }
        if values.len() != 32 {
            return Err(RecoveryKeyError::Length);
        }
        let mut raw = Zeroizing::new([0u8; 20]);
        let (mut bits, mut nbits, mut i) = (0u64, 0, 0);
        for &v in values.iter() {
            bits = (bits << 5) | u64::from(v);
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                raw[i] = (bits >> nbits) as u8;
                i += 1;
            }
        }
        let mut key = Zeroizing::new([0u8; RECOVERY_LEN]);
        key.copy_from_slice(&raw[..16]);
        if !same_mac(&Self::check(&key), &raw[16..]) {
            return Err(RecoveryKeyError::Checksum);
        }
        Ok(RecoveryKey(key))
    }
}

/// Where the unlocked vault's keys live. The buffer is allocated once for
/// the vault's lifetime and overwritten with zeros on lock, so a test (and
/// a memory dump after lock) finds nothing. Keys are copied out only into
/// short-lived [`Key`] values that zeroize on drop.
pub struct KeyHolder {
    buf: Box<[u8; KEY_LEN * 4]>,
    loaded: bool,
}

#[derive(Clone, Copy)]
pub enum Purpose {
    Master = 0,
    Records = 1,
    Index = 2,
    Alarms = 3,
}

impl Default for KeyHolder {
    fn default() -> Self {
        KeyHolder { buf: Box::new([0u8; KEY_LEN * 4]), loaded: false }
    }
}

impl KeyHolder {
    pub fn load(&mut self, master: &Key) {
        self.buf[..KEY_LEN].copy_from_slice(master.bytes());
        for (i, purpose) in ["records", "index", "alarms"].iter().enumerate() {
            let k = master.subkey(purpose);
            self.buf[KEY_LEN * (i + 1)..KEY_LEN * (i + 2)].copy_from_slice(k.bytes());
        }
        self.loaded = true;
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    pub fn key(&self, purpose: Purpose) -> Option<Key> {
        if !self.loaded {
            return None;
        }
        let i = purpose as usize;
        let mut k = [0u8; KEY_LEN];
        k.copy_from_slice(&self.buf[KEY_LEN * i..KEY_LEN * (i + 1)]);
        let key = Key::from_bytes(k);
        k.zeroize();
        Some(key)
    }

    pub fn wipe(&mut self) {
        self.buf.zeroize();
        self.loaded = false;
    }

    /// The raw bytes of the holder, for the test that proves lock wipes them.
    pub fn raw(&self) -> &[u8] {
        &self.buf[..]
    }
}

impl Drop for KeyHolder {
    fn drop(&mut self) {
        self.wipe();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(b: u8) -> Key {
        Key::from_bytes([b; KEY_LEN])
    }

    #[test]
    fn pins_and_passphrases_are_checked() {
        assert_eq!(Secret::new("12345").check_strength(), Err(WeakSecret::PinTooShort));
        assert_eq!(Secret::new("123456").check_strength(), Err(WeakSecret::PinTooSimple));
        assert_eq!(Secret::new("000000").check_strength(), Err(WeakSecret::PinTooSimple));
        assert_eq!(Secret::new("987654").check_strength(), Err(WeakSecret::PinTooSimple));
        assert_eq!(Secret::new("482916").check_strength(), Ok(()));
        assert_eq!(Secret::new("kort ww").check_strength(), Err(WeakSecret::PassphraseTooShort));
        assert_eq!(Secret::new("zonnebloem 7").check_strength(), Ok(()));
    }

    #[test]
    fn secrets_and_keys_never_print() {
        assert_eq!(format!("{:?}", Secret::new("482916")), "Secret(*******)");
        assert_eq!(format!("{:?}", key(7)), "Key(*******)");
        let rk = RecoveryKey::random().unwrap();
        assert_eq!(format!("{rk:?}"), "RecoveryKey(*******)");
    }

    #[test]
    fn kek_depends_on_pin_and_salt() {
        let a = derive_kek(&Secret::new("482916"), &[1; 16], KdfParams::TEST).unwrap();
        let b = derive_kek(&Secret::new("482916"), &[1; 16], KdfParams::TEST).unwrap();
        let c = derive_kek(&Secret::new("482917"), &[1; 16], KdfParams::TEST).unwrap();
        let d = derive_kek(&Secret::new("482916"), &[2; 16], KdfParams::TEST).unwrap();
        assert_eq!(a.bytes(), b.bytes());
        assert_ne!(a.bytes(), c.bytes());
        assert_ne!(a.bytes(), d.bytes());
    }

    #[test]
    fn recovery_key_round_trips_and_catches_typos() {
        let rk = RecoveryKey::random().unwrap();
        let shown = rk.display();
        assert_eq!(shown.len(), 39, "{}", shown.as_str());
        assert_eq!(shown.split('-').count(), 8);
        let typed = shown.to_lowercase().replace('-', " ");
        let back = RecoveryKey::parse(&typed).unwrap();
        assert_eq!(back.0[..], rk.0[..]);
        // One character changed is caught by the check.
        let mut chars: Vec<char> = shown.chars().collect();
        chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
        let typo: String = chars.into_iter().collect();
        assert_eq!(RecoveryKey::parse(&typo).err(), Some(RecoveryKeyError::Checksum));
        assert_eq!(RecoveryKey::parse("ABCD").err(), Some(RecoveryKeyError::Length));
        assert_eq!(
            RecoveryKey::parse(&shown.replace('-', "").replacen(|_| true, "U", 1)).err(),
            Some(RecoveryKeyError::Character)
        );
    }

    #[test]
    fn lock_leaves_only_zeros_in_the_key_holder() {
        let mut holder = KeyHolder::default();
        holder.load(&key(0xA5));
        assert!(holder.raw().iter().any(|&b| b != 0));
        assert!(holder.key(Purpose::Records).is_some());
        holder.wipe();
        assert!(holder.raw().iter().all(|&b| b == 0));
        assert!(holder.key(Purpose::Master).is_none());
    }

    proptest! {
        #[test]
        fn seal_open_round_trip(plain in proptest::collection::vec(any::<u8>(), 0..2048),
                                aad in proptest::collection::vec(any::<u8>(), 0..64),
                                k in any::<u8>()) {
            let key = key(k);
            let sealed = seal(&key, &aad, &plain).unwrap();
            prop_assert_eq!(sealed.len(), NONCE_LEN + plain.len() + TAG_LEN);
            prop_assert_eq!(&open(&key, &aad, &sealed).unwrap()[..], &plain[..]);
        }

        /// Every single byte position of a sealed record, changed in any
        /// way, is detected; so is other associated data or another key.
        #[test]
        fn any_changed_byte_is_detected(plain in proptest::collection::vec(any::<u8>(), 0..256),
                                        flip in 1u8..=255) {
            let key = key(9);
            let sealed = seal(&key, b"id|entry|7", &plain).unwrap();
            for i in 0..sealed.len() {
                let mut bad = sealed.clone();
                bad[i] ^= flip;
                prop_assert_eq!(open(&key, b"id|entry|7", &bad).err(), Some(CryptoError::Open));
            }
            prop_assert_eq!(open(&key, b"id|entry|8", &sealed).err(), Some(CryptoError::Open));
            prop_assert_eq!(open(&self::key(10), b"id|entry|7", &sealed).err(), Some(CryptoError::Open));
            prop_assert_eq!(open(&key, b"id|entry|7", &sealed[..sealed.len() - 1]).err(), Some(CryptoError::Open));
        }

        #[test]
        fn recovery_key_parse_never_panics(s in "\\PC{0,60}") {
            let _ = RecoveryKey::parse(&s);
        }
    }
}
