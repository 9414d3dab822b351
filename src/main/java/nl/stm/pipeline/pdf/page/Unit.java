package nl.stm.pipeline.pdf.page;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a table's numbers are printed in, as stated in its caption or just above it.
 */
public enum Unit {

	EUR(BigDecimal.ONE), EUR_1K(new BigDecimal("1000")), EUR_10K(new BigDecimal("10000")),
	EUR_MLN(new BigDecimal("1000000"));

	private static final Pattern CAPTION = Pattern.compile(
			"(?i)(?<mlnx>(x\\s*€?|€\\s*x)\\s*1[.\\s]?000[.\\s]?000\\b)|(?<tenk>x\\s*€?\\s*10[.\\s]?000\\b|€\\s*x\\s*10[.\\s]?000\\b)"
					+ "|(?<onek>x\\s*€?\\s*1[.\\s]?000\\b|€\\s*x\\s*1[.\\s]?000\\b|(bedragen\\s+)?in\\s+duizenden)"
					+ "|(?<mln>€\\s*[\\d.,]*\\s*(mln|miljoen)\\b|x\\s*€?\\s*(1\\s*)?(mln|miljoen)\\b|in\\s+miljoenen|\\(\\s*(mln|miljoen)\\b)"
					+ "|(?<eur>\\(\\s*(in\\s+)?(€|euro|eur)\\s*\\)|bedragen\\s+in\\s+(€|euro)\\b)");

	private final BigDecimal factor;

	Unit(BigDecimal factor) {
		this.factor = factor;
	}

	public BigDecimal factor() {
		return factor;
	}

	/** The first unit statement in a caption, with the text that stated it. */
	public static Optional<Found> find(String text) {
		Matcher m = CAPTION.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		Unit unit = m.group("mlnx") != null ? EUR_MLN : m.group("tenk") != null ? EUR_10K
				: m.group("onek") != null ? EUR_1K : m.group("mln") != null ? EUR_MLN : EUR;
		return Optional.of(new Found(unit, captionAround(text, m.start(), m.end()), m.start()));
	}

	/**
	 * True when a line states a unit and nothing else ("Bedragen x € 1.000", "(bedragen in
	 * duizenden euro's)"): such a line above a table belongs to no caption.
	 */
	public static boolean isStatement(String text) {
		Optional<Found> found = find(text);
		if (found.isEmpty()) {
			return false;
		}
		String rest = text.replace(found.get().caption(), " ");
		return rest.replaceAll("(?i)\\b(bedragen|in|euro'?s?|eur)\\b|[^\\p{L}\\d]", "").isEmpty();
	}

	/** The parenthesised unit statement, e.g. "(€ x10.000)", or the matched words themselves. */
	private static String captionAround(String text, int start, int end) {
		int open = text.lastIndexOf('(', start);
		int close = text.indexOf(')', end - 1);
		if (open >= 0 && close >= end - 1 && text.substring(open, start).indexOf(')') < 0) {
			return text.substring(open, close + 1);
		}
		return text.substring(start, end).trim();
	}

	public record Found(Unit unit, String caption, int position) {
	}
}
