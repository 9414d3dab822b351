package nl.stm.pipeline.letter;

import org.springframework.batch.infrastructure.item.ItemStreamException;

import nl.stm.pipeline.pdf.ExtractionException;

/** A letter file that cannot be read; its message is the one-line reason naming the file. */
public class LetterRejectedException extends ItemStreamException {

	private final ExtractionException.Code code;

	public LetterRejectedException(ExtractionException cause) {
		super(cause.getMessage(), cause);
		this.code = cause.code();
	}

	public ExtractionException.Code code() {
		return code;
	}
}
