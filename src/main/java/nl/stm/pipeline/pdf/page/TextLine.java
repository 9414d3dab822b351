package nl.stm.pipeline.pdf.page;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words sharing one baseline on one page, left to right.
 */
public record TextLine(int page, float y, float fontSize, List<Word> words) {

	public String text() {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

	/**
	 * An empty set of lines compared by identity: a line is one printed line, and hashing a record of all its
	 * words for every lookup is what made the readers' line sets slow.
	 */
	public static Set<TextLine> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	public float x0() {
		return words.get(0).x0();
	}

	public float x1() {
		return words.get(words.size() - 1).x1();
	}
}
