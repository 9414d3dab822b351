/**
 * Partner progress submissions (CSV, contract v1 in {@code shared/spec/partner-csv.md}): the
 * nightly ingest of the drop folder {@code input/partners/}. A file is read in whatever dialect the
 * partner's Excel wrote it (encoding, delimiter, line breaks, header wording), every record is
 * either stored or stored as rejected with its reason, and the file itself ends up in
 * {@code processed/} or {@code failed/} with its SHA-256 in the import ledger.
 */
package nl.stm.pipeline.partner;
