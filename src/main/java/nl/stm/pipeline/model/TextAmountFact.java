package nl.stm.pipeline.model;

import java.math.BigDecimal;

/**
 * An amount stated in a letter's prose, kept so reconciliation can check the tables against it; the
 * year it applies from when the prose says ("vanaf 2018"), else null.
 */
public record TextAmountFact(String phrase, BigDecimal eur, boolean perYear, int page, Integer fromYear) {
}
