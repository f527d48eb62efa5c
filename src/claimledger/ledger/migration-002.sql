-- claimledger ledger, schema version 2: the ledger across articles.
--
-- Version 1 stores each document as it was extracted. Version 2 adds what joins documents together
-- (docs: docs/ledger.md):
--   entity_keys      the ledger key of every stored entity: entities with the same key are one
--                    ledger entity, whatever the article;
--   ledger_entities  one row per ledger key, with a name to show and full-text search on it;
--   entity_aliases   keys a user merged into another (`claimledger entities --merge`): the only
--                    table written by people, never by ingest, so it survives re-ingest and delete;
--   quantities       one row per thing counted (folded counted_key), place and unit;
--   estimates        one row per figure of a quantity: its date, source, value and sentence.
-- entity_keys and estimates are derived from a document at ingest, in the same transaction, and go
-- with it (ON DELETE CASCADE); a ledger_entities or quantities row goes when its last entity or
-- estimate goes, and ledger_entities keeps its counts (triggers below). `Ledger.rebuild_ledger_rows()` derives them all again, e.g. after
-- the language data that folds words changes; a ledger migrated from version 1 is rebuilt on open
-- (the `rebuild` row of ledger_state).

CREATE TABLE ledger_state (
    -- Bookkeeping of the ledger itself, one row per setting.
    name TEXT PRIMARY KEY,  -- the setting: `rebuild` (derived rows must be built again on open)
    value TEXT NOT NULL  -- its value
);
-- Documents stored before version 2 have no derived rows yet: Ledger builds them on open.
INSERT INTO ledger_state (name, value) SELECT 'rebuild', '1' WHERE EXISTS (SELECT 1 FROM documents);

CREATE TABLE ledger_entities (
    -- One referent across articles: every entity whose ledger key is `key`, with its counts.
    rowid INTEGER PRIMARY KEY,  -- stable row number; ledger_entities_fts points here
    "key" TEXT NOT NULL UNIQUE,  -- ledger key: the entity's key, or TYPE:folded name when it has none
    type TEXT NOT NULL,  -- PERSON, ORG, GPE, LOC, EVENT, PRODUCT or NORP
    name TEXT NOT NULL,  -- the canonical name of the first entity stored with this key
    documents INTEGER NOT NULL DEFAULT 0,  -- articles with an entity of this key (kept by triggers)
    mentions INTEGER NOT NULL DEFAULT 0  -- mentions of those entities (kept by triggers)
);
-- entities: the most documented first.
CREATE INDEX ledger_entities_documents ON ledger_entities (documents);

CREATE TABLE entity_keys (
    -- The ledger key of each stored entity (derived at ingest): joins entities across articles.
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL,  -- the article
    entity TEXT NOT NULL,  -- entity id within the article (entities.id)
    ledger_key TEXT NOT NULL,  -- ledger_entities.key: entities.key, or TYPE:folded name
    mentions INTEGER NOT NULL,  -- how many mentions the entity has in the article
    UNIQUE (doc_id, entity),
    FOREIGN KEY (doc_id, entity) REFERENCES entities (doc_id, id) ON DELETE CASCADE
);
-- Who said what and the entities' counts: the entities of one key, article by article.
CREATE INDEX entity_keys_ledger_key ON entity_keys (ledger_key, doc_id);

CREATE TABLE entity_aliases (
    -- Ledger keys a user merged into another one (same referent); kept across re-ingests.
    alias TEXT PRIMARY KEY,  -- the merged key, e.g. GPE:washington
    canonical TEXT NOT NULL,  -- the key it stands for, e.g. GPE:etats-unis (never itself an alias)
    merged_at TEXT NOT NULL,  -- when the merge was made: ISO 8601, UTC
    CHECK (alias <> canonical)
);
CREATE INDEX entity_aliases_canonical ON entity_aliases (canonical);

CREATE TABLE quantities (
    -- One thing counted across articles: estimates of the same folded key, place and unit.
    rowid INTEGER PRIMARY KEY,  -- stable row number; quantities_fts points here
    "key" TEXT NOT NULL,  -- counted_key folded: lower case, no accents, no inflection, synonyms mapped
    location TEXT NOT NULL,  -- ledger key of the place the figures are about, '' when none
    unit TEXT NOT NULL,  -- the amounts' unit (EUR, %, km), '' for counts
    label TEXT NOT NULL,  -- what is counted, as first written: soldats nord-coréens
    location_name TEXT,  -- the place's name as first written, or null
    terms TEXT NOT NULL,  -- folded words of label, key and place: what searches match
    UNIQUE ("key", location, unit)
);

