package nl.stm.pipeline.report;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.CountingOutputStream;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * Writes a bi view as CSV for other tools: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8
 * with a byte order mark (so Excel and Power Query read it as UTF-8), a header of the view's
 * snake_case column names, {@code .} decimals, ISO dates and UTC timestamps. Text columns are
 * neutralised against formulas ({@link FormulaGuard}); numbers are written exactly as stored.
 * Size, SHA-256, rows and control totals are computed while writing, over the bytes written.
 */
@Component
class CsvExporter {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final ViewReader reader;

	CsvExporter(ViewReader reader) {
		this.reader = reader;
	}

	CsvResource export(BiCatalog.View view, Path folder) throws Exception {
		return export(view, folder, values -> {
		});
	}

	/** Exports the view and hands every row, after it is printed, to {@code also} (one read, two uses). */
	CsvResource export(BiCatalog.View view, Path folder, ViewReader.RowHandler also) throws Exception {
		Path file = folder.resolve(view.name() + ".csv");
		List<FieldType> types = ViewReader.types(view);
		List<BiCatalog.Column> columns = view.columns();
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		columns.stream().filter(BiCatalog.Column::isEuro).forEach(c -> totals.put(c.name(), BigDecimal.ZERO));
		MessageDigest sha256 = sha256();
		long[] rows = { 0 };
		CountingOutputStream counted;
		try (OutputStream out = Files.newOutputStream(file)) {
			counted = new CountingOutputStream(new DigestOutputStream(out, sha256));
			counted.write(BOM);
			try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16),
					FORMAT)) {
				csv.printRecord(columns.stream().map(BiCatalog.Column::name));
				Object[] cells = new Object[columns.size()];
				reader.read(view, values -> {
					for (int i = 0; i < values.length; i++) {
						cells[i] = cell(types.get(i), values[i]);
						if (values[i] != null && columns.get(i).isEuro()) {
							totals.merge(columns.get(i).name(), (BigDecimal) values[i], BigDecimal::add);
						}
					}
					csv.printRecord(cells);
					also.row(values);
					rows[0]++;
				});
			}
		}
		return new CsvResource(view, file, counted.getByteCount(), HexFormat.of().formatHex(sha256.digest()), rows[0],
				totals);
	}

	private static Object cell(FieldType type, Object value) {
		if (value == null) {
			return null;
		}
		return switch (type) {
			case STRING -> FormulaGuard.neutralise((String) value);
			case NUMBER -> ((BigDecimal) value).toPlainString();
			default -> value.toString();
		};
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JVM has no SHA-256", ex);
		}
	}
}
