package nl.stm.pipeline.pdf.progress;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The status of an action in a progress report, as the interchange format names it. Reports word
 * their legends differently ("Nog niet gestart", "Nog niet in gang gezet", "Nog niet in
 * uitvoering"), so a label is mapped by meaning, not by exact text.
 */
public enum StatusCode {

	VOLTOOID, DOORLOPEND, IN_UITVOERING, VERTRAAGD, NIET_GESTART, IN_CONSULTATIE, NIET_VAN_TOEPASSING;

	private static final Pattern NOT_APPLICABLE = word("niet van toepassing|n v t");

	private static final Pattern CONSULTATION = word("consultatie|geconsulteerd");

	private static final Pattern DELAYED = word("vertraging|vertraagd|achter op schema|loopt achter|uitgesteld");

	private static final Pattern NOT_STARTED = word(
			"(nog )?niet (gestart|begonnen|opgestart|aangevangen|in gang gezet|in uitvoering)");

	private static final Pattern NOT_FINISHED = word("niet (voltooid|afgerond|gereed|afgesloten|gerealiseerd)");

	private static final Pattern FINISHED = word("voltooid|afgerond|gereed|afgesloten|gerealiseerd|behaald");

	private static final Pattern ONGOING = word("doorlopend|doorlopende|structureel|continu|staand beleid");

	private static final Pattern IN_PROGRESS = word("in uitvoering|lopend|op schema|volgens planning|in behandeling");

	/**
	 * The status a legend label or a status written in a cell means, or null when the text is not a
	 * (known) status. Case, accents, punctuation and hyphenated line breaks do not matter. The order
	 * of the checks matters: "In uitvoering maar met vertraging" is delayed, "Nog niet in
	 * uitvoering" is not started, "In uitvoering en volgens planning" is in progress. "Nog niet
	 * afgerond" says too little to choose and gives null.
	 */
	public static StatusCode fromLabel(String label) {
		if (label == null) {
			return null;
		}
		String s = normalise(label);
		if (s.isEmpty()) {
			return null;
		}
		if (NOT_APPLICABLE.matcher(s).find()) {
			return NIET_VAN_TOEPASSING;
		}
		if (CONSULTATION.matcher(s).find()) {
			return IN_CONSULTATIE;
		}
		if (DELAYED.matcher(s).find()) {
			return VERTRAAGD;
		}
		if (NOT_STARTED.matcher(s).find()) {
			return NIET_GESTART;
		}
		if (NOT_FINISHED.matcher(s).find()) {
			return null;
		}
		if (FINISHED.matcher(s).find()) {
			return VOLTOOID;
		}
		if (ONGOING.matcher(s).find()) {
			return DOORLOPEND;
		}
		if (IN_PROGRESS.matcher(s).find()) {
			return IN_UITVOERING;
		}
		return null;
	}

	/** Lower case, accents removed, punctuation and hyphenated line breaks turned into single spaces. */
	static String normalise(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		s = s.toLowerCase(Locale.ROOT).replaceAll("(\\p{L})[-\u00ad]\\s+(\\p{L})", "$1$2");
		s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
		return s.trim();
	}

	private static Pattern word(String alternatives) {
		return Pattern.compile("(^| )(" + alternatives + ")( |$)");
	}
}
