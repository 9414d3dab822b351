package nl.stm.pipeline.model;

import java.time.LocalDate;

/** A letter as registered in the model: identified by the SHA-256 of its content. */
public record LetterDocument(String sha256, String fileName, int pages, String dossier, Integer number,
		String vergaderjaar, LocalDate date, String sender, String title) {
}
