package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.stm.pipeline.pdf.page.BBox;
import nl.stm.pipeline.pdf.page.TextJoin;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * A budget table row while it is being read: label parts, boldness and the value words seen so far.
 * Its values are assigned to years only once the whole letter is read (see {@link #toRow}).
 */
final class GridRowDraft {

	private final int page;

	private final StringBuilder label = new StringBuilder();

	private final List<Word> values = new ArrayList<>();

	/** The box of each value word (its line's height), for the boxes of the cells. */
	private final Map<Word, BBox> valueBoxes = new IdentityHashMap<>();

	/** The box of the row's lines on its first page (a row broken over a page keeps that part). */
	private BBox box;

	private int boldChars;

	private int chars;

	GridRowDraft(int page) {
		this.page = page;
	}

	/** Adds a line of the row: its label words continue the label (a hyphenated word is joined whole). */
	void add(GridLineSplit split, TextLine line) {
		if (!split.label().isEmpty()) {
			String joined = TextJoin.join(List.of(label.toString(), GridTableReader.join(split.label())));
			label.setLength(0);
			label.append(joined);
		}
		if (line.page() == page) {
			List<Word> words = new ArrayList<>(split.label());
			words.addAll(split.values());
			box = BBox.of(line, words).union(box);
			split.values().forEach(w -> valueBoxes.put(w, BBox.of(line, List.of(w))));
		}
		for (Word w : split.label()) {
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
		Map<Integer, BBox> cellBoxes = new LinkedHashMap<>();
		for (Map.Entry<Integer, List<Word>> cell : mapper.cells(values).entrySet()) {
			String raw = cell.getValue().stream().map(Word::text).reduce((a, b) -> a + " " + b).orElse("");
			if (Integer.valueOf(ColumnMapper.TOTAL_COLUMN).equals(cell.getKey())) {
				continue; // the row's printed total across the years: no year's amount
			}
			if (cell.getKey() == null) {
				warnings.add("page " + page + ": value '" + raw + "' outside the year columns of row '" + label + "'");
				continue;
			}
			cell.getValue().stream().map(valueBoxes::get).filter(Objects::nonNull).reduce(BBox::union)
				.ifPresent(b -> cellBoxes.putIfAbsent(cell.getKey(), b));
			String previous = cells.put(cell.getKey(), raw);
			if (previous != null) {
				warnings.add("page " + page + ": two values for " + cell.getKey() + " in row '" + label + "'");
			}
		}
		return new GridRow(page, label.toString().trim(), chars > 0 && boldChars * 2 > chars, cells, box, cellBoxes);
	}
}
