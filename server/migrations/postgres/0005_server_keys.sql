-- The keys this database belongs to, by id (never the key itself): the
-- message key that seals its messages and the content key that signs its
-- bundles. A server whose key file is missing or holds another key refuses
-- to start, instead of making a new key that cannot open what is stored.
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
