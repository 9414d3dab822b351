package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.page.AmountParser;
import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.progress.LegendEntry;
import nl.stm.pipeline.pdf.progress.ProgressLayout;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressRow;
import nl.stm.pipeline.pdf.progress.ResultLevel;

/**
 * Holds an extraction against a hand-checked expected JSON of the fixtures, cell by cell: every
 * budget amount (year, raw text, euros), action set, title, new flag, overview line and printed
 * Totaal; every progress row's action, status, label, holders and explanation, and the legend; every
 * activity of a results annex with its result and theme. One
 * place for the comparison, so the real samples and every rendering of them are held to the same facts.
 */
public final class ExpectedExtraction {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ExpectedExtraction() {
	}

	public static JsonNode read(Path file) {
		return MAPPER.readTree(file.toFile());
	}

	/** Dossier, number, date and sender of the letter head. */
	public static void assertHead(ExtractedLetter letter, JsonNode expected) {
		JsonNode doc = expected.get("document");
		assertThat(letter.head().dossier()).isEqualTo(doc.get("dossier").asString());
		assertThat(letter.head().number()).isEqualTo(doc.get("volgnummer").asInt());
		assertThat(letter.head().date()).hasToString(doc.get("date").asString());
		assertThat(letter.head().sender()).isEqualTo(doc.get("sender").asString());
	}

	public static void assertOverview(ProgrammeOverview overview, JsonNode expected) {
		JsonNode exp = expected.get("programme_overview");
		assertThat(overview).as("programme overview").isNotNull();
		assertThat(overview.caption()).isEqualTo(exp.get("caption").asString());
		assertThat(overview.unit()).hasToString(exp.get("unit").asString());
		assertThat(overview.years()).containsExactlyElementsOf(ints(exp.get("years")));
		assertThat(overview.lines()).hasSize(exp.get("rows").size());
		for (int i = 0; i < overview.lines().size(); i++) {
			OverviewLine line = overview.lines().get(i);
			JsonNode row = exp.get("rows").get(i);
			assertThat(line.key()).isEqualTo(row.get("key").asString());
			assertThat(normalise(line.label())).isEqualTo(normalise(row.get("label").asString()));
			assertThat(line.actielijn()).isEqualTo(row.has("actielijn") ? row.get("actielijn").asInt() : null);
			assertCells(line.amounts(), row.get("values"), overview.years(), Unit.EUR_MLN, "overview " + line.key());
		}
		assertCells(overview.total(), exp.get("total"), overview.years(), Unit.EUR_MLN, "overview total");
	}

	/** Every actielijn table, row and cell; returns the number of actions read. */
	public static int assertActielijnTables(List<ActielijnTable> tables, JsonNode expected) {
		JsonNode expTables = expected.get("actielijn_tables");
		assertThat(tables).hasSize(expTables.size());
		int actions = 0;
		for (int t = 0; t < expTables.size(); t++) {
			ActielijnTable table = tables.get(t);
			JsonNode exp = expTables.get(t);
			String where = "actielijn " + exp.get("actielijn").asInt();
			assertThat(table.actielijn()).as(where).isEqualTo(exp.get("actielijn").asInt());
			assertThat(table.title()).as(where).isEqualTo(exp.get("title").asString());
			assertThat(table.unit()).as(where).hasToString(exp.get("unit").asString());
			assertThat(table.unitCaption()).as(where).isEqualTo(exp.get("unit_caption").asString());
			assertThat(table.rows()).as(where).hasSize(exp.get("rows").size());
			for (int r = 0; r < table.rows().size(); r++) {
				ActionRow row = table.rows().get(r);
				JsonNode expRow = exp.get("rows").get(r);
				String rowWhere = where + " row " + expRow.get("actions");
				assertThat(row.actions()).as(rowWhere).containsExactlyElementsOf(ints(expRow.get("actions")));
				assertThat(normalise(row.title())).as(rowWhere).isEqualTo(normalise(expRow.get("title").asString()));
				assertThat(row.isNew()).as(rowWhere).isEqualTo(expRow.get("new").asBoolean());
				assertCells(row.amounts(), expRow.get("values"), table.years(), table.unit(), rowWhere);
				actions += row.actions().size();
			}
			assertCells(table.total(), exp.get("total"), table.years(), table.unit(), where + " Totaal");
		}
		return actions;
	}

