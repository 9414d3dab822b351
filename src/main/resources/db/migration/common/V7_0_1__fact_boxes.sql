-- Where each fact was printed: page and box in PDF points from the top-left of the page (the extract
-- output's bbox), so a report can cut the printed row or figure from the PDF as evidence. Null for
-- facts imported before boxes were read.
-- Before V7_1 on purpose: H2 recompiles the views over a table it alters and drops the comments on
-- those views' columns, so a later change to a table under schema bi must re-apply their comments.

ALTER TABLE action_row ADD COLUMN bbox_page INTEGER;
ALTER TABLE action_row ADD COLUMN bbox_x0 NUMERIC(7, 2);
ALTER TABLE action_row ADD COLUMN bbox_y0 NUMERIC(7, 2);
ALTER TABLE action_row ADD COLUMN bbox_x1 NUMERIC(7, 2);
ALTER TABLE action_row ADD COLUMN bbox_y1 NUMERIC(7, 2);

ALTER TABLE budget_line ADD COLUMN bbox_page INTEGER;
ALTER TABLE budget_line ADD COLUMN bbox_x0 NUMERIC(7, 2);
ALTER TABLE budget_line ADD COLUMN bbox_y0 NUMERIC(7, 2);
ALTER TABLE budget_line ADD COLUMN bbox_x1 NUMERIC(7, 2);
ALTER TABLE budget_line ADD COLUMN bbox_y1 NUMERIC(7, 2);

ALTER TABLE programme_line ADD COLUMN bbox_page INTEGER;
ALTER TABLE programme_line ADD COLUMN bbox_x0 NUMERIC(7, 2);
ALTER TABLE programme_line ADD COLUMN bbox_y0 NUMERIC(7, 2);
ALTER TABLE programme_line ADD COLUMN bbox_x1 NUMERIC(7, 2);
ALTER TABLE programme_line ADD COLUMN bbox_y1 NUMERIC(7, 2);

ALTER TABLE table_total ADD COLUMN bbox_page INTEGER;
ALTER TABLE table_total ADD COLUMN bbox_x0 NUMERIC(7, 2);
ALTER TABLE table_total ADD COLUMN bbox_y0 NUMERIC(7, 2);
ALTER TABLE table_total ADD COLUMN bbox_x1 NUMERIC(7, 2);
ALTER TABLE table_total ADD COLUMN bbox_y1 NUMERIC(7, 2);
