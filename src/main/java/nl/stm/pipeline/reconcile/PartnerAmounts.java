package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Partner amounts summed per partner, period, letter row and year. A letter row may budget several
 * actions together ("3 en 4."), so partner figures for those actions are added up before they are
 * compared with it. Figures for actions or years no letter budgets are left out.
 */
final class PartnerAmounts {

	private PartnerAmounts() {
	}

	/** A partner's summed amount against one letter row and year. */
	record Group(String organisation, String period, ReconciliationInput.BudgetedRow row, int year, BigDecimal amount,
			List<PartnerFigure> figures) {

		PrintedAmount letterAmount() {
			return row.row().amounts().getOrDefault(year, PrintedAmount.NIL);
		}

		boolean letterCoversYear() {
			return row.table().total().containsKey(year)
					|| row.table().rows().stream().anyMatch(r -> r.amounts().containsKey(year));
		}

		List<Source> sources() {
			List<Source> sources = new ArrayList<>();
			figures.forEach(f -> sources.add(f.source()));
			PrintedAmount letter = letterAmount();
			sources.add(letter.source() != null ? letter.source()
					: Source.letter(row.table().letter().name(), row.row().page(), row.table().name(),
							row.row().name() + " (leeg)"));
			return sources;
		}
	}

	static List<Group> groups(ReconciliationInput input, Function<PartnerFigure, BigDecimal> amount) {
		Map<Integer, ReconciliationInput.BudgetedRow> budgeted = input.latestBudgetRows();
		Map<List<Object>, Group> groups = new LinkedHashMap<>();
		for (PartnerFigure f : input.partners()) {
			ReconciliationInput.BudgetedRow row = budgeted.get(f.action());
			BigDecimal value = amount.apply(f);
			if (row == null || f.year() == null || value == null) {
				continue;
			}
			List<Object> key = List.of(f.organisation(), f.period(), row.row().actions(), f.year(), row.table().letter().id());
			Group g = groups.get(key);
			List<PartnerFigure> figures = new ArrayList<>(g == null ? List.of() : g.figures());
			figures.add(f);
			groups.put(key, new Group(f.organisation(), f.period(), row, f.year(),
					(g == null ? BigDecimal.ZERO : g.amount()).add(value), figures));
		}
		return groups.values().stream().filter(Group::letterCoversYear).toList();
	}
}
