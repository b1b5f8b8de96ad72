//! The vault through its public API, on real SQLite files.

use std::time::Duration;

use chrono::{Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use zeroize::Zeroizing;

use super::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn pin() -> Secret {
    Secret::new("482916")
}

fn new_vault(dir: &Path) -> (Vault, Zeroizing<String>) {
    let mut v = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
    let rk = v.set_up(&pin()).unwrap();
    (v, rk)
}

fn note(text: &str) -> EntryBody {
    EntryBody::Note { at: t("2026-11-23 10:00"), title: "Notitie".into(), text: text.into() }
}

fn appointment(starts: &str, with_whom: &str) -> EntryBody {
    EntryBody::Appointment {
        starts: t(starts),
        ends: None,
        place: "Hotel aan de gracht".into(),
        with_whom: with_whom.into(),
        check_in: None,
        checked_in: false,
        reminder_minutes: Some(30),
        notes: String::new(),
        alert: None,
    }
}

/// Every file under `dir`, read whole.
fn all_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(all_files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn set_up_lock_unlock_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, rk) = new_vault(dir.path());
    assert_eq!(rk.split('-').count(), 8);
    let e = v.save(None, note("eerste notitie"), now()).unwrap();
    v.lock();
    assert_eq!(v.status(now()).unwrap().state, VaultState::Locked);
    assert!(matches!(v.get(&e.id), Err(VaultError::Locked)));
    v.unlock(&pin(), now()).unwrap();
    assert_eq!(v.get(&e.id).unwrap().body, note("eerste notitie"));
    assert!(matches!(v.set_up(&pin()), Err(VaultError::AlreadySetUp)));
}

#[test]
fn weak_pins_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    assert!(matches!(v.set_up(&Secret::new("1234")), Err(VaultError::Weak(WeakSecret::PinTooShort))));
    assert!(matches!(v.set_up(&Secret::new("111111")), Err(VaultError::Weak(WeakSecret::PinTooSimple))));
    assert_eq!(v.status(now()).unwrap().state, VaultState::NotSetUp);
}

#[test]
fn lock_wipes_the_key_holder() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    assert!(v.key_holder().raw().iter().any(|&b| b != 0));
    v.lock();
    assert!(v.key_holder().raw().iter().all(|&b| b == 0), "keys left in memory after lock");
}

#[test]
fn wrong_pins_back_off_and_the_wait_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    v.lock();
    let wrong = Secret::new("000123");
    for n in 1..=FREE_ATTEMPTS {
        match v.unlock(&wrong, now()) {
            Err(VaultError::WrongSecret { attempts, wait_secs: 0 }) => assert_eq!(attempts, n),
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(v.unlock(&wrong, now()), Err(VaultError::WrongSecret { attempts: 5, wait_secs: 30 })));
    // Even the right PIN has to wait, and restarting the app does not help.
    drop(v);
    let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    assert!(matches!(v.unlock(&pin(), now()), Err(VaultError::Wait { secs: 30 })));
    assert_eq!(v.status(now()).unwrap().wait_secs, 30);
    let later = now() + chrono::Duration::seconds(31);
    assert!(matches!(v.unlock(&wrong, later), Err(VaultError::WrongSecret { attempts: 6, wait_secs: 60 })));
    let later = later + chrono::Duration::seconds(61);
    v.unlock(&pin(), later).unwrap();
    // A right PIN resets the count.
    v.lock();
    assert!(matches!(v.unlock(&wrong, later), Err(VaultError::WrongSecret { attempts: 1, wait_secs: 0 })));
}

#[test]
fn opt_in_wipe_after_failed_unlocks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    v.save(None, note("WIPEMARKER"), now()).unwrap();
    assert!(matches!(v.set_wipe_after(Some(1)), Err(VaultError::Invalid(Field::WipeAfter))));
    v.set_wipe_after(Some(3)).unwrap();
    v.lock();
    let wrong = Secret::new("000123");
    let mut at = now();
    for _ in 0..3 {
        let _ = v.unlock(&wrong, at);
        at += chrono::Duration::hours(2);
    }
    assert_eq!(v.status(at).unwrap().state, VaultState::NotSetUp);
    assert!(matches!(v.unlock(&pin(), at), Err(VaultError::NotSetUp)));
}

