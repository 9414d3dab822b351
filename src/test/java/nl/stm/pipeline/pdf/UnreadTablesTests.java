package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that shows a table the engine cannot read says so, naming the page: a progress table
 * header without readable rows, or a status legend without a table, is never a silent empty result.
 */
class UnreadTablesTests {

	private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	@TempDir
	Path dir;

	@Test
	void aProgressHeaderWithoutRowsIsNamedInAWarning() throws Exception {
		Path pdf = dir.resolve("header-only.pdf");
		write(pdf, false, new Object[] { 60f, 700f, "Nr." }, new Object[] { 100f, 700f, "Actie" },
				new Object[] { 250f, 700f, "Actiehouder(s)" }, new Object[] { 350f, 700f, "Stand van zaken" },
				new Object[] { 450f, 700f, "Toelichting" },
				new Object[] { 60f, 640f, "De tabel volgt in een latere brief aan uw Kamer." });

		ExtractedLetter letter = new LetterExtractor().extract(pdf);

		assertThat(letter.progressReports()).isEmpty();
		assertThat(letter.warnings()).anyMatch(w -> w.startsWith("page 1:") && w.contains("no rows could be read"));
	}

	@Test
	void aLegendWithoutATableIsNamedInAWarning() throws Exception {
		Path pdf = dir.resolve("legend-only.pdf");
		write(pdf, true, new Object[] { 60f, 700f, "Legenda stand van zaken" }, new Object[] { 80f, 680f, "Voltooid" },
				new Object[] { 80f, 665f, "Doorlopend" }, new Object[] { 80f, 650f, "Nog niet gestart" });

		ExtractedLetter letter = new LetterExtractor().extract(pdf);

		assertThat(letter.progressReports()).isEmpty();
		assertThat(letter.warnings()).contains("page 1: a legend of 3 statuses, but no progress table could be read");
	}

	/** Text at (x, y) per item; with icons, a coloured square left of every line but the first. */
	private static void write(Path file, boolean icons, Object[]... items) throws Exception {
		Color[] colours = { new Color(0x39870c), new Color(0x01689b), new Color(0xd52b1e) };
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (int i = 0; i < items.length; i++) {
					float x = (Float) items[i][0];
					float y = (Float) items[i][1];
					if (icons && i > 0) {
						content.setNonStrokingColor(colours[(i - 1) % colours.length]);
						content.addRect(x - 14, y - 1, 8, 8);
						content.fill();
						content.setNonStrokingColor(Color.BLACK);
					}
					content.beginText();
					content.setFont(FONT, 9);
					content.newLineAtOffset(x, y);
					content.showText((String) items[i][2]);
					content.endText();
				}
			}
			document.save(file.toFile());
		}
	}
}
