package nl.stm.pipeline.pdf.budget;

import nl.stm.pipeline.pdf.page.BBox;
import java.util.List;

/** A line of the programme overview: "c. Actielijn 1. …" with its amounts per year. */
public record OverviewLine(String key, String label, Integer actielijn, int page, List<Amount> amounts, BBox bbox) {

	public OverviewLine(String key, String label, Integer actielijn, int page, List<Amount> amounts) {
		this(key, label, actielijn, page, amounts, null);
	}
}
