package nl.stm.pipeline.reconcile;

import static nl.stm.pipeline.reconcile.Figures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.Unit;

/** Partner figures against the latest letter's budget and the progress report's status. */
class PartnerRulesTests {

	private static final List<Integer> YEARS = List.of(2024, 2025, 2026);

	private final LetterFigures letter = new Figures(249, LocalDate.of(2024, 4, 23))
		.table(TableFigures.ACTIELIJN, 1, "Actielijn 1 (€ x10.000)", Unit.EUR_10K, 0, YEARS,
				List.of(row(List.of(2), "5", null, null), row(List.of(3, 4), "10", "10", null)), "15", "10", "0")
		.build();

	@Test
	void aPartnerBudgetThatRestatesTheLetterIsFound() {
		ReconciliationInput input = input(partner("CoMensha", 2, 2024, "50000", "20000", 2),
				partner("CoMensha", 3, 2025, "60000", null, 3), partner("CoMensha", 4, 2025, "40000", null, 4),
				partner("VNG", 3, 2024, "120000", null, 2));

		List<Finding> findings = new PartnerBudgetVsLetterRule().check(input, Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.partner()).isEqualTo("VNG");
			assertThat(f.year()).isEqualTo(2024);
			assertThat(f.observed()).isEqualByComparingTo("120000");
			assertThat(f.expected()).isEqualByComparingTo("100000");
			assertThat(f.difference()).isEqualByComparingTo("20000");
			assertThat(f.sources().get(0).file()).isEqualTo("vng.csv");
		});
	}

	@Test
	void spendingAboveTheLettersBudgetIsFoundAndBelowItIsNot() {
		ReconciliationInput input = input(partner("Politie", 2, 2024, null, "49999.99", 2),
				partner("Politie", 3, 2025, null, "70000", 3), partner("Politie", 4, 2025, null, "36000", 4),
				partner("Politie", 3, 2026, null, "1", 5));

		List<Finding> findings = new SpentAboveBudgetRule().check(input, Tolerance.EXACT_ROUNDING);

		assertThat(findings).extracting(Finding::year, Finding::observed, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2025, new BigDecimal("106000"), new BigDecimal("100000")),
					org.assertj.core.groups.Tuple.tuple(2026, new BigDecimal("1"), BigDecimal.ZERO));
	}

	@Test
	void aStatusThatDiffersFromTheProgressReportIsFoundOncePerPartnerActionAndPeriod() {
		LetterRef report = new LetterRef(300, "Kamerstuk 28638 nr. 300", LocalDate.of(2025, 7, 1), 300, "actieplan-2023");
		StatusFigure reported = new StatusFigure(report, "2025-H1", 3, "VERTRAAGD", "In uitvoering maar met vertraging",
				Source.letter(report.name(), 2, "voortgangsrapportage", "actie 3"));
		List<PartnerFigure> partners = List.of(status("CKM", 3, "2025-H1", "VOLTOOID", 2, 2024),
				status("CKM", 3, "2025-H1", "VOLTOOID", 3, 2025), status("VNG", 3, "2025-H1", "VERTRAAGD", 2, 2025),
				status("CKM", 3, "2025-H2", "VOLTOOID", 2, 2025));

		List<Finding> findings = new StatusConflictRule()
			.check(new ReconciliationInput(List.of(letter), partners, List.of(reported)), Tolerance.EXACT_ROUNDING);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.partner()).isEqualTo("CKM");
			assertThat(f.action()).isEqualTo(3);
			assertThat(f.sources()).hasSize(2);
		});
	}

	private ReconciliationInput input(PartnerFigure... figures) {
		return new ReconciliationInput(List.of(letter), List.of(figures), List.of());
	}

	private static PartnerFigure partner(String organisation, int action, int year, String budgeted, String spent,
			int line) {
		return new PartnerFigure(organisation, "2025-H2", action, year, "IN_UITVOERING",
				budgeted == null ? null : new BigDecimal(budgeted), spent == null ? null : new BigDecimal(spent),
				Source.partnerFile(organisation.toLowerCase() + ".csv", line));
	}

	private static PartnerFigure status(String organisation, int action, String period, String status, int line,
			int year) {
		return new PartnerFigure(organisation, period, action, year, status, null, null,
				Source.partnerFile(organisation.toLowerCase() + ".csv", line));
	}
}
