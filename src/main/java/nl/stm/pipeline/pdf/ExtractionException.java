package nl.stm.pipeline.pdf;

/**
 * A file that could not be read as a letter. The message is one line that names the file.
 */
public class ExtractionException extends Exception {

	/** Why a file could not be read; the codes of the extraction interchange format. */
	public enum Code {

		NOT_A_PDF, EMPTY_FILE, TRUNCATED, ENCRYPTED, NO_TEXT, TOO_LARGE, TIMEOUT, IO

	}

	private final Code code;

	public ExtractionException(Code code, String message) {
		super(message);
		this.code = code;
	}

	public ExtractionException(Code code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public Code code() {
		return code;
	}
}
