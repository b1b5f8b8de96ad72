//! Shared by the sync, contact and fault tests: the real partner server in
//! process on loopback (SQLite in a temporary folder, restartable on the
//! same data), a fault-injecting TCP proxy, a support worker using the
//! dashboard over HTTP, and devices restored from one recovery key.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, Utc};
use huiskamer_core::vault::{EntryBody, KdfParams, Secret, Vault};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const PASSWORD: &str = "a-long-test-password";

pub fn pin() -> Secret {
    Secret::new("482916")
}

pub fn note(text: &str) -> EntryBody {
    EntryBody::Note {
        at: NaiveDateTime::parse_from_str("2026-11-23 10:00", "%Y-%m-%d %H:%M").unwrap(),
        title: "t".into(),
        text: text.into(),
    }
}

/// The partner server, stoppable and restartable on the same database.
pub struct Server {
    pub dir: tempfile::TempDir,
    pub running: Option<huiskamer_server::Running>,
    pub addr: SocketAddr,
}

impl Server {
    pub fn settings(dir: &Path) -> huiskamer_server::Settings {
        huiskamer_server::Settings {
            listen: "127.0.0.1:0".parse().unwrap(),
            data_dir: dir.join("data"),
            organisation: "Test organisation".into(),
            organisation_id: "main".into(),
            dashboard_secure_cookies: false,
            ..huiskamer_server::Settings::default()
        }
    }

    pub async fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let running = huiskamer_server::start(Self::settings(dir.path())).await.unwrap();
        let addr = running.addr;
        Server { dir, running: Some(running), addr }
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
    }

    /// Starts again on the same data (on a new port).
    pub async fn restart(&mut self) {
        self.stop().await;
        let running = huiskamer_server::start(Self::settings(self.dir.path())).await.unwrap();
        self.addr = running.addr;
        self.running = Some(running);
    }

    pub async fn storage(&self) -> std::sync::Arc<dyn huiskamer_server::storage::Storage> {
        huiskamer_server::storage::open(&Self::settings(self.dir.path()).database_url()).await.unwrap()
    }
}

/// What the proxy does with the next connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Pass everything through.
    None,
    /// Forward the request, then cut the connection after this many bytes
    /// of the answer (0: the server did the work, the client hears nothing).
    CutResponseAfter(usize),
    /// Close every connection at once (a dead server, as the client sees it).
    Refuse,
}

/// A TCP proxy on loopback between the app and the server that injects
/// faults, counts connections and keeps every request's head.
pub struct Proxy {
    pub addr: SocketAddr,
    upstream: Arc<Mutex<SocketAddr>>,
    fault: Arc<Mutex<(Fault, u64)>>,
    pub connections: Arc<AtomicUsize>,
    pub cut: Arc<AtomicU64>,
    pub heads: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let proxy = Proxy {
            addr,
            upstream: Arc::new(Mutex::new(upstream)),
            fault: Arc::new(Mutex::new((Fault::None, 0))),
            connections: Arc::new(AtomicUsize::new(0)),
            cut: Arc::new(AtomicU64::new(0)),
            heads: Arc::new(Mutex::new(Vec::new())),
        };
        let (up, fault, conns, cut, heads) = (
            proxy.upstream.clone(),
            proxy.fault.clone(),
            proxy.connections.clone(),
            proxy.cut.clone(),
            proxy.heads.clone(),
        );
        tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else { return };
                conns.fetch_add(1, Ordering::SeqCst);
                let target = *up.lock().unwrap();
                let (cut, heads, fault) = (cut.clone(), heads.clone(), fault.clone());
                tokio::spawn(async move {
                    let _ = serve(client, target, fault, cut, heads).await;
                });
            }
        });
        proxy
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Changes the fault; connections open until now are closed, so the
    /// next request meets the new behaviour from its first byte.
    pub fn set(&self, fault: Fault) {
        let mut f = self.fault.lock().unwrap();
        *f = (fault, f.1 + 1);
    }

    pub fn retarget(&self, upstream: SocketAddr) {
        *self.upstream.lock().unwrap() = upstream;
    }

    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

async fn serve(
    mut client: TcpStream,
    target: SocketAddr,
    state: Arc<Mutex<(Fault, u64)>>,
    cut: Arc<AtomicU64>,
    heads: Arc<Mutex<Vec<String>>>,
) -> std::io::Result<()> {
    let (fault, generation) = *state.lock().unwrap();
    if fault == Fault::Refuse {
        return Ok(());
    }
    let stale = || state.lock().unwrap().1 != generation;
    let closed = || std::io::Error::other("fault changed");
    let mut server = TcpStream::connect(target).await?;
    let (mut cr, mut cw) = client.split();
    let (mut sr, mut sw) = server.split();
    let upload = async {
        let mut buf = vec![0u8; 64 * 1024];
        let mut head = Vec::new();
        loop {
            let n = cr.read(&mut buf).await?;
            if n == 0 {
                return Ok::<_, std::io::Error>(());
            }
            if stale() {
                return Err(closed());
            }
            head.extend_from_slice(&buf[..n]);
            while let Some(end) = head.windows(4).position(|w| w == b"\r\n\r\n") {
                heads.lock().unwrap().push(String::from_utf8_lossy(&head[..end]).into_owned());
                head.clear();
            }
            if head.len() > 1 << 20 {
                head.clear();
            }
            sw.write_all(&buf[..n]).await?;
        }
    };
    let download = async {
        let mut buf = vec![0u8; 64 * 1024];
        let mut sent = 0usize;
        loop {
            let n = sr.read(&mut buf).await?;
            if n == 0 {
                return Ok::<_, std::io::Error>(());
            }
            if stale() {
                return Err(closed());
            }
            if let Fault::CutResponseAfter(limit) = fault {
                let room = limit.saturating_sub(sent);
                cw.write_all(&buf[..n.min(room)]).await?;
                sent += n.min(room);
                if n >= room {
                    cut.fetch_add(1, Ordering::SeqCst);
                    return Ok(());
                }
            } else {
                cw.write_all(&buf[..n]).await?;
            }
        }
    };
    tokio::select! {
        r = upload => { r?; }
        r = download => { r?; }
    }
    Ok(())
}

