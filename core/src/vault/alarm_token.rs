//! The silent alarm's storage: its set-up (inside the vault), the alarm
//! token sealed so it can be used WITHOUT the diary's key, and the alarms
//! waiting to reach the partner server.
//!
//! - `meta.alarm_setup`: the organisation, the server, the token and what
//!   was chosen, sealed under the master key. The diary's settings read it;
//!   an empty diary opened with the duress PIN has none.
//! - `alarm_token`: the token (with server and organisation) sealed once
//!   under a key from the calculator code (Argon2id over the code and a
//!   salt of its own, the vault's cost) and once under a key from the
//!   duress PIN (HKDF from the duress PIN's key-encryption key, which the
//!   unlock derives anyway, so the duress path costs no extra time). Only
//!   a digit string of the code's length is tried against the first.
//! - `alarm_queue`: token alarms waiting to be sent, which must be sent
//!   while the diary is locked or gone, sealed under a random key kept in
//!   `meta`: this hides them from a casual look at the file, not from
//!   someone who has the whole file and knows the format. A row holds only
//!   the server, the token (which can do nothing but raise her alarm) and
//!   an id, and is deleted once the server has it.
//! - `meta.alarm_pending`: alarms raised from the unlocked diary (with the
//!   appointment's details), sealed under the master key. When the diary
//!   locks before they were sent, each becomes a token alarm in the queue,
//!   so locking (or quick exit) does not stop it; the details stay sealed.
//!
//! A 4-digit code is weak against someone who copies the file and tries
//! every code offline (each try costs one Argon2id run): what they can win
//! is the token, the server and the organisation's id, not the diary.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use huiskamer_protocol::alerts::RaiseAlarm;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose, Secret};
use super::{KdfParams, Result, Vault, VaultError};

/// The calculator code: this many digits at least and at most.
pub const CODE_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

const TOKEN_AAD: &[u8] = b"hk-alarm-token-v1";
const SETUP_AAD: &[u8] = b"hk-alarm-setup-v1";
const PENDING_AAD: &[u8] = b"hk-alarm-pending-v1";
const QUEUE_AAD: &[u8] = b"hk-alarm-queue-v1";

/// Where a token alarm goes and what proves it. No `Debug` with content.
#[derive(Clone, Serialize, Deserialize)]
pub struct AlarmTarget {
    pub server: String,
    pub organisation: String,
    /// The 32 token bytes, base64 (standard, padded), as the server takes it.
    pub token: String,
}

impl std::fmt::Debug for AlarmTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AlarmTarget(*******)")
    }
}

impl Drop for AlarmTarget {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.token);
        zeroize::Zeroize::zeroize(&mut self.organisation);
    }
}

/// The set-up, as the diary keeps it (sealed under the master key).
#[derive(Clone, Serialize, Deserialize)]
pub struct AlarmSetup {
    pub target: AlarmTarget,
    /// Digits of the calculator code, when one is set.
    pub code_digits: Option<u8>,
    /// The duress PIN also sends the alarm.
    pub duress: bool,
    /// The server has the token.
    pub registered: bool,
    /// Turned off; the server still has to forget the token.
    pub removing: bool,
}

/// A token alarm waiting to be sent.
#[derive(Clone, Serialize, Deserialize)]
pub struct QueuedFire {
    pub client_id: String,
    pub server: String,
    pub token: String,
}

impl Drop for QueuedFire {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.token);
    }
}

/// An alarm from the unlocked diary, waiting to be sent with the account key.
#[derive(Clone, Serialize, Deserialize)]
pub struct PendingRaise {
    pub server: String,
    pub alarm: RaiseAlarm,
}

/// The sealed token under the calculator code, read while the diary is
/// locked; [`open_code_slot`] runs the key derivation on it, outside any lock.
pub struct CodeSlot {
    salt: Vec<u8>,
    sealed: Vec<u8>,
    kdf: KdfParams,
}

