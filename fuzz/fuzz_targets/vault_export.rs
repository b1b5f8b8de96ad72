//! The encrypted export file. The input is tried as a whole file (restore
//! with a fixed recovery key must refuse it cleanly), and as the payload
//! inside a correctly sealed file, so the record parser and the restore
//! behind the decryption are reached. A refused restore changes nothing.
#![no_main]
use std::sync::{Mutex, OnceLock};

use huiskamer_core::vault::crypto::{seal, seal_recovery_slot, Key, RecoveryKey, RECOVERY_SLOT_LEN};
use huiskamer_core::vault::export::parse_payload;
use huiskamer_core::vault::{KdfParams, Secret, Vault, VaultState};
use libfuzzer_sys::fuzz_target;

struct Fixture {
    _dir: tempfile::TempDir,
    vault: Vault,
    recovery: RecoveryKey,
}

fn fixture() -> &'static Mutex<Fixture> {
    static F: OnceLock<Mutex<Fixture>> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
        let recovery = RecoveryKey::from_bytes([3u8; 16]);
        Mutex::new(Fixture { _dir: dir, vault, recovery })
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = parse_payload(data);
    let mut f = fixture().lock().unwrap();
    let now = chrono::Utc::now();
    let pin = Secret::new("482916");

    // 1. The input as a whole file.
    let key = f.recovery.display().to_string();
    if f.vault.restore(data, &key, &pin, now).is_ok() {
        f.vault.destroy().unwrap();
    }
    assert_eq!(f.vault.status(now).unwrap().state, VaultState::NotSetUp);

    // 2. The input as the payload of a well-formed file.
    let master = Key::from_bytes([9u8; 32]);
    let mut file = b"HKDIARY1".to_vec();
    let slot = seal_recovery_slot(&f.recovery, &master).unwrap();
    assert_eq!(slot.len(), RECOVERY_SLOT_LEN);
    file.extend_from_slice(&slot);
    let sealed = seal(&master.subkey("export"), &file, data).unwrap();
    file.extend_from_slice(&sealed);
    match f.vault.restore(&file, &key, &pin, now) {
        Ok(()) => f.vault.destroy().unwrap(),
        Err(_) => {
            assert_eq!(f.vault.status(now).unwrap().state, VaultState::NotSetUp, "a refused restore changed the vault")
        }
    }
});
