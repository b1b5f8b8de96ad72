//! SQLite backend: one file in the data folder, WAL journal, full sync so a
//! write the server acknowledged survives a power cut. One connection behind
//! a mutex, used from blocking threads: one organisation's traffic is small,
//! and SQLite serialises writers anyway. Sync pushes, the busiest writes, go
//! through one writer thread that commits all pushes waiting at that moment
//! in one transaction (group commit: one fsync for the group, each push in a
//! savepoint of its own, every answer sent after the commit). Pulls, the
//! busiest reads, use read-only connections of their own (WAL lets them read
//! while a commit is under way) on the request's thread.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{mpsc, Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use super::{
    step, ContentFile, ConversationRow, EachRow, KeyHash, MessageRow, NewRecord, PushOutcome, Role, Row, RowRef,
    Sealer, Sender, Step, Storage, StorageError, WorkerRow,
};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_accounts_records.sql"),
    include_str!("../../migrations/sqlite/0002_messages_workers.sql"),
    include_str!("../../migrations/sqlite/0003_content.sql"),
    include_str!("../../migrations/sqlite/0004_message_about.sql"),
    include_str!("../../migrations/sqlite/0005_server_keys.sql"),
];

pub struct SqliteStorage {
    conn: Arc<Mutex<Connection>>,
    /// Device key hash -> account, for keys seen before: every sync request
    /// proves its account, and asking the database each time costs a trip
    /// to a blocking thread and a turn at the connection's lock. Only this
    /// process writes the database, and `delete_account` forgets its keys.
    /// The number counts deletions: a lookup that raced one is not kept.
    keys: Mutex<(u64, HashMap<KeyHash, String>)>,
    /// To the push writer thread (`write_pushes`); it ends when this is dropped.
    pushes: mpsc::Sender<PushJob>,
    /// Read connections for pulls, the busiest reads: WAL lets them read
    /// while the writer writes, and a pull does not queue for `conn`.
    readers: Readers,
}

/// A few read-only connections to the same file, each used by one pull at a
/// time. Empty for a database in memory (another connection would open
/// another, empty, database): pulls then use the main connection.
struct Readers {
    path: Option<std::path::PathBuf>,
    idle: Mutex<Vec<Connection>>,
}

/// At most this many idle read connections are kept.
const READERS_KEPT: usize = 8;

impl Readers {
    fn open(&self) -> Result<Connection, StorageError> {
        let path = self.path.as_ref().expect("readers of a database in memory");
        let c = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(map_err)?;
        c.busy_timeout(std::time::Duration::from_secs(5)).map_err(map_err)?;
        Ok(c)
    }
}

type PushAnswer = Result<Vec<PushOutcome>, StorageError>;

struct PushJob {
    account: String,
    records: Vec<NewRecord>,
    answer: tokio::sync::oneshot::Sender<PushAnswer>,
}

/// At most this many pushes share one transaction.
const GROUP_MAX: usize = 64;

/// The push writer: takes the first waiting push and every other one already
/// waiting, writes them in one transaction, answers each after the commit.
fn write_pushes(conn: Arc<Mutex<Connection>>, jobs: mpsc::Receiver<PushJob>) {
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

/// At most this many device keys are remembered (about 100 bytes each);
/// when full, the memory starts over.
const KEY_CACHE: usize = 100_000;

fn map_err(e: rusqlite::Error) -> StorageError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StorageError::Full,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked | ErrorCode::CannotOpen | ErrorCode::ReadOnly) => {
            StorageError::Unavailable(e.to_string())
        }
        _ => StorageError::Internal(e.to_string()),
    }
}

