-- Schema bi (V7) again, with programme editions and Kamerstuk versions:
--   public.current_document   the current version of every document (a reprint supersedes the earlier
--                             version); reconciliation and every fact view read only these
--   public.current_edition    the latest edition that has actions: the one partners report on
--   bi.dim_edition            the programme editions; actielijn and action are keyed by (edition_key, number)
-- Facts of superseded versions stay in the model as history and are left out here.

CREATE VIEW public.current_document AS
SELECT d.* FROM public.document d WHERE d.superseded_by_id IS NULL;

CREATE VIEW public.current_edition AS
SELECT e.edition_key, e.name, e.first_year, e.last_year
FROM public.programme_edition e
WHERE e.first_year = (SELECT MAX(f.first_year) FROM public.programme_edition f
                      WHERE EXISTS (SELECT 1 FROM public.action a WHERE a.edition_key = f.edition_key));

CREATE VIEW public.v_partner_submission_current AS
SELECT s.organisation, s.period, s.action_number, a.title AS action_title, a.actielijn_number,
       s.budget_year, s.status_code, st.label AS status, s.status_label, s.budgeted_eur, s.spent_eur,
       s.toelichting, s.flags, s.file_name, s.line_no, s.ledger_id, l.finished_at AS ingested_at,
       s.id AS submission_id, s.organisation_key, a.edition_key
FROM public.partner_submission s
JOIN public.import_ledger l ON l.id = s.ledger_id
JOIN public.current_edition e ON 1 = 1
JOIN public.action a ON a.edition_key = e.edition_key AND a.number = s.action_number
JOIN public.submission_status st ON st.code = s.status_code
WHERE l.outcome = 'INGESTED' AND s.superseded = FALSE;

CREATE VIEW bi.dim_edition AS
SELECT e.edition_key, e.name AS edition_name, e.first_year, e.last_year,
       (SELECT COUNT(*) FROM public.actielijn l WHERE l.edition_key = e.edition_key) AS actielijn_count,
       (SELECT COUNT(*) FROM public.action a WHERE a.edition_key = e.edition_key) AS action_count
FROM public.programme_edition e;

CREATE VIEW bi.dim_document AS
SELECT d.id AS document_key,
       ROW_NUMBER() OVER (ORDER BY COALESCE(d.letter_date, DATE '1900-01-01'), COALESCE(d.number, 0), d.version_no, d.id) AS document_seq,
       CASE WHEN d.number IS NULL THEN d.file_name
            ELSE 'Kamerstuk ' || COALESCE(d.dossier, '?') || ', nr. ' || CAST(d.number AS VARCHAR(10)) END AS document_name,
       d.dossier, d.number AS document_number, d.vergaderjaar, d.letter_date, d.sender, d.title,
       d.file_name, d.sha256, d.pages,
       CASE WHEN EXISTS (SELECT 1 FROM public.letter_table t WHERE t.document_id = d.id) THEN TRUE ELSE FALSE END AS has_budget_tables,
       CASE WHEN EXISTS (SELECT 1 FROM public.status_report r WHERE r.document_id = d.id) THEN TRUE ELSE FALSE END AS has_progress_report,
       d.imported_at, d.edition_key, d.reference, d.version_no,
       CASE WHEN d.superseded_by_id IS NULL THEN TRUE ELSE FALSE END AS is_current_version,
       d.superseded_by_id AS superseded_by_document_key
FROM public.document d;

CREATE VIEW bi.dim_actielijn AS
SELECT l.number AS actielijn_key, l.title AS actielijn_title, l.first_document_id AS first_document_key, l.edition_key
FROM public.actielijn l;

CREATE VIEW bi.dim_action AS
SELECT a.number AS action_key, a.title AS action_title, a.actielijn_number AS actielijn_key, a.is_new,
       a.first_document_id AS first_document_key, a.last_document_id AS last_document_key, a.edition_key
FROM public.action a;

