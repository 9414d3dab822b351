package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit statements as captions and lines above tables write them. */
class UnitTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Actielijn 1. Creëren van brede bewustwording (€ x10.000)        | EUR_10K | (€ x10.000)
			Actielijn 1. Creëren van brede bewustwording (€ x10.000)€ x1000) | EUR_10K | (€ x10.000)
			Programma Samen tegen mensenhandel (€ 2.5 mln.)                 | EUR_MLN | (€ 2.5 mln.)
			Programma Samen tegen mensenhandel (x € 1.000)                  | EUR_1K  | (x € 1.000)
			Bedragen x € 1.000                                             | EUR_1K  | x € 1.000
			Bedragen x € 10.000                                            | EUR_10K | x € 10.000
			Bedragen x € 1.000.000                                         | EUR_MLN | x € 1.000.000
			Kosten € x1000                                                 | EUR_1K  | € x1000
			Kosten (€ x1.000.000)                                          | EUR_MLN | (€ x1.000.000)
			(bedragen in duizenden euro's)                                 | EUR_1K  | (bedragen in duizenden euro's)
			Bedragen in miljoenen euro                                     | EUR_MLN | in miljoenen
			Budget (in €)                                                  | EUR     | (in €)
			Bedragen in euro                                               | EUR     | Bedragen in euro
			""")
	void findsTheUnitAndItsCaption(String text, Unit unit, String caption) {
		assertThat(Unit.find(text)).hasValueSatisfying(found -> {
			assertThat(found.unit()).isEqualTo(unit);
			assertThat(found.caption()).isEqualTo(caption);
		});
	}

	@Test
	void findsNoUnitInOrdinaryText() {
		assertThat(Unit.find("Programma Samen tegen mensenhandel 2023 2024")).isEmpty();
		assertThat(Unit.find("in 2025 gericht op 10.000 slachtoffers")).isEmpty();
		assertThat(Unit.find("Actielijn 6. Versterken van de positie van minderjarige slachtoffers")).isEmpty();
	}

	@Test
	void tellsAUnitLineFromACaption() {
		assertThat(Unit.isStatement("Bedragen x € 1.000")).isTrue();
		assertThat(Unit.isStatement("(bedragen in duizenden euro's)")).isTrue();
		assertThat(Unit.isStatement("x € 1.000")).isTrue();
		assertThat(Unit.isStatement("Actielijn 7. Aanpak van criminele uitbuiting (x € 1.000)")).isFalse();
		assertThat(Unit.isStatement("Reservering voor vervolgacties")).isFalse();
	}
}