#[test]
fn duress_pin_destroys_the_diary_and_opens_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let duress = Secret::new("731904");
    assert!(matches!(v.set_duress(&pin(), &pin()), Err(VaultError::SameAsPin)));
    assert!(matches!(v.set_duress(&Secret::new("000123"), &duress), Err(VaultError::WrongSecret { .. })));
    v.set_duress(&pin(), &duress).unwrap();
    v.save(None, appointment("2026-11-23 21:00", "DURESSMARKER"), now()).unwrap();
    let slots_before: Vec<Vec<u8>> = ["slot0", "slot1"].iter().map(|s| v.meta_blob(s).unwrap().unwrap()).collect();
    assert_eq!(slots_before[0].len(), slots_before[1].len(), "slots must look alike");
    v.lock();

    v.unlock(&duress, now()).unwrap();
    let st = v.status(now()).unwrap();
    assert_eq!(st.state, VaultState::Unlocked, "to an onlooker it simply opened");
    assert!(v.entries().unwrap().is_empty());
    assert_eq!(v.next_alarm().unwrap(), None);
    // The duress PIN is now the PIN of the empty diary; the old PIN opens nothing.
    v.lock();
    assert!(matches!(v.unlock(&pin(), now()), Err(VaultError::WrongSecret { .. })));
    v.unlock(&duress, now()).unwrap();
    v.close().unwrap();
    // Neither the old key slots nor the old ciphertext remain in any file.
    for (path, bytes) in all_files(dir.path()) {
        for slot in &slots_before {
            assert!(!contains(&bytes, slot), "old key slot survives in {path:?}");
        }
    }
}

#[test]
fn swapped_ciphertexts_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let a = v.save(None, note("eerste"), now()).unwrap();
    let b = v.save(None, note("tweede"), now()).unwrap();
    let da = Vault::read_raw(&v.conn, &a.id).unwrap().unwrap().data;
    let db = Vault::read_raw(&v.conn, &b.id).unwrap().unwrap().data;
    v.conn.execute("UPDATE records SET data = ?1 WHERE id = ?2", params![db, a.id]).unwrap();
    v.conn.execute("UPDATE records SET data = ?1 WHERE id = ?2", params![da, b.id]).unwrap();
    assert!(matches!(v.get(&a.id), Err(VaultError::Tampered)));
    assert!(matches!(v.entries(), Err(VaultError::Tampered)));
    assert_eq!(VaultError::Tampered.code(), "vault-tampered");
}

#[test]
fn an_older_version_put_back_is_detected_at_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let e = v.save(None, note("versie een"), now()).unwrap();
    let old = Vault::read_raw(&v.conn, &e.id).unwrap().unwrap();
    v.save(Some(&e.id), note("versie twee"), now()).unwrap();
    // Someone with the file puts the old row back (a valid, older ciphertext).
    v.conn
        .execute(
            "UPDATE records SET version = ?1, data = ?2 WHERE id = ?3",
            params![old.version as i64, old.data, e.id],
        )
        .unwrap();
    v.lock();
    assert!(matches!(v.unlock(&pin(), now()), Err(VaultError::Tampered)));
    assert!(!v.is_unlocked());
    // Deleting a row is caught the same way.
    let dir2 = tempfile::tempdir().unwrap();
    let (mut v2, _) = new_vault(dir2.path());
    let e2 = v2.save(None, note("weg"), now()).unwrap();
    v2.conn.execute("DELETE FROM records WHERE id = ?1", [&e2.id]).unwrap();
    v2.lock();
    assert!(matches!(v2.unlock(&pin(), now()), Err(VaultError::Tampered)));
}

#[test]
fn nothing_written_appears_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, rk) = new_vault(dir.path());
    let markers = ["MARKER-appointment-Zandvoort", "MARKER-klant-Jeroen", "MARKER-notitie-geheim", "MARKER-incident"];
    v.save(None, appointment("2026-11-24 21:00", markers[1]), now()).unwrap();
    let mut a = appointment("2026-11-25 21:00", "x");
    if let EntryBody::Appointment { place, .. } = &mut a {
        *place = markers[0].into();
    }
    v.save(None, a, now()).unwrap();
    let n = v.save(None, note(markers[2]), now()).unwrap();
    v.save(Some(&n.id), note("anders"), now()).unwrap();
    let photo = v.add_photo(b"\xFF\xD8\xFF\xE0MARKER-photo-bytes", now()).unwrap();
    v.save(
        None,
        EntryBody::Incident {
            happened: t("2026-11-22 23:00"),
            place: String::new(),
            what: markers[3].into(),
            who: String::new(),
            photos: vec![photo],
        },
        now(),
    )
    .unwrap();
    assert_eq!(v.search("zandvoort").unwrap().len(), 1);
    let export = v.export().unwrap();
    std::fs::write(dir.path().join("backup.hkb"), &export).unwrap();
    v.close().unwrap();
    let files = all_files(dir.path());
    assert!(files.len() >= 2);
    for (path, bytes) in &files {
        for m in markers.iter().chain(&["MARKER-photo-bytes", pin_str(), rk.as_str(), &rk.replace('-', "")]) {
            assert!(!contains(bytes, m.as_bytes()), "{m} found in {path:?}");
        }
    }
}

