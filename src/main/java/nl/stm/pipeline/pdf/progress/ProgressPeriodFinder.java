package nl.stm.pipeline.pdf.progress;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period a progress report covers. The table itself never says; the period stands in a title or
 * running text around it, written in one of several ways: "Stand per 2025-H1", "eerste helft 2025",
 * "tweede helft 2024", "H2 2024"; the first edition's annexes report on a whole year ("stand van zaken 2021").
 */
final class ProgressPeriodFinder {

	private static final Pattern PERIOD_YEAR_HALF = Pattern
		.compile("(?i)(?<![\\d])((?:19|20)\\d{2})\\s*[-–/]?\\s*H\\s*([12])(?![\\d\\p{L}])");

	private static final Pattern PERIOD_HALF_YEAR = Pattern
		.compile("(?i)(?<![\\p{L}\\d])H\\s*([12])\\s*[-–/]?\\s*((?:19|20)\\d{2})(?![\\d])");

	private static final Pattern PERIOD_WORDS = Pattern.compile(
			"(?i)\\b(eerste|1e|1ste|tweede|2e|2de)\\s+(?:helft|halfjaar|half jaar)\\s+(?:van\\s+)?((?:19|20)\\d{2})\\b");

	/** A whole year, only where the text says it is the state of affairs of that year. */
	private static final Pattern PERIOD_YEAR = Pattern
		.compile("(?i)\\bstand\\s+(?:van\\s+zaken\\s+)?(?:per\\s+|in\\s+)?((?:19|20)\\d{2})(?![\\d\\p{L}-])");

	private ProgressPeriodFinder() {
	}

	/**
	 * The half year a text names ("Stand per 2025-H1", "eerste helft 2025", "H2 2024"), or the year of a "stand van
	 * zaken 2021", or null.
	 */
	static String find(String text) {
		if (!namesYear(text)) {
			return null; // every way of writing a period has a year: most lines are decided without a pattern
		}
		Matcher m = PERIOD_YEAR_HALF.matcher(text);
		if (m.find()) {
			return m.group(1) + "-H" + m.group(2);
		}
		m = PERIOD_HALF_YEAR.matcher(text);
		if (m.find()) {
			return m.group(2) + "-H" + m.group(1);
		}
		m = PERIOD_WORDS.matcher(text);
		if (m.find()) {
			return m.group(2) + "-H" + (m.group(1).toLowerCase(Locale.ROOT).matches("eerste|1e|1ste") ? "1" : "2");
		}
		m = PERIOD_YEAR.matcher(text);
		if (m.find()) {
			return m.group(1);
		}
		return null;
	}

	/** True when the text holds four digits starting with 19 or 20 (a year). */
	private static boolean namesYear(String text) {
		for (int i = 0; i + 4 <= text.length(); i++) {
			char c = text.charAt(i);
			char d = text.charAt(i + 1);
			if (((c == '1' && d == '9') || (c == '2' && d == '0')) && Character.isDigit(text.charAt(i + 2))
					&& Character.isDigit(text.charAt(i + 3))) {
				return true;
			}
		}
		return false;
	}
}
