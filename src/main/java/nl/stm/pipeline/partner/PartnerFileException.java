package nl.stm.pipeline.partner;

/**
 * A partner file refused as a whole: nothing of it is stored but the ledger entry and the reason.
 * The message is one line and names the file.
 */
public class PartnerFileException extends RuntimeException {

	/** File error codes of the contract. */
	public enum Code {

		EMPTY, ENCODING, NO_HEADER, TOO_LARGE,

		/** Any other error caused by the file's content (not by the database or the machine). */
		INGEST_ERROR

	}

	private final Code code;

	public PartnerFileException(Code code, String message) {
		super(message);
		this.code = code;
	}

	public Code code() {
		return code;
	}

	/**
	 * Whether a failure is the machine's, not the file's: the database unreachable or timing out, a
	 * disk that could not be read or written, memory. Such an ingest is restarted on the next run;
	 * any other failure is the file's, which fails once and leaves the drop folder.
	 */
	public static boolean transientFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof org.springframework.dao.TransientDataAccessException
					|| t instanceof org.springframework.dao.RecoverableDataAccessException
					|| t instanceof org.springframework.dao.DataAccessResourceFailureException
					|| t instanceof org.springframework.transaction.TransactionException
					|| t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
					|| t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.io.IOException
					|| t instanceof java.io.UncheckedIOException || t instanceof Error) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
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