fn pin_str() -> &'static str {
    "482916"
}

#[test]
fn export_restores_on_another_device_with_the_recovery_key() {
    let a = tempfile::tempdir().unwrap();
    let (mut v, rk) = new_vault(a.path());
    let kept = v.save(None, appointment("2026-11-24 21:00", "vaste klant"), now()).unwrap();
    let gone = v.save(None, note("weg"), now()).unwrap();
    v.delete(&gone.id, now()).unwrap();
    let photo = v.add_photo(b"\x89PNG\r\n\x1a\nbeeld", now()).unwrap();
    let inc = v
        .save(
            None,
            EntryBody::Incident {
                happened: t("2026-11-22 23:00"),
                place: "Straat".into(),
                what: "Geduwd".into(),
                who: String::new(),
                photos: vec![photo.clone()],
            },
            now(),
        )
        .unwrap();
    let file = v.export().unwrap();

    let b = tempfile::tempdir().unwrap();
    let mut w = Vault::open_with(&b.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    // A wrong key, a typo, a damaged file: a clear error, and nothing changes.
    let other = RecoveryKey::random().unwrap().display();
    assert!(matches!(w.restore(&file, &other, &Secret::new("550912"), now()), Err(VaultError::WrongRecoveryKey)));
    let typo = rk.replacen(|c: char| c.is_ascii_alphanumeric(), "Z", 1);
    let typo = if typo == *rk { rk.replacen('Z', "Y", 1) } else { typo };
    assert!(matches!(w.restore(&file, &typo, &Secret::new("550912"), now()), Err(VaultError::RecoveryKey(_))));
    let mut damaged = file.clone();
    let mid = damaged.len() / 2;
    damaged[mid] ^= 1;
    assert!(matches!(w.restore(&damaged, &rk, &Secret::new("550912"), now()), Err(VaultError::CorruptBackup)));
    assert!(matches!(
        w.restore(&file[..file.len() - 1], &rk, &Secret::new("550912"), now()),
        Err(VaultError::CorruptBackup)
    ));
    assert!(matches!(
        w.restore(b"not a backup at all, sorry", &rk, &Secret::new("550912"), now()),
        Err(VaultError::CorruptBackup)
    ));
    assert_eq!(w.status(now()).unwrap().state, VaultState::NotSetUp);
    assert!(!w.is_unlocked());

    w.restore(&file, &rk.to_lowercase(), &Secret::new("550912"), now()).unwrap();
    let entries = w.entries().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(w.get(&kept.id).unwrap().body, kept.body);
    assert!(matches!(w.get(&gone.id), Err(VaultError::NotFound)));
    assert_eq!(w.get(&inc.id).unwrap().body.photos(), std::slice::from_ref(&photo));
    assert_eq!(&w.photo(&photo).unwrap().0[..], b"\x89PNG\r\n\x1a\nbeeld");
    // The restored diary opens with the new PIN, its digest intact.
    w.lock();
    w.unlock(&Secret::new("550912"), now()).unwrap();
    assert!(matches!(w.restore(&file, &rk, &Secret::new("550912"), now()), Err(VaultError::AlreadySetUp)));
}

#[test]
fn change_pin_keeps_the_diary_and_the_duress_pin() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let duress = Secret::new("731904");
    v.set_duress(&pin(), &duress).unwrap();
    let e = v.save(None, note("blijft"), now()).unwrap();
    assert!(matches!(v.change_secret(&pin(), &duress), Err(VaultError::SameAsPin)));
    assert!(matches!(
        v.change_secret(&Secret::new("000123"), &Secret::new("604817")),
        Err(VaultError::WrongSecret { .. })
    ));
    v.change_secret(&pin(), &Secret::new("zonnebloem 7")).unwrap();
    v.lock();
    assert!(matches!(v.unlock(&pin(), now()), Err(VaultError::WrongSecret { .. })));
    v.unlock(&Secret::new("zonnebloem 7"), now()).unwrap();
    assert_eq!(v.get(&e.id).unwrap().body, note("blijft"));
    v.lock();
    v.unlock(&duress, now()).unwrap();
    assert!(v.entries().unwrap().is_empty());
}

