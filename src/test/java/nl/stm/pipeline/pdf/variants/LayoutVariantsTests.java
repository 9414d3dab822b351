package nl.stm.pipeline.pdf.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.LetterExtractor;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Align;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.BoldStyle;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Fonts;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Grid;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Layout;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Letter;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Line;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.PageShape;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Positioning;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Row;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Table;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.UnitPlacement;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.VAlign;

/**
 * The same budget tables in other layouts, read as exactly as the published letter: every
 * variant is generated at run time by {@link BudgetLetterPdf}, which knows what it drew, and
 * checked cell by cell (action numbers, titles, bold flags, raw text and exact euros per year,
 * Totaal, overview lines, letter head).
 */
class LayoutVariantsTests {

	@TempDir
	static Path dir;

	private static final Map<String, ExtractedLetter> EXTRACTED = new ConcurrentHashMap<>();

	record Variant(String name, Letter letter, Layout layout) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Variant> variants() {
		Letter nr249 = SampleLetters.kst249();
		Letter nr262 = SampleLetters.kst262();
		Layout standard = Layout.standard();
		return Stream.of(
				new Variant("249 helvetica as published", nr249, standard),
				new Variant("249 times full grid centred, values mid-row", nr249,
						standard.with(Fonts.TIMES).with(Grid.FULL).aligned(Align.CENTRE, Align.CENTRE).with(VAlign.MIDDLE)),
				new Variant("249 libreoffice glyph by glyph, right headers", nr249,
						standard.with(Positioning.GLYPHS).with(Grid.ROWS).aligned(Align.RIGHT, Align.RIGHT).font(10, 2.83f)),
				new Variant("249 fill-stroke bold, centred headers", nr249,
						standard.with(BoldStyle.FILL_STROKE).aligned(Align.CENTRE, Align.RIGHT)),
				new Variant("249 double-painted bold, times, right headers centred numbers", nr249,
						standard.with(Fonts.TIMES).with(BoldStyle.DOUBLE).aligned(Align.RIGHT, Align.CENTRE)),
				new Variant("249 actielijn titles as headings above a generic 'Acties' header", nr249,
						standard.withTitleAbove().with(Grid.ROWS)),
				new Variant("262 actielijn titles as headings, unit above the table, times", nr262,
						standard.withTitleAbove().with(UnitPlacement.ABOVE).with(Fonts.TIMES)),
				new Variant("249 captions wrapped over 2-3 lines", nr249,
						standard.captionShare(0.42f).aligned(Align.LEFT, Align.CENTRE).with(Grid.ROWS)),
				new Variant("249 split over pages, header repeated, running footer", nr249,
						standard.pageBreaks(520, true).withFooter().with(Fonts.TIMES)),
				new Variant("262 unit above the table, times", nr262,
						standard.with(Fonts.TIMES).with(UnitPlacement.ABOVE).aligned(Align.CENTRE, Align.RIGHT).with(Grid.NONE)),
				new Variant("262 landscape media box, full grid", nr262,
						standard.with(PageShape.LANDSCAPE).with(Grid.FULL).aligned(Align.RIGHT, Align.RIGHT)),
				new Variant("262 landscape by /Rotate 90", nr262,
						standard.with(PageShape.ROTATE_90).aligned(Align.CENTRE, Align.CENTRE).with(BoldStyle.FILL_STROKE)),
				new Variant("262 landscape by /Rotate 270, glyphs", nr262,
						standard.with(PageShape.ROTATE_270).with(Positioning.GLYPHS).with(Grid.ROWS)),
				new Variant("262 embedded TTF serif, glyphs, wrapped captions", nr262,
						standard.with(Fonts.TTF_SERIF).with(Positioning.GLYPHS).captionShare(0.5f).with(UnitPlacement.ABOVE)),
				new Variant("262 split without repeated header, hanging indent", nr262,
						standard.pageBreaks(430, false).withHangingIndent().with(BoldStyle.DOUBLE).with(Grid.NONE)),
				new Variant("249 justified tight cells, left headers, centred numbers, 10 pt", nr249,
						standard.justified().font(10, 2.83f).aligned(Align.LEFT, Align.CENTRE).with(Grid.ROWS)),
				new Variant("262 justified tight cells, glyphs, left headers, centred numbers, 10 pt", nr262,
						standard.justified().with(Positioning.GLYPHS).font(10, 2.83f).aligned(Align.LEFT, Align.CENTRE)),
				new Variant("249 rows broken across pages, 1.5 line spacing, header repeated", nr249,
						standard.lineSpacing(1.5f).withSplitRows().pageBreaks(560, true).withFooter()),
				new Variant("249 print pdf with bleed, full grid, scaled text matrix, wrapped captions", nr249,
						standard.withBleed(18).with(Grid.FULL).withScaledTextMatrix().captionShare(0.6f)
							.aligned(Align.RIGHT, Align.RIGHT)),
				new Variant("262 rotated print pdf with bleed, rows ruled, fill-stroke bold", nr262,
						standard.with(PageShape.ROTATE_90).withBleed(9).with(Grid.ROWS).with(BoldStyle.FILL_STROKE)
							.withScaledTextMatrix().with(Positioning.GLYPHS)),
				new Variant("262 rows broken across pages, no repeated header, full grid", nr262,
						standard.withSplitRows().pageBreaks(400, false).with(Grid.FULL).withHangingIndent()));
	}

