package nl.stm.pipeline.pdf.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the wrapped lines of a table cell into one text. Lines are joined with one space, except
 * after a line that ends in a hyphen: "LIEC-" + "RIEC" is "LIEC-RIEC", but "arbeids-" + "en" stays
 * "arbeids- en" (a Dutch elliptic compound: "arbeids- en criminele uitbuiting").
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
				if (!hyphen) {
					out.append(' ');
				}
			}
			out.append(text);
		}
		return out.toString();
	}
}
