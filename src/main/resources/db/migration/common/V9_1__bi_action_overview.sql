-- bi.v_action again (same columns, same rows), now over public.action_overview: everything about an
-- action except what partners report. The report writes its actions sheet from action_overview plus
-- the partner totals it sums in its one pass over the partner rows; H2 would otherwise sum 100,000
-- partner rows once per action (it pushes the join condition into the grouped subquery). Recreating
-- the view drops its comments on H2, so they are applied again below.

DROP VIEW bi.v_action;

CREATE VIEW public.action_overview AS
SELECT a.action_key, a.action_title, a.actielijn_key, l.actielijn_title, a.is_new, b.current_budget_eur,
       s.status_label AS latest_status_label, s.period_key AS latest_status_period_key,
       COALESCE(f.finding_count, 0) AS finding_count, a.edition_key
FROM bi.dim_action a
LEFT JOIN bi.dim_actielijn l ON l.edition_key = a.edition_key AND l.actielijn_key = a.actielijn_key
LEFT JOIN (SELECT edition_key, action_key, SUM(amount_eur) AS current_budget_eur FROM bi.fact_budget WHERE is_current
           GROUP BY edition_key, action_key) b ON b.edition_key = a.edition_key AND b.action_key = a.action_key
LEFT JOIN bi.fact_status s ON s.edition_key = a.edition_key AND s.action_key = a.action_key AND s.is_current
LEFT JOIN (SELECT action_key, COUNT(*) AS finding_count FROM bi.fact_finding GROUP BY action_key) f
       ON f.action_key = a.action_key AND a.edition_key IN (SELECT edition_key FROM public.current_edition);

CREATE VIEW bi.v_action AS
SELECT o.action_key, o.action_title, o.actielijn_key, o.actielijn_title, o.is_new, o.current_budget_eur,
       o.latest_status_label, o.latest_status_period_key, p.partner_budgeted_eur, p.partner_spent_eur, o.finding_count,
       o.edition_key
FROM public.action_overview o
LEFT JOIN (SELECT edition_key, action_key, SUM(budgeted_eur) AS partner_budgeted_eur, SUM(spent_eur) AS partner_spent_eur
           FROM bi.fact_partner_submission GROUP BY edition_key, action_key) p
       ON p.edition_key = o.edition_key AND p.action_key = o.action_key;

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
