package nl.stm.pipeline.reconcile;

import static nl.stm.pipeline.reconcile.Figures.line;
import static nl.stm.pipeline.reconcile.Figures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.Unit;

/** Each rule on small hand-made letters: the planted difference is found, rounding is not. */
class ReconciliationRulesTests {

	private static final List<Integer> YEARS = List.of(2024, 2025, 2026);

	private static final String OVERVIEW = TableFigures.OVERVIEW;

	private static final String ACTIELIJN = TableFigures.ACTIELIJN;

	@Test
	void actionRowsVsTotalFindsAPlantedDifferenceOnly() {
		LetterFigures letter = new Figures(300, LocalDate.of(2025, 5, 1))
			.table(ACTIELIJN, 1, "Actielijn 1 (x € 1.000)", Unit.EUR_1K, 0, YEARS,
					List.of(row(List.of(1), "100", null, "–"), row(List.of(2, 3), "250", "40", null)), "350", "45", "0")
			.build();

		List<Finding> findings = new ActionRowsVsTotalRule().check(input(letter), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("ACTION_ROWS_VS_TOTAL");
			assertThat(f.year()).isEqualTo(2025);
			assertThat(f.actielijn()).isEqualTo(1);
			assertThat(f.observed()).isEqualByComparingTo("40000");
			assertThat(f.expected()).isEqualByComparingTo("45000");
			assertThat(f.difference()).isEqualByComparingTo("-5000");
			assertThat(f.tolerance()).isEqualByComparingTo("500");
			assertThat(f.sources()).extracting(Source::row).containsExactly("Totaal", "actie 2 en 3");
		});
	}

	@Test
	void roundingOfManyPartsIsNoFinding() {
		LetterFigures letter = new Figures(300, LocalDate.of(2025, 5, 1))
			.table(OVERVIEW, null, "Programma (€ mln)", Unit.EUR_MLN, 3, YEARS,
					List.of(line("a", null, "0,333", "0,333", "0,333"), line("b", null, "0,333", "0,333", "0,333"),
							line("c", null, "0,333", "0,333", "0,335")),
					"1", "1", "1")
			.build();

		assertThat(new OverviewLinesVsTotalRule().check(input(letter), Tolerance.EXACT_ROUNDING)).isEmpty();
	}

	@Test
	void overviewLinesVsTotalFindsADifferenceBeyondRounding() {
		LetterFigures letter = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(OVERVIEW, null, "Programma (€ 2.5 mln.)", Unit.EUR_MLN, 3, YEARS,
					List.of(line("a", null, "0,3", "0,3", "0,3"), line("c", 1, "0,38", "0,3", "0"),
							line("i", null, "1,82", "1,9", "2,205")),
					"2.5", "2.5", "2.5")
			.build();

		List<Finding> findings = new OverviewLinesVsTotalRule().check(input(letter), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.year()).isEqualTo(2026);
			assertThat(f.difference()).isEqualByComparingTo("5000");
			assertThat(f.tolerance()).isEqualByComparingTo("1000");
		});
	}

	@Test
	void actielijnVsOverviewComparesTheTableTotalWithItsLine() {
		LetterFigures letter = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(OVERVIEW, null, "Programma (€ 2.5 mln.)", Unit.EUR_MLN, 3, YEARS,
					List.of(line("c", 1, "0,38", "0,3", "0"), line("d", 2, "0,27", "–", "0,35")), "0,65", "0,3", "0,35")
			.table(ACTIELIJN, 1, "Actielijn 1 (€ x10.000)", Unit.EUR_10K, 0, YEARS,
					List.of(row(List.of(1), "47", "30", null)), "47", "30", "0")
			.table(ACTIELIJN, 2, "Actielijn 2 (€ x10.000)", Unit.EUR_10K, 0, YEARS,
					List.of(row(List.of(10), "27", null, "35")))
			.build();

		List<Finding> findings = new ActielijnVsOverviewRule().check(input(letter), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.actielijn()).isEqualTo(1);
			assertThat(f.year()).isEqualTo(2024);
			assertThat(f.observed()).isEqualByComparingTo("470000");
			assertThat(f.expected()).isEqualByComparingTo("380000");
			assertThat(f.tolerance()).isEqualByComparingTo("5500");
		});
	}

	@Test
	void captionVsTotalIgnoresYearsBeforeTheLetter() {
		LetterFigures letter = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(OVERVIEW, null, "Programma Samen tegen mensenhandel (€ 2.5 mln.)", Unit.EUR_MLN, 3,
					List.of(2023, 2024, 2025), List.of(line("a", null, "2", "2,5", "2,7")), "2", "2.5", "2.7")
			.build();

		List<Finding> findings = new CaptionVsTotalRule().check(input(letter), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.year()).isEqualTo(2025);
			assertThat(f.expected()).isEqualByComparingTo("2500000");
			assertThat(f.observed()).isEqualByComparingTo("2700000");
		});
	}

	@Test
	void textVsTotalAcceptsTheYearlyAmountsTogether() {
		Figures figures = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(OVERVIEW, null, "Programma", Unit.EUR_MLN, 3, List.of(2023, 2024, 2025),
					List.of(line("a", null, "2", "2,5", "3")), "2", "2.5", "3")
			.prose("500.000 euro per jaar", "500000", true)
			.prose("2 miljoen euro per jaar", "2000000", true)
			.prose("2 miljoen euro", "2000000", false);

		List<Finding> findings = new TextVsTotalRule().check(input(figures.build()), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("TEXT_VS_TOTAL");
			assertThat(f.year()).isEqualTo(2025);
			assertThat(f.expected()).isEqualByComparingTo("2500000");
			assertThat(f.observed()).isEqualByComparingTo("3000000");
		});
	}

	@Test
	void actionChangedBetweenLettersComparesTheYearsBothCover() {
		LetterFigures earlier = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(ACTIELIJN, 1, "Actielijn 1", Unit.EUR_10K, 0, List.of(2023, 2024, 2025),
					List.of(row(List.of(5), null, "20", "10"), row(List.of(6), null, "17", null)), "0", "37", "10")
			.build();
		LetterFigures later = new Figures(260, LocalDate.of(2025, 6, 1))
			.table(ACTIELIJN, 1, "Actielijn 1", Unit.EUR_1K, 0, List.of(2024, 2025, 2026),
					List.of(row(List.of(5), "200", "150", "80"), row(List.of(6), "170", null, null)), "370", "150", "80")
			.build();

		List<Finding> findings = new ActionChangedBetweenLettersRule().check(new ReconciliationInput(List.of(earlier, later)),
				Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.action()).isEqualTo(5);
			assertThat(f.year()).isEqualTo(2025);
			assertThat(f.observed()).isEqualByComparingTo("150000");
			assertThat(f.expected()).isEqualByComparingTo("100000");
			assertThat(f.sources().get(0).document()).contains("nr. 260");
		});
	}

	@Test
	void lettersOfAnotherEditionAreNeverComparedActionByAction() {
		LetterFigures earlierEdition = new Figures(170, LocalDate.of(2022, 4, 1), "samen-2018")
			.table(ACTIELIJN, 1, "Actielijn 1", Unit.EUR, 0, List.of(2024), List.of(row(List.of(5), "999")), "999")
			.build();
		LetterFigures earlier = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(ACTIELIJN, 1, "Actielijn 1", Unit.EUR, 0, List.of(2024), List.of(row(List.of(5), "100")), "100")
			.build();
		LetterFigures later = new Figures(260, LocalDate.of(2025, 6, 1), "samen-2018")
			.table(ACTIELIJN, 1, "Actielijn 1", Unit.EUR, 0, List.of(2024), List.of(row(List.of(5), "100")), "100")
			.build();

		List<Finding> findings = new ActionChangedBetweenLettersRule()
			.check(new ReconciliationInput(List.of(earlierEdition, earlier, later)), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.observed()).isEqualByComparingTo("100");
			assertThat(f.expected()).isEqualByComparingTo("999");
			assertThat(f.sources().get(0).document()).contains("nr. 260");
		});
	}

	@Test
	void anEmptyCellADashAndAZeroAgree() {
		LetterFigures letter = new Figures(249, LocalDate.of(2024, 4, 23))
			.table(OVERVIEW, null, "Programma", Unit.EUR_MLN, 3, YEARS,
					List.of(line("e", 3, "–", "0,65", "0")), "–", "0,65", "0")
			.table(ACTIELIJN, 3, "Actielijn 3", Unit.EUR_10K, 1, YEARS,
					List.of(row(List.of(22), null, "65", null)), null, "65", null)
			.build();

		ReconciliationInput input = input(letter);
		assertThat(new ActielijnVsOverviewRule().check(input, Tolerance.EXACT_ROUNDING)).isEmpty();
		assertThat(new ActionRowsVsTotalRule().check(input, Tolerance.EXACT_ROUNDING)).isEmpty();
		assertThat(new OverviewLinesVsTotalRule().check(input, Tolerance.EXACT_ROUNDING)).isEmpty();
	}

	private static ReconciliationInput input(LetterFigures letter) {
		return new ReconciliationInput(List.of(letter));
	}
}
