-- claimledger ledger, schema version 4: full-text search over statements.
--
-- Who said what is asked of reported speech too, not only of quotation marks (`quotes_fts`): the
-- web interface's search reads statements_fts. Built here from the stored statements, then kept
-- in sync by triggers, like the other indexes.

-- statements_fts: words of each statement's asserted content; rowid = statements.rowid.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    "text", content = 'statements', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, "text")
    VALUES ('delete', old.rowid, old."text");
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, "text")
    VALUES ('delete', old.rowid, old."text");
    INSERT INTO statements_fts (rowid, "text") VALUES (new.rowid, new."text");
END;
