package nl.stm.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ToleranceTests {

	private static final BigDecimal MLN = new BigDecimal("1000000");

	private static final BigDecimal TEN_K = new BigDecimal("10000");

	@Test
	void aFigureIsExactToHalfItsLastPrintedDigit() {
		assertThat(Tolerance.half(printed("345000", MLN, 3))).isEqualByComparingTo("500");
		assertThat(Tolerance.half(printed("2500000", MLN, 1))).isEqualByComparingTo("50000");
		assertThat(Tolerance.half(printed("470000", TEN_K, 0))).isEqualByComparingTo("5000");
		assertThat(Tolerance.half(printed("1165000", new BigDecimal("1000"), 0))).isEqualByComparingTo("500");
	}

	@Test
	void printedZerosAndDashesAreExact() {
		assertThat(Tolerance.half(printed("0", MLN, 3))).isZero();
		assertThat(Tolerance.half(PrintedAmount.NIL)).isZero();
		assertThat(Tolerance.half(null)).isZero();
	}

	@Test
	void aSumOfManyRoundedPartsMayDriftByOneHalfPerPart() {
		List<PrintedAmount> hundredParts = Collections.nCopies(100, printed("100000", MLN, 1));
		assertThat(Tolerance.roundingBound(hundredParts)).isEqualByComparingTo("5000000");
		List<PrintedAmount> thirds = Collections.nCopies(3, printed("333000", MLN, 3));
		BigDecimal drift = new BigDecimal("1000000").subtract(new BigDecimal("999000"));
		assertThat(drift).isLessThanOrEqualTo(Tolerance.roundingBound(thirds));
	}

	@Test
	void theLargestOfAbsoluteRelativeAndRoundingApplies() {
		BigDecimal expected = new BigDecimal("2000000");
		BigDecimal rounding = new BigDecimal("3500");
		assertThat(Tolerance.EXACT_ROUNDING.allowed(expected, rounding)).isEqualByComparingTo("3500");
		assertThat(new Tolerance(new BigDecimal("10000"), BigDecimal.ZERO, true).allowed(expected, rounding))
			.isEqualByComparingTo("10000");
		assertThat(new Tolerance(BigDecimal.ZERO, new BigDecimal("0.01"), true).allowed(expected, rounding))
			.isEqualByComparingTo("20000");
		assertThat(new Tolerance(new BigDecimal("100"), BigDecimal.ZERO, false).allowed(expected, rounding))
			.isEqualByComparingTo("100");
	}

	private static PrintedAmount printed(String eur, BigDecimal unit, int decimals) {
		return new PrintedAmount(new BigDecimal(eur), unit, decimals, null);
	}
}
