package nl.stm.pipeline.partner;

/**
 * A partner file refused as a whole: nothing of it is stored but the ledger entry and the reason.
 * The message is one line and names the file.
 */
public class PartnerFileException extends RuntimeException {

	/** File error codes of the contract. */
	public enum Code {

		EMPTY, ENCODING, NO_HEADER, TOO_LARGE

	}

	private final Code code;

	public PartnerFileException(Code code, String message) {
		super(message);
		this.code = code;
	}

	public Code code() {
		return code;
	}

	/** The file error among the causes of a failure, or null. */
	public static PartnerFileException in(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof PartnerFileException e) {
				return e;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}
}
