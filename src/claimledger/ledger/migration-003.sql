-- claimledger ledger, schema version 3: amounts say which earlier amount they restate.
--
-- The contract's Amount gained `repeat_of` (the same claim repeated within an article, e.g. the
-- lead's figure restated later). Estimates are not derived from such repeats, so a claim counts
-- once in `compare`. No foreign key: SQLite cannot add a composite one to an existing table; the
-- contract checks that the id exists in the same document before anything is stored.
-- The column's description is a block comment: SQLite keeps it in the table's stored SQL.
ALTER TABLE amounts ADD COLUMN repeat_of TEXT /* id of the earlier amount of the same article this one restates, or null */;
