package nl.stm.pipeline.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a record against the contract and the action model, in memory: the known actions and
 * their titles are loaded once per step. A record that fails is thrown as a
 * {@link RowRejectedException} with the first failing check's code (in the order missing fields,
 * period, action, status, year, amounts, duplicate) and a message naming every problem found;
 * the step skips it and the skip listener stores it.
 */
public class PartnerRowProcessor implements ItemProcessor<PartnerRecord, PartnerRow> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CACHE_LIMIT = 10_000;

	private static final int MAX_ORGANISATION = 200;

	private static final int MAX_LABEL = 200;

	private static final int MAX_AMOUNT_TEXT = 50;

	private final Map<Integer, String> actionTitles;

	private final Map<Integer, String> foldedTitles = new HashMap<>();

	private final DuplicateIndex seen;

	private final Map<String, String> organisationKeys = new HashMap<>();

	private final Map<String, String> foldedGivenTitles = new HashMap<>();

	private final Map<String, SubmissionStatus> statuses = new HashMap<>();

	/**
	 * @param actionTitles the actions known from the imported letters, by number, with their title
	 * @param seen the rows of this file already stored (on a restart), or an empty index
	 */
	PartnerRowProcessor(Map<Integer, String> actionTitles, DuplicateIndex seen) {
		this.actionTitles = Map.copyOf(actionTitles);
		this.actionTitles.forEach((n, t) -> foldedTitles.put(n, Text.fold(t)));
		this.seen = seen;
	}

	public PartnerRowProcessor(Map<Integer, String> actionTitles) {
		this(actionTitles, new DuplicateIndex());
	}

	/** Problems found in one record; the first decides the code. */
	private static final class Problems {

		RejectCode code;

		List<String> messages;

		void add(RejectCode c, String message) {
			if (code == null) {
				code = c;
				messages = new ArrayList<>(2);
			}
			messages.add(message);
		}

		void throwIfAny() {
			if (code != null) {
				throw new RowRejectedException(code, String.join("; ", messages));
			}
		}
	}

	@Override
	public PartnerRow process(PartnerRecord record) {
		if (record.malformed() != null) {
			throw new RowRejectedException(record.malformedCode(), record.malformed());
		}
		Problems problems = new Problems();
		String organisation = required(record, Column.ORGANISATIE, problems);
		String periodText = required(record, Column.PERIODE, problems);
		String actionText = required(record, Column.ACTIENUMMER, problems);
		String statusText = required(record, Column.STATUS, problems);
		String yearText = Text.clean(record.value(Column.JAAR));
		String budgetedText = Text.clean(record.value(Column.BEGROOT));
		String spentText = Text.clean(record.value(Column.BESTEED));
		if (yearText == null && (budgetedText != null || spentText != null)) {
			problems.add(RejectCode.MISSING_FIELD, "Jaar is empty but an amount is given");
		}
		String period = periodText == null ? null : Periods.parse(periodText);
		if (periodText != null && period == null) {
			problems.add(RejectCode.BAD_PERIOD, "Periode " + Text.quote(periodText) + " is not a half year such as 2025-H2");
		}
		Integer action = actionText == null ? null : actionNumber(actionText);
		if (actionText != null && (action == null || !actionTitles.containsKey(action))) {
			problems.add(RejectCode.UNKNOWN_ACTION, action == null ? "Actienummer " + Text.quote(actionText) + " is not a number"
					: "action " + action + " is not in the Actieplan (no imported letter has it)");
		}
		SubmissionStatus status = statusText == null || statusText.length() > MAX_LABEL ? null : status(statusText);
		if (statusText != null && status == null) {
			problems.add(RejectCode.BAD_STATUS, "Status " + Text.quote(statusText) + " is not a label of the legend");
		}
		Integer year = yearText == null ? null : year(yearText);
		if (yearText != null && year == null) {
			problems.add(RejectCode.BAD_YEAR, "Jaar " + Text.quote(yearText) + " is not a budget year (2000-2100)");
		}
		BigDecimal budgeted = amount(Column.BEGROOT, budgetedText, problems);
		BigDecimal spent = amount(Column.BESTEED, spentText, problems);
		if (organisation != null && organisation.length() > MAX_ORGANISATION) {
			problems.add(RejectCode.BAD_RECORD, "Organisatie is longer than " + MAX_ORGANISATION
					+ " characters (are the cells of this record shifted?)");
		}
		problems.throwIfAny();

		String organisationKey = organisationKey(organisation);
		int earlier = seen.register(organisationKey, period, action, year, record.line());
		if (earlier != 0) {
			throw new RowRejectedException(RejectCode.DUPLICATE_ROW, "same organisation, period, action " + action
					+ " and year " + (year == null ? "(none)" : year) + " as line " + earlier);
		}
		String title = Text.clean(record.value(Column.ACTIE));
		return new PartnerRow(record.line(), organisation, organisationKey, period, action,
				title == null || title.equals(actionTitles.get(action)) ? null : title, year, status, statusText, budgeted,
				spent, toelichting(record.value(Column.TOELICHTING)), extras(record), flags(record, action, title, budgeted, spent));
	}

	private static String required(PartnerRecord record, Column column, Problems problems) {
		String value = Text.clean(record.value(column));
		if (value == null) {
			problems.add(RejectCode.MISSING_FIELD, column.header() + " is empty");
		}
		return value;
	}

	private static Integer actionNumber(String text) {
		String s = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		if (s.isEmpty() || s.length() > 7) {
			return null;
		}
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return null;
			}
		}
		return Integer.parseInt(s);
	}

	private static Integer year(String text) {
		if (text.length() != 4) {
			return null;
		}
		for (int i = 0; i < 4; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return null;
			}
		}
		int year = Integer.parseInt(text);
		return year >= 2000 && year <= 2100 ? year : null;
	}

	private static BigDecimal amount(Column column, String text, Problems problems) {
		if (text == null) {
			return null;
		}
		try {
			if (text.length() > MAX_AMOUNT_TEXT) {
				throw new IllegalArgumentException("too long");
			}
			return EuroAmounts.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(RejectCode.BAD_AMOUNT,
					column.header() + " " + Text.quote(text) + " is not an amount in euros (" + ex.getMessage() + ")");
			return null;
		}
	}

	private SubmissionStatus status(String label) {
		SubmissionStatus status = statuses.get(label);
		if (status == null && !statuses.containsKey(label)) {
			if (statuses.size() > CACHE_LIMIT) {
				statuses.clear();
			}
			status = SubmissionStatus.fromLabel(label);
			statuses.put(label, status);
		}
		return status;
	}

	private String organisationKey(String organisation) {
		String key = organisationKeys.get(organisation);
		if (key == null) {
			if (organisationKeys.size() > CACHE_LIMIT) {
				organisationKeys.clear();
			}
			key = Text.fold(organisation);
			organisationKeys.put(organisation, key);
		}
		return key;
	}

	/** Free text is stored as given (also text that looks like a formula); only a blank cell is null. */
	private static String toelichting(String value) {
		return Text.isBlank(value) ? null : value;
	}

	private static String extras(PartnerRecord record) {
		return record.extras().isEmpty() ? null : JSON.writeValueAsString(record.extras());
	}

	private String flags(PartnerRecord record, int action, String title, BigDecimal budgeted, BigDecimal spent) {
		StringBuilder flags = null;
		if ((budgeted != null && budgeted.signum() < 0) || (spent != null && spent.signum() < 0)) {
			flags = append(flags, Flag.NEGATIVE_AMOUNT);
		}
		if (title != null && !title.equals(actionTitles.get(action)) && !foldedTitles.get(action).equals(foldedTitle(title))) {
			flags = append(flags, Flag.TITLE_MISMATCH);
		}
		if (record.unnamedValues()) {
			flags = append(flags, Flag.EXTRA_VALUES);
		}
		return flags == null ? null : flags.toString();
	}

	private String foldedTitle(String title) {
		String folded = foldedGivenTitles.get(title);
		if (folded == null) {
			if (foldedGivenTitles.size() > CACHE_LIMIT) {
				foldedGivenTitles.clear();
			}
			folded = Text.fold(title);
			foldedGivenTitles.put(title, folded);
		}
		return folded;
	}

	private static StringBuilder append(StringBuilder flags, Flag flag) {
		return flags == null ? new StringBuilder(flag.name()) : flags.append(',').append(flag.name());
	}
}
