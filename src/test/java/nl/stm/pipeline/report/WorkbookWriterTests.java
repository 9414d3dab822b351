package nl.stm.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The column widths of the workbook come from the lengths of the values as text, computed without the text. */
class WorkbookWriterTests {

	@Test
	void plainLengthIsTheLengthOfThePlainString() {
		for (String value : new String[] { "0", "0.00", "-500.00", "1234567.89", "0.05", "-0.5", "1E+3", "-1.20E+5", "12.345678",
				"99999999999999999.99" }) {
			BigDecimal number = new BigDecimal(value);
			assertThat(WorkbookWriter.plainLength(number)).as(value).isEqualTo(number.toPlainString().length());
		}
	}
}
