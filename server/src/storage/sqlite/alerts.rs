//! Check-in watches, alerts and alarm tokens.

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension};

use super::{map_err, SqliteStorage};
use crate::storage::alerts::{parse_status, status_str};
use crate::storage::{
    AlertKind, AlertRow, AlertSettings, Alerts, NewAlarm, NewWatch, OrganisationRow, Sealed, StorageError, WatchRow,
};
use huiskamer_protocol::alerts::WatchStatus;

const WATCH_COLUMNS: &str =
    "account_id, client_id, organisation_id, due_at, fires_at, status, alerted_at, checked_in_at, nonce, sealed";

fn watch_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WatchRow> {
    Ok(WatchRow {
        account_id: r.get(0)?,
        client_id: r.get(1)?,
        organisation_id: r.get(2)?,
        due_at: r.get(3)?,
        fires_at: r.get(4)?,
        status: parse_status(&r.get::<_, String>(5)?),
        alerted_at: r.get(6)?,
        checked_in_at: r.get(7)?,
        details: Sealed::from_columns(r.get(8)?, r.get(9)?),
    })
}

const ALERT_COLUMNS: &str =
    "id, organisation_id, account_id, kind, client_id, watch_client_id, fired_at, nonce, sealed,
    watch_nonce, watch_sealed, checked_in_at, acknowledged_by, acknowledged_at, note_nonce, note_sealed, note_by,
    note_at, resolved_by, resolved_at, mailed_at, mail_attempts";

fn alert_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AlertRow> {
    Ok(AlertRow {
        id: r.get(0)?,
        organisation_id: r.get(1)?,
        account_id: r.get(2)?,
        kind: AlertKind::parse(&r.get::<_, String>(3)?),
        client_id: r.get(4)?,
        watch_client_id: r.get(5)?,
        fired_at: r.get(6)?,
        details: Sealed::from_columns(r.get(7)?, r.get(8)?),
        watch_details: Sealed::from_columns(r.get(9)?, r.get(10)?),
        checked_in_at: r.get(11)?,
        acknowledged_by: r.get(12)?,
        acknowledged_at: r.get(13)?,
        note: Sealed::from_columns(r.get(14)?, r.get(15)?),
        note_by: r.get(16)?,
        note_at: r.get(17)?,
        resolved_by: r.get(18)?,
        resolved_at: r.get(19)?,
        mailed_at: r.get(20)?,
        mail_attempts: r.get::<_, i64>(21)? as u32,
    })
}

fn get_watch(c: &Connection, account: &str, client: &str) -> Result<Option<WatchRow>, StorageError> {
    c.query_row(
        &format!("SELECT {WATCH_COLUMNS} FROM watches WHERE account_id = ?1 AND client_id = ?2"),
        params![account, client],
        watch_row,
    )
    .optional()
    .map_err(map_err)
}

fn get_alert(c: &Connection, id: &str) -> Result<Option<AlertRow>, StorageError> {
    c.query_row(&format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?1"), [id], alert_row)
        .optional()
        .map_err(map_err)
}

fn has_on_call(c: &Connection, org: &str) -> Result<bool, StorageError> {
    c.query_row("SELECT on_call_email IS NOT NULL FROM organisations WHERE id = ?1", [org], |r| r.get(0))
        .optional()
        .map(|v| v.unwrap_or(false))
        .map_err(map_err)
}

fn immediate(c: &mut Connection) -> Result<rusqlite::Transaction<'_>, StorageError> {
    c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)
}

fn settings_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<AlertSettings> {
    Ok(AlertSettings {
        check_in_alerts: r.get(at)?,
        grace_minutes: r.get::<_, i64>(at + 1)? as u32,
        on_call_email: r.get(at + 2)?,
        reply_expectation: r.get(at + 3)?,
    })
}