impl SqliteStorage {
    pub async fn open(path: &Path) -> Result<SqliteStorage, StorageError> {
        let path = path.to_path_buf();
        let file = path.clone();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StorageError> {
            let path = file;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| StorageError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
            }
            let mut conn = Connection::open(&path).map_err(map_err)?;
            conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(map_err)?;
            conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
                .map_err(map_err)?;
            migrate(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))??;
        let conn = Arc::new(Mutex::new(conn));
        let (pushes, jobs) = mpsc::channel();
        let writer = conn.clone();
        std::thread::Builder::new()
            .name("sqlite-pushes".into())
            .spawn(move || write_pushes(writer, jobs))
            .map_err(|e| StorageError::Internal(format!("cannot start the push writer: {e}")))?;
        let in_memory = path.as_os_str().is_empty()
            || path.as_os_str() == ":memory:"
            || path.to_string_lossy().starts_with("file::memory:");
        let readers = Readers { path: (!in_memory).then_some(path), idle: Mutex::new(Vec::new()) };
        Ok(SqliteStorage { conn, keys: Mutex::new((0, HashMap::new())), pushes, readers })
    }

    /// Runs a read on one of the read connections, on the calling thread: a
    /// pull is a short indexed read of pages the cache holds, cheaper than
    /// the hop to a blocking thread (and the turn at `conn`) it would wait
    /// for, and it can hand each row on without copying it.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StorageError>) -> Result<T, StorageError> {
        if self.readers.path.is_none() {
            let guard = self.conn.lock().unwrap_or_else(|p| p.into_inner());
            return f(&guard);
        }
        let idle = self.readers.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let c = match idle {
            Some(c) => c,
            None => self.readers.open()?,
        };
        let out = f(&c);
        let mut idle = self.readers.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < READERS_KEPT {
            idle.push(c);
        }
        out
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled back), so keep using it.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))?
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let tx = conn.transaction().map_err(map_err)?;
    let have: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(map_err)?;
    if have as usize > MIGRATIONS.len() {
        return Err(StorageError::Unavailable(format!(
            "the database was written by a newer server (schema {have}); this server knows {}",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(have as usize) {
        tx.execute_batch(sql).map_err(map_err)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(map_err)?;
    }
    tx.commit().map_err(map_err)
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

const CONVERSATION_COLUMNS: &str = concat!(
    "id, account_id, organisation_id, status, last_seq, last_message_at, last_from, ",
    waiting_report_column!()
);

fn conversation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConversationRow> {
    Ok(ConversationRow {
        id: r.get(0)?,
        account_id: r.get(1)?,
        organisation_id: r.get(2)?,
        open: r.get::<_, String>(3)? == "open",
        last_seq: r.get::<_, i64>(4)? as u64,
        last_message_at: r.get(5)?,
        last_from: Sender::parse(&r.get::<_, String>(6)?),
        waiting_report: r.get(7)?,
    })
}

const MESSAGE_COLUMNS: &str = "seq, sender, client_id, nonce, sealed, sent_at, about";

fn message_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MessageRow> {
    Ok(MessageRow {
        seq: r.get::<_, i64>(0)? as u64,
        sender: Sender::parse(&r.get::<_, String>(1)?),
        client_id: r.get(2)?,
        nonce: r.get(3)?,
        sealed: r.get(4)?,
        sent_at: r.get(5)?,
        about: r.get(6)?,
    })
}

/// Newest first, one more than a page (to tell whether older ones remain).
fn messages_before_sql() -> String {
    format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3")
}

const WORKER_COLUMNS: &str = "w.id, w.organisation_id, w.username, w.display_name, w.password_hash, w.role";

fn worker_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkerRow> {
    Ok(WorkerRow {
        id: r.get(0)?,
        organisation_id: r.get(1)?,
        username: r.get(2)?,
        display_name: r.get(3)?,
        password_hash: r.get(4)?,
        role: Role::parse(&r.get::<_, String>(5)?).unwrap_or(Role::Worker),
    })
}

fn get_conversation(c: &Connection, id: &str) -> Result<Option<ConversationRow>, StorageError> {
    c.query_row(&format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1"), [id], conversation_row)
        .optional()
        .map_err(map_err)
}

#[async_trait]
impl Storage for SqliteStorage {
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError> {
        let (account_id, key) = (account_id.to_string(), *key);
        self.run(move |c| {
            match c.execute("INSERT INTO accounts (id, key_hash) VALUES (?1, ?2)", params![account_id, key.as_slice()])
            {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("account-exists"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError> {
        let deletions = {
            let keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(account) = keys.1.get(key) {
                return Ok(Some(account.clone()));
            }
            keys.0
        };
        let key = *key;
        let found: Option<String> = self
            .run(move |c| {
                c.query_row("SELECT id FROM accounts WHERE key_hash = ?1", [key.as_slice()], |r| r.get(0))
                    .optional()
                    .map_err(map_err)
            })
            .await?;
        if let Some(account) = &found {
            let mut keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
            if keys.0 == deletions {
                if keys.1.len() >= KEY_CACHE {
                    keys.1.clear();
                }
                keys.1.insert(key, account.clone());
            }
        }
        Ok(found)
    }

    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError> {
        let forget = |keys: &Mutex<(u64, HashMap<KeyHash, String>)>| {
            let mut keys = keys.lock().unwrap_or_else(|p| p.into_inner());
            keys.0 += 1;
            keys.1.retain(|_, a| a != account_id);
        };
        // Before: no request finds the account in memory any more. After: a
        // lookup that read the database before the deletion committed is
        // not remembered (the count changed under it).
        forget(&self.keys);
        let id = account_id.to_string();
        let done = self
            .run(move |c| {
                let tx = c.transaction().map_err(map_err)?;
                tx.execute("DELETE FROM records WHERE account_id = ?1", [&id]).map_err(map_err)?;
                tx.execute("DELETE FROM accounts WHERE id = ?1", [&id]).map_err(map_err)?;
                tx.commit().map_err(map_err)
            })
            .await;
        forget(&self.keys);
        done
    }

    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.pushes
            .send(PushJob { account: account_id.to_string(), records, answer })
            .map_err(|_| StorageError::Unavailable("the push writer has stopped".into()))?;
        answered.await.map_err(|_| StorageError::Internal("the push writer dropped a push".into()))?
    }

    async fn pull_each(
        &self,
        account_id: &str,
        since: u64,
        limit: u32,
        each: &mut EachRow<'_>,
    ) -> Result<bool, StorageError> {
        self.read(|c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT seq, id, kind, version, tombstone, ciphertext FROM records
                     WHERE account_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                )
                .map_err(map_err)?;
            let since = i64::try_from(since).unwrap_or(i64::MAX);
            let mut rows = stmt.query(params![account_id, since, limit as i64 + 1]).map_err(map_err)?;
            let mut read = 0;
            while let Some(r) = rows.next().map_err(map_err)? {
                if read == limit {
                    return Ok(true);
                }
                read += 1;
                each(RowRef {
                    seq: r.get::<_, i64>(0).map_err(map_err)? as u64,
                    id: r.get_ref(1).and_then(|v| Ok(v.as_str()?)).map_err(map_err)?,
                    kind: r.get_ref(2).and_then(|v| Ok(v.as_str()?)).map_err(map_err)?,
                    version: r.get::<_, i64>(3).map_err(map_err)? as u64,
                    tombstone: r.get(4).map_err(map_err)?,
                    ciphertext: r.get_ref(5).and_then(|v| Ok(v.as_blob()?)).map_err(map_err)?,
                });
            }
            Ok(false)
        })
    }

    async fn ping(&self) -> Result<(), StorageError> {
        self.run(|c| c.query_row("SELECT 1", [], |_| Ok(())).map_err(map_err)).await
    }

    async fn upsert_organisation(&self, id: &str, name: &str) -> Result<(), StorageError> {
        let (id, name) = (id.to_string(), name.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO organisations (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                params![id, name],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn organisations(&self) -> Result<Vec<(String, String)>, StorageError> {
        self.run(|c| {
            let mut stmt = c.prepare("SELECT id, name FROM organisations ORDER BY name").map_err(map_err)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn open_conversation(
        &self,
        id: &str,
        account_id: &str,
        organisation_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<ConversationRow, StorageError> {
        let (id, account, org, client) =
            (id.to_string(), account_id.to_string(), organisation_id.to_string(), client_id.to_string());
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            let existing: Option<String> = tx
                .query_row(
                    "SELECT id FROM conversations WHERE account_id = ?1 AND client_id = ?2",
                    params![account, client],
                    |r| r.get(0),
                )
                .optional()
                .map_err(map_err)?;
            let id = match existing {
                Some(e) => e,
                None => {
                    tx.execute(
                        "INSERT INTO conversations (id, account_id, organisation_id, client_id, status, last_message_at)
                         VALUES (?1, ?2, ?3, ?4, 'open', ?5)",
                        params![id, account, org, client, now],
                    )
                    .map_err(|e| match e.sqlite_error_code() {
                        Some(ErrorCode::ConstraintViolation) => StorageError::Conflict("unknown-organisation"),
                        _ => map_err(e),
                    })?;
                    id
                }
            };
            let row =
                get_conversation(&tx, &id)?.ok_or_else(|| StorageError::Internal("conversation vanished".into()))?;
            tx.commit().map_err(map_err)?;
            Ok(row)
        })
        .await
    }

    async fn conversations_of(&self, account_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let account = account_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare(&format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE account_id = ?1 ORDER BY last_message_at DESC"
                ))
                .map_err(map_err)?;
            let rows = stmt.query_map([account], conversation_row).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn conversation(&self, id: &str) -> Result<Option<ConversationRow>, StorageError> {
        let id = id.to_string();
        self.run(move |c| get_conversation(c, &id)).await
    }

    async fn add_message(
        &self,
        conversation_id: &str,
        sender: Sender,
        client_id: Option<String>,
        about: Option<String>,
        now: i64,
        seal: Sealer,
    ) -> Result<MessageRow, StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            if let Some(cid) = &client_id {
                let again = tx
                    .query_row(
                        &format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND client_id = ?2"),
                        params![conv, cid],
                        message_row,
                    )
                    .optional()
                    .map_err(map_err)?;
                if let Some(m) = again {
                    return Ok(m);
                }
            }
            let seq: i64 = tx
                .query_row("SELECT last_seq FROM conversations WHERE id = ?1", [&conv], |r| r.get::<_, i64>(0))
                .optional()
                .map_err(map_err)?
                .ok_or(StorageError::Conflict("no-conversation"))?
                + 1;
            let (nonce, sealed) = seal(seq as u64);
            tx.execute(
                "INSERT INTO messages (conversation_id, seq, sender, client_id, nonce, sealed, sent_at, about)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![conv, seq, sender.as_str(), client_id, nonce, sealed, now, about],
            )
            .map_err(map_err)?;
            // A person writing reopens the conversation; a worker answering
            // leaves it as it is.
            let reopen = if sender == Sender::Person { ", status = 'open'" } else { "" };
            tx.execute(
                &format!("UPDATE conversations SET last_seq = ?1, last_message_at = ?2, last_from = ?3{reopen} WHERE id = ?4"),
                params![seq, now, sender.as_str(), conv],
            )
            .map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(MessageRow { seq: seq as u64, sender, client_id, nonce, sealed, sent_at: now, about })
        })
        .await
    }

    async fn messages(
        &self,
        conversation_id: &str,
        since: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare_cached(&format!(
                    "SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3"
                ))
                .map_err(map_err)?;
            let since = i64::try_from(since).unwrap_or(i64::MAX);
            let mut rows: Vec<MessageRow> = stmt
                .query_map(params![conv, since, limit as i64 + 1], message_row)
                .map_err(map_err)?
                .collect::<Result<_, _>>()
                .map_err(map_err)?;
            let more = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            Ok((rows, more))
        })
        .await
    }

    async fn messages_before(
        &self,
        conversation_id: &str,
        before: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let mut stmt = c.prepare_cached(&messages_before_sql()).map_err(map_err)?;
            let before = i64::try_from(before).unwrap_or(i64::MAX);
            let mut rows: Vec<MessageRow> = stmt
                .query_map(params![conv, before, limit as i64 + 1], message_row)
                .map_err(map_err)?
                .collect::<Result<_, _>>()
                .map_err(map_err)?;
            let older = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            rows.reverse();
            Ok((rows, older))
        })
        .await
    }

    async fn delete_conversation(&self, conversation_id: &str) -> Result<(), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let tx = c.transaction().map_err(map_err)?;
            tx.execute("DELETE FROM messages WHERE conversation_id = ?1", [&conv]).map_err(map_err)?;
            tx.execute("DELETE FROM conversations WHERE id = ?1", [&conv]).map_err(map_err)?;
            tx.commit().map_err(map_err)
        })
        .await
    }

    async fn set_conversation_open(&self, conversation_id: &str, open: bool) -> Result<(), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            c.execute(
                "UPDATE conversations SET status = ?1 WHERE id = ?2",
                params![if open { "open" } else { "closed" }, conv],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn queue(&self, organisation_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let org = organisation_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare(&format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE organisation_id = ?1 AND status = 'open'
                     ORDER BY last_from = 'worker', last_message_at"
                ))
                .map_err(map_err)?;
            let rows = stmt.query_map([org], conversation_row).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn purge_messages_before(&self, cutoff: i64) -> Result<u64, StorageError> {
        self.run(move |c| {
            let tx = c.transaction().map_err(map_err)?;
            let n = tx.execute("DELETE FROM messages WHERE sent_at < ?1", [cutoff]).map_err(map_err)?;
            tx.execute(
                "DELETE FROM conversations WHERE status = 'closed'
                 AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id)",
                [],
            )
            .map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(n as u64)
        })
        .await
    }

    async fn create_worker(&self, w: &WorkerRow) -> Result<(), StorageError> {
        let w = w.clone();
        self.run(move |c| {
            match c.execute(
                "INSERT INTO workers (id, organisation_id, username, display_name, password_hash, role)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![w.id, w.organisation_id, w.username, w.display_name, w.password_hash, w.role.as_str()],
            ) {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("username-taken"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn worker_by_username(&self, username: &str) -> Result<Option<WorkerRow>, StorageError> {
        let username = username.to_string();
        self.run(move |c| {
            c.query_row(
                &format!("SELECT {WORKER_COLUMNS} FROM workers w WHERE w.username = ?1"),
                [username],
                worker_row,
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn create_session(
        &self,
        token_hash: &[u8; 32],
        worker_id: &str,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        let (t, w, csrf) = (*token_hash, worker_id.to_string(), csrf.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO sessions (token_hash, worker_id, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![t.as_slice(), w, csrf, expires_at],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<(WorkerRow, String)>, StorageError> {
        let t = *token_hash;
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now]).map_err(map_err)?;
            c.query_row(
                &format!(
                    "SELECT {WORKER_COLUMNS}, s.csrf FROM sessions s JOIN workers w ON w.id = s.worker_id
                     WHERE s.token_hash = ?1"
                ),
                [t.as_slice()],
                |r| Ok((worker_row(r)?, r.get(6)?)),
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn delete_session(&self, token_hash: &[u8; 32]) -> Result<(), StorageError> {
        let t = *token_hash;
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [t.as_slice()]).map(|_| ()).map_err(map_err)
        })
        .await
    }

    async fn seed_content(&self, files: Vec<(String, String)>, now: i64) -> Result<(), StorageError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            let n: i64 = tx.query_row("SELECT count(*) FROM content_files", [], |r| r.get(0)).map_err(map_err)?;
            if n == 0 {
                for (path, text) in files {
                    tx.execute(
                        "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES (?1, ?2, ?3, 'shipped')",
                        params![path, text, now],
                    )
                    .map_err(map_err)?;
                }
            }
            tx.commit().map_err(map_err)
        })
        .await
    }

    async fn content_files(&self) -> Result<Vec<ContentFile>, StorageError> {
        self.run(|c| {
            let mut stmt = c
                .prepare("SELECT path, text, updated_at, updated_by FROM content_files ORDER BY path")
                .map_err(map_err)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(ContentFile { path: r.get(0)?, text: r.get(1)?, updated_at: r.get(2)?, updated_by: r.get(3)? })
                })
                .map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn put_content_file(&self, path: &str, text: &str, by: &str, now: i64) -> Result<(), StorageError> {
        let (path, text, by) = (path.to_string(), text.to_string(), by.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (path) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
                   updated_by = excluded.updated_by",
                params![path, text, now, by],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn save_bundle(&self, version: u64, manifest: &str, bytes: &[u8], now: i64) -> Result<(), StorageError> {
        let (manifest, bytes) = (manifest.to_string(), bytes.to_vec());
        self.run(move |c| {
            match c.execute(
                "INSERT INTO bundles (version, manifest, bytes, published_at) VALUES (?1, ?2, ?3, ?4)",
                params![version as i64, manifest, bytes, now],
            ) {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("version-taken"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn latest_bundle(&self) -> Result<Option<(u64, String, i64)>, StorageError> {
        self.run(|c| {
            c.query_row("SELECT version, manifest, published_at FROM bundles ORDER BY version DESC LIMIT 1", [], |r| {
                Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?))
            })
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn bundle_bytes(&self, version: u64) -> Result<Option<Vec<u8>>, StorageError> {
        self.run(move |c| {
            c.query_row("SELECT bytes FROM bundles WHERE version = ?1", [version as i64], |r| r.get(0))
                .optional()
                .map_err(map_err)
        })
        .await
    }

    async fn key_id(&self, name: &str) -> Result<Option<String>, StorageError> {
        let name = name.to_string();
        self.run(move |c| {
            c.query_row("SELECT key_id FROM server_keys WHERE name = ?1", [name], |r| r.get(0))
                .optional()
                .map_err(map_err)
        })
        .await
    }

    async fn record_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<String, StorageError> {
        let (name, key_id) = (name.to_string(), key_id.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO NOTHING",
                params![name, key_id, now],
            )
            .map_err(map_err)?;
            c.query_row("SELECT key_id FROM server_keys WHERE name = ?1", [name], |r| r.get(0)).map_err(map_err)
        })
        .await
    }

    async fn replace_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<(), StorageError> {
        let (name, key_id) = (name.to_string(), key_id.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, recorded_at = excluded.recorded_at",
                params![name, key_id, now],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn holds_data(&self) -> Result<bool, StorageError> {
        self.run(|c| c.query_row(super::HOLDS_DATA, [], |r| r.get(0)).map_err(map_err)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, version: u64) -> NewRecord {
        NewRecord {
            id: id.into(),
            kind: "entry".into(),
            version,
            tombstone: false,
            ciphertext: vec![version as u8; 64],
        }
    }

    #[tokio::test]
    async fn a_page_of_older_messages_is_read_from_the_primary_key_backwards() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStorage::open(&dir.path().join("server.db")).await.unwrap();
        let c = store.conn.lock().unwrap();
        let plan: Vec<String> = c
            .prepare(&format!("EXPLAIN QUERY PLAN {}", messages_before_sql()))
            .unwrap()
            .query_map(params!["conv", 1000, 101], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        // One search of the (conversation_id, seq) key; no sort of a whole conversation.
        assert_eq!(plan.len(), 1, "{plan:?}");
        assert!(
            plan[0].starts_with("SEARCH messages USING") && plan[0].contains("conversation_id=? AND seq<?"),
            "{plan:?}"
        );
        assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
    }

    // Two workers: a pull that wrongly blocked one would still be timed out.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    // The held guard is the point: it stands for the writer using the connection.
    #[allow(clippy::await_holding_lock)]
    async fn pulls_read_committed_records_without_waiting_for_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStorage::open(&dir.path().join("server.db")).await.unwrap());
        store.create_account("acc", &[7; 32]).await.unwrap();
        store.push("acc", vec![record("a", 1), record("b", 1)]).await.unwrap();

        // The main connection is busy (as during a group commit's fsync):
        // a pull still answers, from a read connection, with what is stored.
        let busy = store.conn.lock().unwrap();
        let pulling = store.clone();
        let pull = tokio::spawn(async move { pulling.pull("acc", 0, 1).await });
        let (rows, more) = tokio::time::timeout(std::time::Duration::from_secs(10), pull)
            .await
            .expect("the pull waited for the main connection")
            .unwrap()
            .unwrap();
        assert_eq!((rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), more), (vec!["a"], true));
        drop(busy);

        // A pushed record is there for the very next pull.
        store.push("acc", vec![record("a", 2)]).await.unwrap();
        let (rows, more) = store.pull("acc", 0, 10).await.unwrap();
        let seen: Vec<_> = rows.iter().map(|r| (r.id.as_str(), r.version, r.seq)).collect();
        assert_eq!((seen, more), (vec![("b", 1, 2), ("a", 2, 3)], false));
    }
}
