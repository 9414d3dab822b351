package nl.stm.pipeline.pdf.variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.support.WordWrap;

/**
 * Writes budget letters like the Kamerbrieven of "Samen tegen mensenhandel" in a configurable
 * {@link Layout}, so the engine can be tested on layouts we have no real file of. The {@link Letter}
 * model holds exactly what gets printed, so every variant carries its own expected extraction:
 * action numbers, titles, bold flags and raw cell texts are the model's, and euros follow from the
 * letter's {@link Notation} and the table's unit (the generator's knowledge, not the engine's
 * guess).
 */
public final class BudgetLetterPdf {

	private BudgetLetterPdf() {
	}

	// ------------------------------------------------------------------------------------ model

	/** How a letter writes numbers, as its author meant them. */
	public enum Notation {

		/** Comma and point are both decimal separators ("0,345", "13.5"), as in nr. 249. */
		DECIMAL,

		/** Dutch: a point groups thousands ("1.165" = 1165), a comma is decimal ("412,5"). */
		DUTCH;

		/** The euros a printed cell means in a table of the given unit; a dash is zero. */
		public BigDecimal euros(String raw, Unit unit) {
			String s = raw.trim();
			if (s.matches("[-–—]")) {
				return BigDecimal.ZERO;
			}
			String plain = this == DUTCH ? s.replace(".", "").replace(',', '.') : s.replace(',', '.');
			BigDecimal eur = new BigDecimal(plain).multiply(unit.factor()).stripTrailingZeros();
			return eur.scale() < 0 ? eur.setScale(0) : eur;
		}
	}

