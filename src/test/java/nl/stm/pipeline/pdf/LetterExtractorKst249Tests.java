package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real letter nr. 249 against its hand-checked expected extraction, cell by cell: every
 * amount (year, raw text, euros), every action set, title, new flag, overview line and printed
 * Totaal.
 */
class LetterExtractorKst249Tests {

	private static ExtractedLetter letter;

	private static JsonNode expected;

	@BeforeAll
	static void extract() throws Exception {
		letter = new LetterExtractor().extract(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
		expected = JsonMapper.builder().build()
			.readTree(Path.of("src/test/resources/fixtures/letters/kst-28638-249.expected.json").toFile());
	}

	@Test
	void readsTheLetterHead() {
		JsonNode doc = expected.get("document");
		assertThat(letter.head().dossier()).isEqualTo(doc.get("dossier").asString());
		assertThat(letter.head().number()).isEqualTo(doc.get("volgnummer").asInt());
		assertThat(letter.head().date()).hasToString(doc.get("date").asString());
		assertThat(letter.head().sender()).isEqualTo(doc.get("sender").asString());
		assertThat(letter.head().vergaderjaar()).isEqualTo(doc.get("vergaderjaar").asString());
		assertThat(letter.pages()).isEqualTo(8);
		assertThat(letter.warnings()).isEmpty();
	}

	@Test
	void readsTheProgrammeOverviewCellByCell() {
		JsonNode exp = expected.get("programme_overview");
		ProgrammeOverview overview = letter.overview();
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

	@Test
	void readsEveryActielijnTableCellByCell() {
		JsonNode expTables = expected.get("actielijn_tables");
		assertThat(letter.actielijnTables()).hasSize(expTables.size());
		int actions = 0;
		for (int t = 0; t < expTables.size(); t++) {
			ActielijnTable table = letter.actielijnTables().get(t);
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
		assertThat(actions).isEqualTo(46);
	}

	@Test
	void convertsEveryNotationToExactEuros() {
		ProgrammeOverview overview = letter.overview();
		assertThat(overview.lines().get(4).amounts()).extracting(Amount::eur)
			.containsExactly(eur("0"), eur("650000"), eur("345000"), eur("135000"));
		assertThat(overview.total()).extracting(Amount::eur)
			.containsExactly(eur("2000000"), eur("2500000"), eur("2500000"), eur("2500000"));
		ActielijnTable six = letter.actielijnTables().get(5);
		assertThat(six.rows().get(3).amounts()).extracting(Amount::raw, Amount::eur)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("4", eur("40000")),
					org.assertj.core.groups.Tuple.tuple("14", eur("140000")),
					org.assertj.core.groups.Tuple.tuple("8.5", eur("85000")));
		assertThat(letter.actielijnTables().get(2).total()).extracting(Amount::year, Amount::eur)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2024, eur("650000")),
					org.assertj.core.groups.Tuple.tuple(2025, eur("345000")),
					org.assertj.core.groups.Tuple.tuple(2026, eur("135000")));
	}

	private static BigDecimal eur(String value) {
		return new BigDecimal(value);
	}

	@Test
	void findsTheAmountsStatedInTheProse() {
		assertThat(letter.textAmounts()).extracting(TextAmount::text)
			.contains("500.000 euro per jaar", "2 miljoen euro per jaar");
		assertThat(letter.textAmounts()).filteredOn(TextAmount::perYear)
			.extracting(TextAmount::eur)
			.contains(new BigDecimal("500000"), new BigDecimal("2000000"));
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

	private static List<Integer> ints(JsonNode array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(n -> values.add(n.asInt()));
		return values;
	}

	private static String normalise(String s) {
		return s.replaceAll("\\s+", " ").trim();
	}
}
