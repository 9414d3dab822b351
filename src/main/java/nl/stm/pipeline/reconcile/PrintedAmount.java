package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;

/**
 * An amount as it was printed: euros, the unit it was printed in and the number of decimals that
 * unit's figures carry in its table (a table that prints "0,345" states "0,3" to three decimals
 * too; trailing zeros are simply not printed). {@code source} says where it stands.
 */
public record PrintedAmount(BigDecimal eur, BigDecimal unitFactor, int decimals, Source source) {

	public static final PrintedAmount NIL = new PrintedAmount(BigDecimal.ZERO, BigDecimal.ONE, 0, null);
}
