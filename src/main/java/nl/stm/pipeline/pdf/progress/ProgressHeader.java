package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Ruling;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Column;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;

/**
 * The header row of a progress table (Nr. | Actie | Actiehouder(s) | Stand van zaken | Toelichting), found by its
 * vocabulary so that a table is recognised without knowing its layout beforehand. Titles may wrap over several
 * lines ("Stand / van / zaken"), so a header spans lines {@code first} to {@code last}; its columns start where
 * each title starts, moved to the cell edge when a rule ends there.
 */
record ProgressHeader(int first, int last, ProgressColumns columns, float fontSize, float lastY) {

	/** How many lines under the header show where the cells of each column start. */
	private static final int BODY_SAMPLE = 40;

	/** Words that can appear in a (wrapped) header row. */
	private static final Set<String> HEADER_WORDS = Set.of("nr", "nr.", "no.", "nummer", "#", "actie", "acties",
			"actie-", "activiteit", "activiteiten", "maatregel", "maatregelen", "omschrijving", "actiehouder",
			"actiehouders", "actiehouder(s)", "houder", "houders", "houder(s)", "(s)", "trekker", "trekkers",
			"trekker(s)", "verantwoordelijke", "betrokken", "partijen", "partij(en)", "stand", "van", "de", "zaken",
			"status", "voortgang", "toelichting", "opmerking", "opmerkingen", "resultaat", "(doelstelling)",
			"producten", "/", "en");

	private static final Map<String, Kind> TITLE_WORDS = Map.ofEntries(Map.entry("nr", Kind.NR),
			Map.entry("nr.", Kind.NR), Map.entry("no.", Kind.NR), Map.entry("nummer", Kind.NR), Map.entry("#", Kind.NR),
			Map.entry("actie", Kind.ACTIE), Map.entry("acties", Kind.ACTIE), Map.entry("activiteit", Kind.ACTIE),
			Map.entry("activiteiten", Kind.ACTIE), Map.entry("maatregel", Kind.ACTIE),
			Map.entry("maatregelen", Kind.ACTIE), Map.entry("omschrijving", Kind.ACTIE), Map.entry("stand", Kind.STATUS),
			Map.entry("status", Kind.STATUS), Map.entry("voortgang", Kind.STATUS), Map.entry("zaken", Kind.STATUS),
			Map.entry("toelichting", Kind.TOELICHTING), Map.entry("resultaat", Kind.RESULT),
			Map.entry("resultaten", Kind.RESULT), Map.entry("opmerking", Kind.TOELICHTING),
			Map.entry("opmerkingen", Kind.TOELICHTING));

	/** The header row whose main line is {@code lines[i]}, with its wrapped title lines, or null. */
	static ProgressHeader find(List<TextLine> lines, int i, PageLayout page) {
		TextLine main = lines.get(i);
		if (main.words().size() > 16) {
			return null;
		}
		Set<Kind> kinds = new HashSet<>();
		for (Word w : main.words()) {
			Kind k = wordKind(w.text());
			if (k != null) {
				kinds.add(k);
			}
		}
		if (kinds.size() < 2 || ProgressLines.ACTION.matcher(main.words().get(0).text()).matches()) {
			return null;
		}
		long vocabulary = main.words().stream()
			.filter(w -> wordKind(w.text()) != null || HEADER_WORDS.contains(w.text().toLowerCase(Locale.ROOT)))
			.count();
		if (vocabulary * 2 < main.words().size()) {
			return null;
		}
		float fs = Math.max(main.fontSize(), 4);
		boolean mainBold = ProgressLines.allBold(main);
		int first = i;
		while (first > 0 && headerPart(lines.get(first - 1), lines.get(first), fs, mainBold)) {
			first--;
		}
		int last = i;
		while (last + 1 < lines.size() && headerPart(lines.get(last + 1), lines.get(last), fs, mainBold)) {
			last++;
		}
		ProgressColumns columns = columns(lines.subList(first, last + 1), page)
			.alignedTo(lines.subList(last + 1, Math.min(lines.size(), last + 1 + BODY_SAMPLE)));
		if (!columns.has(Kind.STATUS) || !(columns.has(Kind.NR) || columns.has(Kind.ACTIE))
				|| columns.kinds().size() < 3) {
			return null;
		}
		return new ProgressHeader(first, last, columns, main.fontSize(), lines.get(last).y());
	}

	/**
	 * Whether a short line names a status column ("Stand van zaken", "Status", "Voortgang") beside another
	 * column title: the sign of a progress table header, whether or not it could be read as one.
	 */
	static boolean namesStatusColumn(TextLine line) {
		if (line.words().size() > 16) {
			return false;
		}
		String raw = line.text().toLowerCase(Locale.ROOT);
		if (!raw.contains("zaken") && !raw.contains("status") && !raw.contains("voortgang")) {
			return false; // the common case, decided without normalising the text
		}
		String text = StatusCode.normalise(line.text());
		return text.matches(".*\\b(stand van zaken|status|voortgang)\\b.*")
				&& text.matches(".*\\b(toelichting|actiehouders?|actie|acties|nr|resultaat|activiteiten)\\b.*");
	}

