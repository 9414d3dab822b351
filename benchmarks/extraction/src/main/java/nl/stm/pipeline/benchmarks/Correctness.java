package nl.stm.pipeline.benchmarks;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressRow;

/**
 * How many of a file's expected table cells a contender got right, so that speed is never bought
 * with accuracy. The cells are those of the fixture's expected JSON: every budget amount (overview
 * and actielijn tables, raw text per year) and every progress row's holders and status. The engine
 * is held to them structurally (the cell of that row and that year). The stripper and tabula have no
 * such structure: a cell counts as found when it stands in the row (text line or table row) that
 * holds the expected row's first two words (budget: label or title, the action number may come
 * first) or begins with its action number (progress); the first such row counts.
 */
public final class Correctness {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Found and expected cells. */
	public record Score(int found, int expected) {

		public double share() {
			return expected == 0 ? 0 : (double) found / expected;
		}
	}

	/** One expected row: how a text reader recognises it, and its cells. */
	private record ExpectedRow(String anchor, boolean anchorIsNumber, List<String> cells) {
	}

	private Correctness() {
	}

	public static Path expectedFor(Path pdf) {
		String name = pdf.getFileName().toString();
		return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
	}

	public static Score score(Path pdf, Object result) {
		JsonNode expected = MAPPER.readTree(expectedFor(pdf).toFile());
		if (result instanceof ExtractedLetter letter) {
			return engine(letter, expected);
		}
		@SuppressWarnings("unchecked")
		List<List<String>> rows = (List<List<String>>) result;
		return rows(rows, expectedRows(expected));
	}

	private static List<ExpectedRow> expectedRows(JsonNode expected) {
		List<ExpectedRow> rows = new ArrayList<>();
		if (expected.has("programme_overview")) {
			for (JsonNode row : expected.get("programme_overview").get("rows")) {
				rows.add(new ExpectedRow(firstWords(row.get("label").asString()), false, values(row.get("values"))));
			}
			for (JsonNode table : expected.get("actielijn_tables")) {
				for (JsonNode row : table.get("rows")) {
					rows.add(new ExpectedRow(firstWords(row.get("title").asString()), false, values(row.get("values"))));
				}
			}
		}
		if (expected.has("rows")) {
			for (JsonNode row : expected.get("rows")) {
				List<String> cells = new ArrayList<>(holders(row));
				cells.add(row.get("status_label").asString());
				// an activity of a results annex has no number of its own to find its row by
				rows.add(row.has("activity") ? new ExpectedRow(firstWords(row.get("title").asString()), false, cells)
						: new ExpectedRow(row.get("action").asString(), true, cells));
			}
		}
		return rows;
	}

	private static List<String> values(JsonNode values) {
		List<String> cells = new ArrayList<>();
		values.forEach(v -> {
			if (!v.isNull()) {
				cells.add(v.asString());
			}
		});
		return cells;
	}

	private static Score rows(List<List<String>> rows, List<ExpectedRow> expectedRows) {
		List<String> texts = rows.stream().map(r -> normalise(String.join(" ", r))).toList();
		int found = 0;
		int expected = 0;
		for (ExpectedRow row : expectedRows) {
			expected += row.cells().size();
			for (String text : texts) {
				if (row.anchorIsNumber() ? text.matches(row.anchor() + "\\b.*") : text.contains(row.anchor())) {
					found += countIn(text, row.cells());
					break;
				}
			}
		}
		return new Score(found, expected);
	}

	/** Cells found in a row's text; a cell that appears once in the expected row is used once. */
	private static int countIn(String text, List<String> cells) {
		Map<String, Integer> tokens = new HashMap<>();
		for (String token : text.split(" ")) {
			tokens.merge(token, 1, Integer::sum);
		}
		int found = 0;
		for (String cell : cells) {
			String c = normalise(cell);
			if (c.contains(" ")) {
				found += text.contains(c) ? 1 : 0;
			}
			else if (tokens.getOrDefault(c, 0) > 0) {
				tokens.merge(c, -1, Integer::sum);
				found++;
			}
		}
		return found;
	}

