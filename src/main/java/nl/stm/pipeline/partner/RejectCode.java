package nl.stm.pipeline.partner;

/**
 * Why a record of a partner file was not stored (contract v1), plus {@code BAD_RECORD} for a record
 * that cannot be split into cells at all (a quote that is never closed) and {@code BAD_ENCODING}
 * for a line of a UTF-8 file with bytes that are not UTF-8 (its raw bytes are kept as {@code \xNN}).
 */
public enum RejectCode {

	MISSING_FIELD, UNKNOWN_ACTION, BAD_AMOUNT, BAD_STATUS, BAD_PERIOD, BAD_YEAR, DUPLICATE_ROW, BAD_RECORD, BAD_ENCODING

}
