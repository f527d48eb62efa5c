-- claimledger ledger, schema version 1.
--
-- One row in `documents` per article, and everything extracted from it in one table per list of the
-- v1 output contract (docs: ../shared/spec/output-v1.md). Column names follow the contract; offsets
-- (`start`, `end`) are character offsets into `documents.text`, end exclusive.
--
-- Conventions, the same in every table:
--   rowid     an explicit INTEGER PRIMARY KEY, so that VACUUM never renumbers rows under the full-text
--             indexes that point at them; use the natural key below to find a row.
--   doc_id    the document a row belongs to; (doc_id, id) is the natural key of every extracted record
--             (ids such as `e1`, `q1` are unique within a document only).
--   position  0-based place of the record in its list in the document, so lists come back in order.
--   ON DELETE CASCADE from documents: deleting a document deletes every row extracted from it.
--   References between records (a quote's speaker, an amount's time, ...) are foreign keys within the
--   same document: (doc_id, speaker) REFERENCES entities (doc_id, id).
--
-- The file is applied once, in one transaction, by claimledger.ledger.schema; later changes go into
-- migration files, never into this one. PRAGMA user_version holds the schema version and
-- PRAGMA application_id marks the file as a claimledger ledger.

CREATE TABLE documents (
    -- One article: its metadata, clean text, and the fingerprint that makes ingest idempotent.
    rowid INTEGER PRIMARY KEY,  -- stable row number; documents_fts points here
    doc_id TEXT NOT NULL UNIQUE,  -- the document's stable id (contract `doc_id`)
    "schema" TEXT NOT NULL,  -- contract version of the stored document: claimledger/document@1
    url TEXT,  -- where the article came from, or null
    site TEXT,  -- the outlet, e.g. Radio-Canada, or null
    language TEXT NOT NULL,  -- ISO 639-1 code of the body: fr, en
    published TEXT,  -- ISO 8601 date or datetime of publication, or null
    title TEXT,  -- the headline (not repeated in text), or null
    "text" TEXT NOT NULL,  -- the clean body; every start/end in the ledger is an offset into it
    generator TEXT,  -- claimledger version and models that produced the extraction (model version)
    content_hash TEXT NOT NULL,  -- SHA-256 of the document's canonical JSON: same hash, same document
    ingested_at TEXT NOT NULL  -- when this version was stored: ISO 8601, UTC
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE entities (
    -- One distinct real-world referent of one article (contract Entity).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,  -- the article
    id TEXT NOT NULL,  -- entity id within the article: e1, e2, ...
    position INTEGER NOT NULL,  -- place in the document's `entities` list, from 0
    name TEXT NOT NULL,  -- canonical name: the fullest form in the article, or the usual name
    type TEXT NOT NULL,  -- PERSON, ORG, GPE, LOC, EVENT, PRODUCT or NORP
    "key" TEXT,  -- stable grouping key across articles (type + normalized name), or null
    link_kb TEXT,  -- knowledge base of the link (contract link.kb: iso3166, wikidata), or null
    link_id TEXT,  -- identifier in that knowledge base (contract link.id), or null
    UNIQUE (doc_id, id),
    CHECK ((link_kb IS NULL) = (link_id IS NULL))
);
-- The same referent across articles: issue "ledger across articles" groups entities by key.
CREATE INDEX entities_key ON entities ("key");

CREATE TABLE mentions (
    -- One place in the text that names or refers to an entity (contract Entity.mentions).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL,  -- the article
    entity TEXT NOT NULL,  -- id of the entity mentioned (entities.id in the same article)
    position INTEGER NOT NULL,  -- place in the entity's `mentions` list, from 0
    start INTEGER NOT NULL,  -- offset of the first character in documents.text
    "end" INTEGER NOT NULL,  -- offset after the last character (exclusive)
    "text" TEXT NOT NULL,  -- the mention as written: text[start:end]
    UNIQUE (doc_id, entity, position),
    FOREIGN KEY (doc_id, entity) REFERENCES entities (doc_id, id) ON DELETE CASCADE,
    CHECK (0 <= start AND start <= "end")
);

CREATE TABLE entity_descriptions (
    -- Roles and titles the article gives an entity (contract Entity.descriptions).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL,  -- the article
    entity TEXT NOT NULL,  -- id of the entity described (entities.id in the same article)
    position INTEGER NOT NULL,  -- place in the entity's `descriptions` list, from 0
    "text" TEXT NOT NULL,  -- the description: secrétaire à la Défense
    UNIQUE (doc_id, entity, position),
    FOREIGN KEY (doc_id, entity) REFERENCES entities (doc_id, id) ON DELETE CASCADE
);

CREATE TABLE times (
    -- A temporal expression with its TIMEX3 value (contract Time).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,  -- the article
    id TEXT NOT NULL,  -- time id within the article: t1, t2, ...
    position INTEGER NOT NULL,  -- place in the document's `times` list, from 0
    start INTEGER NOT NULL,  -- offset of the first character in documents.text
    "end" INTEGER NOT NULL,  -- offset after the last character (exclusive)
    "text" TEXT NOT NULL,  -- the expression as written: text[start:end]
    type TEXT NOT NULL,  -- DATE, TIME, DURATION or SET
    value TEXT,  -- TIMEX3 value: 2024-10-31, 2024-10, 2024-W44, P1Y, PRESENT_REF; null if unresolved
    anchor TEXT,  -- `published` or `text` when resolved against a date, null when absolute
    mod TEXT,  -- TIMEX3 modifier, e.g. APPROX, or null
    UNIQUE (doc_id, id),
    CHECK (0 <= start AND start <= "end")
);
-- Estimates over time: the date a figure refers to.
CREATE INDEX times_value ON times (value);

CREATE TABLE statements (
    -- Reported speech: who asserts what, quoted or not (contract Statement).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,  -- the article
    id TEXT NOT NULL,  -- statement id within the article: s1, s2, ...
    position INTEGER NOT NULL,  -- place in the document's `statements` list, from 0
    start INTEGER NOT NULL,  -- offset of the first character of the asserted content
    "end" INTEGER NOT NULL,  -- offset after its last character (exclusive)
    "text" TEXT NOT NULL,  -- the content that is asserted: text[start:end]
    speaker TEXT,  -- entity id of who asserts it, or null
    speaker_text TEXT,  -- the span that names the speaker in this sentence, or null
    cue TEXT,  -- reporting verb or marker as written: a déclaré, selon; or null
    time TEXT,  -- time id of when it was said, or null
    UNIQUE (doc_id, id),
    FOREIGN KEY (doc_id, speaker) REFERENCES entities (doc_id, id),
    FOREIGN KEY (doc_id, time) REFERENCES times (doc_id, id),
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX statements_speaker ON statements (doc_id, speaker);

CREATE TABLE quotes (
    -- Words inside quotation marks (contract Quote).
    rowid INTEGER PRIMARY KEY,  -- stable row number; quotes_fts points here
    doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,  -- the article
    id TEXT NOT NULL,  -- quote id within the article: q1, q2, ...
    position INTEGER NOT NULL,  -- place in the document's `quotes` list, from 0
    start INTEGER NOT NULL,  -- offset of the first quoted character (after the opening mark)
    "end" INTEGER NOT NULL,  -- offset after the last quoted character (exclusive)
    "text" TEXT NOT NULL,  -- the quoted words without the quotation marks: text[start:end]
    kind TEXT NOT NULL,  -- `direct` (a whole utterance) or `partial` (words in the writer's sentence)
    speaker TEXT,  -- entity id of the speaker, or null
    speaker_text TEXT,  -- the span that names the speaker in this sentence: M. Blinken, il; or null
    cue TEXT,  -- reporting verb or marker as written, or null
    statement TEXT,  -- id of the statement the quote belongs to, or null
    UNIQUE (doc_id, id),
    FOREIGN KEY (doc_id, speaker) REFERENCES entities (doc_id, id),
    FOREIGN KEY (doc_id, statement) REFERENCES statements (doc_id, id),
    CHECK (0 <= start AND start <= "end")
);
-- Who said what: a speaker's quotes, joined from entities (doc_id, id).
CREATE INDEX quotes_speaker ON quotes (doc_id, speaker);

CREATE TABLE amounts (
    -- A figure in the text, with what it counts and who asserts it (contract Amount).
    rowid INTEGER PRIMARY KEY,  -- stable row number; amounts_fts points here
    doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,  -- the article
    id TEXT NOT NULL,  -- amount id within the article: a1, a2, ...
    position INTEGER NOT NULL,  -- place in the document's `amounts` list, from 0
    start INTEGER NOT NULL,  -- offset of the first character of the expression
    "end" INTEGER NOT NULL,  -- offset after its last character (exclusive)
    "text" TEXT NOT NULL,  -- the figure with its qualifier words: Quelque 8000, jusqu'à 12 000
    value NOT NULL,  -- the number (midpoint for ranges); no declared type: 8000 stays an integer, 8000.0 a real, an integer too large for 64 bits is kept as its decimal text
    low,  -- lower bound when the text gives one, or null (stored like value)
    high,  -- upper bound when the text gives one, or null (stored like value)
    qualifier TEXT NOT NULL,  -- exact, approximately, up_to, at_least, more_than, less_than, range
    unit TEXT,  -- currency code or unit: EUR, USD, %, km; null for counts
    counted TEXT,  -- what is counted, as written: soldats nord-coréens
    counted_key TEXT,  -- normalized key of counted (lemmas, lower case): soldat nord-coréen
    location TEXT,  -- entity id of the place the figure is about, or null
    source TEXT,  -- entity id of who asserts the figure, or null when the writer states it
    source_text TEXT,  -- the span that names the source, or null
    statement TEXT,  -- id of the statement that carries the figure, or null
    time TEXT,  -- time id the figure refers to, or null
    UNIQUE (doc_id, id),
    FOREIGN KEY (doc_id, location) REFERENCES entities (doc_id, id),
    FOREIGN KEY (doc_id, source) REFERENCES entities (doc_id, id),
    FOREIGN KEY (doc_id, statement) REFERENCES statements (doc_id, id),
    FOREIGN KEY (doc_id, time) REFERENCES times (doc_id, id),
    CHECK (0 <= start AND start <= "end")
);
-- One quantity across articles: the estimates of the same counted_key, compared.
CREATE INDEX amounts_counted_key ON amounts (counted_key);

-- Full-text indexes (FTS5). They hold no copy of the text (external content: they read the table
-- they index), are kept in sync by the triggers below, and ignore case and accents:
-- `nord-coreens` finds `nord-coréens`. Query them with MATCH and join on rowid.

-- documents_fts: words of each document's title and text; rowid = documents.rowid.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, "text", content = 'documents', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

-- quotes_fts: words of each quote; rowid = quotes.rowid.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    "text", content = 'quotes', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

-- amounts_fts: what each figure counts, as written and normalized; rowid = amounts.rowid.
CREATE VIRTUAL TABLE amounts_fts USING fts5 (
    counted, counted_key, content = 'amounts', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, "text") VALUES (new.rowid, new.title, new."text");
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, "text")
    VALUES ('delete', old.rowid, old.title, old."text");
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, "text")
    VALUES ('delete', old.rowid, old.title, old."text");
    INSERT INTO documents_fts (rowid, title, "text") VALUES (new.rowid, new.title, new."text");
END;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, "text") VALUES ('delete', old.rowid, old."text");
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, "text") VALUES ('delete', old.rowid, old."text");
    INSERT INTO quotes_fts (rowid, "text") VALUES (new.rowid, new."text");
END;

CREATE TRIGGER amounts_fts_insert AFTER INSERT ON amounts BEGIN
    INSERT INTO amounts_fts (rowid, counted, counted_key)
    VALUES (new.rowid, new.counted, new.counted_key);
END;
CREATE TRIGGER amounts_fts_delete AFTER DELETE ON amounts BEGIN
    INSERT INTO amounts_fts (amounts_fts, rowid, counted, counted_key)
    VALUES ('delete', old.rowid, old.counted, old.counted_key);
END;
CREATE TRIGGER amounts_fts_update AFTER UPDATE ON amounts BEGIN
    INSERT INTO amounts_fts (amounts_fts, rowid, counted, counted_key)
    VALUES ('delete', old.rowid, old.counted, old.counted_key);
    INSERT INTO amounts_fts (rowid, counted, counted_key)
    VALUES (new.rowid, new.counted, new.counted_key);
END;
