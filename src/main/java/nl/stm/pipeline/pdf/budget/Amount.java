package nl.stm.pipeline.pdf.budget;

import nl.stm.pipeline.pdf.page.BBox;
import java.math.BigDecimal;

/** A printed amount for one year: the text as printed and its exact value in euros. */
public record Amount(int year, String raw, BigDecimal eur, BBox bbox) {

	public Amount(int year, String raw, BigDecimal eur) {
		this(year, raw, eur, null);
	}
}
