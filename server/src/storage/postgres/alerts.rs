//! Check-in watches, alerts and alarm tokens. Every change that must happen
//! once (a watch firing, an alarm raised, a mail claimed) is a conditional
//! update or a row lock, so several instances never do it twice.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;
use huiskamer_protocol::alerts::WatchStatus;
use tokio_postgres::error::SqlState;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::alerts::{parse_status, status_str};
use crate::storage::{
    AlertKind, AlertRow, AlertSettings, Alerts, NewAlarm, NewWatch, OrganisationRow, Sealed, StorageError, WatchRow,
};

const WATCH_COLUMNS: &str =
    "account_id, client_id, organisation_id, due_at, fires_at, status, alerted_at, checked_in_at, nonce, sealed";

fn watch_row(r: &tokio_postgres::Row) -> WatchRow {
    WatchRow {
        account_id: r.get(0),
        client_id: r.get(1),
        organisation_id: r.get(2),
        due_at: r.get(3),
        fires_at: r.get(4),
        status: parse_status(r.get::<_, &str>(5)),
        alerted_at: r.get(6),
        checked_in_at: r.get(7),
        details: Sealed::from_columns(r.get(8), r.get(9)),
    }
}

const ALERT_COLUMNS: &str =
    "id, organisation_id, account_id, kind, client_id, watch_client_id, fired_at, nonce, sealed,
    watch_nonce, watch_sealed, checked_in_at, acknowledged_by, acknowledged_at, note_nonce, note_sealed, note_by,
    note_at, resolved_by, resolved_at, mailed_at, mail_attempts";

fn alert_row(r: &tokio_postgres::Row) -> AlertRow {
    AlertRow {
        id: r.get(0),
        organisation_id: r.get(1),
        account_id: r.get(2),
        kind: AlertKind::parse(r.get::<_, &str>(3)),
        client_id: r.get(4),
        watch_client_id: r.get(5),
        fired_at: r.get(6),
        details: Sealed::from_columns(r.get(7), r.get(8)),
        watch_details: Sealed::from_columns(r.get(9), r.get(10)),
        checked_in_at: r.get(11),
        acknowledged_by: r.get(12),
        acknowledged_at: r.get(13),
        note: Sealed::from_columns(r.get(14), r.get(15)),
        note_by: r.get(16),
        note_at: r.get(17),
        resolved_by: r.get(18),
        resolved_at: r.get(19),
        mailed_at: r.get(20),
        mail_attempts: r.get::<_, i32>(21) as u32,
    }
}

fn settings_row(r: &tokio_postgres::Row, at: usize) -> AlertSettings {
    AlertSettings {
        check_in_alerts: r.get(at),
        grace_minutes: r.get::<_, i32>(at + 1) as u32,
        on_call_email: r.get(at + 2),
        reply_expectation: r.get(at + 3),
    }
}

async fn get_watch(
    c: &impl GenericClient,
    account: &str,
    client: &str,
    lock: bool,
) -> Result<Option<WatchRow>, StorageError> {
    let lock = if lock { " FOR UPDATE" } else { "" };
    let r = c
        .query_opt(
            &format!("SELECT {WATCH_COLUMNS} FROM watches WHERE account_id = $1 AND client_id = $2{lock}"),
            &[&account, &client],
        )
        .await
        .map_err(map_err)?;
    Ok(r.as_ref().map(watch_row))
}

