package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.pdf.page.AmountParser;
import nl.stm.pipeline.pdf.page.Unit;

/**
 * CAPTION_VS_TOTAL: an amount in a table caption, such as "Programma … (€ 2.5 mln.)", against the
 * table's yearly totals. The caption states the budget as it stands when the letter is written, so
 * years before the letter's year (history) are not held against it.
 */
@Component
@Order(4)
class CaptionVsTotalRule implements ReconciliationRule {

	/** "€ 2.5 mln", "€ 2,5 miljoen": an amount, not a multiplier such as "x € 1 mln" or "x € 1.000". */
	private static final Pattern AMOUNT = Pattern.compile("(?<![xX])(?<![xX] )€\\s*(\\d+(?:[.,]\\d+)?)\\s*(mln|miljoen)\\b");

	@Override
	public String id() {
		return "CAPTION_VS_TOTAL";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		for (LetterFigures letter : input.letters()) {
			for (TableFigures table : letter.tables()) {
				captionAmount(table).ifPresent(caption -> compare(letter, table, caption, tolerance, findings));
			}
		}
		return findings;
	}

	static Optional<PrintedAmount> captionAmount(TableFigures table) {
		Matcher amount = table.caption() == null ? null : AMOUNT.matcher(table.caption());
		if (amount == null || !amount.find()) {
			return Optional.empty();
		}
		BigDecimal printed = AmountParser.parse(amount.group(1), false);
		int decimals = Math.max(0, printed.stripTrailingZeros().scale());
		BigDecimal factor = Unit.EUR_MLN.factor();
		return Optional.of(new PrintedAmount(printed.multiply(factor), factor, decimals,
				Source.letter(table.letter().name(), table.firstPage(), table.name(), "kop '" + table.caption() + "'")));
	}

	private void compare(LetterFigures letter, TableFigures table, PrintedAmount caption, Tolerance tolerance,
			List<Finding> findings) {
		Integer fromYear = letter.letter().date() == null ? null : letter.letter().date().getYear();
		for (Map.Entry<Integer, PrintedAmount> total : table.total().entrySet()) {
			if (fromYear != null && total.getKey() < fromYear) {
				continue;
			}
			BigDecimal allowed = tolerance.allowed(caption.eur(), Tolerance.roundingBound(List.of(caption, total.getValue())));
			BigDecimal difference = total.getValue().eur().subtract(caption.eur());
			if (difference.abs().compareTo(allowed) > 0) {
				findings.add(new Finding(id(), Severity.WARNING, table.actielijn(), null, total.getKey(), null,
						total.getValue().eur(), caption.eur(), difference, allowed,
						table.name() + " " + total.getKey() + ": the Totaal is " + Money.format(total.getValue().eur())
								+ ", the caption says " + Money.format(caption.eur()) + " (" + letter.letter().name() + ")",
						List.of(total.getValue().source(), caption.source())));
			}
		}
	}
}
