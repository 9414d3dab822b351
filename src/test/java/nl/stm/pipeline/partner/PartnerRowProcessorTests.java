package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Validation of records against the contract and the known actions: reject codes, flags, duplicates. */
class PartnerRowProcessorTests {

	private final PartnerRowProcessor processor = new PartnerRowProcessor(KnownActions.ofLetter249());

	@Test
	void acceptsAValidRowWithExactAmounts() {
		// when
		PartnerRow row = processor.process(record(5, "Politie", "2025-H2", "17",
				"Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.", "In uitvoering", "2025",
				"€ 50.000,00", "€ 12.500,50", "Bewustwording non-punishment – eerste lijn."));

		// then
		assertThat(row.line()).isEqualTo(5);
		assertThat(row.organisation()).isEqualTo("Politie");
		assertThat(row.organisationKey()).isEqualTo("politie");
		assertThat(row.period()).isEqualTo("2025-H2");
		assertThat(row.actionNumber()).isEqualTo(17);
		assertThat(row.budgetYear()).isEqualTo(2025);
		assertThat(row.status()).isEqualTo(SubmissionStatus.IN_UITVOERING);
		assertThat(row.statusLabel()).isEqualTo("In uitvoering");
		assertThat(row.budgeted()).isEqualTo(new BigDecimal("50000.00"));
		assertThat(row.spent()).isEqualTo(new BigDecimal("12500.50"));
		assertThat(row.actionTitle()).as("the action's own title is not stored again").isNull();
		assertThat(row.flags()).isNull();
	}

	@Test
	void acceptsWrittenOutPeriodsUpperCaseStatusesAndNoAmounts() {
		PartnerRow row = processor.process(record(2, "Fairwork", "tweede helft 2025", "21", "", "NOG NIET GESTART", "", "",
				"", ""));
		assertThat(row.period()).isEqualTo("2025-H2");
		assertThat(row.status()).isEqualTo(SubmissionStatus.NIET_GESTART);
		assertThat(row.budgetYear()).isNull();
		assertThat(row.budgeted()).isNull();
		assertThat(row.spent()).isNull();
		assertThat(row.actionTitle()).isNull();
		assertThat(row.toelichting()).isNull();
	}

	@Test
	void rejectsWithTheCodeOfTheFirstProblemAndNamesThemAll() {
		assertRejected(record(2, "", "2025-H2", "10", "", "Voltooid", "2024", "", "", ""), RejectCode.MISSING_FIELD,
				"Organisatie is empty");
		assertRejected(record(2, "A", "2025-H2", "10", "", "Voltooid", "", "1.000", "", ""), RejectCode.MISSING_FIELD,
				"Jaar is empty but an amount is given");
		assertRejected(record(2, "A", "2025-H3", "10", "", "Voltooid", "2024", "", "", ""), RejectCode.BAD_PERIOD,
				"Periode '2025-H3' is not a half year such as 2025-H2");
		assertRejected(record(6, "Politie", "2025-H2", "99", "Onbekend", "Voltooid", "2025", "", "€ 1.000,00", ""),
				RejectCode.UNKNOWN_ACTION, "action 99 is not in the Actieplan (no imported letter has it)");
		assertRejected(record(2, "A", "2025-H2", "tien", "", "Voltooid", "2024", "", "", ""), RejectCode.UNKNOWN_ACTION,
				"Actienummer 'tien' is not a number");
		assertRejected(record(2, "A", "2025-H2", "10", "", "Klaar?", "2024", "", "", ""), RejectCode.BAD_STATUS,
				"Status 'Klaar?' is not a label of the legend");
		assertRejected(record(2, "A", "2025-H2", "10", "", "Voltooid", "24", "", "", ""), RejectCode.BAD_YEAR,
				"Jaar '24' is not a budget year (2000-2100)");
		assertRejected(record(7, "Politie", "2025-H2", "15", "", "Voltooid", "2024", "€ 50.000,00", "1.234.56", ""),
				RejectCode.BAD_AMOUNT, "Besteed '1.234.56' is not an amount in euros (dots are not thousands separators)");
		assertRejected(record(2, "A", "2025-H2", "10", "", "Voltooid", "2024", "12,5 %", "abc", ""), RejectCode.BAD_AMOUNT,
				"Begroot '12,5 %' is not an amount in euros (not a number); Besteed 'abc' is not an amount in euros (not a number)");
		assertRejected(record(2, "", "2025-X", "99", "", "?", "20x5", "1.2.3", "", ""), RejectCode.MISSING_FIELD,
				"Organisatie is empty; Periode '2025-X' is not a half year such as 2025-H2; action 99 is not in the Actieplan (no imported letter has it); Status '?' is not a label of the legend; Jaar '20x5' is not a budget year (2000-2100); Begroot '1.2.3' is not an amount in euros (dots are not thousands separators)");
	}