CREATE VIEW bi.dim_partner AS
SELECT c.organisation_key AS partner_key, MIN(c.organisation) AS partner_name,
       MIN(c.period) AS first_period_key, MAX(c.period) AS last_period_key,
       COUNT(DISTINCT c.ledger_id) AS file_count, COUNT(*) AS current_row_count
FROM public.v_partner_submission_current c
GROUP BY c.organisation_key;

CREATE VIEW bi.dim_period AS
SELECT p.period_key,
       CASE WHEN LENGTH(p.period_key) = 4 THEN 'year' ELSE 'half_year' END AS period_type,
       CAST(SUBSTRING(p.period_key FROM 1 FOR 4) AS INTEGER) AS calendar_year,
       CASE WHEN LENGTH(p.period_key) = 4 THEN NULL ELSE CAST(SUBSTRING(p.period_key FROM 7 FOR 1) AS INTEGER) END AS half_year,
       CAST(SUBSTRING(p.period_key FROM 1 FOR 4) || CASE WHEN p.period_key LIKE '%-H2' THEN '-07-01' ELSE '-01-01' END AS DATE) AS start_date,
       CAST(SUBSTRING(p.period_key FROM 1 FOR 4) || CASE WHEN p.period_key LIKE '%-H1' THEN '-06-30' ELSE '-12-31' END AS DATE) AS end_date
FROM (
    SELECT CAST(budget_year AS VARCHAR(10)) AS period_key FROM public.budget_line
    UNION SELECT CAST(budget_year AS VARCHAR(10)) FROM public.programme_line
    UNION SELECT CAST(budget_year AS VARCHAR(10)) FROM public.partner_submission WHERE budget_year IS NOT NULL
    UNION SELECT CAST(period AS VARCHAR(10)) FROM public.submission_group
    UNION SELECT CAST(period AS VARCHAR(10)) FROM public.status_report WHERE period IS NOT NULL
) p;

-- Current: a budget line of a current document version is current when no later current letter
-- states a budget for that year for any action (of the same edition) its row covers.
CREATE VIEW bi.current_budget_line AS
SELECT b.id AS budget_line_key
FROM public.budget_line b
JOIN bi.dim_document d ON d.document_key = b.document_id AND d.is_current_version
WHERE NOT EXISTS (
    SELECT 1
    FROM public.action_row_action mine
    JOIN public.action_row_action other ON other.edition_key = mine.edition_key AND other.action_number = mine.action_number
    JOIN public.budget_line later ON later.action_row_id = other.action_row_id AND later.budget_year = b.budget_year
    JOIN bi.dim_document ld ON ld.document_key = later.document_id AND ld.is_current_version
    WHERE mine.action_row_id = b.action_row_id AND ld.document_seq > d.document_seq);

-- Current: the latest status of a row identity, (edition, action) in an action table and
-- (edition, actielijn, result, activity) in a results annex, in the current document versions.
CREATE VIEW bi.current_status_report AS
SELECT ranked.status_key
FROM (
    SELECT r.id AS status_key,
           ROW_NUMBER() OVER (PARTITION BY d.edition_key, r.layout, r.action_number,
                                CASE WHEN r.layout = 'RESULTS' THEN r.actielijn_number END, r.result_no, r.activity_no
                              ORDER BY d.document_seq DESC, r.period DESC NULLS LAST, r.report_no DESC, r.row_no DESC) AS recency
    FROM public.status_report r
    JOIN bi.dim_document d ON d.document_key = r.document_id AND d.is_current_version
) ranked
WHERE ranked.recency = 1;

CREATE VIEW bi.fact_budget AS
SELECT b.id AS budget_line_key, b.document_id AS document_key, r.actielijn_number AS actielijn_key,
       (SELECT MIN(ra.action_number) FROM public.action_row_action ra WHERE ra.action_row_id = r.id) AS action_key,
       r.action_numbers, r.title AS row_title, r.is_new, CAST(b.budget_year AS VARCHAR(10)) AS period_key,
       b.budget_year, b.amount_eur, b.raw_text, b.source_unit, b.page,
       CASE WHEN c.budget_line_key IS NULL THEN FALSE ELSE TRUE END AS is_current, d.edition_key
