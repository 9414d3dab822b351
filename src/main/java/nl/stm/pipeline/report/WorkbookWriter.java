package nl.stm.pipeline.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * Writes {@code report.xlsx} for Excel and LibreOffice users with POI's streaming workbook (a window
 * of rows in memory, the rest on disk, so 100 000 partner rows fit in a small heap). One sheet per
 * wide bi view; typed cells: amounts numeric with a euro format, years and counts integers, dates
 * and times date cells (times in Europe/Amsterdam), booleans; text is always a text cell (POI makes
 * formulas only when asked, so partner text such as {@code =HYPERLINK(...)} stays text). Frozen
 * header row, autofilter, column widths from the content.
 */
@Component
class WorkbookWriter {

	static final String FILE = "report.xlsx";

	/** Sheet name to the bi view it shows, in sheet order. */
	static final Map<String, String> SHEETS = sheets();

	private static final int MAX_WIDTH_CHARS = 60;

	/** Excel's limit for the text of one cell. */
	private static final int MAX_CELL_CHARS = 32_767;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final ViewReader reader;

	WorkbookWriter(ViewReader reader) {
		this.reader = reader;
	}

	private static Map<String, String> sheets() {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put("acties", "v_action");
		sheets.put("begrotingsregels", "v_budget");
		sheets.put("partnerrapportages", "v_partner_submission");
		sheets.put("statussen", "v_status");
		sheets.put("bevindingen", "v_finding");
		sheets.put("afgewezen regels", "fact_rejected_row");
		sheets.put("bronnen", "v_input_file");
		return sheets;
	}

	void write(Path folder, BiCatalog catalog) throws Exception {
		SXSSFWorkbook workbook = new FastDeflatingWorkbook();
		try {
			Styles styles = new Styles(workbook);
			for (Map.Entry<String, String> sheet : SHEETS.entrySet()) {
				writeSheet(workbook.createSheet(sheet.getKey()), catalog.view(sheet.getValue()), styles);
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
				workbook.write(out);
			}
		}
		finally {
			workbook.close();
		}
	}

	private void writeSheet(SXSSFSheet sheet, BiCatalog.View view, Styles styles) throws Exception {
		List<BiCatalog.Column> columns = view.columns();
		List<FieldType> types = ViewReader.types(view);
		int[] widths = new int[columns.size()];
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).name());
			cell.setCellStyle(styles.header);
			widths[i] = columns.get(i).name().length();
		}
		int[] rowNo = { 0 };
		reader.read(view, values -> {
			Row row = sheet.createRow(++rowNo[0]);
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					int chars = cell(row.createCell(i), types.get(i), columns.get(i), values[i], styles);
					widths[i] = Math.max(widths[i], chars);
				}
			}
		});
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowNo[0], 1), 0, columns.size() - 1));
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 3) * 256);
		}
	}

	/** Sets the typed value; returns its width in characters. */
	private static int cell(Cell cell, FieldType type, BiCatalog.Column column, Object value, Styles styles) {
		switch (type) {
			case NUMBER -> {
				cell.setCellValue(((BigDecimal) value).doubleValue());
				cell.setCellStyle(column.isEuro() ? styles.euro : styles.decimal);
				return ((BigDecimal) value).toPlainString().length() + 4;
			}
			case INTEGER -> {
				cell.setCellValue((Long) value);
				cell.setCellStyle(styles.integer);
				return value.toString().length();
			}
			case BOOLEAN -> {
				cell.setCellValue((Boolean) value);
				cell.setCellStyle(styles.plain);
				return 5;
			}
			case DATE -> {
				cell.setCellValue((LocalDate) value);
				cell.setCellStyle(styles.date);
				return 10;
			}
			case DATETIME -> {
				cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZONE));
				cell.setCellStyle(styles.dateTime);
				return 19;
			}
			default -> {
				String text = (String) value;
				cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS - 1) + "…" : text);
				cell.setCellStyle(styles.plain);
				return text.length();
			}
		}
	}

	/**
	 * A streaming workbook that deflates its parts at the fastest level: the sheets are megabytes of
	 * repetitive XML that compress almost as well at level 1, and at the default level the zip step
	 * costs as much as writing the rows.
	 */
	private static final class FastDeflatingWorkbook extends SXSSFWorkbook {

		FastDeflatingWorkbook() {
			super(100);
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
			ZipArchiveOutputStream out = super.createArchiveOutputStream(stream);
			out.setLevel(Deflater.BEST_SPEED);
			return out;
		}
	}

	/**
	 * The cell styles of the workbook, made once (a workbook holds at most 64 000 styles). Every cell
	 * gets one, the default {@code plain} included: a cell without a style makes POI look up its
	 * column's style in the sheet's XML beans for every cell written.
	 */
	private static final class Styles {

		final CellStyle header;

		final CellStyle plain;

		final CellStyle euro;

		final CellStyle decimal;

		final CellStyle integer;

		final CellStyle date;

		final CellStyle dateTime;

		Styles(SXSSFWorkbook workbook) {
			var formats = workbook.createDataFormat();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			plain = workbook.createCellStyle();
			euro = style(workbook, formats.getFormat("\"€\" #,##0.00;\"€\" -#,##0.00"));
			decimal = style(workbook, formats.getFormat("#,##0.00"));
			integer = style(workbook, formats.getFormat("0"));
			date = style(workbook, formats.getFormat("yyyy-mm-dd"));
			dateTime = style(workbook, formats.getFormat("yyyy-mm-dd hh:mm:ss"));
		}

		private static CellStyle style(SXSSFWorkbook workbook, short format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(format);
			return style;
		}
	}
}
