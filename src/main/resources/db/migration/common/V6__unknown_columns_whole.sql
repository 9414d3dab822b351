-- A partner file may have many columns this contract does not know; they are kept aside whole, as
-- JSON of any length (TEXT: PostgreSQL's unbounded text, H2's character large object), never cut.
ALTER TABLE import_ledger ALTER COLUMN unknown_columns SET DATA TYPE TEXT;
