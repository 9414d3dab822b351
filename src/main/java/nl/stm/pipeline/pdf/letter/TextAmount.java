package nl.stm.pipeline.pdf.letter;

import java.math.BigDecimal;

/**
 * An amount stated in the letter's prose, e.g. "500.000 euro per jaar" or "€ 2 miljoen vanaf 2018":
 * per year or once, and the year it applies from when the prose says so (else null).
 */
public record TextAmount(String text, BigDecimal eur, boolean perYear, int page, Integer fromYear) {
}
