package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as Dutch readers write them: {@code € 1.234.567} (cents only when there are
 * any: {@code € 12.500,50}), {@code 23 april 2024}. Used by the HTML report and its charts.
 */
public final class DutchFormat {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	/** Thymeleaf calls the methods on an instance ({@code ${nl.euro(x)}}). */
	public static final DutchFormat INSTANCE = new DutchFormat();

	private DutchFormat() {
	}

	public String euro(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return "€ " + number(amount);
	}

	public String number(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		boolean cents = amount.stripTrailingZeros().scale() > 0;
		DecimalFormat format = new DecimalFormat(cents ? "#,##0.00" : "#,##0", DecimalFormatSymbols.getInstance(DUTCH));
		format.setParseBigDecimal(true);
		return format.format(amount);
	}

	public String count(long count) {
		return number(BigDecimal.valueOf(count));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
