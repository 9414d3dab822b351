package nl.stm.pipeline.partner;

import java.math.BigDecimal;

/**
 * Amounts in euros as Dutch Excel writes them, read exactly: {@code 42.317,50}, {@code 42317,50},
 * {@code € 42.317,50}, {@code 50.000}, {@code 0}, {@code -1.250,00}. A comma is the decimal
 * separator, a dot only separates groups of three digits. Anything else ({@code 1.234.56},
 * {@code 12,5 %}, {@code 42317.50}, {@code abc}) is refused: this never guesses, and never uses
 * {@code DecimalFormat}, which silently reads {@code 1.234.56} as 123456.
 */
final class EuroAmounts {

	/** NUMERIC(19, 2): at most 17 digits before the decimal comma. */
	private static final int MAX_INTEGER_DIGITS = 17;

	private EuroAmounts() {
	}

	/** The amount with two decimals; throws {@link IllegalArgumentException} with the reason. */
	static BigDecimal parse(String text) {
		String s = text.strip();
		boolean negative = false;
		if (startsWithMinus(s)) {
			negative = true;
			s = s.substring(1).strip();
		}
		s = withoutCurrency(s);
		if (!negative && startsWithMinus(s)) {
			negative = true;
			s = s.substring(1).strip();
		}
		int comma = s.indexOf(',');
		if (comma != s.lastIndexOf(',')) {
			throw new IllegalArgumentException("more than one decimal comma");
		}
		int wholeEnd = comma < 0 ? s.length() : comma;
		if (comma >= 0 && comma == s.length() - 1) {
			throw new IllegalArgumentException("no digits after the decimal comma");
		}
		// cents: the first two decimals; further decimals must be zeros
		long cents = 0;
		int decimals = 0;
		for (int i = comma + 1; comma >= 0 && i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("not a number");
			}
			if (decimals < 2) {
				cents = cents * 10 + (c - '0');
			}
			else if (c != '0') {
				throw new IllegalArgumentException("more decimals than cents");
			}
			decimals++;
		}
		if (decimals == 1) {
			cents *= 10;
		}
		// the whole euros: plain digits, or 1-3 digits followed by groups of a dot and three digits
		if (wholeEnd == 0) {
			throw new IllegalArgumentException("not a number");
		}
		boolean grouped = s.lastIndexOf('.', wholeEnd - 1) >= 0;
		long euros = 0;
		int significant = 0;
		int group = 0;
		boolean firstGroup = true;
		for (int i = 0; i < wholeEnd; i++) {
			char c = s.charAt(i);
			if (c == '.') {
				if (group == 0 || (firstGroup ? group > 3 : group != 3)) {
					throw new IllegalArgumentException("dots are not thousands separators");
				}
				firstGroup = false;
				group = 0;
			}
			else if (c >= '0' && c <= '9') {
				group++;
				if (significant > 0 || c != '0') {
					significant++;
					if (significant > MAX_INTEGER_DIGITS) {
						throw new IllegalArgumentException("too large");
					}
					euros = euros * 10 + (c - '0');
				}
			}
			else {
				throw new IllegalArgumentException(grouped ? "dots are not thousands separators" : "not a number");
			}
		}
		if (grouped && group != 3) {
			throw new IllegalArgumentException("dots are not thousands separators");
		}
		BigDecimal amount = significant <= 16 ? BigDecimal.valueOf(euros * 100 + cents, 2)
				: new BigDecimal(euros).movePointRight(2).add(BigDecimal.valueOf(cents)).movePointLeft(2);
		return negative ? amount.negate() : amount;
	}

	private static boolean startsWithMinus(String s) {
		return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212');
	}

	private static String withoutCurrency(String s) {
		if (s.startsWith("€")) {
			return s.substring(1).strip();
		}
		if (s.endsWith("€")) {
			return s.substring(0, s.length() - 1).strip();
		}
		if (s.regionMatches(true, 0, "EUR", 0, 3)) {
			return s.substring(3).strip();
		}
		if (s.length() > 3 && s.regionMatches(true, s.length() - 3, "EUR", 0, 3)) {
			return s.substring(0, s.length() - 3).strip();
		}
		return s;
	}
}
