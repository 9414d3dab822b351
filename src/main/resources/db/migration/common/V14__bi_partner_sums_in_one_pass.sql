-- bi.v_action sums what partners report in one scan of bi.fact_partner_submission, not once per action
-- (same rows, same columns). V9_1 joined the grouped partner sums to public.action_overview as a derived
-- table of its own; H2 pushes the join condition into it and groups all partner rows again for every
-- action (100 letters and 100,000 partner rows: counting bi.v_action took 16.5 s). The partner rows now
-- go into the one union that public.action_overview (V13) already groups per edition and action: the
-- actions with no amount, the current budget lines with their amount, the partner rows with theirs.
-- public.action_overview gains the two partner sums as its last columns (PostgreSQL's CREATE OR REPLACE
-- may only add columns at the end) and bi.v_action selects its columns from it in its own order
-- (CREATE OR REPLACE keeps PostgreSQL's grants on bi). H2 drops the comments of a view it replaces, so
-- bi.v_action's data dictionary is applied again at the end.

CREATE OR REPLACE VIEW public.action_overview AS
SELECT a.action_key, a.action_title, a.actielijn_key, l.actielijn_title, a.is_new, b.current_budget_eur,
       s.status_label AS latest_status_label, s.period_key AS latest_status_period_key,
       COALESCE(f.finding_count, 0) AS finding_count, a.edition_key, b.partner_budgeted_eur, b.partner_spent_eur
FROM (SELECT u.edition_key, u.action_key, SUM(u.amount_eur) AS current_budget_eur,
             SUM(u.budgeted_eur) AS partner_budgeted_eur, SUM(u.spent_eur) AS partner_spent_eur
      FROM (SELECT edition_key, action_key, CAST(NULL AS NUMERIC(19, 2)) AS amount_eur,
                   CAST(NULL AS NUMERIC(19, 2)) AS budgeted_eur, CAST(NULL AS NUMERIC(19, 2)) AS spent_eur
            FROM bi.dim_action
            UNION ALL
            SELECT edition_key, action_key, amount_eur, NULL, NULL FROM bi.fact_budget WHERE is_current
            UNION ALL
            SELECT edition_key, action_key, NULL, budgeted_eur, spent_eur FROM bi.fact_partner_submission) u
      GROUP BY u.edition_key, u.action_key) b
JOIN bi.dim_action a ON a.edition_key = b.edition_key AND a.action_key = b.action_key
LEFT JOIN bi.dim_actielijn l ON l.edition_key = a.edition_key AND l.actielijn_key = a.actielijn_key
LEFT JOIN bi.fact_status s ON s.edition_key = a.edition_key AND s.action_key = a.action_key AND s.is_current
LEFT JOIN (SELECT action_key, COUNT(*) AS finding_count FROM bi.fact_finding GROUP BY action_key) f
       ON f.action_key = a.action_key AND a.edition_key IN (SELECT edition_key FROM public.current_edition);

CREATE OR REPLACE VIEW bi.v_action AS
SELECT o.action_key, o.action_title, o.actielijn_key, o.actielijn_title, o.is_new, o.current_budget_eur,
       o.latest_status_label, o.latest_status_period_key, o.partner_budgeted_eur, o.partner_spent_eur, o.finding_count,
       o.edition_key
FROM public.action_overview o;

-- The data dictionary of bi.v_action, as V9_1 and V13 left it.
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
