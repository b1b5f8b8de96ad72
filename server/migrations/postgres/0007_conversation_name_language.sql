-- Who the person is to the worker: the name she chose to be called by,
-- sealed with the message key like a message body (its nonce beside it;
-- the conversation id and position 0, which no message has, are bound in),
-- and her app's language (a locale code such as `uk`, in clear so the
-- queue can show it). NULL for a conversation opened without them and for
-- every older one.
ALTER TABLE conversations ADD COLUMN name_nonce BYTEA;
ALTER TABLE conversations ADD COLUMN name_sealed BYTEA;
ALTER TABLE conversations ADD COLUMN language TEXT;