/// Is `input` shaped like a calculator code (digits only, 4 to 8)?
pub fn code_shaped(input: &str) -> bool {
    CODE_DIGITS.contains(&input.len()) && input.bytes().all(|b| b.is_ascii_digit())
}

/// The expensive step: Argon2id over the code, then AES-GCM. `None` for a
/// wrong code.
pub fn open_code_slot(slot: &CodeSlot, code: &str) -> Option<AlarmTarget> {
    let key = crypto::derive_kek(&Secret::new(code), &slot.salt, slot.kdf).ok()?;
    open_target(&key, b"code", &slot.sealed)
}

fn seal_json<T: Serialize>(key: &Key, aad: &[u8], value: &T) -> Result<Vec<u8>> {
    let plain = Zeroizing::new(serde_json::to_vec(value).map_err(|_| VaultError::Tampered)?);
    Ok(crypto::seal(key, aad, &plain)?)
}

fn open_json<T: for<'de> Deserialize<'de>>(key: &Key, aad: &[u8], sealed: &[u8]) -> Option<T> {
    let plain = crypto::open(key, aad, sealed).ok()?;
    serde_json::from_slice(&plain).ok()
}

fn token_aad(kind: &[u8]) -> Vec<u8> {
    let mut aad = TOKEN_AAD.to_vec();
    aad.push(0);
    aad.extend_from_slice(kind);
    aad
}

fn open_target(key: &Key, kind: &[u8], sealed: &[u8]) -> Option<AlarmTarget> {
    open_json(key, &token_aad(kind), sealed)
}

/// The key the token is sealed under for the duress PIN.
fn duress_token_key(duress_kek: &Key) -> Key {
    duress_kek.subkey("alarm-token duress")
}

/// A fresh random token, base64.
pub fn new_token() -> Result<String> {
    let mut b = Zeroizing::new([0u8; 32]);
    crypto::random_bytes(&mut b[..])?;
    Ok(STANDARD.encode(&b[..]))
}

impl Vault {
    fn setup_key(&self) -> Result<Key> {
        Ok(self.key(Purpose::Master)?.subkey("alarm-setup"))
    }

    /// The set-up, if the alarm is on (or being turned off). Needs the diary unlocked.
    pub fn alarm_setup(&self) -> Result<Option<AlarmSetup>> {
        let key = self.setup_key()?;
        Ok(self.meta_blob("alarm_setup")?.and_then(|b| open_json(&key, SETUP_AAD, &b)))
    }

    pub(crate) fn save_alarm_setup(&self, setup: Option<&AlarmSetup>) -> Result<()> {
        match setup {
            Some(s) => Self::set_meta(&self.conn, "alarm_setup", seal_json(&self.setup_key()?, SETUP_AAD, s)?),
            None => {
                self.conn.execute("DELETE FROM meta WHERE key = 'alarm_setup'", [])?;
                Ok(())
            }
        }
    }

