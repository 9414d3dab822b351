package nl.stm.pipeline.pdf.budget;

import nl.stm.pipeline.pdf.page.BBox;
import java.util.List;

/** A row of an actielijn table; it may cover several actions ("3 en 4."). Bold rows are new actions. */
public record ActionRow(List<Integer> actions, boolean isNew, int page, String title, List<Amount> amounts, BBox bbox) {

	public ActionRow(List<Integer> actions, boolean isNew, int page, String title, List<Amount> amounts) {
		this(actions, isNew, page, title, amounts, null);
	}
}
