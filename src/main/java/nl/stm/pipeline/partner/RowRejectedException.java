package nl.stm.pipeline.partner;

/**
 * A record that fails validation. Thrown by the processor and skipped by the step's skip policy; the
 * skip listener stores the record with this code and message in {@code rejected_row}. Carries no
 * stack trace: it is an expected outcome, not a fault.
 */
public class RowRejectedException extends RuntimeException {

	private final RejectCode code;

	public RowRejectedException(RejectCode code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	public RejectCode code() {
		return code;
	}
}
