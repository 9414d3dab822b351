package nl.stm.pipeline.pdf.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.stm.pipeline.pdf.page.AmountParser;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.page.Word;

/**
 * Finds amounts stated in the prose ("500.000 euro per jaar", "jaarlijks 2,5 miljoen euro",
 * "2 miljoen euro", "€ 2,5 mln", "twee miljoen euro per jaar", "€ 2 miljoen vanaf 2018"), marking those
 * stated per year and the year they apply from, so
 * reconciliation can hold the tables against what the letter says.
 */
public final class TextAmountFinder {

	private static final List<String> NUMBER_WORDS = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
			"negen", "tien");

	private static final Pattern AMOUNT = Pattern.compile(
			"(?<yearly>\\b(?:jaarlijks|structureel)\\s+)?(?<euro>€\\s*)?(?:(?<num>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)|\\b(?<word>"
					+ String.join("|", NUMBER_WORDS) + ")\\s+(?=miljoen|miljard))\\s*(?<scale>miljoen|mln\\.?|miljard)?"
					+ "(?<unit>\\s*euro\\b)?(?<year>\\s+(?:per\\s+jaar|jaarlijks|structureel)\\b)?(?:\\s+vanaf\\s+(?<from>(?:19|20)\\d{2})\\b)?",
			Pattern.CASE_INSENSITIVE);

	private TextAmountFinder() {
	}

	public static List<TextAmount> find(List<PageLayout> pages, Set<TextLine> tableLines) {
		List<TextAmount> found = new ArrayList<>();
		for (PageLayout page : pages) {
			List<TextLine> prose = page.lines().stream().filter(l -> !tableLines.contains(l)).toList();
			if (!mentionsEuro(prose)) {
				continue; // every amount found names the euro ("€" or "euro"): no need to match the page's text
			}
			String text = prose.stream().map(TextLine::text).collect(Collectors.joining(" "));
			Matcher m = AMOUNT.matcher(text);
			while (m.find()) {
				boolean euro = m.group("euro") != null || m.group("unit") != null;
				if (!euro || (m.group("euro") == null && m.group("scale") == null && m.group("unit") == null)) {
					continue;
				}
				BigDecimal value = m.group("word") != null
						? BigDecimal.valueOf(NUMBER_WORDS.indexOf(m.group("word").toLowerCase(java.util.Locale.ROOT)) + 1)
						: AmountParser.parse(m.group("num"), true);
				String scale = m.group("scale") == null ? "" : m.group("scale").toLowerCase();
				if (scale.startsWith("miljoen") || scale.startsWith("mln")) {
					value = value.multiply(Unit.EUR_MLN.factor());
				}
				else if (scale.equals("miljard")) {
					value = value.multiply(new BigDecimal("1000000000"));
				}
				BigDecimal eur = value.stripTrailingZeros();
				int start = m.group("euro") != null ? m.start("euro") : m.group("word") != null ? m.start("word") : m.start("num");
				String phrase = text.substring(start, m.end()).trim().replaceAll("\\s+", " ");
				found.add(new TextAmount(phrase, eur.scale() < 0 ? eur.setScale(0) : eur,
						m.group("year") != null || m.group("yearly") != null, page.page(),
						m.group("from") == null ? null : Integer.valueOf(m.group("from"))));
			}
		}
		return found;
	}

	private static boolean mentionsEuro(List<TextLine> lines) {
		for (TextLine line : lines) {
			for (Word word : line.words()) {
				String w = word.text();
				if (w.indexOf('€') >= 0) {
					return true;
				}
				for (int i = 0; i + 4 <= w.length(); i++) {
					if (w.regionMatches(true, i, "euro", 0, 4)) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
