package nl.stm.pipeline.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import nl.stm.pipeline.partner.Column.HeaderMapping;
import nl.stm.pipeline.partner.PartnerFileException.Code;

/**
 * Reads a partner CSV file as {@link PartnerRecord}s, in the dialect {@link PartnerFileScanner}
 * found: the byte order mark is dropped ({@code BOMInputStream}), the first non-blank line is the
 * header, blank lines (also lines of only delimiters) are not records. Every record carries the
 * physical line it starts on and its raw text.
 * <p>
 * Records are parsed on a read-ahead thread ({@link ReadAhead}), so that on two cores parsing
 * overlaps with validating and storing; the records, and a failure in its place, still come in file
 * order, and the count below is of the records the step has taken.
 * <p>
 * Restartable: extends the item-counting reader, so a restarted step skips the records of the
 * chunks already committed. The number of records delivered and the dialect go into the step's
 * execution context ({@link #RECORDS}, {@link #ENCODING}, …) for the ledger; file errors
 * ({@code EMPTY}, {@code ENCODING}, {@code NO_HEADER}, {@code TOO_LARGE}) are thrown as
 * {@link PartnerFileException} when the file is opened (or, for a record too long, when it is reached).
 */
public class PartnerRowReader extends AbstractItemCountingItemStreamItemReader<PartnerRecord> {

	public static final String NAME = "partnerRowReader";

	public static final String RECORDS = NAME + ".records";

	public static final String ENCODING = NAME + ".encoding";

	public static final String BOM = NAME + ".bom";

	public static final String DELIMITER = NAME + ".delimiter";

	public static final String UNKNOWN_COLUMNS = NAME + ".unknown-columns";

	private static final int READ_AHEAD_BATCH = 256;

	private static final int READ_AHEAD_BATCHES = 16;

	private static final String UNTERMINATED = "EOF reached before encapsulated token finished";

	private final Path file;

	private final String name;

	private final String expectedSha256;

	private final PartnerProperties limits;

	private CsvDialect dialect;

	private HeaderMapping mapping;

	/** Per header position: whether it is a column of the contract. */
	private boolean[] mapped;

	private CapturingReader text;

	private CSVParser parser;

	private java.util.Iterator<CSVRecord> records;

	/** The last record taken from the parser (blank or not); its end is known once the next one is read. */
	private Raw last;

	/** The next non-blank record: read ahead, so the current one's raw text is complete. */
	private Raw next;

	/** Parses ahead on a thread of its own once the header is read; the step's thread takes the records. */
	private ReadAhead<PartnerRecord> ahead;

	private int delivered;

	/** A record as the parser gave it, with where it starts. */
	private static final class Raw {

		final String[] values;

		final long start;

		final int line;

		final String malformed;

		long end = -1;

		Raw(String[] values, long start, int line, String malformed) {
			this.values = values;
			this.start = start;
			this.line = line;
			this.malformed = malformed;
		}

		boolean blank() {
			for (String v : values) {
				if (!Text.isBlank(v)) {
					return false;
				}
			}
			return malformed == null;
		}
	}

	public PartnerRowReader(Path file, String expectedSha256, PartnerProperties limits) {
		this.file = file;
		this.name = file.getFileName().toString();
		this.expectedSha256 = expectedSha256;
		this.limits = limits;
		setName(NAME);
	}

	/** The dialect found when the reader was opened, or null before. */
	public CsvDialect dialect() {
		return dialect;
	}

