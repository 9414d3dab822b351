package nl.stm.pipeline.letter;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;

/**
 * Reads a letter PDF as {@link LetterPart}s. Extends the item-counting reader (as spring-batch-excel
 * does) so a restarted step skips the parts already written.
 */
public class LetterPartReader extends AbstractItemCountingItemStreamItemReader<LetterPart> {

	private final Path file;

	private final LetterExtraction extractor;

	private final String expectedSha256;

	private List<LetterPart> parts = List.of();

	public LetterPartReader(Path file, String expectedSha256, LetterExtraction extractor) {
		this.file = file;
		this.expectedSha256 = expectedSha256;
		this.extractor = extractor;
		setName("letterPartReader");
	}

	@Override
	protected void doOpen() {
		ExtractedLetter letter;
		try {
			letter = extractor.extract(file);
		}
		catch (ExtractionException ex) {
			throw new LetterRejectedException(ex);
		}
		if (expectedSha256 != null && !expectedSha256.equals(letter.sha256())) {
			throw new ItemStreamException(file.getFileName() + ": content changed since the import was started");
		}
		parts = LetterPart.of(letter);
	}

	@Override
	protected LetterPart doRead() {
		int index = getCurrentItemCount() - 1;
		return index < parts.size() ? parts.get(index) : null;
	}

	@Override
	protected void doClose() {
		parts = List.of();
	}
}
