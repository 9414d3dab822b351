package nl.stm.pipeline.pdf.page;

/**
 * A horizontal rule drawn on a page (stroked line or thin filled rectangle), in page coordinates
 * with the origin top-left. Rules separate table rows in layouts that draw them.
 */
public record Ruling(float x0, float x1, float y) {
}
