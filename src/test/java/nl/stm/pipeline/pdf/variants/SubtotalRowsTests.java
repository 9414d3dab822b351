package nl.stm.pipeline.pdf.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.LetterExtractor;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Layout;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Letter;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Row;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Table;

/**
 * A budget table that sums part of its rows in a Subtotaal row (and one spelled "Sub-totaal"):
 * the table goes on after it, the subtotal is neither an action nor the table's Totaal.
 */
class SubtotalRowsTests {

	@TempDir
	Path dir;

	@Test
	void aSubtotaalRowIsNoActionAndClosesNothing() throws Exception {
		// given: nr. 249 with a subtotal after the second action of actielijn 1 and before its Totaal
		Letter original = SampleLetters.kst249();
		Table first = original.tables().get(0);
		List<Row> rows = new ArrayList<>(first.rows());
		rows.add(2, new Row("", List.of(), "Subtotaal signalering", false, BudgetLetterPdf.cells("", "10", "", "")));
		rows.add(new Row("", List.of(), "Sub-totaal overige acties", false, BudgetLetterPdf.cells("", "37", "30", "0")));
		List<Table> tables = new ArrayList<>(original.tables());
		tables.set(0, new Table(first.actielijn(), first.title(), first.unitText(), first.unit(), first.years(), rows,
				first.total(), first.note(), first.proseAfter()));
		Letter letter = new Letter("subtotals", original.head(), original.intro(), original.overview(), tables,
				original.notation());
		Path file = dir.resolve("kst-28638-249-subtotals.pdf");
		BudgetLetterPdf.write(letter, Layout.standard(), file);

		// when
		ExtractedLetter extracted = new LetterExtractor().extract(file);
		ExtractedLetter plain = new LetterExtractor().extract(writeOriginal(original));

		// then: actielijn 1 reads exactly as without the subtotals, and so does everything after it
		assertThat(extracted.actielijnTables()).hasSameSizeAs(plain.actielijnTables());
		ActielijnTable got = extracted.actielijnTables().get(0);
		ActielijnTable want = plain.actielijnTables().get(0);
		assertThat(got.rows()).extracting(ActionRow::actions)
			.containsExactlyElementsOf(want.rows().stream().map(ActionRow::actions).toList());
		assertThat(got.rows()).extracting(ActionRow::title).noneMatch(t -> t.toLowerCase().contains("totaal"));
		assertThat(got.total()).extracting(Amount::eur)
			.containsExactlyElementsOf(want.total().stream().map(Amount::eur).toList());
		for (int t = 1; t < plain.actielijnTables().size(); t++) {
			assertThat(extracted.actielijnTables().get(t).rows()).hasSameSizeAs(plain.actielijnTables().get(t).rows());
		}
		assertThat(extracted.warnings()).isEqualTo(plain.warnings());
	}

	private Path writeOriginal(Letter original) throws Exception {
		Path file = dir.resolve("kst-28638-249.pdf");
		BudgetLetterPdf.write(original, Layout.standard(), file);
		return file;
	}
}
