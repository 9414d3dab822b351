package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Rounding-aware tolerance. A figure printed with d decimals in a unit u is exact to
 * ±½·10^-d·u; a sum of n printed parts may differ from its printed total by n such halves. Printed
 * zeros and dashes are exact (nothing budgeted). The tolerance of a check is the largest of the
 * configured absolute amount, the configured share of the expected amount, and the rounding bound.
 */
public record Tolerance(BigDecimal absolute, BigDecimal relative, boolean rounding) {

	public static final Tolerance EXACT_ROUNDING = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO, true);

	/** Half of the last printed digit of a figure, in euros. */
	public static BigDecimal half(PrintedAmount amount) {
		if (amount == null || amount.eur().signum() == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.ONE.movePointLeft(amount.decimals()).multiply(amount.unitFactor()).multiply(new BigDecimal("0.5"));
	}

	/** The rounding bound of a comparison between printed figures: the sum of their halves. */
	public static BigDecimal roundingBound(Collection<PrintedAmount> figures) {
		return figures.stream().map(Tolerance::half).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal allowed(BigDecimal expected, BigDecimal roundingBound) {
		BigDecimal byShare = relative.multiply(expected.abs());
		BigDecimal allowed = absolute.max(byShare);
		return rounding ? allowed.max(roundingBound) : allowed;
	}
}
