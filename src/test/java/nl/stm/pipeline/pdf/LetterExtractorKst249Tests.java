package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.letter.TextAmount;

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
		expected = ExpectedExtraction.read(Path.of("src/test/resources/fixtures/letters/kst-28638-249.expected.json"));
	}

	@Test
	void readsTheLetterHead() {
		ExpectedExtraction.assertHead(letter, expected);
		assertThat(letter.head().vergaderjaar()).isEqualTo(expected.get("document").get("vergaderjaar").asString());
		assertThat(letter.pages()).isEqualTo(8);
		assertThat(letter.warnings()).isEmpty();
	}

	@Test
	void readsTheProgrammeOverviewCellByCell() {
		ExpectedExtraction.assertOverview(letter.overview(), expected);
	}

	@Test
	void readsEveryActielijnTableCellByCell() {
		assertThat(ExpectedExtraction.assertActielijnTables(letter.actielijnTables(), expected)).isEqualTo(46);
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
}
