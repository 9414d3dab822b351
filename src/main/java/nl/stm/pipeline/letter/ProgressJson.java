package nl.stm.pipeline.letter;

import java.util.List;

import nl.stm.pipeline.pdf.progress.LegendEntry;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressRow;
import nl.stm.pipeline.pdf.progress.ResultLevel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes progress reports as the {@code progress_reports} array of the letter extraction
 * interchange format (v1): period, layout, first page, the document's legend and the rows with
 * their status code and the label the report gives that status; rows of a results/activities
 * annex carry their result level (actielijn title, theme, result, activity) instead of holders. Every
 * row has the {@code bbox} of its glyphs on the page it starts on, as budget rows do (an extra field).
 */
public final class ProgressJson {

	private ProgressJson() {
	}

	/** Adds one object per report to {@code array}. */
	public static void write(ArrayNode array, List<ProgressReport> reports) {
		for (ProgressReport report : reports) {
			ObjectNode node = array.addObject();
			node.put("period", report.period());
			node.put("layout", report.layout().jsonName());
			node.put("first_page", report.firstPage());
			ArrayNode legend = node.putArray("legend");
			for (LegendEntry e : report.legend()) {
				ObjectNode l = legend.addObject();
				l.put("status", e.status() == null ? null : e.status().name());
				l.put("label", e.label());
				l.put("colour", e.colour());
				l.put("shape", e.form() == null ? null : e.form().name());
			}
			ArrayNode rows = node.putArray("rows");
			for (ProgressRow row : report.rows()) {
				ObjectNode r = rows.addObject();
				ResultLevel level = row.resultLevel();
				if (level == null) {
					r.put("action", row.action());
					r.put("actielijn", row.actielijn());
				}
				else {
					r.put("actielijn", row.actielijn());
					r.put("actielijn_title", level.actielijnTitle());
					r.put("theme", level.theme());
					r.put("result", level.result());
					r.put("result_title", level.resultTitle());
					r.put("activity", row.action());
					r.put("numbered", level.numbered());
				}
				r.put("title", row.title());
				if (level == null) {
					ArrayNode holders = r.putArray("holders");
					row.holders().forEach(holders::add);
				}
				r.put("status", row.status() == null ? null : row.status().name());
				r.put("status_label", row.statusLabel());
				r.put("toelichting", row.toelichting());
				r.put("page", row.page());
				LetterJson.bbox(r, row.box());
			}
		}
	}
}
