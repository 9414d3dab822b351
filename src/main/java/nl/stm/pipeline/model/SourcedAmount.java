package nl.stm.pipeline.model;

import java.math.BigDecimal;

import nl.stm.pipeline.pdf.page.BBox;

/**
 * An amount for one year with its printed text, source unit, page and box (null when unknown): every
 * fact keeps its provenance.
 */
public record SourcedAmount(int year, BigDecimal eur, String raw, String unit, int page, BBox bbox) {
}
