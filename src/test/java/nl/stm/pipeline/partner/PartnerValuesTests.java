package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The values of the contract: amounts, periods, status labels and header names. */
class PartnerValuesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "€ 12.500,50|12500.50", "42.317,50|42317.50", "42317,50|42317.50",
			"€ 42.317,50|42317.50", "50.000|50000.00", "0|0.00", "0,00|0.00", "€ 170.000,00|170000.00", "€170.000,00|170000.00",
			"1.234.567,89|1234567.89", "-1.250,00|-1250.00", "€ -1.250,00|-1250.00", "-€ 1.250,00|-1250.00", "12,5|12.50",
			"12,500|12.50", "1.000 €|1000.00", "EUR 250|250.00", "007|7.00", "99.999,99|99999.99" })
	void readsAmountsExactly(String text, String expected) {
		assertThat(EuroAmounts.parse(text)).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.234.56", "12,5 %", "abc", "42317.50", "1.5", "12.50", "1,234,567", "1.23,4", "€", "-", "12,",
			",5", "1 000", "12,345", "(100)", "1e5", "1.0000", "0x10", "123456789012345678" })
	void refusesAnythingElse(String text) {
		assertThatThrownBy(() -> EuroAmounts.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-H2|2025-H2", "2025-h1|2025-H1", "2025 H2|2025-H2", "2025H2|2025-H2",
			"H2 2025|2025-H2", "h1-2026|2026-H1", "2e helft 2025|2025-H2", "tweede helft 2025|2025-H2",
			"Tweede Helft 2025|2025-H2", "1e helft 2026|2026-H1", "eerste helft 2026|2026-H1", "1ste halfjaar 2024|2024-H1",
			"  2025-H2  |2025-H2" })
	void readsPeriods(String text, String expected) {
		assertThat(Periods.parse(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-H3", "2025", "Q4 2025", "najaar 2025", "derde helft 2025", "1899-H1", "2025-H2-bis",
			"helft 2025" })
	void refusesOtherPeriods(String text) {
		assertThat(Periods.parse(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Voltooid|VOLTOOID", "VOLTOOID|VOLTOOID", "voltooid|VOLTOOID", "Afgerond|VOLTOOID",
			"Doorlopend|DOORLOPEND", "In uitvoering|IN_UITVOERING", "in uitvoering|IN_UITVOERING",
			"IN UITVOERING|IN_UITVOERING", "In uitvoering (en volgens planning)|IN_UITVOERING",
			"In uitvoering en volgens planning|IN_UITVOERING", "IN_UITVOERING|IN_UITVOERING",
			"In uitvoering maar met vertraging|VERTRAAGD", "Vertraagd|VERTRAAGD", "Nog niet gestart|NIET_GESTART",
			"Nog niet in gang gezet|NIET_GESTART", "Nog niet in uitvoering|NIET_GESTART", "NIET_GESTART|NIET_GESTART",
			"In (formele) consultatie|IN_CONSULTATIE", "In consultatie|IN_CONSULTATIE", "In formele consultatie|IN_CONSULTATIE",
			"Niet van toepassing|NIET_VAN_TOEPASSING", "n.v.t.|NIET_VAN_TOEPASSING", "NVT|NIET_VAN_TOEPASSING" })
	void mapsStatusLabelsByMeaning(String label, SubmissionStatus expected) {
		assertThat(SubmissionStatus.fromLabel(label)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Onbekend", "Deels", "ok", "Nog niet afgerond", "uitvoering?", "", "Afgerond?",
			"Voltooid (?)", "¿Voltooid?", "Gereed…", "In uitvoering...", "Vertraagd ?" })
	void refusesUnknownStatusLabels(String label) {
		assertThat(SubmissionStatus.fromLabel(label)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Organisatie|ORGANISATIE", "ORGANISATIE|ORGANISATIE", " Partner |ORGANISATIE",
			"Actiehouder|ORGANISATIE", "Organisation|ORGANISATIE", "Organisatié|ORGANISATIE", "Periode|PERIODE",
			"Rapportageperiode|PERIODE", "Rapportage-periode|PERIODE", "Actienummer|ACTIENUMMER", "Nr.|ACTIENUMMER",
			"nr|ACTIENUMMER", "Actie nr|ACTIENUMMER", "Actie nr.|ACTIENUMMER", "Actienr|ACTIENUMMER",
			"Actie nummer|ACTIENUMMER", "Actie|ACTIE", "Actietitel|ACTIE", "Status|STATUS", "Stand van zaken|STATUS",
			"stand van zaken:|STATUS", "Jaar|JAAR", "Begrotingsjaar|JAAR", "Begroot|BEGROOT", "Begroot (€)|BEGROOT",
			"Begroot in €|BEGROOT", "Begroot (EUR)|BEGROOT", "Budget|BEGROOT", "Begroting [€]|BEGROOT", "Besteed (€)|BESTEED",
			"Uitgegeven|BESTEED", "Realisatie in euro|BESTEED", "Toelichting|TOELICHTING", "Opmerking|TOELICHTING" })
	void recognisesHeaderNames(String header, Column expected) {
		assertThat(Column.forHeader(header)).isEqualTo(expected);
	}

	@Test
	void keepsUnknownHeadersAside() {
		assertThat(Column.forHeader("Contactpersoon")).isNull();
		assertThat(Column.forHeader("")).isNull();
		var mapping = Column.HeaderMapping
			.of(java.util.List.of("Organisatie", "Partner", "Periode", "Nr", "Status", "Contact", "", ""));
		assertThat(mapping.position(Column.ORGANISATIE)).isZero();
		assertThat(mapping.unknown()).containsExactly(java.util.Map.entry(1, "Partner"), java.util.Map.entry(5, "Contact"));
		assertThat(mapping.missing()).isEmpty();
	}
}
