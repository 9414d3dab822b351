package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tolerances per rule ({@code pipeline.reconcile.tolerance.<rule-id-in-kebab-case>.absolute|relative|rounding}
 * in jobs/reconcile.properties). A rule without settings allows rounding differences only.
 */
@ConfigurationProperties("pipeline.reconcile")
public record ReconcileProperties(Map<String, ToleranceSetting> tolerance) {

	public ReconcileProperties {
		tolerance = tolerance == null ? Map.of() : Map.copyOf(tolerance);
	}

	public Tolerance forRule(String ruleId) {
		ToleranceSetting s = tolerance.get(ruleId.toLowerCase(Locale.ROOT).replace('_', '-'));
		if (s == null) {
			return Tolerance.EXACT_ROUNDING;
		}
		return new Tolerance(s.absolute() == null ? BigDecimal.ZERO : s.absolute(),
				s.relative() == null ? BigDecimal.ZERO : s.relative(), s.rounding() == null || s.rounding());
	}

	/** One rule's setting: absolute euros, relative share of the expected amount, rounding on/off. */
	public record ToleranceSetting(BigDecimal absolute, BigDecimal relative, Boolean rounding) {
	}
}
