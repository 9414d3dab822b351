package nl.stm.pipeline.pdf.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every action a row's number covers, however the letter writes it. */
class ActionNumbersTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			12                | 12
			3 en 4            | 3 4
			43 t/m 46         | 43 44 45 46
			18 tot en met 21  | 18 19 20 21
			57, 58 en 59      | 57 58 59
			7-9               | 7 8 9
			5 – 7             | 5 6 7
			10 & 12           | 10 12
			9, 7              | 7 9
			1 t/m 3 en 5      | 1 2 3 5
			47 t/m 47         | 47
			""")
	void expandsMarkers(String marker, String expected) {
		List<Integer> numbers = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
		assertThat(BudgetTableInterpreter.actionNumbers(marker)).containsExactlyElementsOf(numbers);
	}
}