	/** The header's mapping onto the contract's columns, or null before it was read. */
	public HeaderMapping mapping() {
		return mapping;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		try {
			super.open(executionContext);
		}
		finally {
			if (dialect != null) {
				executionContext.putString(ENCODING, dialect.encoding());
				executionContext.putString(BOM, String.valueOf(dialect.bom()));
				executionContext.putString(DELIMITER, dialect.delimiterText());
			}
			if (mapping != null && mapping.unknownNames() != null) {
				executionContext.putString(UNKNOWN_COLUMNS, mapping.unknownNames());
			}
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		super.update(executionContext);
		executionContext.putInt(RECORDS, delivered);
	}

	@Override
	protected void doOpen() throws IOException {
		PartnerFileScanner.FileScan scan = PartnerFileScanner.scan(file, limits.maxBytes(), expectedSha256 != null);
		if (expectedSha256 != null && !expectedSha256.equals(scan.sha256())) {
			throw new ItemStreamException(name + ": the content changed since the ingest was started");
		}
		dialect = scan.dialect();
		InputStream bytes = BOMInputStream.builder()
			.setInputStream(Files.newInputStream(file))
			.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
			.get();
		text = new CapturingReader(TextDecoder.of(bytes, dialect.charset()), limits.maxRecordChars());
		parser = CSVParser.builder().setReader(text).setFormat(format(dialect.delimiter())).get();
		records = parser.iterator();
		delivered = 0;
		Raw header = nextNonBlank();
		if (header == null) {
			throw new PartnerFileException(Code.EMPTY, name + ": the file has no content (only empty lines and cells)");
		}
		mapping = HeaderMapping.of(List.of(header.values));
		mapped = new boolean[mapping.width()];
		for (int p : mapping.positions()) {
			if (p >= 0) {
				mapped[p] = true;
			}
		}
		List<Column> missing = mapping.missing();
		if (!missing.isEmpty() || header.malformed != null) {
			throw new PartnerFileException(Code.NO_HEADER, name + ": line " + header.line
					+ " is not a header with the columns of the contract: missing "
					+ String.join(", ", missing.stream().map(c -> c == Column.JAAR ? "Jaar (needed for the amounts)" : c.header()).toList())
					+ " (found "
					+ Text.quote(String.join(String.valueOf(dialect.delimiter()), header.values)) + ")");
		}
		next = nextNonBlank();
		if (next == null) {
			throw new PartnerFileException(Code.EMPTY, name + ": the file has a header but no rows");
		}
		ahead = new ReadAhead<>("partner-reader " + name, READ_AHEAD_BATCH, READ_AHEAD_BATCHES, this::parseNext);
	}

	/** The CSV dialect: the delimiter found, RFC 4180 quotes, no escape, blank lines kept (to count lines). */
	static CSVFormat format(char delimiter) {
		return CSVFormat.Builder.create()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setEscape(null)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(false)
			.setTrim(false)
			.setTrailingData(true)
			.setLenientEof(false)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.setRecordSeparator("\r\n")
			.get();
	}

	@Override
	protected PartnerRecord doRead() {
		PartnerRecord record = ahead.take();
		if (record != null) {
			delivered++;
		}
		return record;
	}

	/** The next record, on the read-ahead thread: it alone uses the parser from here on. */
	private PartnerRecord parseNext() {
		if (next == null) {
			return null;
		}
		Raw current = next;
		next = current.malformed == null ? nextNonBlank() : null;
		long end = current.end >= 0 ? current.end : text.position();
		String raw = stripLineEnd(text.text(current.start, end));
		text.release(end);
		if (raw.length() > limits.maxRecordChars()) {
			throw new PartnerFileException(Code.TOO_LARGE, name + ": the record on line " + current.line + " is longer than "
					+ limits.maxRecordChars() + " characters (pipeline.partners.max-record-chars)");
		}
		return record(current, raw);
	}

	private PartnerRecord record(Raw raw, String text) {
		String[] values = new String[Column.values().length];
		if (raw.malformed != null) {
			return new PartnerRecord(raw.line, values, Map.of(), false, text, raw.malformed);
		}
		for (Column column : Column.values()) {
			int position = mapping.position(column);
			values[column.ordinal()] = position >= 0 && position < raw.values.length ? raw.values[position] : null;
		}
		String invalid = InvalidBytes.describe(text);
		if (invalid != null) {
			return new PartnerRecord(raw.line, values, Map.of(), false, InvalidBytes.shown(text),
					"not valid UTF-8 (" + invalid + "), unlike the rest of the file", RejectCode.BAD_ENCODING);
		}
		Map<String, String> extras = null;
		boolean unnamed = false;
		for (int i = 0; i < raw.values.length; i++) {
			String value = raw.values[i];
			if (Text.isBlank(value) || (i < mapping.width() && isMapped(i))) {
				continue;
			}
			String header = mapping.unknown().get(i);
			if (header == null) {
				unnamed = true;
				header = "column " + (i + 1);
			}
			if (extras == null) {
				extras = new LinkedHashMap<>();
			}
			extras.put(header, value);
		}
		return new PartnerRecord(raw.line, values, extras == null ? Map.of() : extras, unnamed, text, null);
	}

	private boolean isMapped(int position) {
		return mapped[position];
	}

	private Raw nextNonBlank() {
		Raw raw;
		do {
			raw = nextRaw();
		}
		while (raw != null && raw.blank());
		return raw;
	}

	/** The next record from the parser, or a malformed one for a quote that is never closed, or null at the end. */
	private Raw nextRaw() {
		long linesBefore = parser.getCurrentLineNumber();
		int line = (int) linesBefore + 1;
		Raw raw;
		try {
			if (!records.hasNext()) {
				if (last != null) {
					last.end = text.position();
				}
				return null;
			}
			CSVRecord record = records.next();
			raw = new Raw(record.values(), record.getCharacterPosition(), line, null);
		}
		catch (CapturingReader.RecordTooLongException ex) {
			throw new PartnerFileException(Code.TOO_LARGE, name + ": the record starting on line " + line
					+ " is longer than " + limits.maxRecordChars()
					+ " characters (pipeline.partners.max-record-chars); is a quote never closed?");
		}
		catch (UncheckedIOException ex) {
			if (!String.valueOf(ex.getCause() == null ? null : ex.getCause().getMessage()).contains(UNTERMINATED)) {
				throw new ItemStreamException(name + ": cannot read line " + line + " (" + ex.getMessage() + ")", ex);
			}
			long start = last == null ? 0 : text.skipLines(last.start, line - last.line);
			raw = new Raw(new String[0], start, line, "a quote opened on line " + line
					+ " is never closed: the rest of the file is one cell");
		}
		if (last != null) {
			last.end = raw.start;
		}
		last = raw;
		return raw;
	}

	private static String stripLineEnd(String text) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return end == text.length() ? text : text.substring(0, end);
	}

	@Override
	protected void doClose() throws IOException {
		if (ahead != null) {
			ahead.close();
			ahead = null;
		}
		if (parser != null) {
			parser.close();
		}
		parser = null;
		records = null;
		last = null;
		next = null;
	}
}
