-- The read-only role of BI tools: when a role bi_reader exists (created by the database
-- administrator, see README "BI on PostgreSQL"), it may read schema bi and nothing else. Default
-- privileges extend this to views later migrations create. Without that role this does nothing.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bi_reader') THEN
        GRANT USAGE ON SCHEMA bi TO bi_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA bi TO bi_reader;
        ALTER DEFAULT PRIVILEGES IN SCHEMA bi GRANT SELECT ON TABLES TO bi_reader;
    END IF;
END
$$;