FROM public.budget_line b
JOIN public.action_row r ON r.id = b.action_row_id
JOIN public.current_document d ON d.id = b.document_id
LEFT JOIN bi.current_budget_line c ON c.budget_line_key = b.id;

CREATE VIEW bi.fact_partner_submission AS
SELECT c.submission_id AS submission_key, c.organisation_key AS partner_key, c.organisation AS partner_name,
       CAST(c.period AS VARCHAR(10)) AS period_key, c.action_number AS action_key, c.actielijn_number AS actielijn_key,
       c.budget_year, c.status_code, c.status AS status_label, c.status_label AS status_as_written,
       c.budgeted_eur, c.spent_eur, c.toelichting, c.flags, c.file_name, c.line_no, c.ledger_id AS source_file_key,
       c.ingested_at, c.edition_key
FROM public.v_partner_submission_current c;

CREATE VIEW bi.fact_status AS
SELECT r.id AS status_key, r.document_id AS document_key, r.report_no, r.row_no, r.period AS period_key,
       r.action_number AS action_key, r.actielijn_number AS actielijn_key, r.title AS row_title, r.holders,
       r.status AS status_code, r.status_label, r.toelichting, r.page, r.known_action,
       CASE WHEN c.status_key IS NULL THEN FALSE ELSE TRUE END AS is_current,
       d.edition_key, r.layout, r.theme, r.result_no, r.result_title, r.activity_no, r.numbered
FROM public.status_report r
JOIN public.current_document d ON d.id = r.document_id
LEFT JOIN bi.current_status_report c ON c.status_key = r.id;

CREATE VIEW bi.fact_finding AS
SELECT f.id AS finding_key, f.rule_id, f.severity, f.actielijn_number AS actielijn_key, f.action_number AS action_key,
       f.budget_year, f.partner AS partner_name, f.observed_eur, f.expected_eur, f.difference_eur, f.tolerance_eur,
       f.message, f.sources, f.found_at
FROM public.finding f;

CREATE VIEW bi.fact_rejected_row AS
SELECT r.id AS rejected_row_key, r.ledger_id AS source_file_key, l.partner AS partner_name,
       CAST(l.period AS VARCHAR(10)) AS period_key, r.file_name, r.line_no, r.code AS reject_code, r.message,
       r.raw_record
FROM public.rejected_row r
JOIN public.import_ledger l ON l.id = r.ledger_id;

CREATE VIEW bi.v_budget AS
SELECT f.budget_line_key, d.document_name, d.letter_date, f.actielijn_key, l.actielijn_title, f.action_key,
       a.action_title, f.action_numbers, f.row_title, f.budget_year, f.amount_eur, f.is_current, f.raw_text,
       f.source_unit, f.page, d.file_name, f.edition_key, e.edition_name
FROM bi.fact_budget f
JOIN bi.dim_document d ON d.document_key = f.document_key
JOIN bi.dim_edition e ON e.edition_key = f.edition_key
LEFT JOIN bi.dim_actielijn l ON l.edition_key = f.edition_key AND l.actielijn_key = f.actielijn_key
LEFT JOIN bi.dim_action a ON a.edition_key = f.edition_key AND a.action_key = f.action_key;

CREATE VIEW bi.v_partner_submission AS
SELECT f.submission_key, f.partner_name, f.period_key, f.actielijn_key, l.actielijn_title, f.action_key,
       a.action_title, f.budget_year, f.status_label, f.budgeted_eur, f.spent_eur, f.toelichting, f.flags,
       f.file_name, f.line_no, f.edition_key
FROM bi.fact_partner_submission f
JOIN bi.dim_action a ON a.edition_key = f.edition_key AND a.action_key = f.action_key
LEFT JOIN bi.dim_actielijn l ON l.edition_key = f.edition_key AND l.actielijn_key = f.actielijn_key;

