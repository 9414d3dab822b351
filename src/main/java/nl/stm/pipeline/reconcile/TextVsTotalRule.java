package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * TEXT_VS_TOTAL: the yearly amounts a letter states in its prose ("500.000 euro per jaar … in
 * aanvulling op … 2 miljoen euro per jaar") against its programme overview's Totaal. A year agrees
 * when its total equals one stated yearly amount or all of them together; years before the
 * letter's year are history and not held against the text.
 */
@Component
@Order(5)
class TextVsTotalRule implements ReconciliationRule {

	@Override
	public String id() {
		return "TEXT_VS_TOTAL";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		for (LetterFigures letter : input.letters()) {
			TableFigures overview = letter.overview();
			Map<BigDecimal, LetterFigures.ProseAmount> perYear = new LinkedHashMap<>();
			letter.proseAmounts()
				.stream()
				.filter(LetterFigures.ProseAmount::perYear)
				.forEach(p -> perYear.putIfAbsent(p.eur().stripTrailingZeros(), p));
			if (overview == null || perYear.isEmpty()) {
				continue;
			}
			BigDecimal together = perYear.keySet().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			Integer fromYear = letter.letter().date() == null ? null : letter.letter().date().getYear();
			overview.total().forEach((year, total) -> {
				if (fromYear != null && year < fromYear) {
					return;
				}
				BigDecimal allowed = tolerance.allowed(total.eur(), Tolerance.half(total));
				boolean agrees = agrees(total.eur(), together, allowed)
						|| perYear.keySet().stream().anyMatch(a -> agrees(total.eur(), a, allowed));
				if (!agrees) {
					List<Source> sources = new ArrayList<>();
					sources.add(total.source());
					perYear.values()
						.forEach(p -> sources.add(Source.letter(letter.letter().name(), p.page(), "tekst", "'" + p.phrase() + "'")));
					findings.add(new Finding(id(), Severity.WARNING, null, null, year, null, total.eur(), together,
							total.eur().subtract(together), allowed,
							"programme total " + year + " is " + Money.format(total.eur()) + ", the letter's text states "
									+ String.join(" + ", perYear.values().stream().map(p -> "'" + p.phrase() + "'").toList())
									+ " (" + letter.letter().name() + ")",
							sources));
				}
			});
		}
		return findings;
	}

	private static boolean agrees(BigDecimal total, BigDecimal stated, BigDecimal allowed) {
		return total.subtract(stated).abs().compareTo(allowed) <= 0;
	}
}