    /// Turns the alarm on, or changes it: `code` for the calculator (4 to 8
    /// digits), `duress` the duress PIN (checked against the duress slot),
    /// each `None` to leave that way out. The token stays the same while
    /// server and organisation do; a new one is made otherwise.
    pub fn set_up_alarm(
        &mut self,
        server: &str,
        organisation: &str,
        code: Option<&str>,
        duress: Option<&Secret>,
    ) -> Result<()> {
        self.require_unlocked()?;
        if let Some(code) = code {
            if !code_shaped(code) {
                return Err(VaultError::AlarmCode);
            }
        }
        let salt = self.meta_blob("salt")?.ok_or(VaultError::Tampered)?;
        let kdf = self.kdf_params()?;
        let duress_kek = match duress {
            Some(secret) => {
                let kek = crypto::derive_kek(secret, &salt, kdf)?;
                if !self.is_duress_kek(&kek, &salt)? {
                    return Err(VaultError::NotDuressPin);
                }
                Some(kek)
            }
            None => None,
        };
        let old = self.alarm_setup()?;
        let target = match old {
            Some(ref o) if !o.removing && o.target.server == server && o.target.organisation == organisation => {
                o.target.clone()
            }
            _ => AlarmTarget { server: server.into(), organisation: organisation.into(), token: new_token()? },
        };
        let registered = old.as_ref().is_some_and(|o| o.registered && !o.removing && o.target.token == target.token);
        let code_row = match code {
            Some(code) => {
                let mut code_salt = [0u8; crypto::SALT_LEN];
                crypto::random_bytes(&mut code_salt)?;
                let key = crypto::derive_kek(&Secret::new(code), &code_salt, kdf)?;
                let mut data = code_salt.to_vec();
                data.extend_from_slice(&seal_json(&key, &token_aad(b"code"), &target)?);
                Some((code.len() as i64, data))
            }
            None => None,
        };
        let duress_row = match &duress_kek {
            Some(kek) => Some(seal_json(&duress_token_key(kek), &token_aad(b"duress"), &target)?),
            None => None,
        };
        let setup = AlarmSetup {
            target,
            code_digits: code.map(|c| c.len() as u8),
            duress: duress_row.is_some(),
            registered,
            removing: false,
        };
        let sealed_setup = seal_json(&self.setup_key()?, SETUP_AAD, &setup)?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM alarm_token", [])?;
        if let Some((digits, data)) = code_row {
            tx.execute("INSERT INTO alarm_token (kind, digits, data) VALUES ('code', ?1, ?2)", params![digits, data])?;
        }
        if let Some(data) = duress_row {
            tx.execute("INSERT INTO alarm_token (kind, digits, data) VALUES ('duress', 0, ?1)", params![data])?;
        }
        Self::set_meta(&tx, "alarm_setup", sealed_setup)?;
        tx.commit()?;
        Ok(())
    }

    /// Turns the alarm off: the sealed tokens go at once; the set-up stays,
    /// marked, until the server has forgotten the token (never registered:
    /// it goes at once too).
    pub fn turn_off_alarm(&mut self) -> Result<()> {
        self.require_unlocked()?;
        let setup = self.alarm_setup()?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM alarm_token", [])?;
        tx.commit()?;
        match setup {
            Some(mut s) if s.registered => {
                s.removing = true;
                s.code_digits = None;
                s.duress = false;
                self.save_alarm_setup(Some(&s))
            }
            _ => self.save_alarm_setup(None),
        }
    }

    /// The duress PIN changed: the token sealed under the old one is
    /// sealed again under the new one, if she chose the duress alarm.
    pub(super) fn reseal_duress_alarm(&self, duress_kek: &Key) -> Result<()> {
        let Some(setup) = self.alarm_setup()? else { return Ok(()) };
        if !setup.duress || setup.removing {
            return Ok(());
        }
        let data = seal_json(&duress_token_key(duress_kek), &token_aad(b"duress"), &setup.target)?;
        self.conn.execute(
            "INSERT OR REPLACE INTO alarm_token (kind, digits, data) VALUES ('duress', 0, ?1)",
            params![data],
        )?;
        Ok(())
    }

    /// The sealed token under the calculator code, if `input` could be it
    /// (digits of the code's length). Cheap; works while locked.
    pub fn alarm_code_slot(&self, input: &str) -> Result<Option<CodeSlot>> {
        if !code_shaped(input) {
            return Ok(None);
        }
        let row: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT data FROM alarm_token WHERE kind = 'code' AND digits = ?1", [input.len() as i64], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(data) = row else { return Ok(None) };
        if data.len() < crypto::SALT_LEN {
            return Ok(None);
        }
        let (salt, sealed) = data.split_at(crypto::SALT_LEN);
        Ok(Some(CodeSlot { salt: salt.to_vec(), sealed: sealed.to_vec(), kdf: self.kdf_params()? }))
    }

