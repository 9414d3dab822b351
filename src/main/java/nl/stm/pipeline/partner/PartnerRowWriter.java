package nl.stm.pipeline.partner;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of accepted rows of one file in one JDBC batch. */
public class PartnerRowWriter implements ItemWriter<PartnerRow> {

	private final PartnerSubmissionRepository repository;

	private final long ledgerId;

	private final String fileName;

	public PartnerRowWriter(PartnerSubmissionRepository repository, long ledgerId, String fileName) {
		this.repository = repository;
		this.ledgerId = ledgerId;
		this.fileName = fileName;
	}

	@Override
	public void write(Chunk<? extends PartnerRow> chunk) {
		if (!chunk.isEmpty()) {
			repository.insert(ledgerId, fileName, chunk.getItems());
		}
	}
}
