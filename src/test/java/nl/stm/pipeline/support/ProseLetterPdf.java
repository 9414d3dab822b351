package nl.stm.pipeline.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a letter of prose only, as most Kamerbrieven are: the given lines, one under the other,
 * page by page, in a standard font that is not embedded (so PDFBox substitutes it and may say so).
 */
public final class ProseLetterPdf {

	private ProseLetterPdf() {
	}

	public static PDDocument document(Standard14Fonts.FontName fontName, List<List<String>> pages) throws IOException {
		PDDocument document = new PDDocument();
		PDType1Font font = new PDType1Font(fontName);
		for (List<String> lines : pages) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setFont(font, 12);
				float y = 770;
				for (String line : lines) {
					content.beginText();
					content.newLineAtOffset(74, y);
					content.showText(line);
					content.endText();
					y -= 18;
				}
			}
		}
		return document;
	}

	public static Path write(Path file, Standard14Fonts.FontName fontName, List<List<String>> pages) throws IOException {
		try (PDDocument document = document(fontName, pages)) {
			document.save(file.toFile());
		}
		return file;
	}
}
