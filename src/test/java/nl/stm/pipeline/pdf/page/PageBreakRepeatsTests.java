package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A line that a page break cut in two (wkhtmltopdf prints it at the bottom edge of one page and again
 * at the top edge of the next) is read once; lines away from the edges, and running heads and footers
 * inside the margins, are left alone even when they repeat.
 */
class PageBreakRepeatsTests {

	private static final float HEIGHT = 842;

	@Test
	void aLineOnBothEdgesIsKeptOnTheFirstPage() {
		List<PageLayout> pages = PageBreakRepeats.remove(List.of(
				page(1, line(1, 800, "45.", "Toetsing", "en", "beleid,"), line(1, 834, "beleid")),
				page(2, line(2, 12, "beleid"), line(2, 30, "Totaal", "10"))));

		assertThat(texts(pages.get(0))).containsExactly("45. Toetsing en beleid,", "beleid");
		assertThat(texts(pages.get(1))).containsExactly("Totaal 10");
	}

	@Test
	void aBottomCopyWithPartOfTheWordsGivesWayToTheWholeLine() {
		List<PageLayout> pages = PageBreakRepeats.remove(List.of(
				page(1, line(1, 700, "32.", "Tussenrapportage"), line(1, 835, "33.", "Eenduidige")),
				page(2, line(2, 9, "33.", "Eenduidige", "5", "5"))));

		assertThat(texts(pages.get(0))).containsExactly("32. Tussenrapportage");
		assertThat(texts(pages.get(1))).containsExactly("33. Eenduidige 5 5");
	}

	@Test
	void footersAndHeadsInsideTheMarginsAndOtherTextStay() {
		List<PageLayout> margins = PageBreakRepeats.remove(List.of(
				page(1, line(1, 400, "tekst"), line(1, 800, "Kamerstuk", "28", "638")),
				page(2, line(2, 40, "Kamerstuk", "28", "638"), line(2, 60, "tekst"))));
		List<PageLayout> otherWords = PageBreakRepeats.remove(List.of(page(1, line(1, 834, "beleid")),
				page(2, line(2, 12, "beleidsregels"))));

		assertThat(texts(margins.get(0))).containsExactly("tekst", "Kamerstuk 28 638");
		assertThat(texts(margins.get(1))).containsExactly("Kamerstuk 28 638", "tekst");
		assertThat(texts(otherWords.get(1))).containsExactly("beleidsregels");
	}

	private static PageLayout page(int number, TextLine... lines) {
		return new PageLayout(number, 595, HEIGHT, List.of(lines), List.of(), List.of());
	}

	/** A line of 7 pt words, each 20 pt wide and 5 pt apart from x = 17. */
	private static TextLine line(int page, float y, String... words) {
		List<Word> list = new ArrayList<>();
		float x = 17;
		for (String w : words) {
			list.add(new Word(w, x, x + 20, 7, false, false));
			x += 25;
		}
		return new TextLine(page, y, 7, list);
	}

	private static List<String> texts(PageLayout page) {
		return page.lines().stream().map(TextLine::text).toList();
	}
}
