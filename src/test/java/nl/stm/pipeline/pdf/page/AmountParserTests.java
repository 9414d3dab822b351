package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Printed numbers in every notation the letters use, read exactly. */
class AmountParserTests {

	@ParameterizedTest(name = "{0} in {1} (dot is thousands: {2}) = {3} euro")
	@CsvSource(delimiter = '|', textBlock = """
			0,345   | EUR_MLN | false | 345000
			2.5     | EUR_MLN | false | 2500000
			1,165   | EUR_MLN | false | 1165000
			0       | EUR_MLN | false | 0
			13.5    | EUR_10K | false | 135000
			8.5     | EUR_10K | false | 85000
			1.165   | EUR_1K  | true  | 1165000
			1.165   | EUR_10K | false | 11650
			412,5   | EUR_1K  | true  | 412500
			1.327,5 | EUR_1K  | true  | 1327500
			1.327,5 | EUR_1K  | false | 1327500
			1.000.000 | EUR   | false | 1000000
			€ 1.165 | EUR_1K  | true  | 1165000
			1 165   | EUR_1K  | true  | 1165000
			.5      | EUR_MLN | false | 500000
			12,50   | EUR     | true  | 12.5
			0,125   | EUR     | true  | 0.125
			–       | EUR_1K  | true  | 0
			-       | EUR_10K | true  | 0
			—       | EUR_MLN | false | 0
			−5      | EUR_1K  | true  | -5000
			–10     | EUR_1K  | true  | -10000
			-2,5    | EUR_MLN | false | -2500000
			""")
	void readsExactEuros(String raw, Unit unit, boolean dotIsThousands, String euros) {
		BigDecimal eur = AmountParser.euros(raw, unit, dotIsThousands);
		assertThat(eur).isEqualByComparingTo(euros);
		assertThat(eur.scale()).as("no trailing zeros beyond cents").isLessThanOrEqualTo(Math.max(0, new BigDecimal(euros).scale()));
	}

	@Test
	void decidesThousandsDotsPerTable() {
		assertThat(AmountParser.dotIsThousands(Unit.EUR_1K, List.of("1.165", "300", "–"))).isTrue();
		assertThat(AmountParser.dotIsThousands(Unit.EUR_1K, List.of("1.050", "412,5"))).isTrue();
		assertThat(AmountParser.dotIsThousands(Unit.EUR_10K, List.of("13.5", "1.165"))).isFalse();
		assertThat(AmountParser.dotIsThousands(Unit.EUR_MLN, List.of("1.165"))).isFalse();
		assertThat(AmountParser.dotIsThousands(Unit.EUR, List.of())).isTrue();
	}

	@Test
	void tellsAmountsFromText() {
		assertThat(List.of("0", "0,38", "2.5", "1.327,5", "–", "-", "€ 5", "−5")).allMatch(AmountParser::isAmount);
		assertThat(List.of("p.m.", "n.v.t.", "12a", "1,2,3", "2.5.", "x", "")).noneMatch(AmountParser::isAmount);
		assertThat(AmountParser.isDash("–")).isTrue();
		assertThat(AmountParser.isDash("–5")).isFalse();
		assertThatThrownBy(() -> AmountParser.parse("p.m.", true)).isInstanceOf(NumberFormatException.class);
	}
}
