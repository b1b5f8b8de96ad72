//! Connections on loopback that say nothing, stop half-way or stay idle are
//! closed after their (here short) timeouts, and a crowd of idle ones
//! cannot keep /v1/health from answering: issue 19 found them open after
//! 360 s, and 300 of them under a 256-descriptor limit stopped the server.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Backend, TestServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Reads until the server closes the connection; returns what it sent and
/// how long that took. Fails if it is still open after `limit`.
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> (String, Duration) {
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at((start + limit).into(), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&got).into_owned(), start.elapsed()),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
            Err(_) => panic!("still open after {limit:?}; received {:?}", String::from_utf8_lossy(&got)),
        }
    }
}

/// Whether the server has closed `stream` (without waiting for it to).
async fn is_closed(stream: &mut TcpStream) -> bool {
    let mut buf = [0u8; 1024];
    matches!(tokio::time::timeout(Duration::from_millis(20), stream.read(&mut buf)).await, Ok(Ok(0) | Err(_)))
}

async fn short_timeouts() -> TestServer {
    TestServer::start_with(Backend::Sqlite, |c| {
        c.limits.header_read_timeout_seconds = 1;
        c.limits.body_read_timeout_seconds = 2;
        c.limits.idle_timeout_seconds = 3;
    })
    .await
}

async fn connect(s: &TestServer) -> TcpStream {
    TcpStream::connect(s.running.as_ref().unwrap().addr).await.unwrap()
}

#[tokio::test]
async fn a_silent_connection_and_a_half_sent_head_are_closed_after_the_header_timeout() {
    let s = short_timeouts().await;
    let mut silent = connect(&s).await;
    let mut half = connect(&s).await;
    half.write_all(b"GET /v1/health HTTP/1.1\r\nHost: hk\r\n").await.unwrap();
    // A head sent a byte at a time is no better: the timeout counts from the start.
    let mut trickle = connect(&s).await;
    let opened = Instant::now();
    let trickling = tokio::spawn(async move {
        for b in b"GET /v1/health HTTP/1.1\r\nHost: hk\r\nX-Slow: yes".iter() {
            if trickle.write_all(&[*b]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        until_closed(&mut trickle, Duration::from_secs(10)).await;
        opened.elapsed()
    });
    let (got, after) = until_closed(&mut silent, Duration::from_secs(10)).await;
    assert!(got.is_empty() && after >= Duration::from_millis(900), "closed after {after:?}: {got:?}");
    let (_, after) = until_closed(&mut half, Duration::from_secs(10)).await;
    assert!(after < Duration::from_secs(3), "{after:?}");
    let after = trickling.await.unwrap();
    assert!(after < Duration::from_secs(3), "a trickled head kept the connection for {after:?}");
}

#[tokio::test]
async fn a_half_sent_body_is_answered_408_and_closed_after_the_body_timeout() {
    let s = short_timeouts().await;
    let mut conn = connect(&s).await;
    conn.write_all(
        b"POST /v1/accounts HTTP/1.1\r\nHost: hk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"auth_key\":",
    )
    .await
    .unwrap();
    let start = Instant::now();
    let (got, _) = until_closed(&mut conn, Duration::from_secs(10)).await;
    let after = start.elapsed();
    assert!(got.starts_with("HTTP/1.1 408"), "{got}");
    assert!(got.contains("\"request-timeout\""), "a JSON error like every other: {got}");
    assert!((Duration::from_millis(1900)..Duration::from_secs(5)).contains(&after), "closed after {after:?}");
    // The server took no account from the half body.
    assert_eq!(s.client.get(s.url("/v1/health")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn a_kept_alive_connection_is_closed_after_the_idle_timeout_not_before() {
    let s = short_timeouts().await;
    let mut conn = connect(&s).await;
    conn.write_all(b"GET /v1/health HTTP/1.1\r\nHost: hk\r\n\r\n").await.unwrap();
    let mut buf = [0u8; 1024];
    let n = conn.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let answered = Instant::now();
    // Longer than the header timeout: an idle connection between requests
    // may wait for the idle timeout.
    tokio::time::sleep(Duration::from_millis(1800)).await;
    assert!(!is_closed(&mut conn).await, "closed before the idle timeout");
    conn.write_all(b"GET /v1/info HTTP/1.1\r\nHost: hk\r\n\r\n").await.unwrap();
    let n = conn.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"), "the next request on it is answered");
    let (_, after) = until_closed(&mut conn, Duration::from_secs(10)).await;
    assert!(after >= Duration::from_millis(2900) && answered.elapsed() < Duration::from_secs(10), "{after:?}");
}

#[tokio::test]
async fn health_answers_while_more_idle_connections_are_open_than_the_server_takes() {
    let s = TestServer::start_with(Backend::Sqlite, |c| c.limits.max_connections = 32).await;
    let mut idle = Vec::new();
    for _ in 0..100 {
        idle.push(connect(&s).await);
    }
    // A request that is under way is not what makes room.
    let mut uploading = connect(&s).await;
    uploading
        .write_all(
            b"POST /v1/accounts HTTP/1.1\r\nHost: hk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        )
        .await
        .unwrap();
    for _ in 0..3 {
        let res = tokio::time::timeout(Duration::from_secs(5), s.client.get(s.url("/v1/health")).send())
            .await
            .expect("health answers within 5 s")
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    let mut closed = 0;
    for c in idle.iter_mut() {
        closed += is_closed(c).await as usize;
    }
    assert!(closed >= 100 - 32, "the oldest idle connections made room ({closed} closed)");
    assert!(!is_closed(&mut uploading).await, "the upload under way was left alone");
}

/// The red team's case, with the real command: a 256-descriptor limit and
/// 300 connections that say nothing.
#[tokio::test]
async fn three_hundred_silent_connections_under_a_256_descriptor_limit_leave_health_answering() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -n 256 && exec "$0" serve --listen 127.0.0.1:0 --data-dir "$1""#)
        .arg(env!("CARGO_BIN_EXE_huiskamer-server"))
        .arg(dir.path().join("data"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let addr = stdout
        .lines()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("huiskamer-server listening on http://").map(str::to_string))
        .expect("the server starts");
    let mut silent = Vec::new();
    for _ in 0..300 {
        silent.push(TcpStream::connect(&addr).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let res = tokio::time::timeout(Duration::from_secs(5), reqwest::get(format!("http://{addr}/v1/health"))).await;
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let _ = child.wait();
    let res = res.expect("health answers within 5 s").unwrap();
    assert_eq!(res.status(), 200);
}
