package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A glyph's size is the size it is printed at, whatever part of the transformation sets it: producers
 * scale the whole page ({@code cm}: Chromium and WeasyPrint by 0.75 from CSS pixels, wkhtmltopdf by its
 * "smart shrinking" zoom, about 0.58 for an A4 page), the text matrix, or the font size operator. The
 * engine's tolerances (line spacing, column gaps, header rows) are in printed points, so a size taken
 * from {@code Tf} alone made wkhtmltopdf's 6 pt text look 11 pt and its table headers unreadable.
 */
class GlyphSizeTests {

	@ParameterizedTest(name = "Tf {0}, text matrix {1}, page scale {2}")
	@CsvSource({ "9, 1, 1", "12, 1, 0.75", "11, 1, 0.5764", "1, 9, 1", "1, 12, 0.75", "10.5, 1, 1" })
	void aGlyphHasThePrintedSize(float tf, float textScale, float pageScale) throws IOException {
		List<Glyph> glyphs = glyphsOf(tf, textScale, pageScale);

		assertThat(glyphs).isNotEmpty();
		assertThat(glyphs).allSatisfy(g -> assertThat(g.fontSize()).isCloseTo(tf * textScale * pageScale, within(0.01f)));
	}

	@Test
	void linesOfScaledTextKeepTheirWordGaps() throws IOException {
		// two column titles 8 pt apart at 6.3 pt text: a column gap, not a space between words
		List<Glyph> glyphs = glyphsOf(11, 1, 0.5764f);

		List<TextLine> lines = LineBuilder.build(1, glyphs);

		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).words()).extracting(Word::text).containsExactly("Stand", "van", "Toelichting");
		assertThat(lines.get(0).words().get(2).gapBefore()).isTrue();
		assertThat(lines.get(0).words().get(1).gapBefore()).isFalse();
	}

	/** One line "Stand van" and, 8 printed points further, "Toelichting", set with those scales. */
	private static List<Glyph> glyphsOf(float tf, float textScale, float pageScale) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float size = tf * textScale * pageScale;
			float standVanWidth = font.getStringWidth("Stand van") / 1000 * size;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.transform(Matrix.getScaleInstance(pageScale, pageScale));
				for (String[] word : new String[][] { { "Stand van", "0" }, { "Toelichting", "1" } }) {
					float x = (100 + (word[1].equals("1") ? standVanWidth + 8 : 0)) / pageScale;
					content.beginText();
					content.setFont(font, tf);
					content.setTextMatrix(new Matrix(textScale, 0, 0, textScale, x, 700 / pageScale));
					content.showText(word[0]);
					content.endText();
				}
			}
			return new GlyphCollector().collect(document, 1);
		}
	}
}
