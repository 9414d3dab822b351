package nl.stm.pipeline.partner;

import java.math.BigDecimal;

/**
 * An accepted row of a partner file, validated and typed, with its provenance (the physical line).
 * Amounts are exact euros with two decimals, null when not given; {@code actionTitle} is the
 * partner's title only when it is not exactly the action's title; {@code flags} lists warnings
 * (comma-separated {@link Flag}s) or is null.
 */
public record PartnerRow(int line, String organisation, String organisationKey, String period, int actionNumber,
		String actionTitle, Integer budgetYear, SubmissionStatus status, String statusLabel, BigDecimal budgeted,
		BigDecimal spent, String toelichting, String extraColumns, String flags) {
}
