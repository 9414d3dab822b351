package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;
import nl.stm.pipeline.pdf.progress.ProgressRowDraft.Segment;

/**
 * Turns row drafts into progress rows once the whole document has been read, because a status icon means only
 * what the document's legend says. The status is the icon in the status column within the row's vertical span,
 * matched by colour to the legend (see {@link StatusIcons}); or, when the cell holds words instead, those words
 * read as a status. An icon that matches nothing, icons or words that disagree, or a row without a legend, get
 * no status and a warning naming the page and action: a status is never guessed.
 */
final class ProgressRowResolver {

	private final LegendReader legend;

	private final List<String> warnings;

	private final Map<Integer, PageLayout> byNumber = new HashMap<>();

	private final Map<Integer, List<Shape>> icons = new HashMap<>();

	ProgressRowResolver(List<PageLayout> pages, LegendReader legend, List<String> warnings) {
		this.legend = legend;
		this.warnings = warnings;
		pages.forEach(p -> byNumber.put(p.page(), p));
	}

	ProgressRow resolve(ProgressRowDraft d) {
		String title = d.text(Kind.ACTIE);
		List<String> holders = new ArrayList<>();
		for (String h : d.text(Kind.HOLDERS).split("[,;]")) {
			String name = h.strip().replaceAll("\\.$", "").strip();
			if (!name.isEmpty()) {
				holders.add(name);
			}
		}
		String toelichting = d.text(Kind.TOELICHTING);
		String where = "page " + d.page + (d.result == null ? ", action " + d.action
				: ", result " + d.result.number + " activity " + d.action) + ": ";

		if (d.result != null && d.result.number == null) {
			warnings.add(where + "no result number found in the Nr. column; result left 0");
		}
		String statusText = d.text(Kind.STATUS);
		StatusCode textCode = statusText.isEmpty() ? null : StatusCode.fromLabel(statusText);

		List<StatusIcons.Match> matches = new ArrayList<>();
		for (Segment s : d.segments) {
			float[] range = s.columns.statusRange();
			if (range == null) {
				continue;
			}
			for (Shape icon : icons.computeIfAbsent(s.page, p -> StatusIcons.icons(byNumber.get(p)))) {
				if (icon.centerX() >= range[0] && icon.centerX() < range[1] && icon.centerY() >= s.top
						&& icon.centerY() < s.bottom) {
					matches.add(StatusIcons.match(icon, legend.entries()));
				}
			}
		}
		StatusCode status = null;
		String label = null;
		if (!matches.isEmpty()) {
			Set<LegendEntry> found = new LinkedHashSet<>();
			String problem = null;
			for (StatusIcons.Match m : matches) {
				if (m.entry() == null) {
					problem = m.problem();
				}
				else {
					found.add(m.entry());
				}
			}
			if (problem == null && found.stream().map(LegendEntry::status).distinct().count() > 1) {
				problem = "several status icons with different meanings (" + String.join(", ",
						found.stream().map(e -> "\"" + e.label() + "\"").toList()) + ")";
			}
			if (problem == null) {
				LegendEntry entry = found.iterator().next();
				if (entry.status() == null) {
					problem = "legend label \"" + entry.label() + "\" is no known status";
				}
				else if (textCode != null && textCode != entry.status()) {
					problem = "status icon means \"" + entry.label() + "\" but the cell says \"" + statusText + "\"";
					textCode = null;
				}
				else {
					status = entry.status();
					label = entry.label();
				}
			}
			if (status == null && textCode != null) {
				status = textCode;
				label = statusText;
			}
			else if (status == null) {
				warnings.add(where + problem + "; status left empty");
			}
		}
		else if (textCode != null) {
			status = textCode;
			label = statusText;
		}
		else if (!statusText.isEmpty()) {
			warnings.add(where + "status \"" + statusText + "\" is no known status; status left empty");
		}
		else {
			warnings.add(where + "no status icon or status text found; status left empty");
		}
		return new ProgressRow(d.action, d.actielijn, title, List.copyOf(holders), status, label, toelichting, d.page,
				d.resultLevel(), d.box());
	}
}
