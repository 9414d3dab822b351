package nl.stm.pipeline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy word wrap for the test PDF generators: the first line to one width, the others to another. */
public final class WordWrap {

	private WordWrap() {
	}

	public static List<String> wrap(String text, float firstWidth, float otherWidth, ToDoubleFunction<String> width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			float maxWidth = lines.isEmpty() ? firstWidth : otherWidth;
			if (!line.isEmpty() && width.applyAsDouble(candidate) > maxWidth) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}
}
