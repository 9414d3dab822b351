package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts as Dutch readers write them, for finding messages. */
final class Money {

	private Money() {
	}

	static String format(BigDecimal eur) {
		return new DecimalFormat("€ #,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")))
			.format(eur);
	}
}