	/**
	 * The report's period, legend (status to colour; a colour re-encoded by a producer may be off
	 * by a few units per channel) and every row.
	 */
	public static void assertProgressReport(ProgressReport report, JsonNode expected) {
		assertThat(report.period()).isEqualTo(expected.get("period").asString());
		Map<String, String> legend = new LinkedHashMap<>();
		for (LegendEntry e : report.legend()) {
			legend.put(String.valueOf(e.status()), e.colour());
		}
		assertThat(legend.keySet()).as("legend statuses").containsExactlyInAnyOrderElementsOf(
				expected.get("legend").propertyNames());
		expected.get("legend").properties().forEach(e -> assertThat(channelDistance(legend.get(e.getKey()),
				e.getValue().asString())).as("legend colour of %s", e.getKey()).isLessThanOrEqualTo(3));
		List<ProgressRow> rows = report.rows();
		JsonNode exp = expected.get("rows");
		assertThat(rows).hasSize(exp.size());
		for (int i = 0; i < rows.size(); i++) {
			ProgressRow row = rows.get(i);
			JsonNode e = exp.get(i);
			assertThat(row.action()).as("row %d", i).isEqualTo(e.get("action").asInt());
			assertThat(row.status()).as("status of action %d", row.action()).hasToString(e.get("status").asString());
			assertThat(row.statusLabel()).as("label of action %d", row.action()).isEqualTo(e.get("status_label").asString());
			List<String> holders = new ArrayList<>();
			e.get("holders").forEach(n -> holders.add(n.asString()));
			assertThat(row.holders()).as("holders of action %d", row.action()).containsExactlyElementsOf(holders);
			assertThat(normalise(row.toelichting())).as("toelichting of action %d", row.action())
				.isEqualTo(normalise(e.get("toelichting").asString()));
		}
	}

	/**
	 * A results annex of the first edition: its period, layout and legend (status, label and colour; a colour
	 * re-encoded by a producer may be off by a few units per channel), and every activity in print order: its
	 * actielijn, theme, result, result title, activity number, whether it was numbered, title, status, status label
	 * and explanation (whitespace-normalised).
	 */
	public static void assertResultsAnnex(ProgressReport report, JsonNode expected) {
		assertThat(report.layout()).isEqualTo(ProgressLayout.RESULTS);
		assertThat(report.period()).isEqualTo(expected.get("period").asString());
		Map<String, LegendEntry> legend = new LinkedHashMap<>();
		report.legend().forEach(e -> legend.put(String.valueOf(e.status()), e));
		assertThat(legend).hasSize(expected.get("legend").size());
		for (JsonNode e : expected.get("legend")) {
			LegendEntry entry = legend.get(e.get("status").asString());
			assertThat(entry).as("legend entry %s", e.get("status").asString()).isNotNull();
			assertThat(entry.label()).isEqualTo(e.get("label").asString());
			assertThat(channelDistance(entry.colour(), e.get("colour").asString()))
				.as("legend colour of %s", entry.label()).isLessThanOrEqualTo(3);
		}
		List<ProgressRow> rows = report.rows();
		JsonNode exp = expected.get("rows");
		assertThat(rows).hasSize(exp.size());
		for (int i = 0; i < rows.size(); i++) {
			ProgressRow row = rows.get(i);
			JsonNode e = exp.get(i);
			String where = "result " + e.get("result").asInt() + " activity " + e.get("activity").asInt();
			ResultLevel level = row.resultLevel();
			assertThat(level).as(where).isNotNull();
			assertThat(row.actielijn()).as("actielijn of %s", where).isEqualTo(e.get("actielijn").asInt());
			assertThat(level.theme()).as("theme of %s", where).isEqualTo(e.get("theme").asString());
			assertThat(level.result()).as("result of %s", where).isEqualTo(e.get("result").asInt());
			assertThat(level.resultTitle()).as("result title of %s", where).isEqualTo(e.get("result_title").asString());
			assertThat(row.action()).as("activity number of %s", where).isEqualTo(e.get("activity").asInt());
			assertThat(level.numbered()).as("numbered of %s", where).isEqualTo(e.get("numbered").asBoolean());
			assertThat(row.title()).as("title of %s", where).isEqualTo(e.get("title").asString());
			assertThat(row.status()).as("status of %s", where).hasToString(e.get("status").asString());
			assertThat(row.statusLabel()).as("label of %s", where).isEqualTo(e.get("status_label").asString());
			assertThat(normalise(row.toelichting())).as("toelichting of %s", where)
				.isEqualTo(normalise(e.get("toelichting").asString()));
		}
	}

	/** Expected values are raw texts per year, null for an empty cell. */
	private static void assertCells(List<Amount> actual, JsonNode expectedValues, List<Integer> years, Unit unit,
			String where) {
		List<Amount> expectedAmounts = new ArrayList<>();
		for (int i = 0; i < expectedValues.size(); i++) {
			JsonNode v = expectedValues.get(i);
			if (!v.isNull()) {
				String raw = v.asString();
				boolean thousands = AmountParser.dotIsThousands(unit, List.of(raw));
				expectedAmounts.add(new Amount(years.get(i), raw, AmountParser.euros(raw, unit, thousands)));
			}
		}
		assertThat(actual).as(where).usingRecursiveFieldByFieldElementComparatorIgnoringFields("bbox")
			.containsExactlyElementsOf(expectedAmounts);
	}

	private static int channelDistance(String actual, String expected) {
		if (actual == null) {
			return Integer.MAX_VALUE;
		}
		int a = Integer.parseInt(actual.substring(1), 16);
		int b = Integer.parseInt(expected.substring(1), 16);
		int max = 0;
		for (int shift = 0; shift <= 16; shift += 8) {
			max = Math.max(max, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
		}
		return max;
	}

	public static List<Integer> ints(JsonNode array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(n -> values.add(n.asInt()));
		return values;
	}

	public static String normalise(String s) {
		return s.replaceAll("\\s+", " ").trim();
	}
}
