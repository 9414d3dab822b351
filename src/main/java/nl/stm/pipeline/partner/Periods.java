package nl.stm.pipeline.partner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods: half years, written {@code 2025-H2} and also {@code 2025 H2}, {@code H2 2025},
 * {@code 2e helft 2025}, {@code tweede helft 2025}, {@code 1e helft …}, {@code eerste helft …}, in
 * any case. Always stored as {@code YYYY-H1} or {@code YYYY-H2}.
 */
final class Periods {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4}) ?[-/ ]? ?h([12])");

	private static final Pattern HALF_FIRST = Pattern.compile("h([12]) ?[-/ ]? ?(\\d{4})");

	private static final Pattern WORDS = Pattern
		.compile("(1e|1ste|eerste|2e|2de|tweede) (helft|halfjaar|half jaar) (van )?(\\d{4})");

	private Periods() {
	}

	/** The period in canonical form, or null when the text is not a half year of 2000-2099. */
	static String parse(String text) {
		String s = text.strip();
		if (s.length() == 7 && s.charAt(4) == '-' && (s.charAt(5) == 'H' || s.charAt(5) == 'h')
				&& (s.charAt(6) == '1' || s.charAt(6) == '2') && isYear(s.substring(0, 4))) {
			return s.substring(0, 5) + 'H' + s.charAt(6);
		}
		String folded = s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
		Matcher m = YEAR_FIRST.matcher(folded);
		if (m.matches()) {
			return canonical(m.group(1), m.group(2));
		}
		m = HALF_FIRST.matcher(folded);
		if (m.matches()) {
			return canonical(m.group(2), m.group(1));
		}
		m = WORDS.matcher(folded);
		if (m.matches()) {
			return canonical(m.group(4), m.group(1).startsWith("1") || m.group(1).startsWith("e") ? "1" : "2");
		}
		return null;
	}

	private static String canonical(String year, String half) {
		return isYear(year) ? year + "-H" + half : null;
	}

	private static boolean isYear(String s) {
		return s.length() == 4 && s.charAt(0) == '2' && s.charAt(1) == '0' && Character.isDigit(s.charAt(2))
				&& Character.isDigit(s.charAt(3));
	}
}