#[test]
fn entries_list_by_day_and_search() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    v.save(None, appointment("2026-11-24 21:00", "Mark"), now()).unwrap();
    v.save(None, appointment("2026-11-30 20:00", "Ahmed"), now()).unwrap();
    let n = v.save(None, note("Huur betalen"), now()).unwrap();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let week = v.between(day("2026-11-23"), day("2026-11-30")).unwrap();
    assert_eq!(week.len(), 2);
    assert_eq!(week[0].id, n.id, "oldest first");
    assert_eq!(v.between(day("2026-11-30"), day("2026-12-01")).unwrap().len(), 1);
    assert_eq!(v.search("ahm").unwrap().len(), 1);
    assert_eq!(v.search("HUUR betalen").unwrap().len(), 1);
    assert_eq!(v.search("huur mark").unwrap().len(), 0);
    assert!(v.search("  ").unwrap().is_empty());
    v.delete(&n.id, now()).unwrap();
    assert!(matches!(v.get(&n.id), Err(VaultError::NotFound)));
    assert!(matches!(v.delete(&n.id, now()), Err(VaultError::NotFound)));
    assert!(matches!(v.save(Some(&n.id), note("terug?"), now()), Err(VaultError::NotFound)));
    assert!(matches!(v.save(Some("nope"), note("x"), now()), Err(VaultError::NotFound)));
}

#[test]
fn bad_entries_and_photos_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    assert!(matches!(v.add_photo(b"<svg onload=alert(1)>", now()), Err(VaultError::Invalid(Field::PhotoType))));
    let big = vec![0xFFu8; entry::MAX_PHOTO_BYTES + 1];
    assert!(matches!(v.add_photo(&big, now()), Err(VaultError::Invalid(Field::PhotoSize))));
    let bad = EntryBody::Incident {
        happened: t("2026-11-22 23:00"),
        place: String::new(),
        what: "x".into(),
        who: String::new(),
        photos: vec!["00ff".into()],
    };
    assert!(matches!(v.save(None, bad, now()), Err(VaultError::Invalid(Field::Photos))));
    assert!(v.entries().unwrap().is_empty());
}

#[test]
fn versions_only_grow_even_when_the_clock_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let e = v.save(None, note("een"), now()).unwrap();
    let back = now() - chrono::Duration::days(3);
    let e2 = v.save(Some(&e.id), note("twee"), back).unwrap();
    assert!(e2.version > e.version);
}

#[test]
fn reminders_fire_while_locked_and_say_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    let starts = (now() + chrono::Duration::hours(3)).with_timezone(&Local).naive_local();
    let mut a = appointment("2026-11-23 00:00", "Mark");
    if let EntryBody::Appointment { starts: s, check_in, .. } = &mut a {
        *s = starts;
        *check_in = Some(starts + chrono::Duration::hours(2));
    }
    let e = v.save(None, a.clone(), now()).unwrap();
    let at: Vec<(String, i64)> = v
        .conn
        .prepare("SELECT id, at FROM alarms")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(at.len(), 2);
    assert!(at.iter().all(|(id, _)| !id.contains(&e.id)), "alarm ids don't name the entry");
    v.lock();
    assert_eq!(v.take_due_alarms(now()).unwrap(), Vec::<String>::new());
    let reminder = v.take_due_alarms(now() + chrono::Duration::minutes(151)).unwrap();
    let check_in = v.take_due_alarms(now() + chrono::Duration::hours(6)).unwrap();
    assert_eq!((reminder.len(), check_in.len()), (1, 1));
    assert!(v.alarm_entry(&reminder[0]).is_err(), "locked, an alarm names no entry");
    // Unlocked, each alarm leads back to its appointment (a tap on the
    // notification opens it); an unknown id leads nowhere.
    v.unlock(&pin(), now()).unwrap();
    let found = |id: &str| v.alarm_entry(id).unwrap().map(|(entry, kind)| (entry.id, kind));
    assert_eq!(found(&reminder[0]), Some((e.id.clone(), entry::Alarm::Reminder)));
    assert_eq!(found(&check_in[0]), Some((e.id.clone(), entry::Alarm::CheckIn)));
    assert_eq!(found("00112233445566778899aabbccddeeff"), None);
    // Checking in removes the check-in alarm; deleting removes all.
    if let EntryBody::Appointment { checked_in, .. } = &mut a {
        *checked_in = true;
    }
    v.save(Some(&e.id), a, now()).unwrap();
    assert!(v.next_alarm().unwrap().is_some());
    v.delete(&e.id, now()).unwrap();
    assert_eq!(v.next_alarm().unwrap(), None);
}