    /// The token under the duress PIN, opened with its key-encryption key
    /// (the duress unlock has it already).
    pub(super) fn duress_alarm_target(&self, duress_kek: &Key) -> Result<Option<AlarmTarget>> {
        let row: Option<Vec<u8>> =
            self.conn.query_row("SELECT data FROM alarm_token WHERE kind = 'duress'", [], |r| r.get(0)).optional()?;
        Ok(row.and_then(|data| open_target(&duress_token_key(duress_kek), b"duress", &data)))
    }

    fn queue_key(&self) -> Result<Key> {
        if let Some(b) = self.meta_blob("alarm_queue_key")? {
            if let Ok(bytes) = <[u8; crypto::KEY_LEN]>::try_from(&b[..]) {
                return Ok(Key::from_bytes(bytes));
            }
        }
        let key = Key::random()?;
        Self::set_meta(&self.conn, "alarm_queue_key", key.bytes().to_vec())?;
        Ok(key)
    }

    /// Queues a token alarm for `target` (sent by [`crate::alarm::deliver`]).
    /// Queuing the same `client_id` twice keeps one.
    pub fn queue_alarm_fire(&self, target: &AlarmTarget, client_id: &str) -> Result<()> {
        let fire =
            QueuedFire { client_id: client_id.into(), server: target.server.clone(), token: target.token.clone() };
        let mut aad = QUEUE_AAD.to_vec();
        aad.extend_from_slice(client_id.as_bytes());
        let data = seal_json(&self.queue_key()?, &aad, &fire)?;
        self.conn.execute("INSERT OR REPLACE INTO alarm_queue (id, data) VALUES (?1, ?2)", params![client_id, data])?;
        Ok(())
    }

    /// The token alarms waiting; works while locked. A row that does not
    /// open is dropped.
    pub fn queued_alarm_fires(&self) -> Result<Vec<QueuedFire>> {
        let mut stmt = self.conn.prepare("SELECT id, data FROM alarm_queue ORDER BY rowid")?;
        let rows: Vec<(String, Vec<u8>)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = self.queue_key()?;
        let mut out = Vec::new();
        for (id, data) in rows {
            let mut aad = QUEUE_AAD.to_vec();
            aad.extend_from_slice(id.as_bytes());
            match open_json::<QueuedFire>(&key, &aad, &data) {
                Some(f) if f.client_id == id => out.push(f),
                _ => self.remove_queued_fire(&id)?,
            }
        }
        Ok(out)
    }

    pub fn remove_queued_fire(&self, client_id: &str) -> Result<()> {
        self.conn.execute("DELETE FROM alarm_queue WHERE id = ?1", [client_id])?;
        Ok(())
    }

    fn pending_key(&self) -> Result<Key> {
        Ok(self.key(Purpose::Master)?.subkey("alarm-pending"))
    }

    /// Alarms from the unlocked diary not yet sent. Needs the diary unlocked.
    pub fn pending_raises(&self) -> Result<Vec<PendingRaise>> {
        let key = self.pending_key()?;
        Ok(self.meta_blob("alarm_pending")?.and_then(|b| open_json(&key, PENDING_AAD, &b)).unwrap_or_default())
    }

    fn save_pending_raises(&self, list: &[PendingRaise]) -> Result<()> {
        if list.is_empty() {
            self.conn.execute("DELETE FROM meta WHERE key = 'alarm_pending'", [])?;
            return Ok(());
        }
        Self::set_meta(&self.conn, "alarm_pending", seal_json(&self.pending_key()?, PENDING_AAD, &list)?)
    }

    /// Queues an alarm from the diary (sent with the account key).
    pub fn queue_raise(&self, server: &str, alarm: RaiseAlarm) -> Result<()> {
        self.require_unlocked()?;
        let mut list = self.pending_raises()?;
        list.retain(|p| p.alarm.client_id != alarm.client_id);
        list.push(PendingRaise { server: server.into(), alarm });
        self.save_pending_raises(&list)
    }

