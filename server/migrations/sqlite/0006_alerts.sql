-- Safety check-ins and silent alarms (issue 18). What each organisation
-- takes: alerts off until an admin turns them on, the grace period after a
-- watch's due time, the on-call address that is mailed when an alert fires,
-- and what a person should expect after writing.
ALTER TABLE organisations ADD COLUMN check_in_alerts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN grace_minutes INTEGER NOT NULL DEFAULT 15;
ALTER TABLE organisations ADD COLUMN on_call_email TEXT;
ALTER TABLE organisations ADD COLUMN reply_expectation TEXT;

-- "If I don't check in by due_at, alert my organisation." The id is the
-- app's, per account. In clear: account, organisation, times and status;
-- the details the person chose are sealed with the message key (the
-- account and client id bound in) and deleted once she checks in or
-- cancels.
CREATE TABLE watches (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    due_at INTEGER NOT NULL,
    fires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('watching', 'checked-in', 'cancelled', 'alerted', 'checked-in-late')),
    nonce BLOB,
    sealed BLOB,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    alerted_at INTEGER,
    checked_in_at INTEGER,
    PRIMARY KEY (account_id, client_id)
);
CREATE INDEX watches_due ON watches (status, fires_at);

-- Alerts for the dashboard: a missed check-in (fired from a watch) or a
-- silent alarm. The details are sealed (a missed check-in's are the
-- watch's, copied as they were sealed; an alarm's own are bound to its
-- account and client id). A worker's note is sealed too. Deleted once
-- resolved plus the retention period.
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    account_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('missed-check-in', 'alarm')),
    client_id TEXT NOT NULL,
    -- The watch whose details go with it (a missed check-in's own watch,
    -- or the watch an alarm names).
    watch_client_id TEXT,
    fired_at INTEGER NOT NULL,
    nonce BLOB,
    sealed BLOB,
    watch_nonce BLOB,
    watch_sealed BLOB,
    checked_in_at INTEGER,
    acknowledged_by TEXT,
    acknowledged_at INTEGER,
    note_nonce BLOB,
    note_sealed BLOB,
    note_by TEXT,
    note_at INTEGER,
    resolved_by TEXT,
    resolved_at INTEGER,
    -- The on-call mail: when it went, how many tries, when to try next.
    mailed_at INTEGER,
    mail_attempts INTEGER NOT NULL DEFAULT 0,
    mail_next_at INTEGER,
    UNIQUE (account_id, kind, client_id)
);
CREATE INDEX alerts_queue ON alerts (organisation_id, resolved_at, fired_at);
CREATE INDEX alerts_mail ON alerts (mail_next_at) WHERE mail_next_at IS NOT NULL;

-- The token that can raise an account's silent alarm and nothing else,
-- held as its SHA-256 only.
CREATE TABLE alarm_tokens (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    token_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
