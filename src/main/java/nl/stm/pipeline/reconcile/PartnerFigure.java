package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;

/**
 * A current partner submission row (not superseded) as reconciliation sees it: who reported what
 * for which action, period and year, and where it stands in the partner's file.
 */
public record PartnerFigure(String organisation, String period, int action, Integer year, String status,
		BigDecimal budgeted, BigDecimal spent, Source source) {
}
