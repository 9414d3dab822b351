package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * A text line of a budget table cut at the year columns into label words and value words. A line
 * that does not cut cleanly (words running into the columns, text among the numbers) is no table
 * content, which is how prose after a table ends it.
 */
record GridLineSplit(List<Word> label, List<Word> values) {

	private static final Pattern ROW_MARKER = Pattern.compile(
			"^(\\d{1,3}(\\s*(,|en|t/m|tot en met|-|–|&)\\s*\\d{1,3})*\\s*[.)]|[a-z][.)])(\\s|$).*");

	/** Splits a line into label words and value words; null when the line is not table content. */
	static GridLineSplit of(TextLine line, GridHeader header) {
		List<Word> label = new ArrayList<>();
		List<Word> values = new ArrayList<>();
		float columnsStart = header.yearWords().get(0).x0();
		float slack = 0.1f * header.pitch();
		for (Word w : line.words()) {
			// a number reaching past the first year's left edge is a value even without a
			// column gap before it: tight padding puts it closer to a justified label than that
			boolean startsCell = label.isEmpty() || w.gapBefore()
					|| (GridTableReader.isAmountToken(w.text()) || "€".equals(w.text())) && w.x1() > columnsStart;
			if (values.isEmpty() && !(startsCell && w.x1() > columnsStart - slack)) {
				if (w.x1() > columnsStart + slack) {
					return null;
				}
				label.add(w);
			}
			else if (GridTableReader.isAmountToken(w.text()) || "€".equals(w.text())) {
				values.add(w);
			}
			else {
				return null;
			}
		}
		if (!values.isEmpty() && label.size() > 1 && "€".equals(label.get(label.size() - 1).text())
				&& label.get(label.size() - 1).gapBefore()) {
			label.remove(label.size() - 1); // the euro sign of the first cell, set at its left edge (accounting format)
		}
		return new GridLineSplit(label, values);
	}

	/** Whether the line is a table row by its look alone: numbered, or with values. */
	static boolean fitsColumns(TextLine line, GridHeader header) {
		GridLineSplit split = of(line, header);
		return split != null && (split.numbered() || !split.values().isEmpty());
	}

	/** Whether the line is table content with a label and nothing else: no number, no values. */
	static boolean isLabelOnly(TextLine line, GridHeader header) {
		GridLineSplit split = of(line, header);
		return split != null && split.values().isEmpty() && !split.marked();
	}

	String labelText() {
		return GridTableReader.join(label);
	}

	/** Whether the label starts a row of its own: an enumeration, a Totaal or a Subtotaal. */
	boolean marked() {
		String text = labelText();
		return numbered() || GridTableReader.TOTAL.matcher(text).matches() || GridTableReader.SUBTOTAL.matcher(text).matches();
	}

	private boolean numbered() {
		return ROW_MARKER.matcher(labelText()).matches();
	}
}
