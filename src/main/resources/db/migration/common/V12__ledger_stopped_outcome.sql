-- A partner ingest stopped by SIGTERM after a committed chunk is recorded as STOPPED (not FAILED):
-- its rows stay and the next run resumes it.
COMMENT ON COLUMN bi.v_input_file.outcome IS 'IMPORTED or SUPERSEDED (letter: a later reprint replaced its facts), COPY (letter_copy); INGESTED, FAILED, STOPPED (SIGTERM after a committed chunk; the next run resumes it) or RUNNING (partner file).';
