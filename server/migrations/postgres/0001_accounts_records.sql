-- Same shape as the SQLite schema; see migrations/sqlite for the reasons.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    key_hash BYTEA NOT NULL UNIQUE,
    last_seq BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE records (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    version BIGINT NOT NULL,
    tombstone BOOLEAN NOT NULL,
    ciphertext BYTEA NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX records_by_seq ON records (account_id, seq);
