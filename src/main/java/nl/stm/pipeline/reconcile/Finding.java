package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One amount that does not add up: which rule saw it, about what (actielijn, action, year,
 * partner), the observed and expected euros, their difference, the tolerance that was exceeded,
 * and the sources on both sides.
 */
public record Finding(String rule, Severity severity, Integer actielijn, Integer action, Integer year, String partner,
		BigDecimal observed, BigDecimal expected, BigDecimal difference, BigDecimal tolerance, String message,
		List<Source> sources) {

	public Finding {
		sources = List.copyOf(sources);
	}

	/** This finding with its euros in cents, as the finding table stores them: what a reader of it gets. */
	public Finding inCents() {
		return new Finding(rule, severity, actielijn, action, year, partner, cents(observed), cents(expected),
				cents(difference), cents(tolerance), message, sources);
	}

	private static BigDecimal cents(BigDecimal eur) {
		return eur == null ? null : eur.setScale(2, RoundingMode.HALF_UP);
	}
}