	@Test
	void rejectsALaterRowWithTheSameOrganisationPeriodActionAndYear() {
		// given
		processor.process(record(5, "VNG", "2025-H2", "32", "", "In uitvoering", "2025", "50.000,00", "20.000,00", ""));

		// then
		assertRejected(record(6, "vng", "2025 H2", "32", "", "In uitvoering", "2025", "", "", ""), RejectCode.DUPLICATE_ROW,
				"same organisation, period, action 32 and year 2025 as line 5");
		assertThat(processor.process(record(7, "VNG", "2025-H2", "32", "", "In uitvoering", "2026", "", "", ""))).isNotNull();
		assertThat(processor.process(record(8, "Politie", "2025-H2", "32", "", "In uitvoering", "2025", "", "", "")))
			.isNotNull();
		// the same line processed again (a chunk after a rollback) is not its own duplicate
		assertThat(processor.process(record(5, "VNG", "2025-H2", "32", "", "In uitvoering", "2025", "", "", ""))).isNotNull();
	}

	@Test
	void aRowRejectedForAnotherReasonDoesNotMakeTheCorrectedRowADuplicate() {
		assertRejected(record(2, "A", "2025-H2", "10", "", "Voltooid", "2024", "abc", "", ""), RejectCode.BAD_AMOUNT,
				"Begroot 'abc' is not an amount in euros (not a number)");
		assertThat(processor.process(record(3, "A", "2025-H2", "10", "", "Voltooid", "2024", "1", "", ""))).isNotNull();
	}

	@Test
	void flagsNegativeAmountsTitleMismatchesAndValuesUnderNoHeader() {
		// when
		PartnerRow negative = processor.process(record(2, "A", "2025-H2", "10", "", "Voltooid", "2024", "-1.000,00", "0", ""));
		PartnerRow sameTitle = processor.process(record(3, "A", "2025-H2", "12", "OVERZICHT VAN BESTAANDE  MELDPUNTEN", "Voltooid",
				"2024", "", "", ""));
		PartnerRow otherTitle = processor.process(record(4, "A", "2025-H2", "13", "Iets heel anders", "Voltooid", "2024", "",
				"", ""));
		PartnerRecord unnamed = new PartnerRecord(5,
				record(5, "A", "2025-H2", "6", "", "Voltooid", "2024", "", "", "").values(), Map.of("column 11", "x"), true,
				"raw", null);
		PartnerRow extra = processor.process(unnamed);

		// then
		assertThat(negative.flags()).isEqualTo("NEGATIVE_AMOUNT");
		assertThat(negative.budgeted()).isEqualTo(new BigDecimal("-1000.00"));
		assertThat(sameTitle.flags()).isNull();
		assertThat(sameTitle.actionTitle()).isEqualTo("OVERZICHT VAN BESTAANDE  MELDPUNTEN");
		assertThat(otherTitle.flags()).isEqualTo("TITLE_MISMATCH");
		assertThat(otherTitle.actionTitle()).isEqualTo("Iets heel anders");
		assertThat(extra.flags()).isEqualTo("EXTRA_VALUES");
		assertThat(extra.extraColumns()).isEqualTo("{\"column 11\":\"x\"}");
	}

	@Test
	void storesFreeTextAsGiven() {
		PartnerRow row = processor.process(record(3, "VNG", "2025-H2", "31", "", "Voltooid", "2024", "", "",
				"=HYPERLINK(\"http://example.invalid\";\"klik\")"));
		assertThat(row.toelichting()).isEqualTo("=HYPERLINK(\"http://example.invalid\";\"klik\")");
		PartnerRow tab = processor.process(record(4, "VNG", "2025-H2", "32", "", "Voltooid", "2024", "", "", "\t@SUM(1)"));
		assertThat(tab.toelichting()).isEqualTo("\t@SUM(1)");
	}

	@Test
	void aMalformedRecordIsABadRecord() {
		PartnerRecord malformed = new PartnerRecord(3, new String[Column.values().length], Map.of(), false, "A;\"open",
				"a quote opened on line 3 is never closed: the rest of the file is one cell");
		assertRejected(malformed, RejectCode.BAD_RECORD, "a quote opened on line 3 is never closed: the rest of the file is one cell");
	}

	private void assertRejected(PartnerRecord record, RejectCode code, String message) {
		assertThatThrownBy(() -> processor.process(record)).isInstanceOfSatisfying(RowRejectedException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

	static PartnerRecord record(int line, String organisatie, String periode, String actienummer, String actie,
			String status, String jaar, String begroot, String besteed, String toelichting) {
		String[] values = { organisatie, periode, actienummer, actie, status, jaar, begroot, besteed, toelichting };
		return new PartnerRecord(line, values, Map.of(), false, String.join(";", values), null);
	}
}
