package nl.stm.pipeline.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.page.BBox;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.letter.LetterHead;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.letter.TextAmount;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an extracted letter as one line of the letter extraction interchange format (v1), the
 * contract that tests, benchmarks and downstream tools read.
 */
public final class LetterJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private LetterJson() {
	}

	public static String toJsonLine(ExtractedLetter letter) {
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode source = root.putObject("source");
		source.put("file", letter.fileName());
		source.put("sha256", letter.sha256());
		source.put("pages", letter.pages());
		document(root.putObject("document"), letter.head());
		ProgrammeOverview overview = letter.overview();
		if (overview == null) {
			root.putNull("programme_overview");
		}
		else {
			overview(root.putObject("programme_overview"), overview);
		}
		ArrayNode tables = root.putArray("actielijn_tables");
		letter.actielijnTables().forEach(t -> actielijnTable(tables.addObject(), t));
		ProgressJson.write(root.putArray("progress_reports"), letter.progressReports());
		ArrayNode text = root.putArray("text_amounts");
		for (TextAmount t : letter.textAmounts()) {
			ObjectNode node = text.addObject();
			node.put("text", t.text());
			node.put("eur", t.eur());
			node.put("per_year", t.perYear());
			node.put("from_year", t.fromYear());
			node.put("page", t.page());
		}
		ArrayNode warnings = root.putArray("warnings");
		letter.warnings().forEach(warnings::add);
		return MAPPER.writeValueAsString(root);
	}

	public static String errorLine(String file, ExtractionException error) {
		ObjectNode root = MAPPER.createObjectNode();
		root.putObject("source").put("file", file);
		ObjectNode node = root.putObject("error");
		node.put("code", error.code().name());
		node.put("message", error.getMessage());
		return MAPPER.writeValueAsString(root);
	}

	private static void document(ObjectNode node, LetterHead head) {
		node.put("dossier", head.dossier());
		node.put("number", head.number());
		node.put("vergaderjaar", head.vergaderjaar());
		node.put("date", head.date() == null ? null : head.date().toString());
		node.put("sender", head.sender());
		node.put("title", head.title());
		node.put("reference", head.reference());
	}

	private static void overview(ObjectNode node, ProgrammeOverview overview) {
		node.put("page", overview.page());
		node.put("caption", overview.caption());
		node.put("unit", overview.unit().name());
		node.put("unit_caption", overview.unitCaption());
		years(node, overview.years());
		ArrayNode lines = node.putArray("lines");
		for (OverviewLine line : overview.lines()) {
			ObjectNode l = lines.addObject();
			l.put("key", line.key());
			l.put("label", line.label());
			l.put("actielijn", line.actielijn());
			l.put("page", line.page());
			bbox(l, line.bbox());
			amounts(l.putArray("amounts"), line.amounts());
		}
		amounts(node.putArray("total"), overview.total());
	}

	private static void actielijnTable(ObjectNode node, ActielijnTable table) {
		node.put("actielijn", table.actielijn());
		node.put("title", table.title());
		node.put("page", table.page());
		node.put("unit", table.unit().name());
		node.put("unit_caption", table.unitCaption());
		years(node, table.years());
		ArrayNode rows = node.putArray("rows");
		for (ActionRow row : table.rows()) {
			ObjectNode r = rows.addObject();
			ArrayNode actions = r.putArray("actions");
			row.actions().forEach(actions::add);
			r.put("new", row.isNew());
			r.put("page", row.page());
			r.put("title", row.title());
			bbox(r, row.bbox());
			amounts(r.putArray("amounts"), row.amounts());
		}
		amounts(node.putArray("total"), table.total());
	}

	private static void years(ObjectNode node, List<Integer> years) {
		ArrayNode array = node.putArray("years");
		years.forEach(array::add);
	}

	private static void amounts(ArrayNode array, List<Amount> amounts) {
		for (Amount a : amounts) {
			ObjectNode node = array.addObject();
			node.put("year", a.year());
			node.put("raw", a.raw());
			node.put("eur", a.eur());
			bbox(node, a.bbox());
		}
	}

	/** Where it was printed: {@code bbox} {page, x0, y0, x1, y1} in PDF points from the top-left (when known). */
	static void bbox(ObjectNode node, BBox box) {
		if (box != null) {
			node.putObject("bbox")
				.put("page", box.page())
				.put("x0", points(box.x0()))
				.put("y0", points(box.y0()))
				.put("x1", points(box.x1()))
				.put("y1", points(box.y1()));
		}
	}

	private static BigDecimal points(float value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}
}
