package nl.stm.pipeline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
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
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * Writes {@code report.xlsx} for Excel and LibreOffice users with POI's streaming workbook (a window
 * of rows in memory, the rest on disk, so 100 000 partner rows fit in a small heap). One sheet per
 * wide bi view; typed cells: amounts numeric with a euro format, years and counts integers, dates
 * and times date cells (times in Europe/Amsterdam), booleans; text is always a text cell (POI makes
 * formulas only when asked, so partner text such as {@code =HYPERLINK(...)} stays text). Frozen
 * header row, autofilter, column widths from the content. The partner sheet (1.5 million of its
 * 1.6 million cells) is written while the CSV export reads the partner rows, on a thread of its own,
 * so the rows are read once for both.
 */
@Component
class WorkbookWriter {

	static final String FILE = "report.xlsx";

	/** Sheet name to the bi view it shows, in sheet order. */
	static final Map<String, String> SHEETS = sheets();

	/** The sheet of partner rows, written from the rows of this view as the CSV export reads them. */
	static final String PARTNER_SHEET = "partnerrapportages";

	static final String PARTNER_FACTS = "fact_partner_submission";

	private static final String ACTION_SHEET = "acties";

	private static final int MAX_WIDTH_CHARS = 60;

	/** Excel's limit for the text of one cell. */
	private static final int MAX_CELL_CHARS = 32_767;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final ViewReader reader;

	private final JdbcClient jdbc;

	WorkbookWriter(ViewReader reader, JdbcClient jdbc) {
		this.reader = reader;
		this.jdbc = jdbc;
	}

	private static Map<String, String> sheets() {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put(ACTION_SHEET, "v_action");
		sheets.put("begrotingsregels", "v_budget");
		sheets.put(PARTNER_SHEET, "v_partner_submission");
		sheets.put("statussen", "v_status");
		sheets.put("bevindingen", "v_finding");
		sheets.put("afgewezen regels", "fact_rejected_row");
		sheets.put("bronnen", "v_input_file");
		return sheets;
	}

	/**
	 * Starts a workbook over the {@code views} of schema bi whose partner sheet is written, on a thread
	 * of its own, from the rows of {@code bi.fact_partner_submission} handed to
	 * {@link Draft#partnerRows()}; {@link Draft#write} then writes the other sheets and the file.
	 */
	Draft start(List<BiCatalog.View> views) {
		return new Draft(views);
	}

	/** A workbook being written. */
	final class Draft implements AutoCloseable {

		private final SXSSFWorkbook workbook = new FastDeflatingWorkbook();

		private final Map<String, BiCatalog.View> views = new HashMap<>();

		private final Styles styles;

		private final Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();

		private final SheetRows partnerSheet;

		private final RowPipe partners;

		private Draft(List<BiCatalog.View> all) {
			all.forEach(view -> views.put(view.name(), view));
			this.styles = new Styles(workbook);
			SHEETS.keySet().forEach(name -> sheets.put(name, workbook.createSheet(name)));
			BiCatalog.View wide = view(SHEETS.get(PARTNER_SHEET));
			this.partnerSheet = new SheetRows(sheets.get(PARTNER_SHEET), wide.columns(), styles);
			PartnerRows rows = new PartnerRows(view(PARTNER_FACTS), wide, jdbc);
			this.partners = new RowPipe("report.xlsx " + PARTNER_SHEET, values -> {
				Object[] row = rows.of(values);
				if (row != null) {
					partnerSheet.row(row);
				}
			});
		}

		/** Takes the rows of bi.fact_partner_submission, each once. */
		ViewReader.RowHandler partnerRows() {
			return partners;
		}

		/** Writes the other sheets (the actions with these totals) and the file into {@code folder}. */
		void write(Path folder, PartnerTotals partnerTotals, BudgetTotals budgets) throws Exception {
			partners.finish();
			partnerSheet.finish();
			for (Map.Entry<String, String> sheet : SHEETS.entrySet()) {
				if (sheet.getKey().equals(PARTNER_SHEET)) {
					continue;
				}
				BiCatalog.View view = view(sheet.getValue());
				SheetRows rows = new SheetRows(sheets.get(sheet.getKey()), view.columns(), styles);
				if (sheet.getKey().equals(ACTION_SHEET)) {
					new ActionOverview(jdbc, view).read(budgets, partnerTotals, rows);
				}
				else {
					reader.read(view, rows);
				}
				rows.finish();
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
				workbook.write(out);
			}
		}

		private BiCatalog.View view(String name) {
			BiCatalog.View view = views.get(name);
			if (view == null) {
				throw new IllegalStateException("schema bi has no view " + name);
			}
			return view;
		}

		@Override
		public void close() throws Exception {
			try {
				partners.close();
			}
			finally {
				workbook.close();
			}
		}
	}

	/** The typed rows of one sheet under a header of column names, with column widths from the content. */
	private static final class SheetRows implements ViewReader.RowHandler {

		private final SXSSFSheet sheet;

		private final List<BiCatalog.Column> columns;

		private final List<FieldType> types;

		private final Styles styles;

		private final int[] widths;

