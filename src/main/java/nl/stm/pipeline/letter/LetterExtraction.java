package nl.stm.pipeline.letter;

import java.nio.file.Path;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;

/** Reads a letter: in this process (trusted files, tests) or in a child JVM ({@link IsolatedExtractor}). */
@FunctionalInterface
public interface LetterExtraction {

	ExtractedLetter extract(Path file) throws ExtractionException;
}