    pub fn remove_pending_raise(&self, client_id: &str) -> Result<()> {
        let mut list = self.pending_raises()?;
        list.retain(|p| p.alarm.client_id != client_id);
        self.save_pending_raises(&list)
    }

    /// Before the keys go: every alarm from the diary still waiting becomes
    /// a token alarm (same id), which can be sent while locked.
    pub(super) fn hand_pending_to_token(&self) -> Result<()> {
        let pending = self.pending_raises()?;
        if pending.is_empty() {
            return Ok(());
        }
        let Some(setup) = self.alarm_setup()? else { return Ok(()) };
        if setup.removing {
            return Ok(());
        }
        for p in &pending {
            self.queue_alarm_fire(&setup.target, &p.alarm.client_id)?;
        }
        self.save_pending_raises(&[])
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::super::{EntryBody, KdfParams, Secret, Vault, VaultError};
    use super::*;

    const SERVER: &str = "http://127.0.0.1:9";

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 2, 22, 0, 0).unwrap()
    }

    fn vault(dir: &std::path::Path) -> Vault {
        let mut v = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
        v.set_up(&Secret::new("482916")).unwrap();
        v
    }

    fn token_rows(v: &Vault) -> i64 {
        v.conn.query_row("SELECT count(*) FROM alarm_token", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn the_calculator_code_opens_the_token_and_a_wrong_code_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.set_up_alarm(SERVER, "terwille", Some("2580"), None).unwrap();
        let token = v.alarm_setup().unwrap().unwrap().target.token.clone();
        v.lock();
        // Locked, without the diary's key: the code alone opens it.
        let slot = v.alarm_code_slot("2580").unwrap().expect("digits of the code's length are tried");
        let target = open_code_slot(&slot, "2580").expect("the right code opens it");
        assert_eq!((target.organisation.as_str(), target.server.as_str()), ("terwille", SERVER));
        assert_eq!(target.token, token);
        let slot = v.alarm_code_slot("2581").unwrap().unwrap();
        assert!(open_code_slot(&slot, "2581").is_none(), "a wrong code of the same length opens nothing");
        // Anything else is not even tried.
        for other in ["258", "25800", "12+4", "", "abcd", "2580.0"] {
            assert!(v.alarm_code_slot(other).unwrap().is_none(), "{other:?}");
        }
    }

    #[test]
    fn bad_input_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.set_duress(&Secret::new("482916"), &Secret::new("736150")).unwrap();
        for code in ["123", "123456789", "12a4"] {
            assert!(matches!(v.set_up_alarm(SERVER, "terwille", Some(code), None), Err(VaultError::AlarmCode)));
        }
        let wrong = Secret::new("999111");
        assert!(matches!(v.set_up_alarm(SERVER, "terwille", None, Some(&wrong)), Err(VaultError::NotDuressPin)));
        // The diary's own PIN is not the duress PIN either.
        let own = Secret::new("482916");
        assert!(matches!(v.set_up_alarm(SERVER, "terwille", None, Some(&own)), Err(VaultError::NotDuressPin)));
        assert!(v.alarm_setup().unwrap().is_none());
        assert_eq!(token_rows(&v), 0);
        v.lock();
        assert!(matches!(v.set_up_alarm(SERVER, "terwille", Some("2580"), None), Err(VaultError::Locked)));
    }

    #[test]
    fn the_duress_pin_opens_an_empty_diary_and_queues_the_alarm() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let when = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(23, 0, 0).unwrap();
        let body = EntryBody::Appointment {
            starts: when,
            ends: None,
            place: "Hotel aan de gracht, kamer 12".into(),
            with_whom: "Man, grijze auto".into(),
            check_in: None,
            checked_in: false,
            reminder_minutes: None,
            notes: String::new(),
            alert: None,
        };
        v.save(None, body, now()).unwrap();
        let duress = Secret::new("736150");
        v.set_duress(&Secret::new("482916"), &duress).unwrap();
        v.set_up_alarm(SERVER, "terwille", Some("2580"), Some(&duress)).unwrap();
        let token = v.alarm_setup().unwrap().unwrap().target.token.clone();
        assert!(v.queued_alarm_fires().unwrap().is_empty());
        v.lock();

        v.unlock(&duress, now()).unwrap();
        assert!(v.is_unlocked());
        assert!(v.entries().unwrap().is_empty(), "the diary opens empty");
        assert!(v.alarm_setup().unwrap().is_none(), "the empty diary shows nothing of the set-up");
        assert_eq!(token_rows(&v), 0, "no sealed token is left behind");
        let queued = v.queued_alarm_fires().unwrap();
        assert_eq!(queued.len(), 1, "the alarm waits to be sent");
        assert_eq!((queued[0].server.as_str(), queued[0].token.as_str()), (SERVER, token.as_str()));

        // It survives a restart, and the duress PIN now opens an ordinary diary.
        v.close().unwrap();
        let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
        assert_eq!(v.queued_alarm_fires().unwrap().len(), 1);
        v.unlock(&duress, now()).unwrap();
        assert!(v.entries().unwrap().is_empty());
        assert_eq!(v.queued_alarm_fires().unwrap().len(), 1, "an ordinary unlock queues nothing more");
    }

    #[test]
    fn without_the_duress_option_the_duress_pin_queues_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let duress = Secret::new("736150");
        v.set_duress(&Secret::new("482916"), &duress).unwrap();
        v.set_up_alarm(SERVER, "terwille", Some("2580"), None).unwrap();
        v.lock();
        v.unlock(&duress, now()).unwrap();
        assert!(v.queued_alarm_fires().unwrap().is_empty());
        assert!(v.alarm_setup().unwrap().is_none());
    }

    #[test]
    fn a_new_duress_pin_carries_the_alarm_and_the_old_one_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let pin = Secret::new("482916");
        v.set_duress(&pin, &Secret::new("736150")).unwrap();
        v.set_up_alarm(SERVER, "terwille", None, Some(&Secret::new("736150"))).unwrap();
        let new = Secret::new("918273");
        v.set_duress(&pin, &new).unwrap();
        v.lock();
        v.unlock(&new, now()).unwrap();
        assert_eq!(v.queued_alarm_fires().unwrap().len(), 1);
    }

    #[test]
    fn turning_it_off_deletes_the_token_here() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.set_up_alarm(SERVER, "terwille", Some("2580"), None).unwrap();
        assert_eq!(token_rows(&v), 1);
        v.turn_off_alarm().unwrap();
        assert_eq!(token_rows(&v), 0);
        // Never registered with the server: nothing is left to forget.
        assert!(v.alarm_setup().unwrap().is_none());
        assert!(v.alarm_code_slot("2580").unwrap().is_none());
        // Registered: the set-up stays, marked, until the server forgets it.
        v.set_up_alarm(SERVER, "terwille", None, None).unwrap();
        let mut s = v.alarm_setup().unwrap().unwrap();
        s.registered = true;
        v.save_alarm_setup(Some(&s)).unwrap();
        v.turn_off_alarm().unwrap();
        assert!(v.alarm_setup().unwrap().unwrap().removing);
    }

    #[test]
    fn an_alarm_from_the_diary_still_goes_when_the_diary_locks() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.set_up_alarm(SERVER, "terwille", None, None).unwrap();
        let alarm = RaiseAlarm {
            client_id: "a1".into(),
            organisation: "terwille".into(),
            details: Default::default(),
            watch: None,
        };
        v.queue_raise(SERVER, alarm).unwrap();
        assert_eq!(v.pending_raises().unwrap().len(), 1);
        v.lock();
        let queued = v.queued_alarm_fires().unwrap();
        assert_eq!(queued.len(), 1, "handed to the token, which works while locked");
        assert_eq!(queued[0].client_id, "a1");
        v.unlock(&Secret::new("482916"), now()).unwrap();
        assert!(v.pending_raises().unwrap().is_empty(), "and not sent twice");
    }
}
