-- What is current, decided in one pass over the facts instead of once per row (same rows, same columns).
-- The V8_1 views asked per budget line whether a later letter states that year for an action of its
-- row, and per status row for its rank, through bi.dim_document, whose ROW_NUMBER H2 recomputes over
-- every document for each row it is joined to: the report step's read of bi.fact_budget grew with
-- letters x budget lines (100 letters: ~30 s of a 40 s report step). Now:
--   bi.dim_document.document_seq   counts the documents up to this one (the same numbers as the
--                                  ROW_NUMBER), so a join on document_key reads one document
--   public.budget_line_currency    per budget line of a current version: is_current (the latest letter
--                                  for every action of its row and the year, a window over all lines at
--                                  once) and action_key (the row's first action)
--   public.status_report_currency  per status row of a current version: is_current (rank 1 of its
--                                  identity, a window over all rows at once)
-- and bi.current_budget_line, bi.fact_budget, bi.current_status_report, bi.fact_status read them;
-- public.action_overview (under bi.v_action) sums the current budget in one scan, not once per action
-- (CREATE OR REPLACE keeps PostgreSQL's grants on bi). H2 drops the column comments of a view it
-- replaces and of the views over it, so their data dictionary is applied again at the end.

CREATE OR REPLACE VIEW bi.dim_document AS
SELECT d.id AS document_key,
       (SELECT COUNT(*) FROM public.document e
        WHERE (COALESCE(e.letter_date, DATE '1900-01-01'), COALESCE(e.number, 0), e.version_no, e.id)
           <= (COALESCE(d.letter_date, DATE '1900-01-01'), COALESCE(d.number, 0), d.version_no, d.id)) AS document_seq,
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

-- A line is superseded when, for an action of its row (same edition) and its year, the latest current
-- letter is another one; a row without actions is never superseded. "Latest" is the order of
-- bi.dim_document.document_seq, spelled out on the documents so that no database evaluates the count
-- per line (BiViewsTests checks that the three agree).
CREATE VIEW public.budget_line_currency AS
SELECT l.budget_line_key, MIN(l.action_number) AS action_key,
       CASE WHEN MAX(l.superseded) = 0 THEN TRUE ELSE FALSE END AS is_current
FROM (
    SELECT b.id AS budget_line_key, ra.action_number,
           CASE WHEN ra.action_number IS NOT NULL
                 AND FIRST_VALUE(d.id) OVER (PARTITION BY ra.edition_key, ra.action_number, b.budget_year
                                             ORDER BY COALESCE(d.letter_date, DATE '1900-01-01') DESC, COALESCE(d.number, 0) DESC,
                                                      d.version_no DESC, d.id DESC) <> d.id
                THEN 1 ELSE 0 END AS superseded
    FROM public.budget_line b
    JOIN public.document d ON d.id = b.document_id AND d.superseded_by_id IS NULL
    LEFT JOIN public.action_row_action ra ON ra.action_row_id = b.action_row_id
) l
GROUP BY l.budget_line_key;

CREATE OR REPLACE VIEW bi.current_budget_line AS
SELECT c.budget_line_key
FROM public.budget_line_currency c
WHERE c.is_current;

CREATE OR REPLACE VIEW bi.fact_budget AS
SELECT b.id AS budget_line_key, b.document_id AS document_key, r.actielijn_number AS actielijn_key, c.action_key,
       r.action_numbers, r.title AS row_title, r.is_new, CAST(b.budget_year AS VARCHAR(10)) AS period_key,
       b.budget_year, b.amount_eur, b.raw_text, b.source_unit, b.page, c.is_current, d.edition_key
FROM public.budget_line_currency c
JOIN public.budget_line b ON b.id = c.budget_line_key
JOIN public.action_row r ON r.id = b.action_row_id
JOIN public.current_document d ON d.id = b.document_id;

-- The identity of a status row is (edition, action) in an action table and (edition, actielijn,
-- result, activity) in a results annex; its latest row is current (latest letter in the order of
-- document_seq, then latest period, then last report and row).
CREATE VIEW public.status_report_currency AS
SELECT ranked.status_key, CASE WHEN ranked.recency = 1 THEN TRUE ELSE FALSE END AS is_current
FROM (
    SELECT r.id AS status_key,
           ROW_NUMBER() OVER (PARTITION BY d.edition_key, r.layout, r.action_number,
                                CASE WHEN r.layout = 'RESULTS' THEN r.actielijn_number END, r.result_no, r.activity_no
                              ORDER BY COALESCE(d.letter_date, DATE '1900-01-01') DESC, COALESCE(d.number, 0) DESC, d.version_no DESC,
                                       d.id DESC, r.period DESC NULLS LAST, r.report_no DESC, r.row_no DESC) AS recency
    FROM public.status_report r
    JOIN public.document d ON d.id = r.document_id AND d.superseded_by_id IS NULL
) ranked;

CREATE OR REPLACE VIEW bi.current_status_report AS
SELECT c.status_key
FROM public.status_report_currency c
WHERE c.is_current;

CREATE OR REPLACE VIEW bi.fact_status AS
SELECT r.id AS status_key, r.document_id AS document_key, r.report_no, r.row_no, r.period AS period_key,
       r.action_number AS action_key, r.actielijn_number AS actielijn_key, r.title AS row_title, r.holders,
       r.status AS status_code, r.status_label, r.toelichting, r.page, r.known_action, c.is_current,
       d.edition_key, r.layout, r.theme, r.result_no, r.result_title, r.activity_no, r.numbered
FROM public.status_report_currency c
JOIN public.status_report r ON r.id = c.status_key
JOIN public.current_document d ON d.id = r.document_id;

-- Every action with the sum of its current budget lines, made from one scan of bi.fact_budget (the
-- actions themselves are in the union with no amount, so an action without budget keeps its row and a
-- null sum): joined to bi.dim_action as a derived table of its own, the grouped sum was recomputed
-- over all budget lines for each action (H2 pushes the join condition into it). Same rows as V9_1.
CREATE OR REPLACE VIEW public.action_overview AS
SELECT a.action_key, a.action_title, a.actielijn_key, l.actielijn_title, a.is_new, b.current_budget_eur,
       s.status_label AS latest_status_label, s.period_key AS latest_status_period_key,
       COALESCE(f.finding_count, 0) AS finding_count, a.edition_key
FROM (SELECT u.edition_key, u.action_key, SUM(u.amount_eur) AS current_budget_eur
      FROM (SELECT edition_key, action_key, CAST(NULL AS NUMERIC(19, 2)) AS amount_eur FROM bi.dim_action
            UNION ALL
            SELECT edition_key, action_key, amount_eur FROM bi.fact_budget WHERE is_current) u
      GROUP BY u.edition_key, u.action_key) b
JOIN bi.dim_action a ON a.edition_key = b.edition_key AND a.action_key = b.action_key
LEFT JOIN bi.dim_actielijn l ON l.edition_key = a.edition_key AND l.actielijn_key = a.actielijn_key
LEFT JOIN bi.fact_status s ON s.edition_key = a.edition_key AND s.action_key = a.action_key AND s.is_current
LEFT JOIN (SELECT action_key, COUNT(*) AS finding_count FROM bi.fact_finding GROUP BY action_key) f
       ON f.action_key = a.action_key AND a.edition_key IN (SELECT edition_key FROM public.current_edition);

-- The data dictionary of the views replaced above and of the views over them, as V8_2, V9_1 and V12 left it.
COMMENT ON VIEW bi.dim_document IS 'Letters, notas and progress reports (PDF), one row per document version: a Kamerstuk (dossier + number) is one document whose reprints are versions; a document without a number is identified by its content (SHA-256).';
COMMENT ON COLUMN bi.dim_document.document_key IS 'Key of the document (document.id).';
COMMENT ON COLUMN bi.dim_document.document_seq IS 'Order of the documents: letter date, then Kamerstuk number, then load order. The latest letter has the highest number.';
COMMENT ON COLUMN bi.dim_document.document_name IS 'Name for display: "Kamerstuk 28 638, nr. 249", or the file name when the letter has no number.';
COMMENT ON COLUMN bi.dim_document.dossier IS 'Kamerstuk dossier number as printed, e.g. "28 638".';
COMMENT ON COLUMN bi.dim_document.document_number IS 'Kamerstuk number within the dossier (Nr. 249).';
COMMENT ON COLUMN bi.dim_document.vergaderjaar IS 'Parliamentary year as printed, e.g. "2023-2024".';
COMMENT ON COLUMN bi.dim_document.letter_date IS 'Date of the letter (Den Haag, <date>).';
COMMENT ON COLUMN bi.dim_document.sender IS 'Sender as printed (BRIEF VAN DE STAATSSECRETARIS ...).';
COMMENT ON COLUMN bi.dim_document.title IS 'Title of the letter as printed.';
COMMENT ON COLUMN bi.dim_document.file_name IS 'File name of the PDF as it was imported.';
COMMENT ON COLUMN bi.dim_document.sha256 IS 'SHA-256 of the file content (hex) of this version; identifies a document without a Kamerstuk number.';
COMMENT ON COLUMN bi.dim_document.pages IS 'Number of pages of the PDF.';
COMMENT ON COLUMN bi.dim_document.has_budget_tables IS 'True when budget tables were read from the document.';
COMMENT ON COLUMN bi.dim_document.has_progress_report IS 'True when a progress report (status per action) was read from the document.';
COMMENT ON COLUMN bi.dim_document.imported_at IS 'When the pipeline imported the document (load time, not a fact about the programme).';
COMMENT ON COLUMN bi.dim_document.edition_key IS 'The programme edition the document belongs to (dim_edition), decided from the years it reports or its date, and its actielijn titles.';
COMMENT ON COLUMN bi.dim_document.reference IS 'The document''s own reference ("Ons kenmerk") when it has one, e.g. a nota.';
COMMENT ON COLUMN bi.dim_document.version_no IS 'Version of the Kamerstuk: 1 for the first import, 2 for a reprint with other facts, and so on.';
COMMENT ON COLUMN bi.dim_document.is_current_version IS 'True for the current version of the document; the fact views hold only current versions.';
COMMENT ON COLUMN bi.dim_document.superseded_by_document_key IS 'The version that replaced this one (dim_document); empty for the current version.';
COMMENT ON VIEW bi.current_budget_line IS 'The one definition of a current budget: the budget lines no later letter replaces (no later letter states a budget for that year for any action of the row).';
COMMENT ON COLUMN bi.current_budget_line.budget_line_key IS 'A current budget line (fact_budget).';
COMMENT ON VIEW bi.fact_budget IS 'Every budget amount printed in every letter (current document versions): one row per printed action row and year. Sum only rows with is_current = true to count each action and year once (the latest letter).';
COMMENT ON COLUMN bi.fact_budget.budget_line_key IS 'Key of the budget line.';
COMMENT ON COLUMN bi.fact_budget.document_key IS 'The letter that printed the amount (dim_document).';
COMMENT ON COLUMN bi.fact_budget.actielijn_key IS 'The actielijn of the table (dim_actielijn).';
COMMENT ON COLUMN bi.fact_budget.action_key IS 'The first action of the printed row (dim_action). A row covering several actions ("3 en 4.") counts once, for its first action.';
COMMENT ON COLUMN bi.fact_budget.action_numbers IS 'All actions the printed row covers, as in the letter ("3, 4").';
COMMENT ON COLUMN bi.fact_budget.row_title IS 'Title of the row as printed.';
COMMENT ON COLUMN bi.fact_budget.is_new IS 'True when the row was printed as a new action (bold).';
COMMENT ON COLUMN bi.fact_budget.period_key IS 'The budget year as a period key (dim_period).';
COMMENT ON COLUMN bi.fact_budget.budget_year IS 'Budget year.';
COMMENT ON COLUMN bi.fact_budget.amount_eur IS 'Amount in euros (the printed figure times the table''s unit). A printed dash is 0; an empty cell has no row.';
COMMENT ON COLUMN bi.fact_budget.raw_text IS 'The figure exactly as printed.';
COMMENT ON COLUMN bi.fact_budget.source_unit IS 'Unit of the table the figure was printed in (x1, x1000, x10000, x1000000).';
COMMENT ON COLUMN bi.fact_budget.page IS 'Page of the letter the figure was printed on.';
COMMENT ON COLUMN bi.fact_budget.is_current IS 'True for the latest letter''s amount for this action and year (bi.current_budget_line).';
COMMENT ON COLUMN bi.fact_budget.edition_key IS 'The edition of the letter (dim_edition); join dim_action and dim_actielijn on edition_key as well.';
COMMENT ON VIEW bi.current_status_report IS 'The one definition of the latest status: per edition and action (or actielijn, result and activity in a results annex), its row in the latest progress report.';
COMMENT ON COLUMN bi.current_status_report.status_key IS 'The latest status row of an action (fact_status).';
COMMENT ON VIEW bi.fact_status IS 'Every status of every progress report (current document versions), per action or per activity of a result. Use is_current = true for the latest status per action.';
COMMENT ON COLUMN bi.fact_status.status_key IS 'Key of the status row.';
COMMENT ON COLUMN bi.fact_status.document_key IS 'The progress report''s document (dim_document).';
COMMENT ON COLUMN bi.fact_status.report_no IS 'Number of the progress table within the document.';
COMMENT ON COLUMN bi.fact_status.row_no IS 'Row within the progress table.';
COMMENT ON COLUMN bi.fact_status.period_key IS 'Half year the report is about (dim_period); empty when the report names none.';
COMMENT ON COLUMN bi.fact_status.action_key IS 'The action number as printed (dim_action; see known_action).';
COMMENT ON COLUMN bi.fact_status.actielijn_key IS 'The actielijn (dim_actielijn).';
COMMENT ON COLUMN bi.fact_status.row_title IS 'Title of the action as printed in the report.';
COMMENT ON COLUMN bi.fact_status.holders IS 'Responsible organisations as printed.';
COMMENT ON COLUMN bi.fact_status.status_code IS 'Status code read from the report''s icon or text.';
COMMENT ON COLUMN bi.fact_status.status_label IS 'Status label of the report''s legend.';
COMMENT ON COLUMN bi.fact_status.toelichting IS 'Explanation as printed.';
COMMENT ON COLUMN bi.fact_status.page IS 'Page of the report.';
COMMENT ON COLUMN bi.fact_status.known_action IS 'False when the budget letters do not know the action number.';
COMMENT ON COLUMN bi.fact_status.is_current IS 'True for the latest status of the action (bi.current_status_report).';
COMMENT ON COLUMN bi.fact_status.edition_key IS 'The edition of the progress report (dim_edition).';
COMMENT ON COLUMN bi.fact_status.layout IS 'ACTIONS (one row per action) or RESULTS (the first edition''s annex of results and activities).';
COMMENT ON COLUMN bi.fact_status.theme IS 'Theme heading above the result (RESULTS layout).';
COMMENT ON COLUMN bi.fact_status.result_no IS 'Number of the result the activity serves, through the whole annex (RESULTS layout).';
COMMENT ON COLUMN bi.fact_status.result_title IS 'The result as printed (RESULTS layout).';
COMMENT ON COLUMN bi.fact_status.activity_no IS 'Number of the activity within its result (RESULTS layout; action_key is then empty).';
COMMENT ON COLUMN bi.fact_status.numbered IS 'True when the activity was numbered in print; false when its number is its position within the result.';
COMMENT ON VIEW bi.v_budget IS 'Wide view of fact_budget with letter, actielijn and action names, for tools that do not join. Sum only is_current rows.';
COMMENT ON COLUMN bi.v_budget.budget_line_key IS 'Key of the budget line (fact_budget).';
COMMENT ON COLUMN bi.v_budget.document_name IS 'The letter (Kamerstuk ..., nr. ...).';
COMMENT ON COLUMN bi.v_budget.letter_date IS 'Date of the letter.';
COMMENT ON COLUMN bi.v_budget.actielijn_key IS 'Number of the actielijn.';
COMMENT ON COLUMN bi.v_budget.actielijn_title IS 'Title of the actielijn.';
COMMENT ON COLUMN bi.v_budget.action_key IS 'First action of the printed row.';
COMMENT ON COLUMN bi.v_budget.action_title IS 'Title of that action.';
COMMENT ON COLUMN bi.v_budget.action_numbers IS 'All actions the printed row covers.';
COMMENT ON COLUMN bi.v_budget.row_title IS 'Title of the row as printed.';
COMMENT ON COLUMN bi.v_budget.budget_year IS 'Budget year.';
COMMENT ON COLUMN bi.v_budget.amount_eur IS 'Amount in euros.';
COMMENT ON COLUMN bi.v_budget.is_current IS 'True for the latest letter''s amount for this action and year.';
COMMENT ON COLUMN bi.v_budget.raw_text IS 'The figure exactly as printed.';
COMMENT ON COLUMN bi.v_budget.source_unit IS 'Unit of the table.';
COMMENT ON COLUMN bi.v_budget.page IS 'Page of the letter.';
COMMENT ON COLUMN bi.v_budget.file_name IS 'File name of the letter.';
COMMENT ON COLUMN bi.v_budget.edition_key IS 'Key of the edition.';
COMMENT ON COLUMN bi.v_budget.edition_name IS 'Name of the edition.';
COMMENT ON VIEW bi.v_status IS 'Wide view of fact_status with report, actielijn and action names.';
COMMENT ON COLUMN bi.v_status.status_key IS 'Key of the status row (fact_status).';
COMMENT ON COLUMN bi.v_status.document_name IS 'The progress report''s document.';
COMMENT ON COLUMN bi.v_status.letter_date IS 'Date of the document.';
COMMENT ON COLUMN bi.v_status.period_key IS 'Half year the report is about.';
COMMENT ON COLUMN bi.v_status.actielijn_key IS 'Number of the actielijn.';
COMMENT ON COLUMN bi.v_status.actielijn_title IS 'Title of the actielijn.';
COMMENT ON COLUMN bi.v_status.action_key IS 'Number of the action.';
COMMENT ON COLUMN bi.v_status.action_title IS 'Title of the action (as printed in the report when the letters do not know it).';
COMMENT ON COLUMN bi.v_status.status_code IS 'Status code.';
COMMENT ON COLUMN bi.v_status.status_label IS 'Status label.';
COMMENT ON COLUMN bi.v_status.holders IS 'Responsible organisations.';
COMMENT ON COLUMN bi.v_status.toelichting IS 'Explanation as printed.';
COMMENT ON COLUMN bi.v_status.is_current IS 'True for the latest status of the action.';
COMMENT ON COLUMN bi.v_status.known_action IS 'False when the budget letters do not know the action number.';
COMMENT ON COLUMN bi.v_status.page IS 'Page of the report.';
COMMENT ON COLUMN bi.v_status.file_name IS 'File name of the report.';
COMMENT ON COLUMN bi.v_status.edition_key IS 'Key of the edition.';
COMMENT ON COLUMN bi.v_status.edition_name IS 'Name of the edition.';
COMMENT ON COLUMN bi.v_status.layout IS 'ACTIONS or RESULTS (results and activities annex).';
COMMENT ON COLUMN bi.v_status.theme IS 'Theme heading (RESULTS layout).';
COMMENT ON COLUMN bi.v_status.result_no IS 'Number of the result (RESULTS layout).';
COMMENT ON COLUMN bi.v_status.result_title IS 'The result as printed (RESULTS layout).';
COMMENT ON COLUMN bi.v_status.activity_no IS 'Number of the activity within its result (RESULTS layout).';
COMMENT ON VIEW bi.v_input_file IS 'Every input file: letters (PDF) and partner files (CSV), with what became of them.';
COMMENT ON COLUMN bi.v_input_file.input_type IS 'letter (a document version), letter_copy (a file with the same Kamerstuk and facts as a version, recorded only) or partner_file.';
COMMENT ON COLUMN bi.v_input_file.input_key IS 'document_key for a letter, source_file_key for a partner file.';
COMMENT ON COLUMN bi.v_input_file.file_name IS 'File name as received.';
COMMENT ON COLUMN bi.v_input_file.sha256 IS 'SHA-256 of the file content (hex).';
COMMENT ON COLUMN bi.v_input_file.document_name IS 'The letter''s name, or the partner of a partner file.';
COMMENT ON COLUMN bi.v_input_file.pages IS 'Pages of a letter.';
COMMENT ON COLUMN bi.v_input_file.rows_read IS 'Records read from a partner file.';
COMMENT ON COLUMN bi.v_input_file.rows_accepted IS 'Records stored (fact_partner_submission, including rows later superseded).';
COMMENT ON COLUMN bi.v_input_file.rows_rejected IS 'Records rejected (fact_rejected_row).';
COMMENT ON COLUMN bi.v_input_file.outcome IS 'IMPORTED or SUPERSEDED (letter: a later reprint replaced its facts), COPY (letter_copy); INGESTED, FAILED, STOPPED (SIGTERM after a committed chunk; the next run resumes it) or RUNNING (partner file).';
COMMENT ON COLUMN bi.v_input_file.loaded_at IS 'When the file was loaded (load time).';
COMMENT ON VIEW bi.v_action IS 'One row per action: its current budget (latest letters), latest status, what partners report and the number of findings.';
COMMENT ON COLUMN bi.v_action.action_key IS 'Number of the action.';
COMMENT ON COLUMN bi.v_action.action_title IS 'Title of the action.';
COMMENT ON COLUMN bi.v_action.actielijn_key IS 'Number of the actielijn.';
COMMENT ON COLUMN bi.v_action.actielijn_title IS 'Title of the actielijn.';
COMMENT ON COLUMN bi.v_action.is_new IS 'True when the action was printed as new.';
COMMENT ON COLUMN bi.v_action.current_budget_eur IS 'Sum of the action''s current budget lines over all years, in euros (rows covering several actions count for their first action).';
COMMENT ON COLUMN bi.v_action.latest_status_label IS 'Status in the latest progress report.';
COMMENT ON COLUMN bi.v_action.latest_status_period_key IS 'Half year of that status.';
COMMENT ON COLUMN bi.v_action.partner_budgeted_eur IS 'Sum of the budgets partners currently report for the action, in euros.';
COMMENT ON COLUMN bi.v_action.partner_spent_eur IS 'Sum of the spending partners currently report for the action, in euros.';
COMMENT ON COLUMN bi.v_action.finding_count IS 'Number of reconciliation findings about the action.';
COMMENT ON COLUMN bi.v_action.edition_key IS 'Key of the edition of the action.';