/// Device A, set up; devices B, C... restored from A's backup with the
/// recovery key (so they share one anonymous account).
pub fn devices(dir: &Path, n: usize) -> Vec<Mutex<Vault>> {
    let mut a = Vault::open_with(&dir.join("dev0.sqlite"), KdfParams::TEST).unwrap();
    let rk = a.set_up(&pin()).unwrap();
    let backup = a.export().unwrap();
    let mut out = vec![Mutex::new(a)];
    for i in 1..n {
        let mut b = Vault::open_with(&dir.join(format!("dev{i}.sqlite")), KdfParams::TEST).unwrap();
        b.restore(&backup, &rk, &pin(), Utc::now()).unwrap();
        out.push(Mutex::new(b));
    }
    out
}

/// Every record a device holds, as (id, version, deleted, sealed bytes).
pub fn raw_state(v: &Mutex<Vault>) -> Vec<(String, u64, bool, Vec<u8>)> {
    let v = v.lock().unwrap();
    let mut out: Vec<_> = v.raw_records().unwrap().into_iter().map(|r| (r.id, r.version, r.deleted, r.data)).collect();
    out.sort();
    out
}

/// The note texts a device shows, sorted; conflict copies marked.
pub fn texts(v: &Mutex<Vault>) -> Vec<String> {
    let v = v.lock().unwrap();
    let mut out: Vec<String> = v
        .entries()
        .unwrap()
        .into_iter()
        .map(|e| match e.body {
            EntryBody::Note { text, .. } => format!("{text}{}", if e.conflict_of.is_some() { " (copy)" } else { "" }),
            _ => String::new(),
        })
        .collect();
    out.sort();
    out
}

/// A support worker in the dashboard, over HTTP with cookies kept by hand.
pub struct Worker {
    http: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
}

impl Worker {
    /// Creates the worker account and signs in.
    pub async fn sign_in(server: &Server, username: &str) -> Worker {
        let storage = server.storage().await;
        huiskamer_server::dashboard::add_worker(
            &*storage,
            "main",
            username,
            "Sam",
            huiskamer_server::storage::Role::Worker,
            PASSWORD,
        )
        .await
        .unwrap();
        let mut w = Worker {
            http: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).no_proxy().build().unwrap(),
            base: server.base(),
            cookies: Vec::new(),
        };
        let (_, page) = w.get("/dashboard/login").await;
        let csrf = csrf(&page);
        let (status, _) =
            w.post("/dashboard/login", &[("username", username), ("password", PASSWORD), ("csrf", &csrf)]).await;
        assert_eq!(status, 303);
        w
    }

    fn remember(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all("set-cookie") {
            let v = v.to_str().unwrap();
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, val) = pair.split_once('=').unwrap();
            self.cookies.retain(|(n, _)| n != k);
            if !v.contains("Max-Age=0") {
                self.cookies.push((k.to_string(), val.to_string()));
            }
        }
    }

    fn cookie(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    pub async fn get(&mut self, path: &str) -> (u16, String) {
        let res = self.http.get(format!("{}{path}", self.base)).header("cookie", self.cookie()).send().await.unwrap();
        self.remember(&res);
        (res.status().as_u16(), res.text().await.unwrap())
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (u16, String) {
        let res = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie())
            .form(form)
            .send()
            .await
            .unwrap();
        self.remember(&res);
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// The conversation's page as the worker sees it.
    pub async fn conversation(&mut self, id: &str) -> String {
        let (status, page) = self.get(&format!("/dashboard/conversations/{id}")).await;
        assert_eq!(status, 200, "{page}");
        page
    }

    pub async fn reply(&mut self, id: &str, text: &str) {
        let page = self.conversation(id).await;
        let csrf = csrf(&page);
        let (status, body) =
            self.post(&format!("/dashboard/conversations/{id}/reply"), &[("csrf", &csrf), ("body", text)]).await;
        assert_eq!(status, 303, "{body}");
    }
}

pub fn csrf(page: &str) -> String {
    let i = page.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    page[i..i + page[i..].find('"').unwrap()].to_string()
}

pub fn data_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect()
}

/// What a device waits to push, as the records it would send.
pub fn outbox_as_wire(v: &Vault) -> Vec<huiskamer_protocol::sync::Record> {
    let (records, _) = v.pending(10, 1 << 20).unwrap();
    records
        .into_iter()
        .map(|r| huiskamer_protocol::sync::Record {
            id: r.id,
            kind: r.kind,
            version: r.version,
            tombstone: r.deleted,
            ciphertext: base64_encode(&r.data),
        })
        .collect()
}

pub fn base64_encode(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}
