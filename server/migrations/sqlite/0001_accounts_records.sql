-- Anonymous accounts: a random id and the SHA-256 of the device's key.
-- Nothing else about a person is stored: no name, phone, e-mail, IP address
-- or timestamps.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    key_hash BLOB NOT NULL UNIQUE,
    -- The account's change counter: every accepted write takes the next value.
    last_seq INTEGER NOT NULL DEFAULT 0
);

-- Encrypted records. The server cannot read ciphertext; it orders writes by
-- seq so a device can ask for "everything since".
CREATE TABLE records (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    tombstone INTEGER NOT NULL,
    ciphertext BLOB NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX records_by_seq ON records (account_id, seq);
