package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;

/**
 * A table of the first edition's results annex (Nr. | Resultaat (doelstelling) | Activiteiten / producten | Stand
 * van zaken | Toelichting) read line by line. A result's Nr. and Resultaat cells are merged over its activity rows,
 * so the rows are the activities:
 * <ul>
 * <li>a result starts at a number in the Nr. column, or at a rule across that column (its number may then stand
 * lower, in a vertically centred cell);</li>
 * <li>an activity starts at a rule across the activity column, or at its printed number ("2.") when that is the
 * next one of the result; an activity without a number takes its position as its number;</li>
 * <li>a note printed across the activity, status and toelichting columns ("Motie …") is no activity: its lines run
 * over the column edges without a gap;</li>
 * <li>a bold line in the Nr. column is a theme heading and an "Actielijn N: …" line an actielijn heading (see
 * {@link AnnexHeadings}).</li>
 * </ul>
 * Each activity keeps its vertical span, so that its status icon is found as in an action table.
 */
final class ResultTable extends ProgressTable {

	/** A printed activity number: "1.", "12.", "3)". */
	private static final Pattern ACTIVITY = Pattern.compile("^(\\d{1,2})[.)]$");

	private final AnnexHeadings headings;

	private ResultDraft result;

	private ProgressRowDraft activity;

	/** The last body line on the current page, for rules between it and the next line; null after a header. */
	private TextLine last;

	private boolean inNote;

	private PageLayout lastPage;

	/** The last page ended with a rule across the Nr. column under its last line: a result may start next. */
	private boolean pageEndedOnRule;

	/**
	 * A result that went on at the top of this page with a new activity after such a rule, the activity's index and
	 * the number of its title lines then: if a next result number follows without a rule, the activities from there
	 * were the next result's, whose centred number stood lower.
	 */
	private ResultDraft continued;

	private int continuedActivity;

	private int continuedTitleLines;

	/** The status icon of the open activity, once seen: another one starts the next activity. */
	private Shape activityIcon;

	/** The status icons of the current page. */
	private List<Shape> icons = List.of();

	private int iconsPage = -1;

	ResultTable(ProgressReportDraft report, AnnexHeadings headings) {
		super(report);
		this.headings = headings;
	}

	@Override
	void resume(ProgressHeader h) {
		super.resume(h);
		last = null;
		inNote = false;
		continued = null; // a header between: the next number starts a table of its own
		headings.interrupt();
	}

	@Override
	void bodyLine(TextLine line, PageLayout page) {
		TextLine above = last != null && last.page() == page.page() ? last : null;
		if (above == null && ProgressHeader.onlyTitleWords(line)) {
			previousY = line.y();
			return; // the wrapped rest of a header repeated at the top of the page as a running head
		}
		boolean afterPageRule = above == null && pageEndedOnRule;
		pageEndedOnRule = false;
		last = line;
		lastPage = page;
		previousY = line.y();
		Word first = line.words().get(0);
		boolean inNumberColumn = columns.index(first.x0()) == 0;
		Matcher number = ProgressLines.ACTION.matcher(first.text());
		if (inNumberColumn && !number.matches() && (ProgressLines.isBand(line) || ProgressLines.allBold(line))) {
			closeActivity(top(line));
			result = null;
			continued = null;
			headings.accept(line);
			return;
		}
		headings.interrupt();
		boolean resultRule = above != null
				&& page.ruledBetween(above.y(), line.y(), columns.left(), columns.start(Kind.RESULT) - 1);
		boolean activityRule = resultRule || above != null
				&& page.ruledBetween(above.y(), line.y(), columns.start(Kind.ACTIE), columns.end(Kind.ACTIE));
		List<Word> resultWords = new ArrayList<>();
		List<Word> activityWords = new ArrayList<>();
		for (int i = 0; i < line.words().size(); i++) {
			Word w = line.words().get(i);
			Kind kind = columns.kindAt(w.x0());
			if (i == 0 && inNumberColumn && (number.matches() || ProgressLines.NUMBER_TAIL.matcher(w.text()).matches())) {
				continue;
			}
			(kind == Kind.NR || kind == Kind.RESULT ? resultWords : activityWords).add(w);
		}
		if (inNumberColumn && number.matches()) {
			int n = Integer.parseInt(number.group(1));
			if (!resultRule && result != null && result == continued) {
				result = result.splitOff(continuedActivity, continuedTitleLines, headings, n);
				continued = null;
			}
			else if (resultRule || result == null || result.number != null) {
				startResult(n, line);
			}
			else {
				result.number = n; // the number of a centred cell, below the first activities
			}
		}
		else if (resultRule || result == null) {
			startResult(null, line);
		}
		int titleLines = result.titleLines.size();
		if (!resultWords.isEmpty()) {
			result.titleLines.add(text(resultWords));
		}
		if (activityWords.isEmpty()) {
			return;
		}
		if (isNote(activityWords) || inNote && !activityRule && printedNumber(activityWords) == 0
				&& activityWords.stream().allMatch(w -> columns.kindAt(w.x0()) == Kind.ACTIE)) {
			closeActivity(top(line)); // the note is not kept: the interchange format has no place for it
			inNote = true;
			return;
		}
		Shape icon = iconBeside(line, page);
		if (activity == null || activity.result != result || activityRule || inNote
				|| printedNumber(activityWords) == result.activities.size() + 1
				|| icon != null && activityIcon != null && !icon.equals(activityIcon)) {
			startActivity(activityWords, line, page);
			if (afterPageRule) {
				continued = result;
				continuedActivity = result.activities.size() - 1;
				continuedTitleLines = titleLines;
			}
		}
		if (icon != null) {
			activityIcon = icon;
		}
		inNote = false;
		addCells(activityWords, line, page);
	}