	private static Score engine(ExtractedLetter letter, JsonNode expected) {
		int found = 0;
		int total = 0;
		if (expected.has("programme_overview")) {
			JsonNode overview = expected.get("programme_overview");
			List<OverviewLine> lines = letter.overview() == null ? List.of() : letter.overview().lines();
			for (int i = 0; i < overview.get("rows").size(); i++) {
				JsonNode row = overview.get("rows").get(i);
				total += values(row.get("values")).size();
				if (i < lines.size() && lines.get(i).key().equals(row.get("key").asString())) {
					found += cells(lines.get(i).amounts(), row.get("values"), letter.overview().years());
				}
			}
			JsonNode tables = expected.get("actielijn_tables");
			for (int t = 0; t < tables.size(); t++) {
				JsonNode table = tables.get(t);
				ActielijnTable read = t < letter.actielijnTables().size() ? letter.actielijnTables().get(t) : null;
				for (int r = 0; r < table.get("rows").size(); r++) {
					JsonNode row = table.get("rows").get(r);
					total += values(row.get("values")).size();
					if (read != null && r < read.rows().size() && sameActions(read.rows().get(r), row.get("actions"))) {
						found += cells(read.rows().get(r).amounts(), row.get("values"), read.years());
					}
				}
			}
		}
		if (expected.has("rows")) {
			Map<String, ProgressRow> read = new HashMap<>();
			for (ProgressReport report : letter.progressReports()) {
				report.rows().forEach(r -> read.putIfAbsent(key(r), r));
			}
			for (JsonNode row : expected.get("rows")) {
				ProgressRow got = read.get(key(row));
				List<String> holders = holders(row);
				total += holders.size() + 1;
				if (got != null) {
					for (int i = 0; i < holders.size(); i++) {
						found += i < got.holders().size() && got.holders().get(i).equals(holders.get(i)) ? 1 : 0;
					}
					found += row.get("status_label").asString().equals(got.statusLabel()) ? 1 : 0;
				}
			}
		}
		return new Score(found, total);
	}

	/** A progress row's identity: its action, or (actielijn, result, activity) in a results annex. */
	private static String key(ProgressRow row) {
		return row.resultLevel() == null ? "action " + row.action()
				: row.actielijn() + "/" + row.resultLevel().result() + "/" + row.action();
	}

	private static String key(JsonNode row) {
		return row.has("activity") ? row.get("actielijn").asInt() + "/" + row.get("result").asInt() + "/"
				+ row.get("activity").asInt() : "action " + row.get("action").asInt();
	}

	/** The expected holders of an action row; an activity of a results annex has none. */
	private static List<String> holders(JsonNode row) {
		List<String> holders = new ArrayList<>();
		if (row.has("holders")) {
			row.get("holders").forEach(h -> holders.add(h.asString()));
		}
		return holders;
	}

	private static boolean sameActions(ActionRow row, JsonNode actions) {
		List<Integer> expected = new ArrayList<>();
		actions.forEach(a -> expected.add(a.asInt()));
		return row.actions().equals(expected);
	}

	/** Expected cells (raw text per year) that the row has, in the same year. */
	private static int cells(List<Amount> amounts, JsonNode values, List<Integer> years) {
		int found = 0;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isNull()) {
				continue;
			}
			int year = years.get(i);
			String raw = values.get(i).asString();
			found += amounts.stream().anyMatch(a -> a.year() == year && a.raw().equals(raw)) ? 1 : 0;
		}
		return found;
	}

	private static String firstWords(String text) {
		String[] words = normalise(text).split(" ");
		return String.join(" ", List.of(words).subList(0, Math.min(2, words.length)));
	}

	private static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").trim().toLowerCase(Locale.ROOT);
	}
}
