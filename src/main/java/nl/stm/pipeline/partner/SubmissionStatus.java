package nl.stm.pipeline.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of an action as the Actieplan's legend names it. Partners write the label; a label
 * is mapped by meaning (the legend's wordings and their common variants, any case, accents and
 * punctuation ignored), never by a guess: an unknown label is {@code BAD_STATUS}. Folding never
 * drops what a label says: a label with a sign of doubt ("Afgerond?", "Voltooid (?)", "Gereed…")
 * is no status either.
 */
public enum SubmissionStatus {

	VOLTOOID("Voltooid", "afgerond", "gereed"),
	DOORLOPEND("Doorlopend"),
	IN_UITVOERING("In uitvoering (en volgens planning)", "in uitvoering", "in uitvoering en volgens planning",
			"in uitvoering volgens planning", "volgens planning", "loopt volgens planning"),
	VERTRAAGD("In uitvoering maar met vertraging", "in uitvoering met vertraging", "met vertraging", "vertraagd",
			"vertraging", "in uitvoering maar vertraagd"),
	NIET_GESTART("Nog niet gestart", "nog niet in gang gezet", "nog niet in uitvoering", "niet gestart",
			"nog niet begonnen"),
	IN_CONSULTATIE("In (formele) consultatie", "in consultatie", "in formele consultatie", "consultatie"),
	NIET_VAN_TOEPASSING("Niet van toepassing", "n v t", "nvt");

	private static final Map<String, SubmissionStatus> BY_LABEL = new HashMap<>();

	static {
		for (SubmissionStatus status : values()) {
			BY_LABEL.put(Text.fold(status.name()), status);
			for (String label : status.labels) {
				BY_LABEL.put(Text.fold(label), status);
			}
		}
	}

	private final String label;

	private final List<String> labels;

	SubmissionStatus(String label, String... variants) {
		this.label = label;
		this.labels = new java.util.ArrayList<>(List.of(variants));
		this.labels.add(label);
	}

	/** The legend's label. */
	public String label() {
		return label;
	}

	/** The status a label means, or null. */
	public static SubmissionStatus fromLabel(String text) {
		return text == null || doubtful(text) ? null : BY_LABEL.get(Text.fold(text));
	}

	/** A question mark (also Spanish or reversed), an ellipsis: the partner is not sure. */
	static boolean doubtful(String text) {
		return text.indexOf('?') >= 0 || text.indexOf('\u00BF') >= 0 || text.indexOf('\u2E2E') >= 0
				|| text.indexOf('\u2026') >= 0 || text.contains("...");
	}
}
