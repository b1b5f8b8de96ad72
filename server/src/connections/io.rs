//! The socket, the request body and the answer body of a connection, each
//! telling the connection's deadline when bytes move.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Request, Response};
use axum::response::IntoResponse;
use axum::Router;
use hyper::body::{Body as HttpBody, Bytes, Frame, Incoming, SizeHint};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

use super::deadline::{Conn, Phase};
use super::ConnectionLimits;
use crate::error::ApiError;

pub(super) struct WatchedIo {
    pub(super) inner: TcpStream,
    pub(super) conn: Arc<Conn>,
}

impl AsyncRead for WatchedIo {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        ready!(Pin::new(&mut self.inner).poll_read(cx, buf))?;
        if buf.filled().len() > before {
            let was_waiting = self.conn.with(|s| {
                let waiting = s.phase == Phase::Waiting;
                s.read(Instant::now());
                waiting
            });
            if was_waiting {
                self.conn.changed.notify_one();
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for WatchedIo {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let n = ready!(Pin::new(&mut self.inner).poll_write(cx, buf))?;
        self.conn.with(|s| s.last_io = Instant::now());
        Poll::Ready(Ok(n))
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let n = ready!(Pin::new(&mut self.inner).poll_write_vectored(cx, bufs))?;
        self.conn.with(|s| s.last_io = Instant::now());
        Poll::Ready(Ok(n))
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Hands each request of one connection to the router, with the client's
/// address, its body under the body timeout, and its answer watched until
/// it is sent.
pub(super) struct ConnectionService {
    pub(super) router: Router,
    pub(super) conn: Arc<Conn>,
    pub(super) addr: SocketAddr,
    pub(super) limits: ConnectionLimits,
}

impl hyper::service::Service<Request<Incoming>> for ConnectionService {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        let now = Instant::now();
        let timed_out = Arc::new(AtomicBool::new(false));
        let mut req = if req.body().is_end_stream() {
            self.conn.update(|s| s.request(now, None));
            req.map(Body::new)
        } else {
            let by = now + self.limits.body_read_timeout;
            self.conn.update(|s| s.request(now, Some(by)));
            let conn = self.conn.clone();
            let timed_out = timed_out.clone();
            req.map(|inner| {
                Body::new(TimedBody {
                    inner,
                    deadline: Box::pin(tokio::time::sleep_until(by)),
                    conn,
                    timed_out,
                    done: false,
                })
            })
        };
        req.extensions_mut().insert(ConnectInfo(self.addr));
        let router = self.router.clone();
        let conn = self.conn.clone();
        Box::pin(async move {
            let res = router.oneshot(req).await.unwrap_or_else(|e| match e {});
            let mut res =
                if timed_out.load(Ordering::Relaxed) { ApiError::RequestTimeout.into_response() } else { res };
            if timed_out.load(Ordering::Relaxed) {
                res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok(res.map(|inner| Body::new(AnswerBody { inner, conn })))
        })
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimeout;

/// A request body that ends with an error at its deadline.
struct TimedBody {
    inner: Incoming,
    deadline: Pin<Box<Sleep>>,
    conn: Arc<Conn>,
    timed_out: Arc<AtomicBool>,
    done: bool,
}

impl TimedBody {
    fn finish(&mut self) {
        if !self.done {
            self.done = true;
            self.conn.with(|s| s.body_done(Instant::now()));
        }
    }
}

impl HttpBody for TimedBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                if frame.is_none() || this.inner.is_end_stream() || matches!(frame, Some(Err(_))) {
                    this.finish();
                }
                Poll::Ready(frame.map(|f| f.map_err(Into::into)))
            }
            Poll::Pending if !this.done && this.deadline.as_mut().poll(cx).is_ready() => {
                this.timed_out.store(true, Ordering::Relaxed);
                this.finish();
                Poll::Ready(Some(Err(BodyTimeout.into())))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for TimedBody {
    fn drop(&mut self) {
        self.finish();
    }
}

/// An answer's body: when hyper has sent it (and drops it), the connection
/// waits for its next request.
struct AnswerBody {
    inner: Body,
    conn: Arc<Conn>,
}

impl HttpBody for AnswerBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for AnswerBody {
    fn drop(&mut self) {
        self.conn.update(|s| s.answered(Instant::now()));
    }
}
