package nl.stm.pipeline.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a document states, as comparable text: every amount by where it stands (table, row, year) and
 * every other fact (row titles, statuses, prose). Two files of one Kamerstuk with equal facts are
 * copies; with other facts one is a reprint, and the amounts that differ say what changed. Built from
 * an extraction and from the stored model alike, with the keys made here only.
 */
public record DocumentFacts(SortedMap<String, String> amounts, SortedMap<String, String> others) {

	public DocumentFacts {
		amounts = new TreeMap<>(amounts);
		others = new TreeMap<>(others);
	}

	/** Collects facts under the keys both sources use. */
	public static final class Builder {

		private final SortedMap<String, String> amounts = new TreeMap<>();

		private final SortedMap<String, String> others = new TreeMap<>();

		public Builder overviewLine(int rowNo, String label, int year, BigDecimal eur) {
			amounts.put("overview line " + rowNo + " (" + label + ") " + year, plain(eur));
			return this;
		}

		public Builder tableRow(int tableNo, int rowNo, String actions, String title) {
			others.put("table " + tableNo + " row " + rowNo, actions + " " + title);
			return this;
		}

		public Builder rowAmount(int tableNo, int rowNo, String actions, int year, BigDecimal eur) {
			amounts.put("table " + tableNo + " row " + rowNo + " (actie " + actions + ") " + year, plain(eur));
			return this;
		}

		public Builder total(int tableNo, int year, BigDecimal eur) {
			amounts.put("table " + tableNo + " Totaal " + year, plain(eur));
			return this;
		}

		public Builder prose(int seqNo, String phrase, BigDecimal eur, boolean perYear) {
			amounts.put("prose " + seqNo + " (" + phrase + ")", plain(eur) + (perYear ? " per year" : ""));
			return this;
		}

		public Builder status(int reportNo, int rowNo, String period, String identity, String status) {
			others.put("report " + reportNo + " row " + rowNo, period + " " + identity + " " + status);
			return this;
		}

		public DocumentFacts build() {
			return new DocumentFacts(amounts, others);
		}

		private static String plain(BigDecimal eur) {
			return eur == null ? "" : eur.stripTrailingZeros().toPlainString();
		}
	}

	public boolean sameAs(DocumentFacts other) {
		return amounts.equals(other.amounts) && others.equals(other.others);
	}

	/** The amounts that differ from {@code earlier}: "key: old -> new" (a missing side is "-"). */
	public List<String> amountChangesSince(DocumentFacts earlier) {
		List<String> changes = new ArrayList<>();
		SortedMap<String, String> keys = new TreeMap<>(earlier.amounts);
		keys.putAll(amounts);
		for (Map.Entry<String, String> key : keys.entrySet()) {
			String before = earlier.amounts.get(key.getKey());
			String after = amounts.get(key.getKey());
			if (!Objects.equals(before, after)) {
				changes.add(key.getKey() + ": " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
			}
		}
		return changes;
	}

	/** How many other facts (titles, statuses) differ from {@code earlier}. */
	public long otherChangesSince(DocumentFacts earlier) {
		SortedMap<String, String> keys = new TreeMap<>(earlier.others);
		keys.putAll(others);
		return keys.keySet().stream().filter(k -> !Objects.equals(earlier.others.get(k), others.get(k))).count();
	}
}
