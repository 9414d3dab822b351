package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ACTIELIJN_VS_OVERVIEW: an actielijn table's total (its printed Totaal, or the sum of its rows when
 * it prints none) against the actielijn's line in the same letter's programme overview.
 */
@Component
@Order(2)
class ActielijnVsOverviewRule implements ReconciliationRule {

	@Override
	public String id() {
		return "ACTIELIJN_VS_OVERVIEW";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		for (LetterFigures letter : input.letters()) {
			TableFigures overview = letter.overview();
			if (overview == null) {
				continue;
			}
			for (TableFigures table : letter.tables()) {
				if (table.isOverview() || table.actielijn() == null) {
					continue;
				}
				overview.rows()
					.stream()
					.filter(r -> table.actielijn().equals(r.actielijn()))
					.findFirst()
					.ifPresent(line -> compare(table, line, overviewYears(overview), tolerance, findings));
			}
		}
		return findings;
	}

	/** The years the overview has a column for: a table's years beyond them are not held against it. */
	private static Set<Integer> overviewYears(TableFigures overview) {
		Set<Integer> years = new TreeSet<>(overview.total().keySet());
		overview.rows().forEach(r -> years.addAll(r.amounts().keySet()));
		return years;
	}

	private void compare(TableFigures table, TableFigures.RowFigures line, Set<Integer> overviewYears,
			Tolerance tolerance, List<Finding> findings) {
		TreeSet<Integer> years = new TreeSet<>(line.amounts().keySet());
		years.addAll(table.total().keySet());
		table.rows().forEach(r -> years.addAll(r.amounts().keySet()));
		years.retainAll(overviewYears);
		for (int year : years) {
			PrintedAmount tableTotal = SumCheck.totalOrSum(table, year);
			PrintedAmount overviewAmount = line.amounts().getOrDefault(year, PrintedAmount.NIL);
			BigDecimal allowed = tolerance.allowed(overviewAmount.eur(),
					Tolerance.roundingBound(List.of(tableTotal, overviewAmount)));
			BigDecimal difference = tableTotal.eur().subtract(overviewAmount.eur());
			if (difference.abs().compareTo(allowed) > 0) {
				List<Source> sources = new ArrayList<>();
				sources.add(tableTotal.source() != null ? tableTotal.source()
						: Source.letter(table.letter().name(), table.firstPage(), table.name(), "Totaal (leeg)"));
				sources.add(overviewAmount.source() != null ? overviewAmount.source()
						: Source.letter(table.letter().name(), line.page(), "Financieel overzicht", line.name() + " (leeg)"));
				findings.add(new Finding(id(), Severity.ERROR, table.actielijn(), null, year, null, tableTotal.eur(),
						overviewAmount.eur(), difference, allowed,
						"actielijn " + table.actielijn() + " " + year + ": its table totals " + Money.format(tableTotal.eur())
								+ ", the Financieel overzicht says " + Money.format(overviewAmount.eur()) + " ("
								+ table.letter().name() + ")",
						sources));
			}
		}
	}
}
