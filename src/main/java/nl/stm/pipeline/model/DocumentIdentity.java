package nl.stm.pipeline.model;

/**
 * Which document a file is: a Kamerstuk is its dossier and number, however often it is saved or
 * downloaded; a document without a number (a nota, an annex on its own) is its content (SHA-256).
 */
public record DocumentIdentity(String key, String name) {

	public static DocumentIdentity of(String dossier, Integer number, String sha256) {
		if (number == null) {
			return new DocumentIdentity("sha256:" + sha256, "document " + sha256.substring(0, 12));
		}
		String digits = dossier == null ? "" : dossier.replace(" ", "");
		String printed = digits.length() == 5 ? digits.substring(0, 2) + " " + digits.substring(2) : digits;
		return new DocumentIdentity("kamerstuk:" + digits + ":" + number, "Kamerstuk " + printed + " nr. " + number);
	}

	public boolean isKamerstuk() {
		return key.startsWith("kamerstuk:");
	}
}
