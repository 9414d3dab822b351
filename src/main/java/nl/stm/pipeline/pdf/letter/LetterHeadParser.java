package nl.stm.pipeline.pdf.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;

/**
 * Reads the letter head of a Kamerstuk: "Vergaderjaar 2023–2024", "28 638 Mensenhandel",
 * "Nr. 249", "BRIEF VAN DE STAATSSECRETARIS …" and "Den Haag, 23 april 2024"; and the head of a
 * ministry's nota, which has no Kamerstuk number: "Datum 28 september 2023", "Ons kenmerk 4938490"
 * (label and value on one line or the value on the next) and the line under "nota" as its title.
 */
public final class LetterHeadParser {

	private static final Pattern VERGADERJAAR = Pattern.compile("(?i)vergaderjaar\\s+(\\d{4})\\s*[–—-]\\s*(\\d{4})");

	private static final Pattern DOSSIER = Pattern.compile("^(\\d{2})\\s?(\\d{3})\\b\\s*(.*)$");

	private static final Pattern NUMBER = Pattern.compile("\\bNr\\.\\s*(\\d+)\\b");

	private static final Pattern SENDER = Pattern.compile("\\bBRIEF VAN (DE|DEN|HET)\\s+(.+)$");

	private static final Pattern DATE = Pattern.compile(
			"(?i)Den Haag,?\\s+(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})");

	private static final Pattern DATE_FIELD = Pattern.compile(
			"(?i)^(?:datum\\s+)?(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})$");

	private static final Pattern REFERENCE = Pattern.compile("(?i)^ons kenmerk\\s*:?\\s*(\\S.*)?$");

	private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
			"augustus", "september", "oktober", "november", "december");

	private static final Set<String> SMALL_WORDS = Set.of("van", "de", "der", "den", "en", "voor", "het", "op", "in",
			"te", "met");

	private static final int MAX_SENDER_LINES = 4;

	private LetterHeadParser() {
	}

	public static LetterHead parse(List<PageLayout> pages) {
		if (pages.isEmpty()) {
			return new LetterHead(null, null, null, null, null, null, null);
		}
		List<TextLine> lines = pages.get(0).lines();
		List<String> texts = lines.stream().map(TextLine::text).toList();
		String vergaderjaar = null;
		String dossier = null;
		String title = null;
		Integer number = null;
		String sender = null;
		LocalDate date = null;
		String reference = null;
		for (int i = 0; i < texts.size(); i++) {
			String t = texts.get(i).trim();
			String next = i + 1 < texts.size() ? texts.get(i + 1).trim() : "";
			Matcher m;
			if (date == null && t.toLowerCase(Locale.ROOT).startsWith("datum")
					&& ((m = DATE_FIELD.matcher(t)).matches() || (m = DATE_FIELD.matcher(next)).matches())) {
				date = date(m);
			}
			if (reference == null && (m = REFERENCE.matcher(t)).matches()) {
				reference = m.group(1) != null ? m.group(1).trim() : next.isEmpty() ? null : next;
			}
			if (title == null && number == null && t.equalsIgnoreCase("nota") && !next.isEmpty()) {
				title = next;
			}
			if (vergaderjaar == null && (m = VERGADERJAAR.matcher(t)).find()) {
				vergaderjaar = m.group(1) + "-" + m.group(2);
			}
			if (dossier == null && i < 12 && (m = DOSSIER.matcher(t)).matches()) {
				dossier = m.group(1) + m.group(2);
				title = m.group(3).isBlank() ? null : m.group(3).trim();
			}
			if (number == null && i < 12 && (m = NUMBER.matcher(t)).find()) {
				number = Integer.valueOf(m.group(1));
			}
			if (sender == null && (m = SENDER.matcher(t)).find()) {
				sender = titleCase(m.group(2) + senderContinuation(lines, i));
			}
			if (date == null && (m = DATE.matcher(t)).find()) {
				date = date(m);
			}
		}
		return new LetterHead(dossier, number, vergaderjaar, date, sender, title, reference);
	}

	/** The date of a match whose groups are day, month name and year. */
	private static LocalDate date(Matcher m) {
		return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1,
				Integer.parseInt(m.group(1)));
	}

	/**
	 * The lines in capitals right below the "BRIEF VAN …" line, at the same line spacing: a sender
	 * of several ministers wraps over two or three lines, broken anywhere.
	 */
	private static String senderContinuation(List<TextLine> lines, int first) {
		StringBuilder more = new StringBuilder();
		for (int j = first + 1; j < lines.size() && j <= first + MAX_SENDER_LINES; j++) {
			TextLine previous = lines.get(j - 1);
			TextLine line = lines.get(j);
			boolean adjacent = line.y() > previous.y() && line.y() - previous.y() < 1.6f * previous.fontSize();
			if (!adjacent || !isUpperCase(line.text().trim())) {
				break;
			}
			more.append(' ').append(line.text().trim());
		}
		return more.toString();
	}

	private static boolean isUpperCase(String s) {
		return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
	}

	static String titleCase(String upper) {
		String[] words = upper.trim().toLowerCase(Locale.ROOT).split("\\s+");
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (i > 0) {
				b.append(' ');
			}
			b.append(i > 0 && SMALL_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
		}
		return b.toString();
	}
}