	private void startResult(Integer n, TextLine line) {
		closeActivity(top(line));
		result = new ResultDraft(headings, n);
		continued = null;
		inNote = false;
	}

	/** Starts an activity; its printed number, if any, is taken off its first line. */
	private void startActivity(List<Word> words, TextLine line, PageLayout page) {
		closeActivity(top(line));
		int printed = printedNumber(words);
		boolean numbered = printed > 0;
		if (numbered) {
			words.remove(0);
		}
		activityIcon = null;
		activity = new ProgressRowDraft(numbered ? printed : result.activities.size() + 1, result.actielijn, page.page(),
				result, numbered);
		result.activities.add(activity);
		report.rows.add(activity);
	}

	private void addCells(List<Word> words, TextLine line, PageLayout page) {
		activity.span(line, page.page(), columns, top(line));
		Map<Kind, List<Word>> cells = new EnumMap<>(Kind.class);
		for (Word w : words) {
			cells.computeIfAbsent(columns.kindAt(w.x0()), k -> new ArrayList<>()).add(w);
		}
		cells.forEach((kind, cell) -> activity.cells.computeIfAbsent(kind, k -> new ArrayList<>()).add(text(cell)));
	}

	/**
	 * The status icon beside a line, from its top to just below its baseline, or null: an activity has one, so
	 * another one in the same activity (an unnumbered activity at the top of a page, without a rule above it)
	 * starts the next activity.
	 */
	private Shape iconBeside(TextLine line, PageLayout page) {
		if (iconsPage != page.page()) {
			icons = StatusIcons.icons(page);
			iconsPage = page.page();
		}
		float[] range = columns.statusRange();
		float fs = Math.max(line.fontSize(), 4);
		for (Shape s : icons) {
			if (s.centerX() >= range[0] && s.centerX() < range[1] && s.centerY() >= top(line)
					&& s.centerY() <= line.y() + 0.3f * fs && s.height() <= 3 * fs) {
				return s;
			}
		}
		return null;
	}

	/** The number printed at the start of an activity cell, or 0. */
	private int printedNumber(List<Word> words) {
		Word first = words.get(0);
		Matcher m = ACTIVITY.matcher(first.text());
		return m.matches() && columns.kindAt(first.x0()) == Kind.ACTIE ? Integer.parseInt(m.group(1)) : 0;
	}

	/** Text that runs from the activity column over the next column edge without a gap is a full-width note. */
	private boolean isNote(List<Word> words) {
		for (int i = 1; i < words.size(); i++) {
			Kind kind = columns.kindAt(words.get(i).x0());
			if (kind != Kind.ACTIE && !words.get(i).gapBefore() && columns.kindAt(words.get(i - 1).x0()) == Kind.ACTIE) {
				return true;
			}
		}
		return false;
	}

	private static String text(List<Word> words) {
		return String.join(" ", words.stream().map(Word::text).toList());
	}

	@Override
	void endPage() {
		closeSegment(Float.NaN);
		pageEndedOnRule = last != null && lastPage != null && lastPage.page() == last.page()
				&& lastPage.ruledBetween(last.y(), lastPage.height(), columns.left(), columns.start(Kind.RESULT) - 1);
	}

	@Override
	void close() {
		closeActivity(Float.NaN);
		result = null;
		continued = null;
		pageEndedOnRule = false;
	}

	private void closeActivity(float bottom) {
		closeSegment(bottom);
		activity = null;
	}

	private void closeSegment(float bottom) {
		if (activity != null) {
			activity.closeSpan(bottom);
		}
	}
}
