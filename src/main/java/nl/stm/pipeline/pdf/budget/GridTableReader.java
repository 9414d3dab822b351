package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.AmountParser;
import nl.stm.pipeline.pdf.page.PageFurniture;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * Finds tables whose columns are years ({@code … | 2023 | 2024 | 2025}) in the text lines of a
 * document and reads their rows. Budget tables in the letters have horizontal rules at most, so
 * columns come from the header's year words ({@link GridHeader}) and the alignment of the numbers
 * beneath them; rows start at an enumeration ("12.", "3 en 4.", "b."), a Totaal label, a rule, or a
 * second line of values; a line without number or values continues the row above when it follows at
 * the line leading (a wrapped label), and otherwise ends the table unless table rows follow it. A
 * table continues on the next page when that page repeats its header (same years and caption;
 * skipped) or starts with rows that fit, including the rest of a row the page break cut
 * ({@link GridTableContinuation}); running heads, feet and page numbers in between are ignored
 * ({@link PageFurniture}). A Totaal row closes a table; a Subtotaal row is a row of its own that
 * closes nothing (the interpreter leaves it out of the actions and the total).
 */
public final class GridTableReader {

	/** The table's Totaal row: it closes the table. */
	static final Pattern TOTAL = Pattern.compile("^tota(a)?l\\b.*", Pattern.CASE_INSENSITIVE);

	/** A Subtotaal row within a table: neither an action nor the table's total, and the table goes on. */
	static final Pattern SUBTOTAL = Pattern.compile("^sub-?\\s?tota(a)?l\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern NON_AMOUNT = Pattern.compile("(?i)p\\.?m\\.?|n\\.?v\\.?t\\.?|\\*+");

	private final List<PageLayout> pages;

	private final List<TextLine> lines = new ArrayList<>();

	private final Set<TextLine> tableLines = TextLine.identitySet();

	public GridTableReader(List<PageLayout> pages) {
		this.pages = pages;
		Set<TextLine> furniture = PageFurniture.find(pages);
		pages.forEach(p -> p.lines().stream().filter(l -> !furniture.contains(l)).forEach(lines::add));
	}

	public List<GridTable> read() {
		List<GridTableBuilder> found = new ArrayList<>();
		int i = 0;
		int previousEnd = 0;
		while (i < lines.size()) {
			GridHeader header = GridHeader.of(lines.get(i));
			if (header == null) {
				i++;
				continue;
			}
			GridTableBuilder table = new GridTableBuilder(lines, pages, header, i, previousEnd);
			int start = table.firstLine();
			i = table.readRows();
			tableLines.addAll(lines.subList(start, i));
			previousEnd = i;
			found.add(table);
		}
		List<GridTable> tables = new ArrayList<>();
		for (GridTableBuilder table : found) {
			tables.add(table.build(found.stream()
				.filter(other -> other.header().sameGeometry(table.header()))
				.flatMap(other -> other.valueWords().stream())
				.toList()));
		}
		return tables;
	}

	/** The lines that belong to the tables found by {@link #read()}, captions included. */
	public Set<TextLine> tableLines() {
		return Collections.unmodifiableSet(tableLines);
	}

	static boolean isAmountToken(String text) {
		return AmountParser.isAmount(text) || NON_AMOUNT.matcher(text).matches();
	}

	/** The words' text, one space apart. */
	static String join(List<Word> words) {
		StringBuilder b = new StringBuilder();
		for (Word w : words) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(w.text());
		}
		return b.toString();
	}
}