	/** A line of column-title words only ("(doelstelling) van", "zaken"): the wrapped rest of a header row. */
	static boolean onlyTitleWords(TextLine line) {
		return line.words().stream().allMatch(w -> wordKind(w.text()) != null
				|| HEADER_WORDS.contains(w.text().toLowerCase(Locale.ROOT).replaceAll(":$", "")));
	}

	/** A line next to the header's main line that holds more of its (wrapped) column titles. */
	private static boolean headerPart(TextLine line, TextLine neighbour, float fs, boolean mainBold) {
		if (Math.abs(line.y() - neighbour.y()) > 1.5f * fs || Math.abs(line.fontSize() - fs) > 0.6f) {
			return false;
		}
		if (ProgressLines.isBand(line) || ProgressLines.ACTION.matcher(line.words().get(0).text()).matches()) {
			return false;
		}
		return onlyTitleWords(line) || (mainBold && ProgressLines.allBold(line) && Math.abs(line.y() - neighbour.y()) < 1.3f * fs);
	}

	/** What a single header word names, or null: "Nr.", "Actie", "Actiehouder(s)", "Stand", "Toelichting". */
	private static Kind wordKind(String word) {
		if (word.length() > 16) {
			return null;
		}
		String w = word.toLowerCase(Locale.ROOT);
		if (w.endsWith(":")) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.startsWith("actiehouder") || w.startsWith("trekker") || w.startsWith("houder")) {
			return Kind.HOLDERS;
		}
		return TITLE_WORDS.get(w);
	}

	private static ProgressColumns columns(List<TextLine> headerLines, PageLayout page) {
		// titles: runs of words on one line without a column gap, split before a new title word,
		// merged across lines when they overlap horizontally
		List<List<Word>> titles = new ArrayList<>();
		for (TextLine line : headerLines) {
			List<Word> current = null;
			for (Word w : line.words()) {
				Kind k = wordKind(w.text());
				boolean titleStart = k != null && k != Kind.STATUS || w.text().equalsIgnoreCase("stand");
				if (current == null || w.gapBefore() || (titleStart && current.stream().anyMatch(o -> wordKind(o.text()) != null
						&& wordKind(o.text()) != wordKind(w.text())))) {
					current = new ArrayList<>();
					titles.add(current);
				}
				current.add(w);
			}
		}
		boolean merged = true;
		while (merged) {
			merged = false;
			outer: for (int a = 0; a < titles.size(); a++) {
				for (int b = a + 1; b < titles.size(); b++) {
					if (overlap(titles.get(a), titles.get(b))) {
						titles.get(a).addAll(titles.remove(b));
						merged = true;
						break outer;
					}
				}
			}
		}
		List<Column> columns = new ArrayList<>();
		for (List<Word> title : titles) {
			float x0 = (float) title.stream().mapToDouble(Word::x0).min().orElse(0);
			float x1 = (float) title.stream().mapToDouble(Word::x1).max().orElse(0);
			String text = StatusCode.normalise(String.join(" ", title.stream().map(Word::text).toList()));
			columns.add(new Column(titleKind(text), cellEdge(x0, page), x0, x1));
		}
		columns.sort(Comparator.comparingDouble(Column::start));
		return new ProgressColumns(List.copyOf(columns));
	}

	private static boolean overlap(List<Word> a, List<Word> b) {
		float a0 = (float) a.stream().mapToDouble(Word::x0).min().orElse(0);
		float a1 = (float) a.stream().mapToDouble(Word::x1).max().orElse(0);
		float b0 = (float) b.stream().mapToDouble(Word::x0).min().orElse(0);
		float b1 = (float) b.stream().mapToDouble(Word::x1).max().orElse(0);
		return Math.min(a1, b1) - Math.max(a0, b0) > 1;
	}

	private static Kind titleKind(String text) {
		if (text.matches(".*\\b(actiehouder|actiehouders|actiehouder s|trekker|trekkers|houder|houders|verantwoordelijke|betrokken partijen)\\b.*")) {
			return Kind.HOLDERS;
		}
		if (text.matches(".*\\b(toelichting|opmerking|opmerkingen)\\b.*")) {
			return Kind.TOELICHTING;
		}
		if (text.matches(".*\\b(stand van zaken|stand|status|voortgang|zaken)\\b.*")
				|| text.replace(" ", "").matches("(stand|standvanzaken|status|voortgang)")) {
			// a narrow cell may break a title inside its words ("Stan" / "d van" / "zake" / "n")
			return Kind.STATUS;
		}
		if (text.matches("(resultaat|resultaten)\\b.*")) {
			return Kind.RESULT;
		}
		if (text.matches("(nr|no|nummer)?")) {
			return Kind.NR;
		}
		if (text.matches(".*\\b(actie|acties|activiteit|activiteiten|maatregel|maatregelen|omschrijving)\\b.*")) {
			return Kind.ACTIE;
		}
		return Kind.OTHER;
	}

	/** Where a column's cells start: the rule end just left of its title, if the table draws rules. */
	private static float cellEdge(float titleX0, PageLayout page) {
		float edge = titleX0 - 2;
		for (Ruling r : page.rulings()) {
			for (float x : new float[] { r.x0(), r.x1() }) {
				if (x <= titleX0 + 0.5f && x >= titleX0 - 12 && x - 0.5f < edge) {
					edge = Math.min(edge, x - 0.5f);
				}
			}
		}
		return edge;
	}
}
