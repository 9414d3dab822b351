package nl.stm.pipeline.partner;

import org.springframework.batch.core.listener.SkipListener;

/**
 * Stores every record the step skipped in {@code rejected_row}: file, line, code, message and the
 * raw record. Called by the step inside the chunk's transaction, so a rolled-back chunk leaves no
 * rejected row behind and a restarted one stores it exactly once.
 */
public class RejectedRowListener implements SkipListener<PartnerRecord, PartnerRow> {

	private final PartnerSubmissionRepository repository;

	private final long ledgerId;

	private final String fileName;

	public RejectedRowListener(PartnerSubmissionRepository repository, long ledgerId, String fileName) {
		this.repository = repository;
		this.ledgerId = ledgerId;
		this.fileName = fileName;
	}

	@Override
	public void onSkipInProcess(PartnerRecord item, Throwable t) {
		String code = t instanceof RowRejectedException rejected ? rejected.code().name() : RejectCode.BAD_RECORD.name();
		repository.insertRejected(ledgerId, fileName, item.line(), code, String.valueOf(t.getMessage()), item.raw());
	}
}
