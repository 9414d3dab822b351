package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from inputs is inert in our output: one input, one line, no terminal escapes. */
class OneLineTests {

	@Test
	void controlCharactersAreEscaped() {
		assertThat(OneLine.of("a\nb.csv: ingested 999 of 999 rows")).isEqualTo("a\\nb.csv: ingested 999 of 999 rows");
		assertThat(OneLine.of("x\r\ty\u001b[31mz\u0000\u2028")).isEqualTo("x\\r\\ty\\u001b[31mz\\u0000\\u2028");
	}

	@Test
	void ordinaryTextIsLeftAsItIs() {
		String text = "Gemeente Düsseldorp € 1.000,00 \\n";
		assertThat(OneLine.of(text)).isSameAs(text);
		assertThat(OneLine.of(null)).isNull();
	}
}
