/**
 * The page model every reader builds on: glyphs and graphics collected from a page's content
 * stream, grouped into words and lines, with rulings, shapes and printed numbers. It knows nothing
 * of budget tables or progress reports, so those readers can share it without depending on each other.
 */
package nl.stm.pipeline.pdf.page;
