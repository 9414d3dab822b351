package nl.stm.pipeline.partner;

import java.nio.charset.Charset;

/** How a partner file is written: its encoding, whether it starts with a byte order mark, its delimiter. */
public record CsvDialect(Charset charset, boolean bom, char delimiter) {

	/** The encoding as the ledger and the report name it: {@code UTF-8}, {@code windows-1252}, {@code UTF-16LE}. */
	public String encoding() {
		return charset.name();
	}

	/** The delimiter as text: {@code ;}, {@code ,} or a tab character. */
	public String delimiterText() {
		return String.valueOf(delimiter);
	}

	/** The delimiter for people: {@code ';'}, {@code ','} or {@code tab}. */
	public String delimiterName() {
		return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
	}
}
