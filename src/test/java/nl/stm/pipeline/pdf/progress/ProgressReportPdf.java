package nl.stm.pipeline.pdf.progress;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import nl.stm.pipeline.support.WordWrap;

/**
 * Writes progress reports like the annex of the "Samen tegen mensenhandel" voortgangsrapportages
 * (Nr. | Actie | Actiehouder(s) | Stand van zaken | Toelichting, "Actielijn N." bands, a legend of
 * coloured icons), in layouts we have no real file of: other colours, squares, images or words
 * instead of circles, portrait or landscape pages, the legend below, above or missing. The
 * {@link Report} model is exactly what gets printed, so each variant carries its own expected
 * extraction.
 */
public final class ProgressReportPdf {

	private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private static final PDFont DINGBATS = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);

	private ProgressReportPdf() {
	}

	/** How a row's status is shown. */
	public enum Icon {

		/** A filled circle drawn with Bézier curves. */
		CIRCLE,

		/** A filled square. */
		SQUARE,

		/** A small raster image of an anti-aliased circle on a transparent background. */
		IMAGE,

		/** A coloured character: ZapfDingbats' filled circle (U+25CF), as typed in a word processor. */
		GLYPH,

		/** The status label written as words, no icon. */
		TEXT

	}

	/** Where the legend is printed. */
	public enum LegendPlacement {

		/** After the table, one entry per line under "Legenda stand van zaken". */
		BELOW,

		/** Before the table, entries side by side after "Legenda:", labels wrapping. */
		ABOVE_SIDE_BY_SIDE,

		/** No legend at all. */
		NONE

	}

	/** A legend entry as printed: label, icon colour and icon kind. */
	public record Status(String label, Color colour, Icon icon) {

		public StatusCode code() {
			return StatusCode.fromLabel(label);
		}

		public String hex() {
			return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
		}
	}

	/** A row or a band of the table. */
	public sealed interface Item permits Row, Band {
	}

	/**
	 * An action row. {@code status} is the legend entry it shows; {@code iconColour}, when set,
	 * paints the icon in another colour (an icon that matches no legend entry).
	 */
	public record Row(int action, String title, List<String> holders, Status status, String toelichting,
			Color iconColour) implements Item {

		public Row(int action, String title, List<String> holders, Status status, String toelichting) {
			this(action, title, holders, status, toelichting, null);
		}
	}

	/** An "Actielijn N. title" band. */
	public record Band(int actielijn, String title) implements Item {
	}

	/**
	 * A report: the title and period lines on top, the legend (entries and placement), the table
	 * items, the row icon kind (null: each row shows its status's own icon kind), the page size of
	 * each page (the last one repeats), and whether rules separate the rows.
	 */
	public record Report(List<String> heading, List<Status> legend, LegendPlacement placement, List<Item> items,
			Icon rowIcon, List<PDRectangle> pageSizes, boolean rules, boolean repeatHeader, String runningHead,
			String afterTable) {

		public Report(List<String> heading, List<Status> legend, LegendPlacement placement, List<Item> items, Icon rowIcon,
				List<PDRectangle> pageSizes, boolean rules) {
			this(heading, legend, placement, items, rowIcon, pageSizes, rules, true, null, null);
		}

		/**
		 * The same report without header rows on continuation pages, with a running head and a page
		 * number on every page, and a paragraph of prose between the table and the legend.
		 */
		public Report plain(String runningHead, String afterTable) {
			return new Report(heading, legend, placement, items, rowIcon, pageSizes, rules, false, runningHead, afterTable);
		}

		public List<Row> rows() {
			return items.stream().filter(Row.class::isInstance).map(Row.class::cast).toList();
		}

		/** The actielijn each action is listed under. */
		public Map<Integer, Integer> actielijnen() {
			Map<Integer, Integer> map = new LinkedHashMap<>();
			Integer current = null;
			for (Item item : items) {
				if (item instanceof Band b) {
					current = b.actielijn();
				}
				else if (item instanceof Row r) {
					map.put(r.action(), current);
				}
			}
			return map;
		}
	}

	public static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	public static final PDRectangle PORTRAIT = PDRectangle.A4;

	// ------------------------------------------------------------------------------------ writer

	private static final float MARGIN = 56;

	private static final float FONT = 9;

	private static final float LEADING = 11;

	private static final float ICON = 8;

	/** Column widths as shares of the table width: Nr, Actie, Actiehouder(s), Stand van zaken, Toelichting. */
	private static final float[] SHARES = { 0.05f, 0.24f, 0.16f, 0.09f, 0.46f };

	/**
	 * Where the rows ended up: the page each action starts on, and the actions whose row was split
	 * over a page break (continued under the repeated header of the next page).
	 */
	public record Printed(Map<Integer, Integer> pageOf, List<Integer> continued) {
	}

	public static Printed write(Report report, Path file) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			Writer writer = new Writer(doc, report);
			writer.write();
			doc.save(file.toFile());
			return new Printed(Map.copyOf(writer.pageOf), List.copyOf(writer.continued));
		}
	}

	private static final class Writer {

		final PDDocument doc;

		final Report report;

		final Map<Color, PDImageXObject> images = new LinkedHashMap<>();

		final Map<Integer, Integer> pageOf = new LinkedHashMap<>();

		final List<Integer> continued = new ArrayList<>();

		PDPage page;

		PDPageContentStream cs;

		float y;

		float[] colX;

		float[] colW;

		int pageIndex;

		Writer(PDDocument doc, Report report) {
			this.doc = doc;
			this.report = report;
		}

		void write() throws IOException {
			newPage(false);
			for (String line : report.heading()) {
				text(BOLD, line == report.heading().get(0) ? 14 : 11, MARGIN, y, line);
				y -= 20;
			}
			if (report.placement() == LegendPlacement.ABOVE_SIDE_BY_SIDE) {
				legendSideBySide();
			}
			y -= 6;
			header();
			for (Item item : report.items()) {
				if (item instanceof Band band) {
					if (y - 2 * LEADING < MARGIN) {
						newPage(true);
					}
					y -= 4;
					text(BOLD, FONT, colX[0] + 2, y - FONT, "Actielijn " + band.actielijn() + ". " + band.title());
					y -= LEADING + 6;
					rule();
				}
				else {
					row((Row) item);
				}
			}
			if (report.afterTable() != null) {
				y -= 2 * LEADING;
				for (String line : wrap(report.afterTable(), colX[4] + colW[4] - MARGIN)) {
					if (y < MARGIN + LEADING) {
						newPage(false);
					}
					text(REGULAR, FONT, MARGIN, y, line);
					y -= LEADING;
				}
			}
			if (report.placement() == LegendPlacement.BELOW) {
				legendBelow();
			}
			cs.close();
		}

		void newPage(boolean withHeader) throws IOException {
			if (cs != null) {
				cs.close();
			}
			List<PDRectangle> sizes = report.pageSizes();
			PDRectangle size = sizes.get(Math.min(pageIndex, sizes.size() - 1));
			pageIndex++;
			page = new PDPage(size);
			doc.addPage(page);
			cs = new PDPageContentStream(doc, page);
			y = size.getHeight() - MARGIN;
			float width = size.getWidth() - 2 * MARGIN;
			colX = new float[SHARES.length];
			colW = new float[SHARES.length];
			float x = MARGIN;
			for (int i = 0; i < SHARES.length; i++) {
				colX[i] = x;
				colW[i] = SHARES[i] * width;
				x += colW[i];
			}
			if (report.runningHead() != null) {
				text(REGULAR, 8, MARGIN, size.getHeight() - 30, report.runningHead());
				text(REGULAR, 8, size.getWidth() / 2, 24, String.valueOf(pageIndex));
			}
			if (withHeader && report.repeatHeader()) {
				header();
			}
		}

		void header() throws IOException {
			// "Stand van zaken" wraps over three lines in its narrow column, as in the sample
			float top = y;
			text(BOLD, FONT, colX[3] + 2, top - FONT, "Stand");
			text(BOLD, FONT, colX[3] + 2, top - FONT - LEADING, "van");
			float base = top - FONT - 2 * LEADING;
			String[] titles = { "Nr.", "Actie", "Actiehouder(s)", "zaken", "Toelichting" };
			for (int i = 0; i < titles.length; i++) {
				text(BOLD, FONT, colX[i] + 2, base, titles[i]);
			}
			y = base - 6;
			rule();
		}

		void rule() throws IOException {
			if (!report.rules()) {
				return;
			}
			cs.setStrokingColor(Color.GRAY);
			cs.setLineWidth(0.5f);
			for (int i = 0; i < colX.length; i++) {
				cs.moveTo(colX[i], y);
				cs.lineTo(colX[i] + colW[i], y);
			}
			cs.stroke();
		}

		void row(Row row) throws IOException {
			List<String> title = wrap(row.title(), colW[1] - 6);
			List<String> holders = wrap(String.join(", ", row.holders()), colW[2] - 6);
			Icon kind = report.rowIcon() != null ? report.rowIcon() : row.status().icon();
			List<String> status = kind == Icon.TEXT ? wrap(row.status().label(), colW[3] - 4) : List.of();
			List<String> toelichting = wrap(row.toelichting(), colW[4] - 6);
			int lines = Math.max(Math.max(title.size(), holders.size()), Math.max(status.size(), toelichting.size()));
			boolean first = true;
			int done = 0;
			while (done < lines) {
				int room = (int) ((y - MARGIN) / LEADING) - 1;
				if (room < 1 || (first && room < 2)) {
					newPage(true);
					if (!first) {
						continued.add(row.action());
					}
					continue;
				}
				int n = Math.min(room, lines - done);
				float top = y - 4;
				if (first) {
					pageOf.put(row.action(), pageIndex);
					text(REGULAR, FONT, colX[0] + 2, top - FONT, row.action() + ".");
					if (kind != Icon.TEXT) {
						Color c = row.iconColour() != null ? row.iconColour() : row.status().colour();
						icon(kind, c, colX[3] + 6, top - FONT - 1);
					}
				}
				for (int k = 0; k < n; k++) {
					float base = top - FONT - k * LEADING;
					int i = done + k;
					cell(title, i, 1, base);
					cell(holders, i, 2, base);
					cell(status, i, 3, base);
					cell(toelichting, i, 4, base);
				}
				y = top - n * LEADING - 4;
				done += n;
				first = false;
				rule();
			}
		}

		void cell(List<String> lines, int i, int column, float base) throws IOException {
			if (i < lines.size()) {
				text(REGULAR, FONT, colX[column] + 2, base, lines.get(i));
			}
		}

		/** An icon whose lower left corner is at (x, y) and whose side is {@link #ICON}. */
		void icon(Icon kind, Color colour, float x, float y) throws IOException {
			switch (kind) {
				case CIRCLE -> {
					float r = ICON / 2;
					float cx = x + r;
					float cy = y + r;
					float k = 0.5523f * r;
					cs.setNonStrokingColor(colour);
					cs.moveTo(cx + r, cy);
					cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
					cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
					cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
					cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
					cs.closePath();
					cs.fill();
				}
				case SQUARE -> {
					cs.setNonStrokingColor(colour);
					cs.addRect(x, y, ICON, ICON);
					cs.fill();
				}
				case IMAGE -> cs.drawImage(image(colour), x, y, ICON, ICON);
				case GLYPH -> {
					cs.setNonStrokingColor(colour);
					cs.beginText();
					cs.setFont(DINGBATS, ICON + 1);
					cs.newLineAtOffset(x, y + 1);
					cs.showText("\u25CF");
					cs.endText();
					cs.setNonStrokingColor(Color.BLACK);
				}
				case TEXT -> {
				}
			}
		}

		PDImageXObject image(Color colour) throws IOException {
			PDImageXObject cached = images.get(colour);
			if (cached != null) {
				return cached;
			}
			BufferedImage img = new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = img.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(colour);
			g.fillOval(1, 1, 22, 22);
			g.setColor(Color.WHITE);
			g.fillOval(9, 9, 6, 6); // a white dot in the middle, as some icon sets have
			g.dispose();
			PDImageXObject image = LosslessFactory.createFromImage(doc, img);
			images.put(colour, image);
			return image;
		}

		void legendBelow() throws IOException {
			if (y - 30 - report.legend().size() * 16 < MARGIN) {
				newPage(false);
			}
			y -= 24;
			text(BOLD, 11, MARGIN, y, "Legenda stand van zaken");
			y -= 20;
			for (Status s : report.legend()) {
				icon(s.icon(), s.colour(), MARGIN + 6, y - 1);
				text(REGULAR, 10, MARGIN + 22, y, s.label());
				y -= 16;
			}
		}

		/** "Legenda:" followed by icon + label pairs side by side, each label wrapped at 80 pt. */
		void legendSideBySide() throws IOException {
			float x = MARGIN;
			text(BOLD, 10, x, y, "Legenda:");
			x += BOLD.getStringWidth("Legenda:") / 1000 * 10 + 12;
			float lowest = y;
			float pageRight = page.getMediaBox().getWidth() - MARGIN;
			float rowY = y;
			for (Status s : report.legend()) {
				if (x + 100 > pageRight) {
					x = MARGIN + 60;
					rowY = lowest - 16;
				}
				icon(s.icon(), s.colour(), x, rowY - 1);
				List<String> label = wrap(s.label(), 80, REGULAR, 10);
				for (int i = 0; i < label.size(); i++) {
					text(REGULAR, 10, x + 14, rowY - i * 12, label.get(i));
					lowest = Math.min(lowest, rowY - i * 12);
				}
				x += 14 + 80 + 14;
			}
			y = lowest - 24;
		}

		void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
			cs.setNonStrokingColor(Color.BLACK);
			cs.beginText();
			cs.setFont(font, size);
			cs.newLineAtOffset(x, baseline);
			cs.showText(text);
			cs.endText();
		}

		List<String> wrap(String text, float width) throws IOException {
			return wrap(text, width, REGULAR, FONT);
		}

		static List<String> wrap(String text, float width, PDFont font, float size) throws IOException {
			try {
				return WordWrap.wrap(text, width, width, line -> {
					try {
						return font.getStringWidth(line) / 1000 * size;
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				});
			}
			catch (java.io.UncheckedIOException ex) {
				throw ex.getCause();
			}
		}
	}
}
