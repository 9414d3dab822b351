package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.page.BBox;

/**
 * Every row, cell and total of letter nr. 249's budget tables carries the box it was printed in:
 * PDFBox, asked for the text inside a cell's box on that page, finds the figure as read, and a row's
 * box holds its cells.
 */
class BoundingBoxTests {

	private static final Path LETTER = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	private static ExtractedLetter letter;

	@BeforeAll
	static void extract() throws Exception {
		letter = new LetterExtractor().extract(LETTER);
	}

	@Test
	void theTextInEveryCellBoxIsTheFigureRead() throws Exception {
		// given
		List<Amount> cells = new ArrayList<>();
		List<ActionRow> rows = new ArrayList<>();
		for (ActielijnTable table : letter.actielijnTables()) {
			rows.addAll(table.rows());
			table.rows().forEach(r -> cells.addAll(r.amounts()));
			cells.addAll(table.total());
		}
		letter.overview().lines().forEach(l -> cells.addAll(l.amounts()));
		cells.addAll(letter.overview().total());

		// when
		List<String> read = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(LETTER.toFile())) {
			for (Amount cell : cells) {
				read.add(textIn(pdf, cell.bbox()));
			}
		}

		// then
		assertThat(cells).hasSizeGreaterThan(100).allSatisfy(c -> assertThat(c.bbox()).isNotNull());
		for (int i = 0; i < cells.size(); i++) {
			assertThat(read.get(i).replaceAll("\\s+", " ").strip()).as(cells.get(i).toString())
				.isEqualTo(cells.get(i).raw());
		}
		for (ActionRow row : rows) {
			BBox box = row.bbox();
			assertThat(box.page()).isEqualTo(row.page());
			assertThat(box.x0()).isLessThan(box.x1());
			assertThat(box.y0()).isLessThan(box.y1());
			for (Amount a : row.amounts()) {
				assertThat(a.bbox().x0()).isGreaterThanOrEqualTo(box.x0());
				assertThat(a.bbox().x1()).isLessThanOrEqualTo(box.x1());
				assertThat(a.bbox().y0()).isGreaterThanOrEqualTo(box.y0());
				assertThat(a.bbox().y1()).isLessThanOrEqualTo(box.y1());
			}
		}
	}

	private static String textIn(PDDocument pdf, BBox box) throws Exception {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.setSortByPosition(true);
		stripper.addRegion("cell", new Rectangle2D.Float(box.x0() - 0.5f, box.y0(), box.x1() - box.x0() + 1, box.y1() - box.y0()));
		stripper.extractRegions(pdf.getPage(box.page() - 1));
		return stripper.getTextForRegion("cell");
	}
}
