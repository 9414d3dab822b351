package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ACTION_CHANGED_BETWEEN_LETTERS: the same action's budget in a letter and in the next letter that
 * budgets it, for the years both letters' tables cover. Changes are legitimate policy, but each one
 * must be visible and traceable, so they are warnings.
 */
@Component
@Order(6)
class ActionChangedBetweenLettersRule implements ReconciliationRule {

	@Override
	public String id() {
		return "ACTION_CHANGED_BETWEEN_LETTERS";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		Map<List<Integer>, Seen> lastSeen = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>();
		for (LetterFigures letter : input.letters()) {
			for (TableFigures table : letter.tables()) {
				if (table.isOverview()) {
					continue;
				}
				Set<Integer> years = years(table);
				for (TableFigures.RowFigures row : table.rows()) {
					if (row.actions().isEmpty()) {
						continue;
					}
					Seen earlier = lastSeen.put(row.actions(), new Seen(table, row, years));
					if (earlier != null) {
						compare(earlier, new Seen(table, row, years), tolerance, findings);
					}
				}
			}
		}
		return findings;
	}

	private void compare(Seen earlier, Seen later, Tolerance tolerance, List<Finding> findings) {
		Set<Integer> years = new TreeSet<>(earlier.years());
		years.retainAll(later.years());
		for (int year : years) {
			PrintedAmount before = earlier.row().amounts().getOrDefault(year, PrintedAmount.NIL);
			PrintedAmount after = later.row().amounts().getOrDefault(year, PrintedAmount.NIL);
			BigDecimal allowed = tolerance.allowed(before.eur(), Tolerance.roundingBound(List.of(before, after)));
			BigDecimal difference = after.eur().subtract(before.eur());
			if (difference.abs().compareTo(allowed) > 0) {
				List<Source> sources = new ArrayList<>();
				sources.add(source(later, after));
				sources.add(source(earlier, before));
				Integer action = later.row().actions().get(0);
				findings.add(new Finding(id(), Severity.WARNING, later.table().actielijn(), action, year, null, after.eur(),
						before.eur(), difference, allowed,
						later.row().name() + " " + year + ": " + Money.format(after.eur()) + " in "
								+ later.table().letter().name() + ", " + Money.format(before.eur()) + " in "
								+ earlier.table().letter().name(),
						sources));
			}
		}
	}

	private static Source source(Seen seen, PrintedAmount amount) {
		return amount.source() != null ? amount.source()
				: Source.letter(seen.table().letter().name(), seen.row().page(), seen.table().name(),
						seen.row().name() + " (leeg)");
	}

	private static Set<Integer> years(TableFigures table) {
		Set<Integer> years = new TreeSet<>(table.total().keySet());
		table.rows().forEach(r -> years.addAll(r.amounts().keySet()));
		return years;
	}

	private record Seen(TableFigures table, TableFigures.RowFigures row, Set<Integer> years) {
	}
}
