//! The on-call mail: one mail per alert to the organisation's on-call
//! address, saying only that an urgent alert is waiting, with a link to it
//! on the dashboard. No name, place, detail or account id: a mail passes
//! through servers nobody here controls and may be read on a shared phone.

use std::time::Duration;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{Settings, Smtp, SmtpTls};
use crate::storage::{AlertKind, AlertRow};

/// Whether `s` is an e-mail address (as lettre will send to it), on one line.
pub fn valid_address(s: &str) -> bool {
    s.len() <= 254 && !s.chars().any(|c| c.is_whitespace() || c.is_control()) && s.parse::<Address>().is_ok()
}

/// The link to the alert on the dashboard: `public_url` if set, else the
/// listen address (right for a server reached on loopback only).
pub fn alert_link(settings: &Settings, alert_id: &str) -> String {
    let base = match &settings.public_url {
        Some(u) => u.trim_end_matches('/').to_string(),
        None => format!("http://{}", settings.listen),
    };
    format!("{base}/dashboard/alerts/{alert_id}")
}

/// Subject and body: that an urgent alert is waiting and where. Nothing
/// the person chose to share, and not who she is.
pub fn text(settings: &Settings, alert: &AlertRow) -> (String, String) {
    let what = match alert.kind {
        AlertKind::MissedCheckIn => "A safety check-in was missed.",
        AlertKind::Alarm => "A silent alarm was raised.",
    };
    let subject = "Urgent alert waiting in Huiskamer".to_string();
    let body = format!(
        "{what}\n\nAn urgent alert is waiting for {org} on the Huiskamer dashboard.\nOpen it (sign in first):\n\n{link}\n\n\
         This mail holds no details on purpose; they are on the dashboard only.\n\
         Gevaar? Bel 112. / In danger? Call 112.\n",
        org = settings.organisation,
        link = alert_link(settings, &alert.id),
    );
    (subject, body)
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the mail could not be built: {0}")]
    Build(String),
    #[error("the mail server refused or could not be reached: {0}")]
    Send(String),
}

fn transport(smtp: &Smtp) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let builder = match smtp.tls {
        SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
            .map_err(|e| MailError::Build(e.to_string()))?,
        SmtpTls::Tls => {
            AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host).map_err(|e| MailError::Build(e.to_string()))?
        }
    };
    let mut builder = builder.port(smtp.port).timeout(Some(Duration::from_secs(20)));
    if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}

/// Sends the mail for `alert` to `to`. The error never names the address.
pub async fn send(settings: &Settings, smtp: &Smtp, to: &str, alert: &AlertRow) -> Result<(), MailError> {
    let from: Mailbox = smtp.from.parse().map_err(|_| MailError::Build("smtp.from is not an address".into()))?;
    let to: Mailbox = to.parse().map_err(|_| MailError::Build("the on-call address is not an address".into()))?;
    let (subject, body) = text(settings, alert);
    // 8bit, not quoted-printable (which lettre picks for lines over 76
    // characters): the link stays on one line, whole, for every mail
    // client. Our own text: short lines (the organisation's name is at
    // most 120 characters), no NUL, CRLF line ends.
    if body.lines().any(|l| l.len() > 900) || body.contains('\0') {
        return Err(MailError::Build("the mail body does not fit 8bit lines".into()));
    }
    let body = Body::dangerous_pre_encoded(body.replace('\n', "\r\n").into_bytes(), ContentTransferEncoding::EightBit);
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| MailError::Build(e.to_string()))?;
    transport(smtp)?.send(message).await.map(|_| ()).map_err(|e| MailError::Send(describe(&e)))
}

/// What went wrong, without the mail server's own words (which may quote
/// the address).
fn describe(e: &lettre::transport::smtp::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_tls() {
        "TLS failed"
    } else if e.is_permanent() {
        "refused (permanent)"
    } else if e.is_transient() {
        "refused for now (transient)"
    } else if e.is_client() {
        "client error"
    } else {
        "connection failed"
    };
    match e.status() {
        Some(code) => format!("{kind}, SMTP {code}"),
        None => kind.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked() {
        assert!(valid_address("oncall@example.org"));
        assert!(!valid_address("oncall"));
        assert!(!valid_address("on call@example.org"));
        assert!(!valid_address("a@b.org\nBcc: x@y.org"));
    }
}
