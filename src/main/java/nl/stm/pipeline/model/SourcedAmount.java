package nl.stm.pipeline.model;

import java.math.BigDecimal;

/** An amount for one year with its printed text, source unit and page: every fact keeps its provenance. */
public record SourcedAmount(int year, BigDecimal eur, String raw, String unit, int page) {
}
