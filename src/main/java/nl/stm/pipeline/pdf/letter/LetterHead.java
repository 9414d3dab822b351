package nl.stm.pipeline.pdf.letter;

import java.time.LocalDate;

/**
 * What the letter head says: Kamerstuk dossier and number, date and sender, and a nota's own
 * reference ("Ons kenmerk"); null when absent.
 */
public record LetterHead(String dossier, Integer number, String vergaderjaar, LocalDate date, String sender,
		String title, String reference) {
}
