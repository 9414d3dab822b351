package nl.stm.pipeline.pdf.budget;

import java.util.List;

import nl.stm.pipeline.pdf.page.Unit;

/**
 * The budget table of one actielijn: its action rows and the printed Totaal. {@code actielijn} is
 * null for a budget table whose caption names no actielijn.
 */
public record ActielijnTable(Integer actielijn, String title, int page, int lastPage, Unit unit, String unitCaption,
		List<Integer> years, List<ActionRow> rows, List<Amount> total) {
}
