package nl.stm.pipeline.pdf.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

class TextAmountFinderTests {

	@Test
	void findsAmountsAndWhetherTheyAreYearly() {
		PageLayout page = page("Met ingang van dit jaar zal de komende vier jaar 500.000 euro per jaar beschikbaar zijn,",
				"in aanvulling op de reeds beschikbaar gestelde 2 miljoen euro per jaar. Voor 2025 tot en met 2028 is",
				"jaarlijks 2,5 miljoen euro beschikbaar; het amendement vroeg 2 miljoen euro. Daarnaast is € 1.165.000",
				"nog niet belegd en komt 3 mln euro structureel beschikbaar. In 2024 waren er 12 meldingen.");

		List<TextAmount> amounts = TextAmountFinder.find(List.of(page), Set.of());

		assertThat(amounts).extracting(TextAmount::text, TextAmount::eur, TextAmount::perYear)
			.containsExactly(tuple("500.000 euro per jaar", new BigDecimal("500000"), true),
					tuple("2 miljoen euro per jaar", new BigDecimal("2000000"), true),
					tuple("2,5 miljoen euro", new BigDecimal("2500000"), true),
					tuple("2 miljoen euro", new BigDecimal("2000000"), false),
					tuple("€ 1.165.000", new BigDecimal("1165000"), false),
					tuple("3 mln euro structureel", new BigDecimal("3000000"), true));
	}

	@Test
	void findsAmountsInWordsAndTheYearTheyApplyFrom() {
		PageLayout page = page("Ook is structureel twee miljoen euro per jaar beschikbaar. Het gaat om € 1 miljoen vanaf 2017",
				"en structureel € 2 miljoen vanaf 2018. Een van de twee partners meldde drie zaken; tien miljoen euro.");

		List<TextAmount> amounts = TextAmountFinder.find(List.of(page), Set.of());

		assertThat(amounts).extracting(TextAmount::text, TextAmount::eur, TextAmount::perYear, TextAmount::fromYear)
			.containsExactly(tuple("twee miljoen euro per jaar", new BigDecimal("2000000"), true, null),
					tuple("€ 1 miljoen vanaf 2017", new BigDecimal("1000000"), false, 2017),
					tuple("€ 2 miljoen vanaf 2018", new BigDecimal("2000000"), true, 2018),
					tuple("tien miljoen euro", new BigDecimal("10000000"), false, null));
	}

	private static PageLayout page(String... texts) {
		List<TextLine> lines = new ArrayList<>();
		float y = 100;
		for (String text : texts) {
			List<Word> words = new ArrayList<>();
			float x = 70;
			for (String w : text.split(" ")) {
				words.add(new Word(w, x, x + 5 * w.length(), 11, false, false));
				x += 5 * w.length() + 3;
			}
			lines.add(new TextLine(1, y, 11, words));
			y += 14;
		}
		return new PageLayout(1, 595, 842, lines, List.of(), List.of());
	}
}