#[async_trait]
impl Alerts for SqliteStorage {
    async fn organisation_rows(&self) -> Result<Vec<OrganisationRow>, StorageError> {
        self.run(|c| {
            let mut st = c
                .prepare(
                    "SELECT id, name, check_in_alerts, grace_minutes, on_call_email, reply_expectation
                     FROM organisations ORDER BY name",
                )
                .map_err(map_err)?;
            let rows = st
                .query_map([], |r| {
                    Ok(OrganisationRow { id: r.get(0)?, name: r.get(1)?, settings: settings_row(r, 2)? })
                })
                .map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn alert_settings(&self, organisation_id: &str) -> Result<Option<AlertSettings>, StorageError> {
        let org = organisation_id.to_string();
        self.run(move |c| {
            c.query_row(
                "SELECT check_in_alerts, grace_minutes, on_call_email, reply_expectation FROM organisations WHERE id = ?1",
                [org],
                |r| settings_row(r, 0),
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn set_alert_settings(&self, organisation_id: &str, s: &AlertSettings) -> Result<(), StorageError> {
        let (org, s) = (organisation_id.to_string(), s.clone());
        self.run(move |c| {
            c.execute(
                "UPDATE organisations SET check_in_alerts = ?2, grace_minutes = ?3, on_call_email = ?4,
                 reply_expectation = ?5 WHERE id = ?1",
                params![org, s.check_in_alerts, s.grace_minutes as i64, s.on_call_email, s.reply_expectation],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn put_watch(&self, w: NewWatch) -> Result<WatchRow, StorageError> {
        self.run(move |c| {
            let tx = immediate(c)?;
            match get_watch(&tx, &w.account_id, &w.client_id)? {
                Some(old) if old.status != WatchStatus::Watching => return Err(StorageError::Conflict("watch-closed")),
                _ => {}
            }
            let (nonce, sealed) = w.details.map(|s| (s.nonce, s.sealed)).unzip();
            tx.execute(
                "INSERT INTO watches (account_id, client_id, organisation_id, due_at, fires_at, status, nonce, sealed,
                   created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'watching', ?6, ?7, ?8, ?8)
                 ON CONFLICT (account_id, client_id) DO UPDATE SET organisation_id = excluded.organisation_id,
                   due_at = excluded.due_at, fires_at = excluded.fires_at, nonce = excluded.nonce,
                   sealed = excluded.sealed, updated_at = excluded.updated_at",
                params![w.account_id, w.client_id, w.organisation_id, w.due_at, w.fires_at, nonce, sealed, w.now],
            )
            .map_err(map_err)?;
            let row = get_watch(&tx, &w.account_id, &w.client_id)?
                .ok_or_else(|| StorageError::Internal("watch vanished".into()))?;
            tx.commit().map_err(map_err)?;
            Ok(row)
        })
        .await
    }

    async fn watch(&self, account_id: &str, client_id: &str) -> Result<Option<WatchRow>, StorageError> {
        let (a, id) = (account_id.to_string(), client_id.to_string());
        self.run(move |c| get_watch(c, &a, &id)).await
    }

    async fn check_in(
        &self,
        account_id: &str,
        client_id: &str,
        at: i64,
        now: i64,
    ) -> Result<Option<WatchRow>, StorageError> {
        let (a, id) = (account_id.to_string(), client_id.to_string());
        self.run(move |c| {
            let tx = immediate(c)?;
            let Some(w) = get_watch(&tx, &a, &id)? else { return Ok(None) };
            let next = match w.status {
                WatchStatus::Watching => WatchStatus::CheckedIn,
                WatchStatus::Alerted => WatchStatus::CheckedInLate,
                _ => return Ok(Some(w)),
            };
            tx.execute(
                "UPDATE watches SET status = ?3, checked_in_at = ?4, updated_at = ?5, nonce = NULL, sealed = NULL
                 WHERE account_id = ?1 AND client_id = ?2",
                params![a, id, status_str(next), at, now],
            )
            .map_err(map_err)?;
            if next == WatchStatus::CheckedInLate {
                tx.execute(
                    "UPDATE alerts SET checked_in_at = ?3
                     WHERE account_id = ?1 AND kind = 'missed-check-in' AND client_id = ?2",
                    params![a, id, at],
                )
                .map_err(map_err)?;
            }
            let row = get_watch(&tx, &a, &id)?;
            tx.commit().map_err(map_err)?;
            Ok(row)
        })
        .await
    }

    async fn cancel_watch(
        &self,
        account_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<Option<WatchRow>, StorageError> {
        let (a, id) = (account_id.to_string(), client_id.to_string());
        self.run(move |c| {
            let tx = immediate(c)?;
            let Some(w) = get_watch(&tx, &a, &id)? else { return Ok(None) };
            match w.status {
                WatchStatus::Watching => {}
                WatchStatus::Alerted | WatchStatus::CheckedInLate => {
                    return Err(StorageError::Conflict("alert-raised"))
                }
                _ => return Ok(Some(w)),
            }
            tx.execute(
                "UPDATE watches SET status = 'cancelled', updated_at = ?3, nonce = NULL, sealed = NULL
                 WHERE account_id = ?1 AND client_id = ?2",
                params![a, id, now],
            )
            .map_err(map_err)?;
            let row = get_watch(&tx, &a, &id)?;
            tx.commit().map_err(map_err)?;
            Ok(row)
        })
        .await
    }

    async fn current_watch(&self, account_id: &str) -> Result<Option<WatchRow>, StorageError> {
        let a = account_id.to_string();
        self.run(move |c| {
            c.query_row(
                &format!(
                    "SELECT {WATCH_COLUMNS} FROM watches WHERE account_id = ?1 AND status IN ('watching', 'alerted')
                     ORDER BY fires_at LIMIT 1"
                ),
                [a],
                watch_row,
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn fire_due_watches(&self, now: i64) -> Result<Vec<AlertRow>, StorageError> {
        self.run(move |c| {
            let tx = immediate(c)?;
            let due: Vec<WatchRow> = {
                let mut st = tx
                    .prepare(&format!(
                        "SELECT {WATCH_COLUMNS} FROM watches WHERE status = 'watching' AND fires_at <= ?1
                         ORDER BY fires_at LIMIT 500"
                    ))
                    .map_err(map_err)?;
                let rows = st.query_map([now], watch_row).map_err(map_err)?;
                rows.collect::<Result<_, _>>().map_err(map_err)?
            };
            let mut fired = Vec::with_capacity(due.len());
            for w in due {
                let changed = tx
                    .execute(
                        "UPDATE watches SET status = 'alerted', alerted_at = ?3, updated_at = ?3
                         WHERE account_id = ?1 AND client_id = ?2 AND status = 'watching'",
                        params![w.account_id, w.client_id, now],
                    )
                    .map_err(map_err)?;
                if changed != 1 {
                    continue;
                }
                let id = crate::storage::alerts::new_alert_id();
                let mail_next = has_on_call(&tx, &w.organisation_id)?.then_some(now);
                let (nonce, sealed) = w.details.map(|s| (s.nonce, s.sealed)).unzip();
                let inserted = tx
                    .execute(
                        "INSERT INTO alerts (id, organisation_id, account_id, kind, client_id, watch_client_id,
                           fired_at, watch_nonce, watch_sealed, mail_next_at)
                         VALUES (?1, ?2, ?3, 'missed-check-in', ?4, ?4, ?5, ?6, ?7, ?8)
                         ON CONFLICT (account_id, kind, client_id) DO NOTHING",
                        params![id, w.organisation_id, w.account_id, w.client_id, now, nonce, sealed, mail_next],
                    )
                    .map_err(map_err)?;
                if inserted == 1 {
                    fired.extend(get_alert(&tx, &id)?);
                }
            }
            tx.commit().map_err(map_err)?;
            Ok(fired)
        })
        .await
    }

    async fn raise_alarm(&self, a: NewAlarm) -> Result<(AlertRow, bool), StorageError> {
        self.run(move |c| {
            let tx = immediate(c)?;
            let existing: Option<String> = tx
                .query_row(
                    "SELECT id FROM alerts WHERE account_id = ?1 AND kind = 'alarm' AND client_id = ?2",
                    params![a.account_id, a.client_id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(map_err)?;
            if let Some(id) = existing {
                let row = get_alert(&tx, &id)?.ok_or_else(|| StorageError::Internal("alert vanished".into()))?;
                return Ok((row, false));
            }
            let watch = match &a.watch_client_id {
                Some(w) => get_watch(&tx, &a.account_id, w)?,
                None => None,
            };
            let watch_client_id = watch.as_ref().map(|w| w.client_id.clone());
            let (wn, ws) = watch.and_then(|w| w.details).map(|s| (s.nonce, s.sealed)).unzip();
            let (n, s) = a.details.map(|s| (s.nonce, s.sealed)).unzip();
            let mail_next = has_on_call(&tx, &a.organisation_id)?.then_some(a.now);
            tx.execute(
                "INSERT INTO alerts (id, organisation_id, account_id, kind, client_id, watch_client_id, fired_at,
                   nonce, sealed, watch_nonce, watch_sealed, mail_next_at)
                 VALUES (?1, ?2, ?3, 'alarm', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    a.id,
                    a.organisation_id,
                    a.account_id,
                    a.client_id,
                    watch_client_id,
                    a.now,
                    n,
                    s,
                    wn,
                    ws,
                    mail_next
                ],
            )
            .map_err(map_err)?;
            let row = get_alert(&tx, &a.id)?.ok_or_else(|| StorageError::Internal("alert vanished".into()))?;
            tx.commit().map_err(map_err)?;
            Ok((row, true))
        })
        .await
    }

    async fn put_alarm_token(
        &self,
        account_id: &str,
        organisation_id: &str,
        token_hash: &[u8; 32],
        now: i64,
    ) -> Result<(), StorageError> {
        let (a, org, h) = (account_id.to_string(), organisation_id.to_string(), token_hash.to_vec());
        self.run(move |c| {
            c.execute(
                "INSERT INTO alarm_tokens (account_id, organisation_id, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id) DO UPDATE SET organisation_id = excluded.organisation_id,
                   token_hash = excluded.token_hash, created_at = excluded.created_at",
                params![a, org, h, now],
            )
            .map(|_| ())
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => StorageError::Conflict("token-taken"),
                _ => map_err(e),
            })
        })
        .await
    }

    async fn delete_alarm_token(&self, account_id: &str) -> Result<(), StorageError> {
        let a = account_id.to_string();
        self.run(move |c| c.execute("DELETE FROM alarm_tokens WHERE account_id = ?1", [a]).map(|_| ()).map_err(map_err))
            .await
    }

    async fn alarm_token(&self, token_hash: &[u8; 32]) -> Result<Option<(String, String)>, StorageError> {
        let h = token_hash.to_vec();
        self.run(move |c| {
            c.query_row("SELECT account_id, organisation_id FROM alarm_tokens WHERE token_hash = ?1", [h], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn alerts_of(&self, organisation_id: &str) -> Result<Vec<AlertRow>, StorageError> {
        let org = organisation_id.to_string();
        self.run(move |c| {
            let mut st = c
                .prepare(&format!(
                    "SELECT {ALERT_COLUMNS} FROM alerts WHERE organisation_id = ?1
                     ORDER BY resolved_at IS NOT NULL, acknowledged_at IS NOT NULL, fired_at DESC LIMIT 200"
                ))
                .map_err(map_err)?;
            let rows = st.query_map([org], alert_row).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn alert(&self, organisation_id: &str, id: &str) -> Result<Option<AlertRow>, StorageError> {
        let (org, id) = (organisation_id.to_string(), id.to_string());
        self.run(move |c| Ok(get_alert(c, &id)?.filter(|a| a.organisation_id == org))).await
    }

    async fn acknowledge_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let (org, id, worker) = (organisation_id.to_string(), id.to_string(), worker.to_string());
        self.run(move |c| {
            c.execute(
                "UPDATE alerts SET acknowledged_by = COALESCE(acknowledged_by, ?3),
                   acknowledged_at = COALESCE(acknowledged_at, ?4)
                 WHERE id = ?1 AND organisation_id = ?2",
                params![id, org, worker, now],
            )
            .map(|n| n == 1)
            .map_err(map_err)
        })
        .await
    }

    async fn note_alert(
        &self,
        organisation_id: &str,
        id: &str,
        note: Sealed,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let (org, id, worker) = (organisation_id.to_string(), id.to_string(), worker.to_string());
        self.run(move |c| {
            c.execute(
                "UPDATE alerts SET note_nonce = ?3, note_sealed = ?4, note_by = ?5, note_at = ?6
                 WHERE id = ?1 AND organisation_id = ?2",
                params![id, org, note.nonce, note.sealed, worker, now],
            )
            .map(|n| n == 1)
            .map_err(map_err)
        })
        .await
    }

    async fn resolve_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let (org, id, worker) = (organisation_id.to_string(), id.to_string(), worker.to_string());
        self.run(move |c| {
            let tx = immediate(c)?;
            let Some(a) = get_alert(&tx, &id)?.filter(|a| a.organisation_id == org) else { return Ok(false) };
            tx.execute(
                "UPDATE alerts SET acknowledged_by = COALESCE(acknowledged_by, ?2),
                   acknowledged_at = COALESCE(acknowledged_at, ?3),
                   resolved_by = COALESCE(resolved_by, ?2), resolved_at = COALESCE(resolved_at, ?3)
                 WHERE id = ?1",
                params![id, worker, now],
            )
            .map_err(map_err)?;
            if a.kind == AlertKind::MissedCheckIn {
                tx.execute(
                    "UPDATE watches SET nonce = NULL, sealed = NULL, updated_at = ?3
                     WHERE account_id = ?1 AND client_id = ?2",
                    params![a.account_id, a.client_id, now],
                )
                .map_err(map_err)?;
            }
            tx.commit().map_err(map_err)?;
            Ok(true)
        })
        .await
    }

    async fn claim_mail(&self, now: i64, retry_at: i64) -> Result<Vec<AlertRow>, StorageError> {
        self.run(move |c| {
            let tx = immediate(c)?;
            let ids: Vec<String> = {
                let mut st = tx
                    .prepare("SELECT id FROM alerts WHERE mail_next_at IS NOT NULL AND mail_next_at <= ?1 LIMIT 50")
                    .map_err(map_err)?;
                let rows = st.query_map([now], |r| r.get(0)).map_err(map_err)?;
                rows.collect::<Result<_, _>>().map_err(map_err)?
            };
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                tx.execute(
                    "UPDATE alerts SET mail_next_at = ?2, mail_attempts = mail_attempts + 1 WHERE id = ?1",
                    params![id, retry_at],
                )
                .map_err(map_err)?;
                out.extend(get_alert(&tx, &id)?);
            }
            tx.commit().map_err(map_err)?;
            Ok(out)
        })
        .await
    }

    async fn mail_finished(&self, id: &str, sent: bool, now: i64) -> Result<(), StorageError> {
        let id = id.to_string();
        self.run(move |c| {
            c.execute(
                "UPDATE alerts SET mail_next_at = NULL, mailed_at = CASE WHEN ?2 THEN ?3 ELSE mailed_at END WHERE id = ?1",
                params![id, sent, now],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn purge_alerts_before(&self, cutoff: i64) -> Result<u64, StorageError> {
        self.run(move |c| {
            let tx = immediate(c)?;
            let n = tx
                .execute("DELETE FROM alerts WHERE resolved_at IS NOT NULL AND resolved_at < ?1", [cutoff])
                .map_err(map_err)?;
            tx.execute(
                "DELETE FROM watches WHERE status <> 'watching' AND updated_at < ?1 AND NOT EXISTS (
                   SELECT 1 FROM alerts a WHERE a.account_id = watches.account_id
                   AND a.watch_client_id = watches.client_id AND a.resolved_at IS NULL)",
                [cutoff],
            )
            .map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(n as u64)
        })
        .await
    }
}
