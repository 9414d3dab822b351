package nl.stm.pipeline.reconcile;

import java.time.LocalDate;

/**
 * A letter in the model: its id, how people name it, its date, Kamerstuk number and programme edition
 * (letters of different editions number their actions each from 1, so they are never compared).
 */
public record LetterRef(long id, String name, LocalDate date, Integer number, String edition) {

	/** "Kamerstuk 28638 nr. 249 (kst-28638-249.pdf)", or the file name when the letter head was not read. */
	public static String nameOf(String dossier, Integer number, String fileName) {
		return dossier != null && number != null ? "Kamerstuk " + dossier + " nr. " + number + " (" + fileName + ")"
				: fileName;
	}
}