#[test]
fn idle_vault_locks_itself() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    assert!(matches!(v.set_auto_lock(5), Err(VaultError::Invalid(Field::AutoLock))));
    v.set_auto_lock(60).unwrap();
    let start = Instant::now();
    v.touch();
    assert!(!v.lock_if_idle(start + Duration::from_secs(30)));
    assert!(v.lock_if_idle(Instant::now() + Duration::from_secs(61)));
    assert!(!v.is_unlocked());
    assert!(v.key_holder().raw().iter().all(|&b| b == 0));
}

#[test]
fn destroy_leaves_a_fresh_vault() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(dir.path());
    v.save(None, note("DESTROYMARKER"), now()).unwrap();
    v.destroy().unwrap();
    assert_eq!(v.status(now()).unwrap().state, VaultState::NotSetUp);
    v.set_up(&Secret::new("604817")).unwrap();
    assert!(v.entries().unwrap().is_empty());
}

#[test]
fn after_duress_the_old_recovery_key_opens_no_new_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, rk) = new_vault(dir.path());
    let duress = Secret::new("731904");
    v.set_duress(&pin(), &duress).unwrap();
    let before = v.export().unwrap();
    v.lock();
    v.unlock(&duress, now()).unwrap();
    let after = v.export().unwrap();
    assert_eq!(before.len(), after.len(), "an empty diary's backup looks like any other");
    let other = tempfile::tempdir().unwrap();
    let mut w = Vault::open_with(&other.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    assert!(matches!(w.restore(&after, &rk, &Secret::new("550912"), now()), Err(VaultError::WrongRecoveryKey)));
    // The backup made before is still the person's, with their recovery key.
    w.restore(&before, &rk, &Secret::new("550912"), now()).unwrap();
}

mod model {
    //! The vault against a model (a map from id to entry): any sequence of
    //! adds, edits, deletes, locks and restarts leaves exactly the model's
    //! entries, and a deleted entry never comes back.
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    #[derive(Debug, Clone)]
    enum Op {
        Add(String),
        Edit(usize, String),
        Delete(usize),
        Relock,
        Reopen,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => "[a-zé ]{1,30}".prop_map(Op::Add),
            3 => (any::<usize>(), "[a-zé ]{1,30}").prop_map(|(i, t)| Op::Edit(i, t)),
            2 => any::<usize>().prop_map(Op::Delete),
            1 => Just(Op::Relock),
            1 => Just(Op::Reopen),
        ]
    }

    fn body(text: &str) -> EntryBody {
        EntryBody::Note { at: t("2026-11-23 10:00"), title: "t".into(), text: text.into() }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn the_vault_behaves_like_a_map(ops in proptest::collection::vec(op(), 1..40)) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("vault.sqlite");
            let (mut v, _) = new_vault(dir.path());
            let mut model: BTreeMap<String, EntryBody> = BTreeMap::new();
            let mut ids: Vec<String> = Vec::new();
            for op in ops {
                match op {
                    Op::Add(text) => {
                        let e = v.save(None, body(&text), now()).unwrap();
                        model.insert(e.id.clone(), body(&text));
                        ids.push(e.id);
                    }
                    Op::Edit(i, text) if !ids.is_empty() => {
                        let id = &ids[i % ids.len()];
                        let r = v.save(Some(id), body(&text), now());
                        if model.contains_key(id) {
                            prop_assert!(r.is_ok());
                            model.insert(id.clone(), body(&text));
                        } else {
                            prop_assert!(matches!(r, Err(VaultError::NotFound)), "a deleted entry came back");
                        }
                    }
                    Op::Delete(i) if !ids.is_empty() => {
                        let id = &ids[i % ids.len()];
                        let r = v.delete(id, now());
                        prop_assert_eq!(r.is_ok(), model.remove(id).is_some());
                    }
                    Op::Relock => {
                        v.lock();
                        v.unlock(&pin(), now()).unwrap();
                    }
                    Op::Reopen => {
                        drop(v);
                        v = Vault::open_with(&path, KdfParams::TEST).unwrap();
                        v.unlock(&pin(), now()).unwrap();
                    }
                    _ => {}
                }
                let got: BTreeMap<String, EntryBody> = v.entries().unwrap().into_iter().map(|e| (e.id, e.body)).collect();
                prop_assert_eq!(&got, &model);
            }
        }
    }
}