async fn get_alert(c: &impl GenericClient, id: &str) -> Result<Option<AlertRow>, StorageError> {
    let r = c.query_opt(&format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = $1"), &[&id]).await.map_err(map_err)?;
    Ok(r.as_ref().map(alert_row))
}

async fn has_on_call(c: &impl GenericClient, org: &str) -> Result<bool, StorageError> {
    let r = c
        .query_opt("SELECT on_call_email IS NOT NULL FROM organisations WHERE id = $1", &[&org])
        .await
        .map_err(map_err)?;
    Ok(r.is_some_and(|r| r.get(0)))
}

#[async_trait]
impl Alerts for PostgresStorage {
    async fn organisation_rows(&self) -> Result<Vec<OrganisationRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query(
                "SELECT id, name, check_in_alerts, grace_minutes, on_call_email, reply_expectation
                 FROM organisations ORDER BY name",
                &[],
            )
            .await
            .map_err(map_err)?;
        Ok(rows
            .iter()
            .map(|r| OrganisationRow { id: r.get(0), name: r.get(1), settings: settings_row(r, 2) })
            .collect())
    }

    async fn alert_settings(&self, organisation_id: &str) -> Result<Option<AlertSettings>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt(
                "SELECT check_in_alerts, grace_minutes, on_call_email, reply_expectation FROM organisations WHERE id = $1",
                &[&organisation_id],
            )
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| settings_row(&r, 0)))
    }

    async fn set_alert_settings(&self, organisation_id: &str, s: &AlertSettings) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "UPDATE organisations SET check_in_alerts = $2, grace_minutes = $3, on_call_email = $4,
                 reply_expectation = $5 WHERE id = $1",
                &[
                    &organisation_id,
                    &s.check_in_alerts,
                    &(s.grace_minutes as i32),
                    &s.on_call_email,
                    &s.reply_expectation,
                ],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn put_watch(&self, w: NewWatch) -> Result<WatchRow, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let (nonce, sealed) = w.details.map(|s| (s.nonce, s.sealed)).unzip();
        // One statement: a watch that is no longer watching is left alone
        // (no row comes back), whichever instance got there first.
        let r = client
            .query_opt(
                &format!(
                    "INSERT INTO watches (account_id, client_id, organisation_id, due_at, fires_at, status, nonce, sealed,
                       created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, 'watching', $6, $7, $8, $8)
                     ON CONFLICT (account_id, client_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id,
                       due_at = EXCLUDED.due_at, fires_at = EXCLUDED.fires_at, nonce = EXCLUDED.nonce,
                       sealed = EXCLUDED.sealed, updated_at = EXCLUDED.updated_at
                     WHERE watches.status = 'watching'
                     RETURNING {WATCH_COLUMNS}"
                ),
                &[&w.account_id, &w.client_id, &w.organisation_id, &w.due_at, &w.fires_at, &nonce, &sealed, &w.now],
            )
            .await
            .map_err(map_err)?;
        r.as_ref().map(watch_row).ok_or(StorageError::Conflict("watch-closed"))
    }

    async fn watch(&self, account_id: &str, client_id: &str) -> Result<Option<WatchRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        get_watch(&client, account_id, client_id, false).await
    }

    async fn check_in(
        &self,
        account_id: &str,
        client_id: &str,
        at: i64,
        now: i64,
    ) -> Result<Option<WatchRow>, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let Some(w) = get_watch(&tx, account_id, client_id, true).await? else { return Ok(None) };
        let next = match w.status {
            WatchStatus::Watching => WatchStatus::CheckedIn,
            WatchStatus::Alerted => WatchStatus::CheckedInLate,
            _ => return Ok(Some(w)),
        };
        tx.execute(
            "UPDATE watches SET status = $3, checked_in_at = $4, updated_at = $5, nonce = NULL, sealed = NULL
             WHERE account_id = $1 AND client_id = $2",
            &[&account_id, &client_id, &status_str(next), &at, &now],
        )
        .await
        .map_err(map_err)?;
        if next == WatchStatus::CheckedInLate {
            tx.execute(
                "UPDATE alerts SET checked_in_at = $3 WHERE account_id = $1 AND kind = 'missed-check-in' AND client_id = $2",
                &[&account_id, &client_id, &at],
            )
            .await
            .map_err(map_err)?;
        }
        let row = get_watch(&tx, account_id, client_id, false).await?;
        tx.commit().await.map_err(map_err)?;
        Ok(row)
    }

    async fn cancel_watch(
        &self,
        account_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<Option<WatchRow>, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let Some(w) = get_watch(&tx, account_id, client_id, true).await? else { return Ok(None) };
        match w.status {
            WatchStatus::Watching => {}
            WatchStatus::Alerted | WatchStatus::CheckedInLate => return Err(StorageError::Conflict("alert-raised")),
            _ => return Ok(Some(w)),
        }
        tx.execute(
            "UPDATE watches SET status = 'cancelled', updated_at = $3, nonce = NULL, sealed = NULL
             WHERE account_id = $1 AND client_id = $2",
            &[&account_id, &client_id, &now],
        )
        .await
        .map_err(map_err)?;
        let row = get_watch(&tx, account_id, client_id, false).await?;
        tx.commit().await.map_err(map_err)?;
        Ok(row)
    }

    async fn current_watch(&self, account_id: &str) -> Result<Option<WatchRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt(
                &format!(
                    "SELECT {WATCH_COLUMNS} FROM watches WHERE account_id = $1 AND status IN ('watching', 'alerted')
                     ORDER BY fires_at LIMIT 1"
                ),
                &[&account_id],
            )
            .await
            .map_err(map_err)?;
        Ok(r.as_ref().map(watch_row))
    }

    async fn fire_due_watches(&self, now: i64) -> Result<Vec<AlertRow>, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        // The status changes in the same statement that picks the rows: an
        // instance that races this one finds them no longer watching.
        let due = tx
            .query(
                &format!(
                    "UPDATE watches SET status = 'alerted', alerted_at = $1, updated_at = $1
                     WHERE (account_id, client_id) IN (SELECT account_id, client_id FROM watches
                       WHERE status = 'watching' AND fires_at <= $1 ORDER BY fires_at LIMIT 500
                       FOR UPDATE SKIP LOCKED)
                     AND status = 'watching'
                     RETURNING {WATCH_COLUMNS}"
                ),
                &[&now],
            )
            .await
            .map_err(map_err)?;
        let mut fired = Vec::with_capacity(due.len());
        for w in due.iter().map(watch_row) {
            let id = crate::storage::alerts::new_alert_id();
            let mail_next = has_on_call(&tx, &w.organisation_id).await?.then_some(now);
            let (nonce, sealed) = w.details.map(|s| (s.nonce, s.sealed)).unzip();
            let r = tx
                .query_opt(
                    &format!(
                        "INSERT INTO alerts (id, organisation_id, account_id, kind, client_id, watch_client_id,
                           fired_at, watch_nonce, watch_sealed, mail_next_at)
                         VALUES ($1, $2, $3, 'missed-check-in', $4, $4, $5, $6, $7, $8)
                         ON CONFLICT (account_id, kind, client_id) DO NOTHING RETURNING {ALERT_COLUMNS}"
                    ),
                    &[&id, &w.organisation_id, &w.account_id, &w.client_id, &now, &nonce, &sealed, &mail_next],
                )
                .await
                .map_err(map_err)?;
            fired.extend(r.as_ref().map(alert_row));
        }
        tx.commit().await.map_err(map_err)?;
        Ok(fired)
    }

    async fn raise_alarm(&self, a: NewAlarm) -> Result<(AlertRow, bool), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let watch = match &a.watch_client_id {
            Some(w) => get_watch(&tx, &a.account_id, w, false).await?,
            None => None,
        };
        let watch_client_id = watch.as_ref().map(|w| w.client_id.clone());
        let (wn, ws) = watch.and_then(|w| w.details).map(|s| (s.nonce, s.sealed)).unzip();
        let (n, s) = a.details.map(|s| (s.nonce, s.sealed)).unzip();
        let mail_next = has_on_call(&tx, &a.organisation_id).await?.then_some(a.now);
        let inserted = tx
            .query_opt(
                &format!(
                    "INSERT INTO alerts (id, organisation_id, account_id, kind, client_id, watch_client_id, fired_at,
                       nonce, sealed, watch_nonce, watch_sealed, mail_next_at)
                     VALUES ($1, $2, $3, 'alarm', $4, $5, $6, $7, $8, $9, $10, $11)
                     ON CONFLICT (account_id, kind, client_id) DO NOTHING RETURNING {ALERT_COLUMNS}"
                ),
                &[
                    &a.id,
                    &a.organisation_id,
                    &a.account_id,
                    &a.client_id,
                    &watch_client_id,
                    &a.now,
                    &n,
                    &s,
                    &wn,
                    &ws,
                    &mail_next,
                ],
            )
            .await
            .map_err(map_err)?;
        let out = match inserted {
            Some(r) => (alert_row(&r), true),
            None => {
                let r = tx
                    .query_one(
                        &format!(
                            "SELECT {ALERT_COLUMNS} FROM alerts WHERE account_id = $1 AND kind = 'alarm' AND client_id = $2"
                        ),
                        &[&a.account_id, &a.client_id],
                    )
                    .await
                    .map_err(map_err)?;
                (alert_row(&r), false)
            }
        };
        tx.commit().await.map_err(map_err)?;
        Ok(out)
    }

    async fn put_alarm_token(
        &self,
        account_id: &str,
        organisation_id: &str,
        token_hash: &[u8; 32],
        now: i64,
    ) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO alarm_tokens (account_id, organisation_id, token_hash, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (account_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id,
                   token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at",
                &[&account_id, &organisation_id, &token_hash.as_slice(), &now],
            )
            .await
            .map_err(|e| match e.code() {
                Some(c) if *c == SqlState::UNIQUE_VIOLATION || *c == SqlState::FOREIGN_KEY_VIOLATION => {
                    StorageError::Conflict("token-taken")
                }
                _ => map_err(e),
            })?;
        Ok(())
    }

    async fn delete_alarm_token(&self, account_id: &str) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client.execute("DELETE FROM alarm_tokens WHERE account_id = $1", &[&account_id]).await.map_err(map_err)?;
        Ok(())
    }

    async fn alarm_token(&self, token_hash: &[u8; 32]) -> Result<Option<(String, String)>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt(
                "SELECT account_id, organisation_id FROM alarm_tokens WHERE token_hash = $1",
                &[&token_hash.as_slice()],
            )
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| (r.get(0), r.get(1))))
    }

    async fn alerts_of(&self, organisation_id: &str) -> Result<Vec<AlertRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query(
                &format!(
                    "SELECT {ALERT_COLUMNS} FROM alerts WHERE organisation_id = $1
                     ORDER BY resolved_at IS NOT NULL, acknowledged_at IS NOT NULL, fired_at DESC LIMIT 200"
                ),
                &[&organisation_id],
            )
            .await
            .map_err(map_err)?;
        Ok(rows.iter().map(alert_row).collect())
    }

    async fn alert(&self, organisation_id: &str, id: &str) -> Result<Option<AlertRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        Ok(get_alert(&client, id).await?.filter(|a| a.organisation_id == organisation_id))
    }

    async fn acknowledge_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let n = client
            .execute(
                "UPDATE alerts SET acknowledged_by = COALESCE(acknowledged_by, $3),
                   acknowledged_at = COALESCE(acknowledged_at, $4)
                 WHERE id = $1 AND organisation_id = $2",
                &[&id, &organisation_id, &worker, &now],
            )
            .await
            .map_err(map_err)?;
        Ok(n == 1)
    }

    async fn note_alert(
        &self,
        organisation_id: &str,
        id: &str,
        note: Sealed,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let n = client
            .execute(
                "UPDATE alerts SET note_nonce = $3, note_sealed = $4, note_by = $5, note_at = $6
                 WHERE id = $1 AND organisation_id = $2",
                &[&id, &organisation_id, &note.nonce, &note.sealed, &worker, &now],
            )
            .await
            .map_err(map_err)?;
        Ok(n == 1)
    }

    async fn resolve_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let r = tx
            .query_opt(
                "UPDATE alerts SET acknowledged_by = COALESCE(acknowledged_by, $3),
                   acknowledged_at = COALESCE(acknowledged_at, $4),
                   resolved_by = COALESCE(resolved_by, $3), resolved_at = COALESCE(resolved_at, $4)
                 WHERE id = $1 AND organisation_id = $2 RETURNING kind, account_id, client_id",
                &[&id, &organisation_id, &worker, &now],
            )
            .await
            .map_err(map_err)?;
        let Some(r) = r else { return Ok(false) };
        if r.get::<_, &str>(0) == AlertKind::MissedCheckIn.as_str() {
            tx.execute(
                "UPDATE watches SET nonce = NULL, sealed = NULL, updated_at = $3 WHERE account_id = $1 AND client_id = $2",
                &[&r.get::<_, &str>(1), &r.get::<_, &str>(2), &now],
            )
            .await
            .map_err(map_err)?;
        }
        tx.commit().await.map_err(map_err)?;
        Ok(true)
    }

    async fn claim_mail(&self, now: i64, retry_at: i64) -> Result<Vec<AlertRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query(
                &format!(
                    "UPDATE alerts SET mail_next_at = $2, mail_attempts = mail_attempts + 1
                     WHERE id IN (SELECT id FROM alerts WHERE mail_next_at IS NOT NULL AND mail_next_at <= $1
                       LIMIT 50 FOR UPDATE SKIP LOCKED)
                     AND mail_next_at <= $1
                     RETURNING {ALERT_COLUMNS}"
                ),
                &[&now, &retry_at],
            )
            .await
            .map_err(map_err)?;
        Ok(rows.iter().map(alert_row).collect())
    }

    async fn mail_finished(&self, id: &str, sent: bool, now: i64) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "UPDATE alerts SET mail_next_at = NULL, mailed_at = CASE WHEN $2 THEN $3 ELSE mailed_at END WHERE id = $1",
                &[&id, &sent, &now],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn purge_alerts_before(&self, cutoff: i64) -> Result<u64, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let n = tx
            .execute("DELETE FROM alerts WHERE resolved_at IS NOT NULL AND resolved_at < $1", &[&cutoff])
            .await
            .map_err(map_err)?;
        tx.execute(
            "DELETE FROM watches WHERE status <> 'watching' AND updated_at < $1 AND NOT EXISTS (
               SELECT 1 FROM alerts a WHERE a.account_id = watches.account_id
               AND a.watch_client_id = watches.client_id AND a.resolved_at IS NULL)",
            &[&cutoff],
        )
        .await
        .map_err(map_err)?;
        tx.commit().await.map_err(map_err)?;
        Ok(n)
    }
}
