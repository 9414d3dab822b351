package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks printed parts against their printed total, year by year: shared by the rule for action
 * rows vs a table's Totaal and the rule for overview lines vs the overview's Totaal. An absent cell
 * counts as nil, so an empty cell next to a dash or a 0 is never a finding.
 */
final class SumCheck {

	private SumCheck() {
	}

	static List<Finding> check(String rule, TableFigures table, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		if (table.total().isEmpty()) {
			return findings;
		}
		TreeSet<Integer> years = new TreeSet<>(table.total().keySet());
		table.rows().forEach(r -> years.addAll(r.amounts().keySet()));
		for (int year : years) {
			List<PrintedAmount> parts = new ArrayList<>();
			for (TableFigures.RowFigures row : table.rows()) {
				PrintedAmount a = row.amounts().get(year);
				if (a != null) {
					parts.add(a);
				}
			}
			PrintedAmount total = table.total().getOrDefault(year, PrintedAmount.NIL);
			BigDecimal sum = parts.stream().map(PrintedAmount::eur).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal allowed = tolerance.allowed(total.eur(), Tolerance.roundingBound(parts));
			BigDecimal difference = sum.subtract(total.eur());
			if (difference.abs().compareTo(allowed) > 0) {
				List<Source> sources = new ArrayList<>();
				sources.add(total.source() != null ? total.source()
						: Source.letter(table.letter().name(), table.firstPage(), table.name(), "Totaal (leeg)"));
				parts.stream().filter(p -> p.eur().signum() != 0).map(PrintedAmount::source).forEach(sources::add);
				findings.add(new Finding(rule, Severity.ERROR, table.actielijn(), null, year, null, sum, total.eur(),
						difference, allowed,
						table.name() + " " + year + ": the rows add up to " + Money.format(sum) + ", the Totaal row says "
								+ Money.format(total.eur()) + " (" + table.letter().name() + ")",
						sources));
			}
		}
		return findings;
	}

	static BigDecimal sum(Collection<PrintedAmount> amounts) {
		return amounts.stream().map(PrintedAmount::eur).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static PrintedAmount totalOrSum(TableFigures table, int year) {
		PrintedAmount printed = table.total().get(year);
		if (printed != null || !table.total().isEmpty()) {
			return printed == null ? PrintedAmount.NIL : printed;
		}
		List<PrintedAmount> parts = table.rows().stream().map(r -> r.amounts().get(year)).filter(a -> a != null).toList();
		if (parts.isEmpty()) {
			return PrintedAmount.NIL;
		}
		PrintedAmount first = parts.get(0);
		return new PrintedAmount(sum(parts), first.unitFactor(), first.decimals(),
				Source.letter(table.letter().name(), table.firstPage(), table.name(), "som van de rijen"));
	}
}