	/** The letter head as printed, with the values the engine should read from it. */
	public record Head(String vergaderjaar, String dossier, String dossierTitle, int number, String senderLine,
			String sender, LocalDate date) {

		List<String> printed() {
			String[] months = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
					"oktober", "november", "december" };
			return List.of("Tweede Kamer der Staten-Generaal", "Vergaderjaar " + vergaderjaar.replace('-', '–'),
					dossier + " " + dossierTitle, "Nr. " + number, senderLine,
					"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
					"Den Haag, " + date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear());
		}
	}

	/** An action row: its printed number(s), the actions they stand for, title, bold flag and cells. */
	public record Row(String marker, List<Integer> actions, String title, boolean isNew, List<String> cells) {
	}

	/** A programme overview line ("c. Actielijn 1. …"). */
	public record Line(String key, String label, Integer actielijn, List<String> cells) {
	}

	/** The programme overview table; {@code total} null when it prints no Totaal row. */
	public record Overview(String caption, String unitText, Unit unit, List<Integer> years, List<Line> lines,
			List<String> total) {
	}

	/**
	 * An actielijn budget table. {@code unitText} is the unit statement, e.g. "(€ x10.000)";
	 * {@code total} is null when the table prints no Totaal row; {@code note} (or null) is a
	 * source note in small print right under the table, {@code proseAfter} the text after it.
	 */
	public record Table(int actielijn, String title, String unitText, Unit unit, List<Integer> years, List<Row> rows,
			List<String> total, String note, List<String> proseAfter) {
	}

	/** A whole letter: head, prose, the overview and the actielijn tables, in one number notation. */
	public record Letter(String name, Head head, List<String> intro, Overview overview, List<Table> tables,
			Notation notation) {
	}

	// ----------------------------------------------------------------------------------- layout

	/** Page shapes: portrait, landscape by media box, or portrait media box turned by /Rotate. */
	public enum PageShape {

		PORTRAIT, LANDSCAPE, ROTATE_90, ROTATE_270;

		boolean wide() {
			return this != PORTRAIT;
		}
	}

	/** Which rules a table draws. */
	public enum Grid {

		/** No rules at all. */
		NONE,
		/** Rules around the header and the Totaal row only (as in nr. 249). */
		HEADER_AND_TOTAL,
		/** A rule under every row. */
		ROWS,
		/** Every cell boxed: horizontal and vertical rules. */
		FULL
	}

	/** How text is written into the content stream. */
	public enum Positioning {

		/** One string per line part, spaces included (word processors). */
		WORDS,
		/** Every glyph positioned on its own, no space characters (LibreOffice, some converters). */
		GLYPHS
	}

	public enum Align {

		LEFT, CENTRE, RIGHT
	}

	/** Where values sit vertically in a row whose label wraps. */
	public enum VAlign {

		TOP, MIDDLE
	}

	public enum UnitPlacement {

		/** "Actielijn 1. … (€ x10.000)" in the header cell. */
		CAPTION,
		/** A line "Bedragen x € 1.000" just above the table. */
		ABOVE
	}

	/** How bold rows (new actions) are made bold. */
	public enum BoldStyle {

		/** A bold font (Helvetica-Bold, Times-Bold, DejaVuSerif-Bold). */
		FONT,
		/** The regular font in fill-and-stroke rendering mode. */
		FILL_STROKE,
		/** The regular font painted twice with a tiny offset. */
		DOUBLE
	}

	/** Font families; {@code TTF_SERIF} embeds DejaVu Serif from the machine's fonts. */
	public enum Fonts {

		HELVETICA, TIMES, TTF_SERIF;

		static final Path TTF_REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

		static final Path TTF_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");

		public boolean available() {
			return this != TTF_SERIF || (Files.isRegularFile(TTF_REGULAR) && Files.isRegularFile(TTF_BOLD));
		}
	}

	/**
	 * A layout: immutable, each {@code with…} method returns a changed copy of the standard
	 * layout (Helvetica 11 pt on A4 portrait, rules around header and Totaal, like nr. 249).
	 */
	public static final class Layout implements Cloneable {

		private Fonts fonts = Fonts.HELVETICA;

		private PageShape page = PageShape.PORTRAIT;

		private Grid grid = Grid.HEADER_AND_TOTAL;

		private Positioning positioning = Positioning.WORDS;

		private Align headerAlign = Align.LEFT;

		private Align numberAlign = Align.RIGHT;

		private VAlign valueAlign = VAlign.TOP;

		/** Share of the label column a header caption may use; small values wrap it over lines. */
		private float captionShare = 1f;

		private UnitPlacement unitPlacement = UnitPlacement.CAPTION;

		private BoldStyle bold = BoldStyle.FONT;

		private boolean repeatHeader = true;

		/** Lowest baseline of the text area; 0 for the page's normal margin. */
		private float bodyBottom;

		private boolean footer;

		private float fontSize = 11;

		/** Cell padding on each side (Word 5.4 pt, LibreOffice 2.83 pt, nr. 249 3.9 pt). */
		private float padding = 3.9f;

		/** Label lines after the first start under the title, not under the number. */
		private boolean hangingIndent;

		/**
		 * Each actielijn's number and title is a heading above its table, whose header caption is
		 * only the generic "Acties".
		 */
		private boolean titleAbove;

		/** Line leading as a multiple of the font size. */
		private float lineSpacing = 1.1f;

		/** Rows may break across pages (Word's default): their label continues on the next page. */
		private boolean splitRows;

		/** Wrapped label and caption lines are justified: they run up to the cell padding. */
		private boolean justify;

		/** Points of bleed: the media box is larger than the crop box and starts elsewhere. */
		private float bleed;

		/** Fonts set at size 1 and scaled by the text matrix, as some converters write them. */
		private boolean scaledTextMatrix;

		public static Layout standard() {
			return new Layout();
		}

		public Fonts fonts() {
			return fonts;
		}

		public Layout with(Fonts f) {
			return change(l -> l.fonts = f);
		}

		public Layout with(PageShape p) {
			return change(l -> l.page = p);
		}

		public Layout with(Grid g) {
			return change(l -> l.grid = g);
		}

		public Layout with(Positioning p) {
			return change(l -> l.positioning = p);
		}

		public Layout aligned(Align header, Align numbers) {
			return change(l -> {
				l.headerAlign = header;
				l.numberAlign = numbers;
			});
		}

		public Layout with(VAlign v) {
			return change(l -> l.valueAlign = v);
		}

		public Layout captionShare(float share) {
			return change(l -> l.captionShare = share);
		}

		public Layout with(UnitPlacement u) {
			return change(l -> l.unitPlacement = u);
		}

		public Layout with(BoldStyle b) {
			return change(l -> l.bold = b);
		}

		/** Ends the text area at {@code bottom}, with or without a repeated header on the next page. */
		public Layout pageBreaks(float bottom, boolean repeat) {
			return change(l -> {
				l.bodyBottom = bottom;
				l.repeatHeader = repeat;
			});
		}

		public Layout withFooter() {
			return change(l -> l.footer = true);
		}

		public Layout font(float size, float cellPadding) {
			return change(l -> {
				l.fontSize = size;
				l.padding = cellPadding;
			});
		}

		public Layout withTitleAbove() {
			return change(l -> l.titleAbove = true);
		}

		public Layout withHangingIndent() {
			return change(l -> l.hangingIndent = true);
		}

		public Layout lineSpacing(float factor) {
			return change(l -> l.lineSpacing = factor);
		}

		public Layout withSplitRows() {
			return change(l -> l.splitRows = true);
		}

		public Layout justified() {
			return change(l -> l.justify = true);
		}

		public Layout withBleed(float points) {
			return change(l -> l.bleed = points);
		}

		public Layout withScaledTextMatrix() {
			return change(l -> l.scaledTextMatrix = true);
		}

		private Layout change(Consumer<Layout> change) {
			try {
				Layout copy = (Layout) clone();
				change.accept(copy);
				return copy;
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The unit caption the engine should report for a table's unit text in this layout. */
		public String expectedUnitCaption(String unitText) {
			return unitPlacement == UnitPlacement.CAPTION ? unitText : unitLine(unitText).substring("Bedragen ".length());
		}

		/** The header caption as printed. */
		public String caption(String title, String unitText) {
			return unitPlacement == UnitPlacement.CAPTION ? title + " " + unitText : title;
		}
	}

	static String unitLine(String unitText) {
		return "Bedragen " + unitText.replaceAll("^\\(|\\)$", "").trim();
	}

	// ---------------------------------------------------------------------------------- writing

	/** Writes the letter in the layout to a PDF file. */
	public static void write(Letter letter, Layout layout, Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			Canvas canvas = new Canvas(document, layout, letter.head());
			new Writer(canvas, letter, layout).write();
			canvas.close();
			document.save(file.toFile());
		}
	}

	/** Lays out the letter: head, prose, overview and tables, flowing over pages. */
	private static final class Writer {

		private final Canvas c;

		private final Letter letter;

		private final Layout layout;

		private final float body;

		private final float leading;

		Writer(Canvas canvas, Letter letter, Layout layout) {
			this.c = canvas;
			this.letter = letter;
			this.layout = layout;
			this.body = layout.fontSize + 1;
			this.leading = layout.fontSize * layout.lineSpacing;
		}

		void write() throws IOException {
			List<String> head = letter.head().printed();
			c.y = 72;
			for (int i = 0; i < head.size(); i++) {
				boolean big = i >= 2 && i <= 4;
				float size = big ? 14 : 12;
				c.text(head.get(i), c.left, c.y, size, big);
				c.y += i == 1 || i == 4 || i == 5 ? 2.2f * size : 1.3f * size;
			}
			c.y += 12;
			for (String paragraph : letter.intro()) {
				prose(paragraph);
			}
			Overview o = letter.overview();
			heading("Financieel overzicht van het versterkt Actieplan programma Samen tegen mensenhandel", 14);
			List<Printed> lines = new ArrayList<>();
			for (Line l : o.lines()) {
				lines.add(new Printed(l.key() + ".", l.label(), false, l.cells()));
			}
			table(layout.caption(o.caption(), o.unitText()), o.unitText(), o.years(), lines, o.total());
			heading("(Financieel) overzicht van het versterkt Actieplan programma Samen tegen mensenhandel", 12);
			prose("*Nieuwe acties en/of actielijnen zijn dikgedrukt gemarkeerd in de tabellen");
			for (Table t : letter.tables()) {
				List<Printed> rows = new ArrayList<>();
				for (Row r : t.rows()) {
					rows.add(new Printed(r.marker(), r.title(), r.isNew(), r.cells()));
				}
				String title = "Actielijn " + t.actielijn() + ". " + t.title();
				if (layout.titleAbove) {
					heading(title, 12);
				}
				table(layout.caption(layout.titleAbove ? "Acties" : title, t.unitText()), t.unitText(), t.years(), rows,
						t.total());
				if (t.note() != null) {
					// directly under the last row, at the table's own leading, only smaller
					c.y -= 14 + layout.padding;
					c.text(t.note(), c.left + layout.padding, c.y, layout.fontSize - 2, false);
					c.y += 14 + layout.padding + leading;
				}
				for (String p : t.proseAfter()) {
					prose(p);
				}
			}
		}

		private void heading(String text, float size) throws IOException {
			List<String> wrapped = c.wrap(text, c.right - c.left, size, true);
			c.ensure(wrapped.size() * size * 1.2f + 60);
			c.y += size * 0.6f;
			for (String l : wrapped) {
				c.text(l, c.left, c.y, size, true);
				c.y += size * 1.2f;
			}
			c.y += size * 0.6f;
		}

		private void prose(String paragraph) throws IOException {
			for (String l : c.wrap(paragraph, c.right - c.left, body, false)) {
				c.ensure(body * 1.1f);
				c.text(l, c.left, c.y, body, false);
				c.y += body * 1.3f;
			}
			c.y += body * 0.9f;
		}

		/** One table: header (caption + years), rows, optional Totaal; flows over pages. */
		private void table(String caption, String unitText, List<Integer> years, List<Printed> rows, List<String> total)
				throws IOException {
			float widest = 0;
			for (int year : years) {
				widest = Math.max(widest, c.width(String.valueOf(year), layout.fontSize, true));
			}
			for (String cell : total == null ? List.<String>of() : total) {
				widest = Math.max(widest, c.width(cell, layout.fontSize, true));
			}
			for (Printed p : rows) {
				for (String cell : p.cells()) {
					widest = Math.max(widest, c.width(cell, layout.fontSize, p.bold()));
				}
			}
			TableGeometry g = new TableGeometry(c, layout, years.size(), widest);
			List<String> captionLines = c.wrap(caption, layout.captionShare * g.labelWidth - 2 * layout.padding,
					layout.fontSize, true);
			float headerHeight = captionLines.size() * leading + 2 * layout.padding;
			List<Block> blocks = new ArrayList<>();
			for (Printed p : rows) {
				blocks.add(block(g, p));
			}
			if (total != null) {
				blocks.add(block(g, new Printed("", "Totaal", true, total)));
			}
			c.y += 10;
			float unitLineHeight = layout.unitPlacement == UnitPlacement.ABOVE ? leading : 0;
			c.ensure(unitLineHeight + headerHeight + blocks.get(0).height + (blocks.size() > 1 ? blocks.get(1).height : 0));
			if (layout.unitPlacement == UnitPlacement.ABOVE) {
				// one line above the caption, same size: only its wording says it is no caption
				c.text(unitLine(unitText), g.left + layout.padding, c.y, layout.fontSize, false);
				c.y += leading - layout.padding;
			}
			float top = c.y - layout.fontSize;
			header(g, captionLines, years, headerHeight);
			for (int b = 0; b < blocks.size(); b++) {
				Block block = blocks.get(b);
				boolean last = b == blocks.size() - 1;
				boolean isTotal = total != null && last;
				float room = c.bottom - (c.y - layout.fontSize) - 2 * layout.padding;
				int fitting = (int) Math.floor(room / leading);
				if (layout.splitRows && block.height > room + 2 * layout.padding && fitting >= 1
						&& fitting < block.lines.size()) {
					List<String> lines = block.lines;
					block = new Block(block.printed, lines.subList(0, fitting), fitting * leading + 2 * layout.padding,
							block.continued, true);
					blocks.add(b + 1, new Block(block.printed, lines.subList(fitting, lines.size()),
							(lines.size() - fitting) * leading + 2 * layout.padding, true, false));
				}
				if (c.y - layout.fontSize + block.height > c.bottom) {
					verticals(g, top, c.y - layout.fontSize);
					c.newPage();
					top = c.y - layout.fontSize;
					if (layout.repeatHeader) {
						header(g, captionLines, years, headerHeight);
					}
					else if (layout.grid != Grid.NONE) {
						c.hline(g.left, g.right, top);
					}
				}
				float rowTop = c.y - layout.fontSize;
				if (isTotal && layout.grid == Grid.HEADER_AND_TOTAL) {
					c.hline(g.left, g.right, rowTop);
				}
				drawBlock(g, block);
				c.y = rowTop + block.height + layout.fontSize;
				if (layout.grid == Grid.ROWS || layout.grid == Grid.FULL
						|| (isTotal && layout.grid == Grid.HEADER_AND_TOTAL)) {
					c.hline(g.left, g.right, rowTop + block.height);
				}
			}
			verticals(g, top, c.y - layout.fontSize);
			c.y += 14;
		}

		private void verticals(TableGeometry g, float top, float bottom) throws IOException {
			if (layout.grid == Grid.FULL) {
				c.vline(g.left, top, bottom);
				for (int i = 0; i <= g.columns; i++) {
					c.vline(g.columnLeft(i), top, bottom);
				}
			}
		}

		private void header(TableGeometry g, List<String> captionLines, List<Integer> years, float height)
				throws IOException {
			float top = c.y - layout.fontSize;
			if (layout.grid != Grid.NONE) {
				c.hline(g.left, g.right, top);
			}
			float first = top + layout.padding + layout.fontSize;
			float captionWidth = layout.captionShare * g.labelWidth - 2 * layout.padding;
			for (int i = 0; i < captionLines.size(); i++) {
				float justify = layout.justify && i < captionLines.size() - 1 ? captionWidth : 0;
				c.text(captionLines.get(i), g.left + layout.padding, first + i * leading, layout.fontSize, true, justify);
			}
			float yearsBaseline = first + (captionLines.size() - 1) * leading / 2;
			for (int i = 0; i < years.size(); i++) {
				String y = String.valueOf(years.get(i));
				c.text(y, g.cellX(i, c.width(y, layout.fontSize, true), layout.headerAlign), yearsBaseline,
						layout.fontSize, true);
			}
			if (layout.grid != Grid.NONE) {
				c.hline(g.left, g.right, top + height);
			}
			c.y = top + height + layout.fontSize;
		}

		private Block block(TableGeometry g, Printed p) {
			float width = g.labelWidth - 2 * layout.padding;
			float indent = layout.hangingIndent && !p.marker().isEmpty()
					? c.width(p.marker() + " ", layout.fontSize, p.bold()) : 0;
			List<String> lines = c.wrap(p.label(), width, width - indent, layout.fontSize, p.bold());
			return new Block(p, lines, lines.size() * leading + 2 * layout.padding, false, false);
		}

		private void drawBlock(TableGeometry g, Block block) throws IOException {
			float top = c.y - layout.fontSize;
			float first = top + layout.padding + layout.fontSize;
			Printed printed = block.printed();
			float indent = layout.hangingIndent && !printed.marker().isEmpty()
					? c.width(printed.marker() + " ", layout.fontSize, printed.bold()) : 0;
			float width = g.labelWidth - 2 * layout.padding;
			for (int i = 0; i < block.lines.size(); i++) {
				boolean indented = i > 0 || block.continued();
				boolean lastOfRow = i == block.lines.size() - 1 && !block.cut();
				float justify = layout.justify && !lastOfRow ? width - (indented ? indent : 0) : 0;
				c.text(block.lines.get(i), g.left + layout.padding + (indented ? indent : 0), first + i * leading,
						layout.fontSize, printed.bold(), justify);
			}
			if (block.continued()) {
				return;
			}
			float valueBaseline = layout.valueAlign == VAlign.TOP ? first : first + (block.lines.size() - 1) * leading / 2;
			List<String> cells = printed.cells();
			for (int i = 0; i < cells.size(); i++) {
				String v = cells.get(i);
				if (v == null || v.isEmpty()) {
					continue;
				}
				float w = c.width(v, layout.fontSize, printed.bold());
				c.text(v, g.cellX(i, w, layout.numberAlign), valueBaseline, layout.fontSize, printed.bold());
			}
		}
	}

	/** A row as printed: number (or key), label text, bold, cells. */
	private record Printed(String marker, String text, boolean bold, List<String> cells) {

		String label() {
			return marker.isEmpty() ? text : marker + " " + text;
		}
	}

	/**
	 * A row's lines on one page; {@code continued} for the rest of a row broken over a page,
	 * {@code cut} for the part before such a break.
	 */
	private record Block(Printed printed, List<String> lines, float height, boolean continued, boolean cut) {
	}

	/** Column positions of a table: a wide label column, then equal year columns. */
	private static final class TableGeometry {

		final float left;

		final float right;

		final float labelWidth;

		final float columnWidth;

		final int columns;

		final Layout layout;

		/** Columns as a word processor sizes them: a standard width, widened to fit the widest text. */
		TableGeometry(Canvas c, Layout layout, int columns, float widestText) {
			this.layout = layout;
			this.left = c.left;
			this.right = c.right;
			this.columns = columns;
			this.columnWidth = Math.max(layout.page.wide() ? 62 : 41.25f, widestText + 2 * layout.padding + 1);
			this.labelWidth = right - left - columns * columnWidth;
		}

		float columnLeft(int i) {
			return left + labelWidth + i * columnWidth;
		}

		float cellX(int i, float textWidth, Align align) {
			float l = columnLeft(i);
			return switch (align) {
				case LEFT -> l + layout.padding;
				case CENTRE -> l + (columnWidth - textWidth) / 2;
				case RIGHT -> l + columnWidth - layout.padding - textWidth;
			};
		}
	}

	/**
	 * Drawing in display coordinates (origin top-left of the page as seen, y down), whatever the
	 * page shape: a /Rotate page gets a matching transformation so its text reads upright.
	 */
	private static final class Canvas {

		private final PDDocument document;

		private final Layout layout;

		private final Head head;

		private final PDFont regular;

		private final PDFont bold;

		private final float width;

		private final float height;

		final float left;

		final float right;

		final float bottom;

		float y;

		private PDPageContentStream stream;

		private int pageNumber;

		Canvas(PDDocument document, Layout layout, Head head) throws IOException {
			this.document = document;
			this.layout = layout;
			this.head = head;
			switch (layout.fonts) {
				case HELVETICA -> {
					regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
					bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
				}
				case TIMES -> {
					regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
					bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
				}
				default -> {
					regular = PDType0Font.load(document, Fonts.TTF_REGULAR.toFile());
					bold = PDType0Font.load(document, Fonts.TTF_BOLD.toFile());
				}
			}
			boolean wide = layout.page.wide();
			this.width = wide ? 842 : 595;
			this.height = wide ? 595 : 842;
			this.left = wide ? 56 : 74.3f;
			this.right = width - (wide ? 56 : 61.7f);
			this.bottom = layout.bodyBottom > 0 ? layout.bodyBottom : height - 60;
			newPage();
		}

		void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page;
			Matrix transform = null;
			switch (layout.page) {
				case LANDSCAPE -> page = new PDPage(new PDRectangle(842, 595));
				case ROTATE_90 -> {
					page = new PDPage(PDRectangle.A4);
					page.setRotation(90);
					transform = new Matrix(0, 1, -1, 0, 595, 0);
				}
				case ROTATE_270 -> {
					page = new PDPage(PDRectangle.A4);
					page.setRotation(270);
					transform = new Matrix(0, -1, 1, 0, 0, 842);
				}
				default -> page = new PDPage(PDRectangle.A4);
			}
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			if (layout.bleed > 0) {
				// print PDF: a media box with bleed around the crop box; content keeps crop-box coordinates
				PDRectangle crop = page.getMediaBox();
				float b = layout.bleed;
				page.setMediaBox(new PDRectangle(0, 0, crop.getWidth() + 2 * b, crop.getHeight() + 2 * b));
				page.setCropBox(new PDRectangle(b, b, crop.getWidth(), crop.getHeight()));
				stream.transform(Matrix.getTranslateInstance(b, b));
			}
			if (transform != null) {
				stream.transform(transform);
			}
			pageNumber++;
			y = 72;
			if (layout.footer) {
				float size = 8;
				String running = "Tweede Kamer, vergaderjaar " + head.vergaderjaar().replace('-', '–') + ", "
						+ head.dossier() + ", nr. " + head.number();
				text(running, left, height - 34, size, false);
				String number = String.valueOf(pageNumber);
				text(number, right - width(number, size, false), height - 34, size, false);
			}
		}

		/** Starts a new page when {@code needed} points do not fit above the bottom of the text area. */
		void ensure(float needed) throws IOException {
			if (y + needed > bottom + layout.fontSize) {
				newPage();
			}
		}

		void close() throws IOException {
			stream.close();
		}

		float width(String text, float size, boolean isBold) {
			try {
				PDFont font = isBold && layout.bold == BoldStyle.FONT ? bold : regular;
				return font.getStringWidth(text) / 1000 * size;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Greedy word wrap to a width. */
		List<String> wrap(String text, float maxWidth, float size, boolean isBold) {
			return wrap(text, maxWidth, maxWidth, size, isBold);
		}

		/** Greedy word wrap, the first line to one width and the others to another (hanging indent). */
		List<String> wrap(String text, float firstWidth, float otherWidth, float size, boolean isBold) {
			return WordWrap.wrap(text, firstWidth, otherWidth, line -> width(line, size, isBold));
		}

		/**
		 * Writes text with its baseline at display y, justified to {@code justifyTo} points when
		 * that is positive (word by word). Bold and glyph positioning follow the layout.
		 */
		void text(String text, float x, float baseline, float size, boolean isBold, float justifyTo)
				throws IOException {
			String[] words = text.split(" ");
			if (justifyTo <= 0 || words.length < 2) {
				text(text, x, baseline, size, isBold);
				return;
			}
			float natural = 0;
			for (String w : words) {
				natural += width(w, size, isBold);
			}
			float gap = (justifyTo - natural) / (words.length - 1);
			float at = x;
			for (String w : words) {
				text(w, at, baseline, size, isBold);
				at += width(w, size, isBold) + gap;
			}
		}

		void text(String text, float x, float baseline, float size, boolean isBold) throws IOException {
			BoldStyle style = layout.bold;
			PDFont font = isBold && style == BoldStyle.FONT ? bold : regular;
			boolean glyphs = layout.positioning == Positioning.GLYPHS;
			paint(text, x, baseline, size, font, isBold && style == BoldStyle.FILL_STROKE, glyphs);
			if (isBold && style == BoldStyle.DOUBLE) {
				paint(text, x + 0.3f, baseline, size, font, false, glyphs);
			}
		}

		private void paint(String text, float x, float baseline, float size, PDFont font, boolean stroke,
				boolean glyphs) throws IOException {
			float v = height - baseline;
			stream.beginText();
			// with a scaled text matrix the font is set at size 1 and the matrix scales it
			float fontSize = layout.scaledTextMatrix ? 1 : size;
			float scale = layout.scaledTextMatrix ? size : 1;
			stream.setFont(font, fontSize);
			if (stroke) {
				stream.setRenderingMode(RenderingMode.FILL_STROKE);
				stream.setLineWidth(0.35f / scale);
			}
			if (glyphs) {
				float advance = 0;
				for (int i = 0; i < text.length(); i++) {
					String ch = text.substring(i, i + 1);
					if (!ch.equals(" ")) {
						stream.setTextMatrix(new Matrix(scale, 0, 0, scale, x + advance, v));
						stream.showText(ch);
					}
					advance += font.getStringWidth(ch) / 1000 * size;
				}
			}
			else {
				stream.setTextMatrix(new Matrix(scale, 0, 0, scale, x, v));
				stream.showText(text);
			}
			if (stroke) {
				stream.setRenderingMode(RenderingMode.FILL);
			}
			stream.endText();
		}

		/** A horizontal rule at display y: a stroked line, or a thin filled rectangle in full grids. */
		void hline(float x0, float x1, float atY) throws IOException {
			float v = height - atY;
			if (layout.grid == Grid.FULL) {
				stream.addRect(x0, v - 0.25f, x1 - x0, 0.5f);
				stream.fill();
			}
			else {
				stream.setLineWidth(0.5f);
				stream.moveTo(x0, v);
				stream.lineTo(x1, v);
				stream.stroke();
			}
		}

		void vline(float x, float y0, float y1) throws IOException {
			stream.setLineWidth(0.5f);
			stream.moveTo(x, height - y0);
			stream.lineTo(x, height - y1);
			stream.stroke();
		}
	}

	// ---------------------------------------------------------------------------- conveniences

	/** Cells from raw texts; "" is an empty cell. */
	public static List<String> cells(String... raw) {
		return Arrays.asList(raw);
	}

	public static List<Integer> actions(int... numbers) {
		return Arrays.stream(numbers).boxed().toList();
	}

}
