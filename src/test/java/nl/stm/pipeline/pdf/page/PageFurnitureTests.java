package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Running heads, feet and page numbers are recognised by repetition, never a table value. */
class PageFurnitureTests {

	@Test
	void runningFootAndPageNumbersRepeatWithChangingNumbers() {
		List<PageLayout> pages = new ArrayList<>();
		for (int p = 1; p <= 3; p++) {
			pages.add(page(p, line(p, 100, "Actielijn 1. Creëren van brede bewustwording"),
					line(p, 808, "Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249 " + (p + 1)),
					line(p, 30, "- " + (p + 1) + " -")));
		}
		assertThat(PageFurniture.find(pages)).extracting(TextLine::text)
			.containsExactlyInAnyOrder("Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249 2",
					"Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249 3",
					"Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249 4", "- 2 -", "- 3 -", "- 4 -");
	}

	@Test
	void aLoneValueNearTheBottomOfOnePageIsKept() {
		List<PageLayout> pages = List.of(page(1, line(1, 790, "10")), page(2, line(2, 400, "10")));
		assertThat(PageFurniture.find(pages)).isEmpty();
	}

	private static PageLayout page(int number, TextLine... lines) {
		return new PageLayout(number, 595, 842, List.of(lines), List.of(), List.of());
	}

	private static TextLine line(int page, float y, String text) {
		List<Word> words = new ArrayList<>();
		float x = 74;
		for (String w : text.split(" ")) {
			words.add(new Word(w, x, x + 5 * w.length(), 11, false, false));
			x += 5 * w.length() + 3;
		}
		return new TextLine(page, y, 11, words);
	}
}