CREATE TABLE estimates (
    -- One figure given for a quantity (derived at ingest from an amount with a counted_key or counted).
    rowid INTEGER PRIMARY KEY,  -- stable row number
    doc_id TEXT NOT NULL,  -- the article
    amount TEXT NOT NULL,  -- amount id within the article (amounts.id)
    quantity INTEGER NOT NULL REFERENCES quantities (rowid),  -- the quantity estimated
    "date" TEXT,  -- the date it refers to: YYYY-MM-DD or YYYY-MM, or null when unknown
    date_from TEXT,  -- `time` (the amount's time) or `published` (the article's date), or null
    value NOT NULL,  -- amounts.value: the number (midpoint for ranges)
    low,  -- amounts.low: lower bound, or null
    high,  -- amounts.high: upper bound, or null
    qualifier TEXT NOT NULL,  -- amounts.qualifier: exact, approximately, up_to, at_least, ...
    source_key TEXT NOT NULL,  -- who gives it: a ledger key, else said:FOLDED source_text, site:SITE or doc:DOC_ID
    source_name TEXT NOT NULL,  -- who gives it, to show: entity name, source_text, site or doc_id
    location_inferred INTEGER NOT NULL,  -- 1 when the place comes from a figure of the same quantity in the article
    sentence TEXT NOT NULL,  -- the sentence of the figure in documents.text
    UNIQUE (doc_id, amount),
    FOREIGN KEY (doc_id, amount) REFERENCES amounts (doc_id, id) ON DELETE CASCADE
);
-- compare: the estimates of one quantity, in date order.
CREATE INDEX estimates_quantity ON estimates (quantity, "date");
-- sources and latest estimate per source.
CREATE INDEX estimates_source ON estimates (source_key, quantity);

-- A ledger entity or a quantity lives as long as something points to it.
-- A ledger entity counts its articles and mentions; its row is stored before its entity_keys.
CREATE TRIGGER entity_keys_count_insert AFTER INSERT ON entity_keys BEGIN
    UPDATE ledger_entities SET mentions = mentions + new.mentions,
        documents = documents + NOT EXISTS (SELECT 1 FROM entity_keys WHERE ledger_key = new.ledger_key
                                            AND doc_id = new.doc_id AND rowid <> new.rowid)
    WHERE "key" = new.ledger_key;
END;
CREATE TRIGGER entity_keys_count_delete AFTER DELETE ON entity_keys BEGIN
    UPDATE ledger_entities SET mentions = mentions - old.mentions,
        documents = documents - NOT EXISTS (SELECT 1 FROM entity_keys WHERE ledger_key = old.ledger_key
                                            AND doc_id = old.doc_id)
    WHERE "key" = old.ledger_key;
    DELETE FROM ledger_entities WHERE "key" = old.ledger_key AND documents = 0;
END;
CREATE TRIGGER estimates_last_delete AFTER DELETE ON estimates
WHEN NOT EXISTS (SELECT 1 FROM estimates WHERE quantity = old.quantity) BEGIN
    DELETE FROM quantities WHERE rowid = old.quantity;
END;

-- quantities_fts: words of each quantity, as written and folded; rowid = quantities.rowid.
CREATE VIRTUAL TABLE quantities_fts USING fts5 (
    label, "key", location_name, terms, content = 'quantities', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);
-- ledger_entities_fts: names and keys of ledger entities; rowid = ledger_entities.rowid.
CREATE VIRTUAL TABLE ledger_entities_fts USING fts5 (
    name, "key", content = 'ledger_entities', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER quantities_fts_insert AFTER INSERT ON quantities BEGIN
    INSERT INTO quantities_fts (rowid, label, "key", location_name, terms)
    VALUES (new.rowid, new.label, new."key", new.location_name, new.terms);
END;
CREATE TRIGGER quantities_fts_delete AFTER DELETE ON quantities BEGIN
    INSERT INTO quantities_fts (quantities_fts, rowid, label, "key", location_name, terms)
    VALUES ('delete', old.rowid, old.label, old."key", old.location_name, old.terms);
END;
CREATE TRIGGER quantities_fts_update AFTER UPDATE ON quantities BEGIN
    INSERT INTO quantities_fts (quantities_fts, rowid, label, "key", location_name, terms)
    VALUES ('delete', old.rowid, old.label, old."key", old.location_name, old.terms);
    INSERT INTO quantities_fts (rowid, label, "key", location_name, terms)
    VALUES (new.rowid, new.label, new."key", new.location_name, new.terms);
END;

CREATE TRIGGER ledger_entities_fts_insert AFTER INSERT ON ledger_entities BEGIN
    INSERT INTO ledger_entities_fts (rowid, name, "key") VALUES (new.rowid, new.name, new."key");
END;
CREATE TRIGGER ledger_entities_fts_delete AFTER DELETE ON ledger_entities BEGIN
    INSERT INTO ledger_entities_fts (ledger_entities_fts, rowid, name, "key")
    VALUES ('delete', old.rowid, old.name, old."key");
END;
-- Only a change of what is indexed touches the index (not the counts).
CREATE TRIGGER ledger_entities_fts_update AFTER UPDATE OF name, "key" ON ledger_entities BEGIN
    INSERT INTO ledger_entities_fts (ledger_entities_fts, rowid, name, "key")
    VALUES ('delete', old.rowid, old.name, old."key");
    INSERT INTO ledger_entities_fts (rowid, name, "key") VALUES (new.rowid, new.name, new."key");
END;
