package nl.stm.pipeline.pdf.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.Word;

/**
 * Cells to year columns under the alignments letters use. Header words are 19 pt wide "2023" …
 * in 41.25 pt columns starting at x = 368.3; numbers are 4.7 pt per character.
 */
class ColumnMapperTests {

	private static final float LEFT = 368.3f;

	private static final float PITCH = 41.25f;

	private static final float PAD = 3.9f;

	private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

	@Test
	void dashUnderALeftAlignedHeaderStaysInItsColumn() {
		List<Word> headers = headers(Align.LEFT);
		List<List<Word>> rows = List.of(
				row(Align.RIGHT, "–", "0,38", "0,3", "0"),
				row(Align.RIGHT, "–", "0,65", "0,345", "0,135"),
				row(Align.RIGHT, "2", "2.5", "2.5", "2.5"));
		ColumnMapper mapper = ColumnMapper.fit(headers, YEARS, flatten(rows));
		assertThat(texts(mapper.cells(rows.get(0)))).containsExactly(entry(2023, "–"), entry(2024, "0,38"),
				entry(2025, "0,3"), entry(2026, "0"));
	}

	@Test
	void equallyWideCentredNumbersWithAnEmptyFirstColumnAreNotShifted() {
		List<Word> headers = headers(Align.CENTRE);
		List<List<Word>> rows = List.of(
				row(Align.CENTRE, null, "10", null, null),
				row(Align.CENTRE, null, null, "30", null),
				row(Align.CENTRE, null, null, null, "10"),
				row(Align.CENTRE, null, "10", "30", "10"));
		ColumnMapper mapper = ColumnMapper.fit(headers, YEARS, flatten(rows));
		assertThat(texts(mapper.cells(rows.get(0)))).containsExactly(entry(2024, "10"));
		assertThat(texts(mapper.cells(rows.get(3)))).containsExactly(entry(2024, "10"), entry(2025, "30"),
				entry(2026, "10"));
	}

	@Test
	void centredNumbersUnderRightAlignedHeaders() {
		List<Word> headers = headers(Align.RIGHT);
		List<List<Word>> rows = List.of(row(Align.CENTRE, "–", "5", "13.5", "0,155"), row(Align.CENTRE, null, "17", null, null));
		ColumnMapper mapper = ColumnMapper.fit(headers, YEARS, flatten(rows));
		assertThat(texts(mapper.cells(rows.get(0)))).containsExactly(entry(2023, "–"), entry(2024, "5"),
				entry(2025, "13.5"), entry(2026, "0,155"));
		assertThat(texts(mapper.cells(rows.get(1)))).containsExactly(entry(2024, "17"));
	}

	@Test
	void neighbouringNumbersCloserThanAColumnGapAreTwoCells() {
		List<Word> words = List.of(new Word("412,5", 453.7f, 482.0f, 11, true, true),
				new Word("1.327,5", 486.5f, 529.4f, 11, true, false));
		assertThat(ColumnMapper.group(words)).hasSize(2);
	}

	@Test
	void euroSignJoinsItsNumberAndIsDropped() {
		List<Word> headers = headers(Align.RIGHT);
		List<Word> row = List.of(new Word("€", 430f, 435f, 11, false, true), new Word("5", 437.5f, 442.2f, 11, false, false));
		ColumnMapper mapper = ColumnMapper.fit(headers, YEARS, row);
		assertThat(texts(mapper.cells(row))).containsExactly(entry(2024, "5"));
	}

	@Test
	void aValueBeyondTheLastColumnBelongsToNoYear() {
		List<Word> headers = headers(Align.RIGHT);
		List<Word> row = new ArrayList<>(row(Align.RIGHT, "1", "2", "3", "4"));
		row.add(new Word("99", 600f, 609.4f, 11, false, true));
		ColumnMapper mapper = ColumnMapper.fit(headers, YEARS, row);
		assertThat(mapper.cells(row)).containsKey(null);
		assertThat(texts(mapper.cells(row))).containsEntry(2026, "4");
	}

	private enum Align {

		LEFT, CENTRE, RIGHT
	}

	private static List<Word> headers(Align align) {
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < YEARS.size(); i++) {
			float x0 = x0(i, 19f, align);
			words.add(new Word(String.valueOf(YEARS.get(i)), x0, x0 + 19f, 11, true, true));
		}
		return words;
	}

	/** One row's value words; null is an empty cell. */
	private static List<Word> row(Align align, String... cells) {
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				float width = 4.7f * cells[i].length();
				float x0 = x0(i, width, align);
				words.add(new Word(cells[i], x0, x0 + width, 11, false, true));
			}
		}
		return words;
	}

	private static float x0(int column, float width, Align align) {
		float left = LEFT + column * PITCH;
		return switch (align) {
			case LEFT -> left + PAD;
			case CENTRE -> left + (PITCH - width) / 2;
			case RIGHT -> left + PITCH - PAD - width;
		};
	}

	private static List<Word> flatten(List<List<Word>> rows) {
		return rows.stream().flatMap(List::stream).toList();
	}

	private static Map<Integer, String> texts(Map<Integer, List<Word>> cells) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		cells.forEach((year, words) -> texts.put(year, String.join(" ", words.stream().map(Word::text).toList())));
		return texts;
	}

	private static Map.Entry<Integer, String> entry(int year, String text) {
		return Map.entry(year, text);
	}
}
