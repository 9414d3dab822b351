package nl.stm.pipeline.pdf.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the wrapped lines of a table cell into one text. Lines are joined with one space, except
 * after a line that ends in a hyphen: "LIEC-" + "RIEC" is "LIEC-RIEC", but "arbeids-" + "en" stays
 * "arbeids- en" (a Dutch elliptic compound: "arbeids- en criminele uitbuiting"); and "en –" +
 * "smokkelnetwerken" is "en –smokkelnetwerken" (the other half of such a compound).
 */
public final class TextJoin {

	/** Words after which a line-final hyphen is an elliptic compound, so the space stays. */
	public static final Set<String> KEEPS_SPACE_AFTER_HYPHEN = Set.of("en", "of", "tot", "noch", "en/of", "and", "or", "&");

	private TextJoin() {
	}

	/** The first word of a line, lower case, without trailing punctuation. */
	private static String firstWord(String text) {
		int end = 0;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		while (end > 0 && ",.;:".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the text so far ends in a conjunction and a dash that opens the second half of an
	 * elliptic compound ("mensenhandel en –", "smokkelnetwerken"): producers break the line after
	 * the dash, but the dash belongs to the word on the next line.
	 */
	private static boolean elidedCompoundStart(CharSequence out, String next) {
		int n = out.length();
		if (n < 4 || "-–".indexOf(out.charAt(n - 1)) < 0 || out.charAt(n - 2) != ' '
				|| next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
			return false;
		}
		String before = out.subSequence(0, n - 2).toString();
		String conjunction = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return conjunction.equals("en") || conjunction.equals("of");
	}

	public static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				boolean hyphen = out.length() > 1 && out.charAt(out.length() - 1) == '-'
						&& Character.isLetterOrDigit(out.charAt(out.length() - 2))
						&& !KEEPS_SPACE_AFTER_HYPHEN.contains(firstWord(text));
				if (!hyphen && !elidedCompoundStart(out, text)) {
					out.append(' ');
				}
			}
			out.append(text);
		}
		return out.toString();
	}
}
