-- Where each progress-report row was printed: page and box in PDF points from the top-left of the page
-- (the extract output's bbox of the row), so a report can cut the printed row from the PDF as evidence
-- of a status, as it does for budget rows (V7_0_1). No box for rows imported before boxes were read.
-- A table of its own rather than columns of status_report: H2 recompiles the views over a table it
-- alters and drops their column comments (the data dictionary of schema bi).

CREATE TABLE status_report_box (
    status_report_id    BIGINT PRIMARY KEY REFERENCES status_report (id) ON DELETE CASCADE,
    page                INTEGER NOT NULL,
    x0                  NUMERIC(7, 2) NOT NULL,
    y0                  NUMERIC(7, 2) NOT NULL,
    x1                  NUMERIC(7, 2) NOT NULL,
    y1                  NUMERIC(7, 2) NOT NULL
);
