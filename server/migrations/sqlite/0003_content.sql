-- The information library as editors keep it: one row per file, with the
-- same paths as the repository's content/ folder (nl/health/x.md,
-- organisations.toml). Seeded from the content shipped in the app.
CREATE TABLE content_files (
    path TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

-- Published, signed content bundles, by version. Kept so an app that is
-- behind can fetch exactly the version its manifest names.
CREATE TABLE bundles (
    version INTEGER PRIMARY KEY,
    manifest TEXT NOT NULL,
    bytes BLOB NOT NULL,
    published_at INTEGER NOT NULL
);
