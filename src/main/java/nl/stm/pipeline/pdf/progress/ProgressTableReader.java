package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stm.pipeline.pdf.page.PageFurniture;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;

/**
 * Reads the status tables of progress reports (Nr. | Actie | Actiehouder(s) | Stand van zaken |
 * Toelichting) from the text lines and icons of a document.
 * <ul>
 * <li>Columns come from the header row: the x-position where each column title starts (a title may
 * wrap over several lines, such as "Stand / van / zaken"), moved to the cell edge when a rule ends
 * there. A word belongs to the column it starts in (see {@link ProgressHeader}).</li>
 * <li>A row starts at an action number in the Nr. column; every other line continues the row above,
 * cell by cell. An "Actielijn N. …" band sets the actielijn of the rows below it. A header repeated
 * at the top of a page is skipped and the table, and the row in progress, continue (see
 * {@link ProgressTable}).</li>
 * <li>The status is the icon in the status column within the row's vertical span (from its first
 * line to the next row), matched by colour to the legend of the same document (see
 * {@link StatusIcons}); or, when the cell holds words instead, those words read as a status. An icon
 * that matches nothing, or a row without a legend, gets no status and a warning naming the page and
 * action: a status is never guessed (see {@link ProgressRowResolver}).</li>
 * <li>The period comes from text outside the table: "Stand per 2025-H1", "eerste helft 2025",
 * "tweede helft 2024", "H2 2024" (see {@link ProgressPeriodFinder}).</li>
 * </ul>
 */
public final class ProgressTableReader {

	private final List<PageLayout> pages;

	private final List<String> warnings;

	private final LegendReader legend;

	private final Set<TextLine> furniture;

	private final List<ProgressReportDraft> reports = new ArrayList<>();

	private ProgressReportDraft report;

	private ProgressTable table;

	private final AnnexHeadings headings = new AnnexHeadings();

	private String pendingPeriod;

	private ProgressTableReader(List<PageLayout> pages, List<String> warnings) {
		this.pages = pages;
		this.warnings = warnings;
		this.furniture = PageFurniture.find(pages);
		this.legend = LegendReader.read(pages, furniture);
	}

	/**
	 * The progress tables of a document, one report per table (a table continued on later pages is
	 * one report). Empty when the document has none. Doubts (unreadable statuses) are added to
	 * {@code warnings}, each naming the page and action.
	 */
	public static List<ProgressReport> read(List<PageLayout> pages, List<String> warnings) {
		return new ProgressTableReader(pages, warnings).read();
	}

	private List<ProgressReport> read() {
		for (PageLayout page : pages) {
			readPage(page);
		}
		closeTable();
		if (report != null && report.period == null && pendingPeriod != null) {
			report.period = pendingPeriod;
		}
		ProgressRowResolver resolver = new ProgressRowResolver(pages, legend, warnings);
		List<ProgressReport> out = new ArrayList<>();
		for (ProgressReportDraft r : reports) {
			if (r.rows.isEmpty()) {
				warnings.add("page " + r.firstPage + ": a progress table header was found but no rows could be read");
				continue;
			}
			List<ProgressRow> rows = new ArrayList<>();
			for (ProgressRowDraft d : r.rows) {
				rows.add(resolver.resolve(d));
			}
			out.add(new ProgressReport(r.period, r.firstPage, legend.entries(), r.layout,
					List.copyOf(rows)));
		}
		if (out.isEmpty()) {
			warnUnread();
		}
		return List.copyOf(out);
	}

	/**
	 * A document without a readable progress table that still shows one (a header naming the status
	 * column, or a status legend) says so, so that a layout the reader misses is never a silent empty result.
	 */
	private void warnUnread() {
		if (!reports.isEmpty()) {
			return; // each empty table has been warned about
		}
		for (PageLayout page : pages) {
			for (TextLine line : page.lines()) {
				if (!furniture.contains(line) && ProgressHeader.namesStatusColumn(line)) {
					warnings.add("page " + page.page() + ": '" + line.text() + "' looks like the header of a progress table, but no table could be read");
					return;
				}
			}
		}
		if (!legend.entries().isEmpty()) {
			warnings.add("page " + legend.entries().get(0).page() + ": a legend of " + legend.entries().size()
					+ " statuses, but no progress table could be read");
		}
	}

	private void readPage(PageLayout page) {
		List<TextLine> lines = new ArrayList<>();
		for (TextLine line : page.lines()) {
			if (!furniture.contains(line)) {
				lines.add(line);
			}
		}
		Map<Integer, ProgressHeader> headers = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			ProgressHeader h = ProgressHeader.find(lines, i, page);
			if (h != null) {
				headers.put(h.first(), h);
				i = h.last();
			}
		}
		boolean continuing = table != null;
		// rows continued from the last page stand above the page's first header (a header repeated at the top as
		// a running head is furniture, so the first one found may belong to a next table lower down)
		int firstHeader = headers.keySet().stream().min(Integer::compare).orElse(lines.size());
		boolean active = false;
		int skipped = 0;
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			ProgressHeader h = headers.get(i);
			if (h != null) {
				startOrResumeTable(h, page);
				active = true;
				i = h.last();
				continue;
			}
			if (table != null && !active && continuing && i < firstHeader) {
				if (table.aligns(line)) {
					table.resumeAt(line);
					active = true;
				}
				else if (!legend.lines().contains(line) && (++skipped > 3 || line.y() > 0.25f * page.height())) {
					// a running head may precede the continued rows; anything more means the table ended
					closeTable();
				}
			}
			if (table != null && active) {
				if (table.endsAt(line, legend.lines())) {
					closeTable();
					active = false;
				}
				else {
					table.bodyLine(line, page);
					continue;
				}
			}
			if (!legend.lines().contains(line)) {
				headings.accept(line);
				String period = ProgressPeriodFinder.find(line.text());
				if (period != null && pendingPeriod == null) {
					pendingPeriod = period;
				}
			}
		}
		if (table != null) {
			table.endPage();
		}
	}

	private void startOrResumeTable(ProgressHeader h, PageLayout page) {
		if (table == null) {
			if (report == null || (pendingPeriod != null && !pendingPeriod.equals(report.period))) {
				report = new ProgressReportDraft(pendingPeriod, page.page());
				reports.add(report);
				pendingPeriod = null;
			}
			if (h.columns().has(Kind.RESULT)) {
				report.layout = ProgressLayout.RESULTS;
				table = new ResultTable(report, headings);
			}
			else {
				table = new ProgressTable(report);
			}
		}
		table.resume(h);
	}

	private void closeTable() {
		if (table != null) {
			table.close();
			table = null;
		}
	}
}
