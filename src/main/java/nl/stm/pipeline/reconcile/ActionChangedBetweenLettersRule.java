package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ACTION_CHANGED_BETWEEN_LETTERS: the same actions' budget in a letter and in the previous letter
 * with budget tables, for the years both letters' tables cover. Letters merge and split rows ("43 t/m
 * 46" in one letter, four rows in the next), so actions that share a row in either letter are
 * compared as one block. Changes can be legitimate policy, but each must be visible and traceable,
 * so they are warnings.
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
		List<Finding> findings = new ArrayList<>();
		List<LetterFigures> budgetLetters = input.letters()
			.stream()
			.filter(l -> l.tables().stream().anyMatch(t -> !t.isOverview()))
			.toList();
		for (int i = 1; i < budgetLetters.size(); i++) {
			LetterFigures later = budgetLetters.get(i);
			budgetLetters.subList(0, i)
				.stream()
				.filter(l -> java.util.Objects.equals(l.letter().edition(), later.letter().edition()))
				.reduce((a, b) -> b)
				.ifPresent(earlier -> compare(earlier, later, tolerance, findings));
		}
		return findings;
	}

	private void compare(LetterFigures earlier, LetterFigures later, Tolerance tolerance, List<Finding> findings) {
		List<Placed> before = rows(earlier);
		List<Placed> after = rows(later);
		for (Set<Integer> block : blocks(before, after)) {
			List<Placed> blockBefore = within(before, block);
			List<Placed> blockAfter = within(after, block);
			if (!covers(blockBefore, block) || !covers(blockAfter, block)) {
				continue;
			}
			Set<Integer> years = years(blockBefore);
			years.retainAll(years(blockAfter));
			for (int year : years) {
				List<PrintedAmount> old = amounts(blockBefore, year);
				List<PrintedAmount> now = amounts(blockAfter, year);
				BigDecimal oldSum = SumCheck.sum(old);
				BigDecimal newSum = SumCheck.sum(now);
				List<PrintedAmount> all = new ArrayList<>(old);
				all.addAll(now);
				BigDecimal allowed = tolerance.allowed(oldSum, Tolerance.roundingBound(all));
				BigDecimal difference = newSum.subtract(oldSum);
				if (difference.abs().compareTo(allowed) > 0) {
					findings.add(finding(earlier, later, block, year, oldSum, newSum, difference, allowed, blockBefore,
							blockAfter));
				}
			}
		}
	}

	private Finding finding(LetterFigures earlier, LetterFigures later, Set<Integer> block, int year, BigDecimal oldSum,
			BigDecimal newSum, BigDecimal difference, BigDecimal allowed, List<Placed> before, List<Placed> after) {
		List<Source> sources = new ArrayList<>();
		after.forEach(p -> sources.add(source(p, year)));
		before.forEach(p -> sources.add(source(p, year)));
		String actions = TableFigures.RowFigures.name(null, List.copyOf(block));
		return new Finding(id(), Severity.WARNING, after.get(0).table().actielijn(), block.iterator().next(), year, null,
				newSum, oldSum, difference, allowed,
				actions + " " + year + ": " + Money.format(newSum) + " in " + later.letter().name() + ", "
						+ Money.format(oldSum) + " in " + earlier.letter().name(),
				sources);
	}

	/** Groups of actions that share a row in either letter (connected components). */
	private static List<Set<Integer>> blocks(List<Placed> before, List<Placed> after) {
		Map<Integer, Integer> parent = new HashMap<>();
		List<Placed> all = new ArrayList<>(before);
		all.addAll(after);
		for (Placed p : all) {
			List<Integer> actions = p.row().actions();
			actions.forEach(a -> parent.putIfAbsent(a, a));
			for (int a : actions) {
				parent.put(root(parent, a), root(parent, actions.get(0)));
			}
		}
		Map<Integer, Set<Integer>> blocks = new LinkedHashMap<>();
		for (int a : new TreeSet<>(parent.keySet())) {
			blocks.computeIfAbsent(root(parent, a), k -> new TreeSet<>()).add(a);
		}
		return List.copyOf(blocks.values());
	}

	private static int root(Map<Integer, Integer> parent, int a) {
		while (parent.get(a) != a) {
			a = parent.get(a);
		}
		return a;
	}

	private static List<Placed> rows(LetterFigures letter) {
		List<Placed> rows = new ArrayList<>();
		for (TableFigures table : letter.tables()) {
			if (!table.isOverview()) {
				table.rows().stream().filter(r -> !r.actions().isEmpty()).forEach(r -> rows.add(new Placed(table, r)));
			}
		}
		return rows;
	}

	private static List<Placed> within(List<Placed> rows, Set<Integer> block) {
		return rows.stream().filter(p -> block.containsAll(p.row().actions())).toList();
	}

	private static boolean covers(List<Placed> rows, Set<Integer> block) {
		Set<Integer> covered = new TreeSet<>();
		rows.forEach(p -> covered.addAll(p.row().actions()));
		return !rows.isEmpty() && covered.equals(block);
	}

	private static Set<Integer> years(List<Placed> rows) {
		Set<Integer> years = new TreeSet<>();
		for (Placed p : rows) {
			years.addAll(p.table().total().keySet());
			p.table().rows().forEach(r -> years.addAll(r.amounts().keySet()));
		}
		return years;
	}

	private static List<PrintedAmount> amounts(List<Placed> rows, int year) {
		return rows.stream().map(p -> p.row().amounts().getOrDefault(year, PrintedAmount.NIL)).toList();
	}

	private static Source source(Placed p, int year) {
		PrintedAmount amount = p.row().amounts().get(year);
		return amount != null ? amount.source()
				: Source.letter(p.table().letter().name(), p.row().page(), p.table().name(), p.row().name() + " (leeg)");
	}

	/** An action row with the table it stands in. */
	private record Placed(TableFigures table, TableFigures.RowFigures row) {
	}
}
