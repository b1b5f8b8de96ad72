//! The push writer: group commit of sync pushes on one thread.

use std::sync::{mpsc, Arc, Mutex};

use rusqlite::{params, Connection, OptionalExtension};

use super::map_err;
use crate::storage::{step, NewRecord, PushOutcome, Row, Step, StorageError};

type PushAnswer = Result<Vec<PushOutcome>, StorageError>;

pub(super) struct PushJob {
    pub(super) account: String,
    pub(super) records: Vec<NewRecord>,
    pub(super) answer: tokio::sync::oneshot::Sender<PushAnswer>,
}

/// At most this many pushes share one transaction.
const GROUP_MAX: usize = 64;

/// The push writer: takes the first waiting push and every other one already
/// waiting, writes them in one transaction, answers each after the commit.
pub(super) fn write_pushes(conn: Arc<Mutex<Connection>>, jobs: mpsc::Receiver<PushJob>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < GROUP_MAX {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let answers = {
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            push_group(&mut guard, &mut group)
        };
        for (job, answer) in group.into_iter().zip(answers) {
            // The request may have gone (client hung up): its push stands.
            let _ = job.answer.send(answer);
        }
    }
}

/// One transaction for the group; a push that fails is rolled back to its
/// savepoint and answered with its error, the others go on. If the commit
/// fails, no push of the group was stored and each is answered so.
fn push_group(c: &mut Connection, group: &mut [PushJob]) -> Vec<PushAnswer> {
    let mut tx = match c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(e) => {
            let e = map_err(e);
            return group.iter().map(|_| Err(e.clone())).collect();
        }
    };
    let mut answers = Vec::with_capacity(group.len());
    for job in group.iter_mut() {
        let records = std::mem::take(&mut job.records);
        let answer = tx.savepoint().map_err(map_err).and_then(|sp| {
            let out = push_one(&sp, &job.account, records)?;
            sp.commit().map_err(map_err)?;
            Ok(out)
        });
        answers.push(answer);
    }
    if let Err(e) = tx.commit() {
        let e = map_err(e);
        return answers.into_iter().map(|a| a.and(Err(e.clone()))).collect();
    }
    answers
}

/// One push inside the group's transaction (`c` is its savepoint).
fn push_one(c: &Connection, account: &str, records: Vec<NewRecord>) -> PushAnswer {
    let mut seq: i64 =
        c.query_row("SELECT last_seq FROM accounts WHERE id = ?1", [account], |r| r.get(0)).map_err(map_err)?;
    let mut out = Vec::with_capacity(records.len());
    for rec in records {
        let existing = stored(c, account, &rec.id)?;
        match step(existing, rec)? {
            Step::Answer(outcome) => out.push(outcome),
            Step::Write(rec) => {
                seq += 1;
                c.prepare_cached(
                    "INSERT INTO records (account_id, id, kind, version, tombstone, ciphertext, seq)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (account_id, id) DO UPDATE SET kind = excluded.kind,
                       version = excluded.version, tombstone = excluded.tombstone,
                       ciphertext = excluded.ciphertext, seq = excluded.seq",
                )
                .and_then(|mut st| {
                    st.execute(params![
                        account,
                        rec.id,
                        rec.kind,
                        rec.version as i64,
                        rec.tombstone,
                        rec.ciphertext,
                        seq
                    ])
                })
                .map_err(map_err)?;
                out.push(PushOutcome::Accepted { id: rec.id, version: rec.version, seq: seq as u64 });
            }
        }
    }
    c.execute("UPDATE accounts SET last_seq = ?1 WHERE id = ?2", params![seq, account]).map_err(map_err)?;
    Ok(out)
}

fn stored(c: &Connection, account: &str, id: &str) -> Result<Option<Row>, StorageError> {
    c.query_row(
        "SELECT seq, kind, version, tombstone, ciphertext FROM records WHERE account_id = ?1 AND id = ?2",
        params![account, id],
        |r| {
            Ok(Row {
                seq: r.get::<_, i64>(0)? as u64,
                id: id.to_string(),
                kind: r.get(1)?,
                version: r.get::<_, i64>(2)? as u64,
                tombstone: r.get(3)?,
                ciphertext: r.get(4)?,
            })
        },
    )
    .optional()
    .map_err(map_err)
}
