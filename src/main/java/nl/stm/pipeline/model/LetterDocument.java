package nl.stm.pipeline.model;

import java.time.LocalDate;

/**
 * A document version as registered in the model: its file (SHA-256, name, pages), its head, the
 * edition it belongs to and its identity ({@link DocumentIdentity}).
 */
public record LetterDocument(String sha256, String fileName, int pages, String dossier, Integer number,
		String vergaderjaar, LocalDate date, String sender, String title, String reference, String editionKey) {

	public DocumentIdentity identity() {
		return DocumentIdentity.of(dossier, number, sha256);
	}
}
