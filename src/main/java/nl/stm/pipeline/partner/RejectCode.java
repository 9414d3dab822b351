package nl.stm.pipeline.partner;

/**
 * Why a record of a partner file was not stored (contract v1), plus {@code BAD_RECORD} for a record
 * that cannot be split into cells at all (a quote that is never closed).
 */
public enum RejectCode {

	MISSING_FIELD, UNKNOWN_ACTION, BAD_AMOUNT, BAD_STATUS, BAD_PERIOD, BAD_YEAR, DUPLICATE_ROW, BAD_RECORD

}
