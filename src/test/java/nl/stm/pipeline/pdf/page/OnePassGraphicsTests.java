package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graphics read in the same walk as the text must be exactly what PDFBox's own graphics engine
 * reads: same rules, same shapes, same colours, page by page, on every committed PDF of every
 * producer and on generated pages with the awkward cases (rotation, clipped circles, named colour
 * spaces, inline images, stray tokens).
 */
class OnePassGraphicsTests {

	@TempDir
	Path dir;

	static Stream<Path> committedPdfs() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
			return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("committedPdfs")
	void readsWhatPdfBoxsGraphicsEngineReads(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			GlyphCollector walk = new GlyphCollector();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				walk.collect(document, p);
				GraphicsCollector reference = PdfBoxGraphicsReference.read(document.getPage(p - 1));
				assertThat(walk.graphics().rulings()).as("rules, page %d", p).isEqualTo(reference.rulings());
				assertThat(walk.graphics().shapes()).as("shapes, page %d", p).isEqualTo(reference.shapes());
			}
		}
	}

	@Test
	void readsTheIconsOfGeneratedReportsAsPdfBoxDoes() throws Exception {
		String content = String.join("\n", "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q", // a green square
				"q 0 0 0 RG 0.5 w 50 690 m 500 690 l S Q", // a stroked rule
				"q 0.8 0.1 0.1 rg 120 704.5 m 120 707 118 709 115.5 709 c 113 709 111 707 111 704.5 c"
						+ " 111 702 113 700 115.5 700 c 118 700 120 702 120 704.5 c h f Q", // a red circle
				"q 1 0 0 1 0 -20 cm /CS0 cs 0.1 0.4 0.8 scn 130 700 8 8 re f* Q", // a named colour space
				"BT /F1 9 Tf 140 700 Td (Voltooid \\) \\( ) Tj [(A) -120 (B)] TJ ET",
				"q 0.9 0.9 0.1 rg 0 0 1 rg 150 700 6 6 re B Q");
		for (int rotation : new int[] { 0, 90 }) {
			Path file = dir.resolve("shapes-" + rotation + ".pdf");
			write(file, content, rotation);
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				GlyphCollector walk = new GlyphCollector();
				List<Glyph> glyphs = walk.collect(document, 1);
				GraphicsCollector reference = PdfBoxGraphicsReference.read(document.getPage(0));
				assertThat(walk.graphics().shapes()).hasSize(4).isEqualTo(reference.shapes());
				assertThat(walk.graphics().rulings()).hasSize(rotation == 0 ? 1 : 0).isEqualTo(reference.rulings());
				assertThat(walk.graphics().shapes()).extracting(Shape::colour)
					.containsExactly("#33801a", "#cc1a1a", "#1a66cc", "#0000ff");
				assertThat(glyphs).extracting(Glyph::text).contains("V", "A", "B");
			}
		}
	}

	@Test
	void readsInlineImagesAndSkipsStrayTokensAsPdfBoxDoes() throws Exception {
		String inline = "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q q 10 0 0 10 200 700 cm BI /W 1 /H 1 /CS /RGB /BPC 8 ID \u00ff\u0000\u0000 EI Q";
		String broken = "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q ) 1 2 3 m";
		for (String content : List.of(inline, broken)) {
			Path file = dir.resolve("odd.pdf");
			write(file, content, 0);
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				GlyphCollector walk = new GlyphCollector();
				walk.collect(document, 1);
				GraphicsCollector reference = PdfBoxGraphicsReference.read(document.getPage(0));
				assertThat(walk.graphics().shapes()).hasSize(content.equals(inline) ? 2 : 1).isEqualTo(reference.shapes());
			}
		}
	}

	private static void write(Path file, String content, int rotation) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.setRotation(rotation);
			document.addPage(page);
			page.setResources(new PDResources());
			page.getResources().put(COSName.getPDFName("CS0"), PDDeviceRGB.INSTANCE);
			page.getResources().put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream()) {
				out.write(content.getBytes(StandardCharsets.ISO_8859_1));
			}
			page.setContents(stream);
			document.save(file.toFile());
		}
	}
}
