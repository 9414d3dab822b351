package nl.stm.pipeline.pdf.progress;

import nl.stm.pipeline.pdf.page.Shape;

/**
 * One entry of a progress report's legend ("Legenda stand van zaken"): the icon's colour
 * ({@code #rrggbb}) and form, the label printed next to it, and the status that label means (null
 * when the label is not a known status). {@code page} is where the legend is printed.
 */
public record LegendEntry(StatusCode status, String label, String colour, Shape.Form form, int page) {
}
