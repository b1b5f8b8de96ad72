-- A person's report of a mistake in the information: what it is about,
-- `article:<id>` or `organisation:<id>` (public content ids, so not sealed
-- like the body). NULL for an ordinary message and for every older one.
ALTER TABLE messages ADD COLUMN about TEXT;