		private int rowNo;

		SheetRows(SXSSFSheet sheet, List<BiCatalog.Column> columns, Styles styles) {
			this.sheet = sheet;
			this.columns = columns;
			this.types = columns.stream().map(c -> FieldType.of(c.jdbcType())).toList();
			this.styles = styles;
			this.widths = new int[columns.size()];
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(columns.get(i).name());
				cell.setCellStyle(styles.header);
				widths[i] = columns.get(i).name().length();
			}
		}

		@Override
		public void row(Object[] values) {
			Row row = sheet.createRow(++rowNo);
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					widths[i] = Math.max(widths[i], cell(row.createCell(i), types.get(i), columns.get(i), values[i], styles));
				}
			}
		}

		void finish() {
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowNo, 1), 0, columns.size() - 1));
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 3) * 256);
			}
		}
	}

	/**
	 * A row of bi.v_partner_submission made from a row of bi.fact_partner_submission, as the view
	 * makes it: the fact's columns of the same name, the action's title from dim_action (a row whose
	 * action is not there is not in the view) and the actielijn's title from dim_actielijn (may be
	 * missing). The report's test compares the sheet with the view row for row.
	 */
	private static final class PartnerRows {

		private static final int ACTION_TITLE = -1;

		private static final int ACTIELIJN_TITLE = -2;

		private final int[] source;

		private final int edition;

		private final int action;

		private final int actielijn;

		/** Per edition, per number, the title. */
		private final Map<String, Map<Long, String>> actionTitles = new HashMap<>();

		private final Map<String, Map<Long, String>> actielijnTitles = new HashMap<>();

		PartnerRows(BiCatalog.View fact, BiCatalog.View wide, JdbcClient jdbc) {
			List<String> names = fact.columns().stream().map(BiCatalog.Column::name).toList();
			this.source = wide.columns().stream().mapToInt(c -> switch (c.name()) {
				case "action_title" -> ACTION_TITLE;
				case "actielijn_title" -> ACTIELIJN_TITLE;
				default -> {
					if (!names.contains(c.name())) {
						throw new IllegalStateException("bi." + wide.name() + "." + c.name() + " is not in bi." + fact.name());
					}
					yield names.indexOf(c.name());
				}
			}).toArray();
			this.edition = names.indexOf("edition_key");
			this.action = names.indexOf("action_key");
			this.actielijn = names.indexOf("actielijn_key");
			jdbc.sql("SELECT edition_key, action_key, action_title FROM bi.dim_action")
				.query(rs -> {
					actionTitles.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
				});
			jdbc.sql("SELECT edition_key, actielijn_key, actielijn_title FROM bi.dim_actielijn")
				.query(rs -> {
					actielijnTitles.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
				});
		}

		/** The view's row, or null when the view has no row for it. */
		Object[] of(Object[] fact) {
			Map<Long, String> actions = actionTitles.get(fact[edition]);
			if (actions == null || !actions.containsKey(fact[action])) {
				return null;
			}
			Object[] row = new Object[source.length];
			for (int i = 0; i < source.length; i++) {
				row[i] = switch (source[i]) {
					case ACTION_TITLE -> actions.get(fact[action]);
					case ACTIELIJN_TITLE -> fact[actielijn] == null ? null
							: actielijnTitles.getOrDefault(fact[edition], Map.of()).get(fact[actielijn]);
					default -> fact[source[i]];
				};
			}
			return row;
		}
	}

	/** Sets the typed value; returns its width in characters. */
	private static int cell(Cell cell, FieldType type, BiCatalog.Column column, Object value, Styles styles) {
		switch (type) {
			case NUMBER -> {
				cell.setCellValue(((BigDecimal) value).doubleValue());
				cell.setCellStyle(column.isEuro() ? styles.euro : styles.decimal);
				return plainLength((BigDecimal) value) + 4;
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

	/** The length of {@link BigDecimal#toPlainString()}, without making the string (1.5 million times). */
	static int plainLength(BigDecimal value) {
		int scale = Math.max(value.scale(), 0);
		return Math.max(value.precision() - value.scale(), 1) + (scale > 0 ? scale + 1 : 0) + (value.signum() < 0 ? 1 : 0);
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

		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			return new PlainTextSheetDataWriter();
		}
	}

	/**
	 * Writes a sheet's XML as POI does, but text that needs no escape in one piece: POI escapes text
	 * code point by code point, a quarter of the time of writing the partner sheet, though partner text
	 * is nearly always plain. Text with anything to escape or replace goes to POI's own escaping.
	 */
	private static final class PlainTextSheetDataWriter extends SheetDataWriter {

		PlainTextSheetDataWriter() throws IOException {
			super();
		}

		@Override
		protected void outputEscapedString(String text) throws IOException {
			if (text != null && isPlain(text)) {
				_out.write(text);
			}
			else {
				super.outputEscapedString(text);
			}
		}

		/** Printable ASCII without the characters XML escapes. */
		private static boolean isPlain(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c < ' ' || c > '~' || c == '<' || c == '>' || c == '&' || c == '"') {
					return false;
				}
			}
			return true;
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