	private static ExtractedLetter extract(Variant v) throws Exception {
		assumeTrue(v.layout().fonts().available(), "font not installed: " + v.layout().fonts());
		ExtractedLetter cached = EXTRACTED.get(v.name());
		if (cached != null) {
			return cached;
		}
		Path file = dir.resolve(v.name().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf");
		BudgetLetterPdf.write(v.letter(), v.layout(), file);
		ExtractedLetter letter = new LetterExtractor().extract(file);
		EXTRACTED.put(v.name(), letter);
		return letter;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void readsTheLetterHead(Variant v) throws Exception {
		ExtractedLetter letter = extract(v);
		BudgetLetterPdf.Head head = v.letter().head();
		assertThat(letter.head().dossier()).isEqualTo(head.dossier().replace(" ", ""));
		assertThat(letter.head().number()).isEqualTo(head.number());
		assertThat(letter.head().vergaderjaar()).isEqualTo(head.vergaderjaar());
		assertThat(letter.head().date()).isEqualTo(head.date());
		assertThat(letter.head().sender()).isEqualTo(head.sender());
		assertThat(letter.head().title()).isEqualTo(head.dossierTitle());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void readsTheOverviewCellByCell(Variant v) throws Exception {
		ExtractedLetter letter = extract(v);
		BudgetLetterPdf.Overview exp = v.letter().overview();
		ProgrammeOverview overview = letter.overview();
		assertThat(overview).as("overview").isNotNull();
		assertThat(normalise(overview.caption())).isEqualTo(v.layout().caption(exp.caption(), exp.unitText()));
		assertThat(overview.unit()).isEqualTo(exp.unit());
		assertThat(overview.unitCaption()).isEqualTo(v.layout().expectedUnitCaption(exp.unitText()));
		assertThat(overview.years()).containsExactlyElementsOf(exp.years());
		assertThat(overview.lines()).extracting(OverviewLine::key)
			.containsExactlyElementsOf(exp.lines().stream().map(Line::key).toList());
		for (int i = 0; i < exp.lines().size(); i++) {
			Line e = exp.lines().get(i);
			OverviewLine line = overview.lines().get(i);
			String where = "overview line " + e.key();
			assertThat(normalise(line.label())).as(where).isEqualTo(e.label());
			assertThat(line.actielijn()).as(where).isEqualTo(e.actielijn());
			assertThat(cells(line.amounts())).as(where)
				.containsExactlyElementsOf(expected(v.letter(), exp.years(), e.cells(), exp.unit()));
		}
		assertThat(cells(overview.total())).as("overview Totaal")
			.containsExactlyElementsOf(expected(v.letter(), exp.years(), exp.total(), exp.unit()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void readsEveryActielijnTableCellByCell(Variant v) throws Exception {
		ExtractedLetter letter = extract(v);
		List<Table> expTables = v.letter().tables();
		assertThat(letter.actielijnTables()).extracting(ActielijnTable::actielijn)
			.containsExactlyElementsOf(expTables.stream().map(Table::actielijn).toList());
		for (int t = 0; t < expTables.size(); t++) {
			Table exp = expTables.get(t);
			ActielijnTable table = letter.actielijnTables().get(t);
			String where = "actielijn " + exp.actielijn();
			assertThat(normalise(table.title())).as(where).isEqualTo(exp.title());
			assertThat(table.unit()).as(where).isEqualTo(exp.unit());
			assertThat(table.unitCaption()).as(where).isEqualTo(v.layout().expectedUnitCaption(exp.unitText()));
			assertThat(table.years()).as(where).containsExactlyElementsOf(exp.years());
			assertThat(table.rows()).as(where).extracting(ActionRow::actions)
				.containsExactlyElementsOf(exp.rows().stream().map(Row::actions).toList());
			for (int r = 0; r < exp.rows().size(); r++) {
				Row e = exp.rows().get(r);
				ActionRow row = table.rows().get(r);
				String rowWhere = where + " row " + e.marker();
				assertThat(normalise(row.title())).as(rowWhere).isEqualTo(e.title());
				assertThat(row.isNew()).as(rowWhere + " new").isEqualTo(e.isNew());
				assertThat(cells(row.amounts())).as(rowWhere)
					.containsExactlyElementsOf(expected(v.letter(), exp.years(), e.cells(), exp.unit()));
			}
			List<String> total = exp.total() == null ? List.of() : expected(v.letter(), exp.years(), exp.total(), exp.unit());
			assertThat(cells(table.total())).as(where + " Totaal").containsExactlyElementsOf(total);
		}
		assertThat(letter.warnings()).isEmpty();
	}

	/** Amounts as "year raw = euros", euros without trailing zeros, so scale does not matter. */
	private static List<String> cells(List<Amount> amounts) {
		return amounts.stream().map(a -> cell(a.year(), a.raw(), a.eur())).toList();
	}

	/** What the generator printed, in the same form: empty cells absent, dashes zero. */
	private static List<String> expected(Letter letter, List<Integer> years, List<String> raw, Unit unit) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			String r = raw.get(i);
			if (r != null && !r.isEmpty()) {
				result.add(cell(years.get(i), r, letter.notation().euros(r, unit)));
			}
		}
		return result;
	}

	private static String cell(int year, String raw, BigDecimal eur) {
		return year + " " + raw + " = " + eur.stripTrailingZeros().toPlainString();
	}

	private static String normalise(String s) {
		return s == null ? null : s.replaceAll("\\s+", " ").trim();
	}
}