CREATE VIEW bi.v_status AS
SELECT f.status_key, d.document_name, d.letter_date, f.period_key, f.actielijn_key, l.actielijn_title, f.action_key,
       COALESCE(a.action_title, f.row_title) AS action_title, f.status_code, f.status_label, f.holders, f.toelichting,
       f.is_current, f.known_action, f.page, d.file_name, f.edition_key, e.edition_name, f.layout, f.theme,
       f.result_no, f.result_title, f.activity_no
FROM bi.fact_status f
JOIN bi.dim_document d ON d.document_key = f.document_key
JOIN bi.dim_edition e ON e.edition_key = f.edition_key
LEFT JOIN bi.dim_actielijn l ON l.edition_key = f.edition_key AND l.actielijn_key = f.actielijn_key
LEFT JOIN bi.dim_action a ON a.edition_key = f.edition_key AND a.action_key = f.action_key;

CREATE VIEW bi.v_finding AS
SELECT f.finding_key, f.rule_id, f.severity, f.actielijn_key, l.actielijn_title, f.action_key, a.action_title,
       f.budget_year, f.partner_name, f.observed_eur, f.expected_eur, f.difference_eur, f.tolerance_eur, f.message,
       f.sources
FROM bi.fact_finding f
LEFT JOIN public.current_edition e ON 1 = 1
LEFT JOIN bi.dim_actielijn l ON l.edition_key = e.edition_key AND l.actielijn_key = f.actielijn_key
LEFT JOIN bi.dim_action a ON a.edition_key = e.edition_key AND a.action_key = f.action_key;

CREATE VIEW bi.v_action AS
SELECT a.action_key, a.action_title, a.actielijn_key, l.actielijn_title, a.is_new, b.current_budget_eur,
       s.status_label AS latest_status_label, s.period_key AS latest_status_period_key,
       p.partner_budgeted_eur, p.partner_spent_eur, COALESCE(f.finding_count, 0) AS finding_count, a.edition_key
FROM bi.dim_action a
LEFT JOIN bi.dim_actielijn l ON l.edition_key = a.edition_key AND l.actielijn_key = a.actielijn_key
LEFT JOIN (SELECT edition_key, action_key, SUM(amount_eur) AS current_budget_eur FROM bi.fact_budget WHERE is_current
           GROUP BY edition_key, action_key) b ON b.edition_key = a.edition_key AND b.action_key = a.action_key
LEFT JOIN bi.fact_status s ON s.edition_key = a.edition_key AND s.action_key = a.action_key AND s.is_current
LEFT JOIN (SELECT edition_key, action_key, SUM(budgeted_eur) AS partner_budgeted_eur, SUM(spent_eur) AS partner_spent_eur
           FROM bi.fact_partner_submission GROUP BY edition_key, action_key) p
       ON p.edition_key = a.edition_key AND p.action_key = a.action_key
LEFT JOIN (SELECT action_key, COUNT(*) AS finding_count FROM bi.fact_finding GROUP BY action_key) f
       ON f.action_key = a.action_key AND a.edition_key IN (SELECT edition_key FROM public.current_edition);

CREATE VIEW bi.v_input_file AS
SELECT 'letter' AS input_type, d.document_key AS input_key, d.file_name, d.sha256, d.document_name, d.pages,
       CAST(NULL AS INTEGER) AS rows_read, CAST(NULL AS INTEGER) AS rows_accepted, CAST(NULL AS INTEGER) AS rows_rejected,
       CASE WHEN d.is_current_version THEN 'IMPORTED' ELSE 'SUPERSEDED' END AS outcome, d.imported_at AS loaded_at
FROM bi.dim_document d
UNION ALL
SELECT 'letter_copy', c.id, c.file_name, c.sha256, d.document_name, d.pages, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER),
       CAST(NULL AS INTEGER), 'COPY', c.imported_at
FROM public.document_copy c
JOIN bi.dim_document d ON d.document_key = c.document_id
UNION ALL
SELECT 'partner_file', l.id, l.file_name, l.sha256, l.partner, CAST(NULL AS INTEGER), l.rows_read, l.accepted,
       l.rejected, l.outcome, COALESCE(l.finished_at, l.started_at)
FROM public.import_ledger l;
