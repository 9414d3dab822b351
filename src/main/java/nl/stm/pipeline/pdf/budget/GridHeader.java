package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * The year header line of a budget table: caption words left, year words right (optionally a
 * Totaal column). The tables have no vertical rules, so these year words are the only column grid.
 */
record GridHeader(TextLine line, List<Word> captionWords, List<Word> yearWords, List<Integer> years, float pitch,
		Word totalWord) {

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private static final Pattern TOTAL_COLUMN = Pattern.compile("(?i)tota(a)?l");

	/**
	 * The header in a line, or null: a run of increasing years at the end of the line
	 * (optionally followed by a Totaal column) that stands apart from the caption before it,
	 * by a column gap or, when tight cell padding leaves less than that, by being laid out
	 * as columns (evenly spaced, far wider apart than a year is wide; prose never is).
	 */
	static GridHeader of(TextLine line) {
		List<Word> words = line.words();
		int end = words.size();
		Word total = null;
		if (end > 0 && TOTAL_COLUMN.matcher(words.get(end - 1).text()).matches()) {
			total = words.get(end - 1);
			end--;
		}
		int first = end;
		while (first > 0 && YEAR.matcher(words.get(first - 1).text()).matches()
				&& (first == end || year(words.get(first - 1)) < year(words.get(first)))) {
			first--;
		}
		if (end - first < 2) {
			return null;
		}
		List<Word> yearWords = words.subList(first, end);
		float pitch = (yearWords.get(yearWords.size() - 1).center() - yearWords.get(0).center()) / (yearWords.size() - 1);
		if (first > 0 && !words.get(first).gapBefore() && !laidOutAsColumns(yearWords, pitch)) {
			return null;
		}
		return new GridHeader(line, words.subList(0, first), List.copyOf(yearWords),
				yearWords.stream().map(GridHeader::year).toList(), pitch, total);
	}

	private static int year(Word w) {
		return Integer.parseInt(w.text());
	}

	private static boolean laidOutAsColumns(List<Word> yearWords, float pitch) {
		for (int k = 0; k < yearWords.size(); k++) {
			Word w = yearWords.get(k);
			if (w.x1() - w.x0() > pitch / 1.5f
					|| (k > 0 && Math.abs(w.center() - yearWords.get(k - 1).center() - pitch) > 0.15f * pitch)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The column header words, years and a Totaal column after them if the table prints one, and
	 * their keys for {@link ColumnMapper}: the year, or {@link ColumnMapper#TOTAL_COLUMN}.
	 */
	List<Word> columnWords() {
		if (totalWord == null) {
			return yearWords;
		}
		List<Word> words = new ArrayList<>(yearWords);
		words.add(totalWord);
		return List.copyOf(words);
	}

	List<Integer> columnKeys() {
		if (totalWord == null) {
			return years;
		}
		List<Integer> keys = new ArrayList<>(years);
		keys.add(ColumnMapper.TOTAL_COLUMN);
		return List.copyOf(keys);
	}

	String caption() {
		return GridTableReader.join(captionWords);
	}

	/** Whether the line prints an amount under the year columns (a table row, not a caption spanning them). */
	boolean hasValueIn(TextLine line) {
		return line.words().stream().anyMatch(w -> w.x0() >= valueLeft() && GridTableReader.isAmountToken(w.text()));
	}

	float valueLeft() {
		return yearWords.get(0).x0() - 0.1f * pitch;
	}

	/**
	 * Same year columns at the same place: tables of one letter laid out alike, whose numbers
	 * are aligned alike too (see {@link GridTableBuilder#build(List)}).
	 */
	boolean sameGeometry(GridHeader other) {
		if (yearWords.size() != other.yearWords.size()) {
			return false;
		}
		for (int k = 0; k < yearWords.size(); k++) {
			Word a = yearWords.get(k);
			Word b = other.yearWords.get(k);
			if (Math.abs(a.x0() - b.x0()) > 1.5f || Math.abs(a.x1() - b.x1()) > 1.5f) {
				return false;
			}
		}
		return true;
	}

	boolean sameColumns(GridHeader other) {
		return years.equals(other.years) && Math.abs(yearWords.get(0).x0() - other.yearWords.get(0).x0()) < 3;
	}
}
