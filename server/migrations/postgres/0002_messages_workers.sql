-- Organisations whose support workers answer on this server.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- A person's conversation with one organisation. The account is anonymous.
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    -- The app's id for "open this conversation", so a retried request
    -- does not open a second one.
    client_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    last_seq BIGINT NOT NULL DEFAULT 0,
    -- Unix seconds of the last message, for the workers' queue.
    last_message_at BIGINT NOT NULL,
    -- Who wrote last: 'person' means a worker should answer.
    last_from TEXT NOT NULL DEFAULT 'person',
    UNIQUE (account_id, client_id)
);
CREATE INDEX conversations_queue ON conversations (organisation_id, status, last_message_at);

-- Messages, sealed at rest with the server's message key (AES-256-GCM, the
-- conversation id and seq bound in as associated data). Deleted after the
-- organisation's retention period.
CREATE TABLE messages (
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('person', 'worker')),
    client_id TEXT,
    nonce BYTEA NOT NULL,
    sealed BYTEA NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_id) WHERE client_id IS NOT NULL;
CREATE INDEX messages_sent_at ON messages (sent_at);

-- Support workers of an organisation; created with `huiskamer-server add-worker`.
CREATE TABLE workers (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Argon2id PHC string.
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('worker', 'editor', 'admin'))
);

-- Dashboard sessions: the cookie holds a random token, the table its hash.
CREATE TABLE sessions (
    token_hash BYTEA PRIMARY KEY,
    worker_id TEXT NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
