package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import nl.stm.pipeline.model.ModelSummary;

/** Prints the action model's counts and yearly totals the way the programme office reads them. */
final class SummaryPrinter {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private SummaryPrinter() {
	}

	static void print(ModelSummary s, PrintStream out) {
		out.printf("documents:     %d%n", s.documents());
		out.printf("actielijnen:   %d%n", s.actielijnen());
		out.printf("actions:       %d%n", s.actions());
		out.printf("budget lines:  %d%n", s.budgetLines());
		printYears("programme total per year (Totaal of the latest Financieel overzicht):", s.programmeTotalPerYear(), out);
		printYears("action budgets per year (sum of the latest letter's actielijn tables):", s.actionBudgetPerYear(), out);
	}

	private static void printYears(String title, Map<Integer, BigDecimal> perYear, PrintStream out) {
		out.println(title);
		if (perYear.isEmpty()) {
			out.println("  (none)");
		}
		perYear.forEach((year, eur) -> out.printf("  %d  %15s  (%s mln)%n", year, euros(eur), millions(eur)));
	}

	static String euros(BigDecimal eur) {
		DecimalFormat format = new DecimalFormat("€ #,##0.##", DecimalFormatSymbols.getInstance(DUTCH));
		return format.format(eur);
	}

	static String millions(BigDecimal eur) {
		BigDecimal mln = eur.divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
		return (mln.scale() < 0 ? mln.setScale(0) : mln).toPlainString().replace('.', ',');
	}
}
