package nl.stm.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Letter;
import nl.stm.pipeline.pdf.variants.SampleLetters;

/**
 * A later letter in x € 1.000 with planted errors, imported after the real nr. 249 and rendered in
 * another layout: every planted difference is found with the right rule, year and amounts, the
 * genuine budget changes between the two letters are reported as such, and nothing else.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:planted;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@SpringBatchTest
class PlantedErrorsReconciliationTests {

	@Autowired
	private LetterImporter importer;

	@Autowired
	private ReconcileLauncher reconciliation;

	@TempDir
	Path temp;

	@Test
	void findsEveryPlantedDifferenceAndNothingElse() throws Exception {
		// given
		Letter planted = plant(SampleLetters.kst262());
		Path later = temp.resolve("kst-28638-262.pdf");
		BudgetLetterPdf.write(planted, BudgetLetterPdf.Layout.standard()
			.with(BudgetLetterPdf.Fonts.TIMES)
			.with(BudgetLetterPdf.Grid.FULL), later);
		assertThat(importer.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf")).failed())
			.isFalse();
		assertThat(importer.importLetter(later).failed()).isFalse();

		// when
		List<Finding> findings = Reconciliations.run(reconciliation);

		// then
		assertThat(findings).extracting(Finding::rule, Finding::year, Finding::actielijn, f -> plain(f.observed()),
				f -> plain(f.expected()))
			.containsExactlyInAnyOrder(
					// the two real inconsistencies of nr. 249
					tuple("ACTIELIJN_VS_OVERVIEW", 2024, 1, eur("470000"), eur("380000")),
					tuple("OVERVIEW_LINES_VS_TOTAL", 2026, null, eur("2505000"), eur("2500000")),
					// planted in nr. 262
					tuple("ACTION_ROWS_VS_TOTAL", 2026, 7, eur("1175000"), eur("1165000")),
					tuple("ACTIELIJN_VS_OVERVIEW", 2025, 6, eur("230000"), eur("250000")),
					tuple("OVERVIEW_LINES_VS_TOTAL", 2027, null, eur("2500000"), eur("2600000")),
					// the same planted Totaal against the text's "jaarlijks 2,5 miljoen euro"
					tuple("TEXT_VS_TOTAL", 2027, null, eur("2600000"), eur("2500000")),
					// genuine changes from nr. 249 to nr. 262 (actions 39, 40 and 41, 43 to 46)
					tuple("ACTION_CHANGED_BETWEEN_LETTERS", 2026, 8, eur("295000"), eur("100000")),
					tuple("ACTION_CHANGED_BETWEEN_LETTERS", 2026, 8, eur("585000"), eur("0")),
					tuple("ACTION_CHANGED_BETWEEN_LETTERS", 2025, 6, eur("200000"), eur("230000")));
		assertThat(findings).allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
	}

	/**
	 * Plants three errors: action 48's 2026 amount raised by 10 (rows no longer add up to the
	 * Totaal), overview line b (actielijn 6) 2025 raised by 20 with the reservation lowered by 20
	 * (the overview still adds up, the actielijn table does not match it), and the overview Totaal
	 * 2027 raised by 100.
	 */
	private static Letter plant(Letter letter) {
		BudgetLetterPdf.Overview o = letter.overview();
		List<BudgetLetterPdf.Line> lines = new ArrayList<>(o.lines());
		lines.set(1, withCell(lines.get(1), 0, "250"));
		lines.set(4, withCell(lines.get(4), 0, "145"));
		List<String> total = new ArrayList<>(o.total());
		total.set(2, "2.600");
		BudgetLetterPdf.Overview overview = new BudgetLetterPdf.Overview(o.caption(), o.unitText(), o.unit(), o.years(),
				lines, total);
		List<BudgetLetterPdf.Table> tables = new ArrayList<>(letter.tables());
		BudgetLetterPdf.Table seven = tables.get(1);
		List<BudgetLetterPdf.Row> rows = new ArrayList<>(seven.rows());
		BudgetLetterPdf.Row r48 = rows.get(0);
		List<String> cells = new ArrayList<>(r48.cells());
		cells.set(1, "410");
		rows.set(0, new BudgetLetterPdf.Row(r48.marker(), r48.actions(), r48.title(), r48.isNew(), cells));
		tables.set(1, new BudgetLetterPdf.Table(seven.actielijn(), seven.title(), seven.unitText(), seven.unit(),
				seven.years(), rows, seven.total(), seven.note(), seven.proseAfter()));
		return new Letter(letter.name(), letter.head(), letter.intro(), overview, tables, letter.notation());
	}

	private static BudgetLetterPdf.Line withCell(BudgetLetterPdf.Line line, int index, String raw) {
		List<String> cells = new ArrayList<>(line.cells());
		cells.set(index, raw);
		return new BudgetLetterPdf.Line(line.key(), line.label(), line.actielijn(), cells);
	}

	private static String eur(String value) {
		return value;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
