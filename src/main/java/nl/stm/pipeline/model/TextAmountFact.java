package nl.stm.pipeline.model;

import java.math.BigDecimal;

/** An amount stated in a letter's prose, kept so reconciliation can check the tables against it. */
public record TextAmountFact(String phrase, BigDecimal eur, boolean perYear, int page) {
}
