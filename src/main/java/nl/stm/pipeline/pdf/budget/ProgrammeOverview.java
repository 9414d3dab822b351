package nl.stm.pipeline.pdf.budget;

import java.util.List;

import nl.stm.pipeline.pdf.page.Unit;

/** The "Financieel overzicht": programme lines per year and the printed Totaal. */
public record ProgrammeOverview(int page, String caption, Unit unit, String unitCaption, List<Integer> years,
		List<OverviewLine> lines, List<Amount> total) {
}
