package nl.stm.pipeline.pdf.page;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words sharing one baseline on one page, left to right.
 */
public record TextLine(int page, float y, float fontSize, List<Word> words) {

	public String text() {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

	public float x0() {
		return words.get(0).x0();
	}

	public float x1() {
		return words.get(words.size() - 1).x1();
	}
}
