package nl.stm.pipeline.pdf.page;

import java.util.List;

/**
 * What the table readers see of one page: its text lines top to bottom, its horizontal rules and
 * its small shapes (status icons).
 */
public record PageLayout(int page, float width, float height, List<TextLine> lines, List<Ruling> rulings,
		List<Shape> shapes) {

	/** True when a rule lies between two baselines and under the given horizontal span. */
	public boolean ruledBetween(float yAbove, float yBelow, float x0, float x1) {
		for (Ruling r : rulings) {
			if (r.y() > yAbove + 1 && r.y() < yBelow - 1 && r.x0() <= x0 + 5 && r.x1() >= Math.min(x1, x0 + 40)) {
				return true;
			}
		}
		return false;
	}
}
