package nl.stm.pipeline.pdf.letter;

import java.math.BigDecimal;

/** An amount stated in the letter's prose, e.g. "500.000 euro per jaar". */
public record TextAmount(String text, BigDecimal eur, boolean perYear, int page) {
}
