package nl.stm.pipeline.partner;

import java.util.Map;

/**
 * One record of a partner file as read, before validation.
 *
 * @param line the physical line the record starts on (header = line 1; a quoted cell with line
 * breaks makes a record span several lines)
 * @param values the cells by {@link Column} ordinal; null where the file has no such column
 * @param extras cells of columns the contract does not know, by header name (non-blank only)
 * @param unnamedValues whether the record has values under no header (beyond the header's width or
 * under an empty header cell)
 * @param raw the record's text as it is in the file, without its line terminator
 * @param malformed why the record could not be read (an unterminated quote, bytes that are not
 * UTF-8), or null
 * @param malformedCode the reject code of a malformed record ({@code BAD_RECORD}, {@code BAD_ENCODING})
 */
public record PartnerRecord(int line, String[] values, Map<String, String> extras, boolean unnamedValues, String raw,
		String malformed, RejectCode malformedCode) {

	/** A record as read; a malformed one is a {@code BAD_RECORD}. */
	public PartnerRecord(int line, String[] values, Map<String, String> extras, boolean unnamedValues, String raw,
			String malformed) {
		this(line, values, extras, unnamedValues, raw, malformed, malformed == null ? null : RejectCode.BAD_RECORD);
	}

	public String value(Column column) {
		return values[column.ordinal()];
	}
}
