package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stm.pipeline.pdf.page.Word;

/**
 * A budget table row while it is being read: label parts, boldness and the value words seen so far.
 * Its values are assigned to years only once the whole letter is read (see {@link #toRow}).
 */
final class GridRowDraft {

	private final int page;

	private final StringBuilder label = new StringBuilder();

	private final List<Word> values = new ArrayList<>();

	private int boldChars;

	private int chars;

	GridRowDraft(int page) {
		this.page = page;
	}

	void add(GridLineSplit split) {
		for (Word w : split.label()) {
			if (label.length() > 0) {
				label.append(' ');
			}
			label.append(w.text());
			chars += w.text().length();
			boldChars += w.bold() ? w.text().length() : 0;
		}
		values.addAll(split.values());
	}

	boolean isTotal() {
		return GridTableReader.TOTAL.matcher(label).matches();
	}

	boolean hasValues() {
		return !values.isEmpty();
	}

	List<Word> values() {
		return values;
	}

	/** The row with its values in year cells; values no year or two to one year are warned about. */
	GridRow toRow(ColumnMapper mapper, List<String> warnings) {
		Map<Integer, String> cells = new LinkedHashMap<>();
		for (Map.Entry<Integer, List<Word>> cell : mapper.cells(values).entrySet()) {
			String raw = cell.getValue().stream().map(Word::text).reduce((a, b) -> a + " " + b).orElse("");
			if (cell.getKey() == null) {
				warnings.add("page " + page + ": value '" + raw + "' outside the year columns of row '" + label + "'");
				continue;
			}
			String previous = cells.put(cell.getKey(), raw);
			if (previous != null) {
				warnings.add("page " + page + ": two values for " + cell.getKey() + " in row '" + label + "'");
			}
		}
		return new GridRow(page, label.toString().trim(), chars > 0 && boldChars * 2 > chars, cells);
	}
}
