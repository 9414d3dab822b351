package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast graphics scanner must read exactly what PDFBox's engine reads (it is an optimisation,
 * not another reading): same rules, same shapes, same colours, page by page. Where it cannot (an
 * inline image, malformed content) it gives up and the collector's result is PDFBox's.
 */
class FastGraphicsScannerTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "src/test/resources/fixtures/progress/voortgang-2025-H1.pdf",
			"src/test/resources/fixtures/letters/kst-28638-249.pdf" })
	void readsWhatPdfBoxReads(String file) throws IOException {
		try (PDDocument document = Loader.loadPDF(Path.of(file).toFile())) {
			int found = 0;
			for (PDPage page : document.getPages()) {
				GraphicsCollector fast = new GraphicsCollector(page);
				assertThat(FastGraphicsScanner.scan(page, fast)).isTrue();
				GraphicsCollector reference = new GraphicsCollector(page);
				reference.collectWithPdfBox();
				assertThat(fast.rulings()).isEqualTo(reference.rulings());
				assertThat(fast.shapes()).isEqualTo(reference.shapes());
				found += fast.shapes().size() + fast.rulings().size();
			}
			assertThat(found).isPositive();
		}
	}

	@Test
	void readsTheIconsOfGeneratedReportsAsPdfBoxDoes() throws Exception {
		// squares, images with a white dot, and vector circles, in rotated and plain pages
		String content = String.join("\n", "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q", // a green square
				"q 0 0 0 RG 0.5 w 50 690 m 500 690 l S Q", // a stroked rule
				"q 0.8 0.1 0.1 rg 120 704.5 m 120 707 118 709 115.5 709 c 113 709 111 707 111 704.5 c"
						+ " 111 702 113 700 115.5 700 c 118 700 120 702 120 704.5 c h f Q", // a red circle
				"q 1 0 0 1 0 -20 cm /CS0 cs 0.1 0.4 0.8 scn 130 700 8 8 re f* Q", // ICC-free named space
				"BT /F1 9 Tf 140 700 Td (Voltooid \\) \\( ) Tj [(A) -120 (B)] TJ ET", // text is skipped
				"q 0.9 0.9 0.1 rg 0 0 1 rg 150 700 6 6 re B Q");
		for (int rotation : new int[] { 0, 90 }) {
			Path file = dir.resolve("shapes-" + rotation + ".pdf");
			write(file, content, rotation);
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				PDPage page = document.getPage(0);
				GraphicsCollector fast = new GraphicsCollector(page);
				assertThat(FastGraphicsScanner.scan(page, fast)).isTrue();
				GraphicsCollector reference = new GraphicsCollector(page);
				reference.collectWithPdfBox();
				assertThat(fast.shapes()).hasSize(4).isEqualTo(reference.shapes());
				assertThat(fast.rulings()).isEqualTo(reference.rulings());
				assertThat(fast.shapes()).extracting(Shape::colour)
					.containsExactly("#33801a", "#cc1a1a", "#1a66cc", "#0000ff");
			}
		}
	}

	@Test
	void givesUpOnInlineImagesAndBrokenContentAndThePageIsReadByPdfBox() throws Exception {
		String inline = "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q q 10 0 0 10 200 700 cm BI /W 1 /H 1 /CS /RGB /BPC 8 ID \u00ff\u0000\u0000 EI Q";
		String broken = "q 0.2 0.5 0.1 rg 100 700 9 9 re f Q ) 1 2 3 m";
		for (String content : List.of(inline, broken)) {
			Path file = dir.resolve("fallback.pdf");
			write(file, content, 0);
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				PDPage page = document.getPage(0);
				GraphicsCollector fast = new GraphicsCollector(page);
				boolean handled;
				try {
					handled = FastGraphicsScanner.scan(page, fast);
				}
				catch (FastGraphicsScanner.Unsupported ex) {
					handled = false;
				}
				assertThat(handled).isFalse();
				GraphicsCollector collector = new GraphicsCollector(page);
				collector.collect();
				GraphicsCollector reference = new GraphicsCollector(page);
				reference.collectWithPdfBox();
				assertThat(collector.shapes()).isNotEmpty().isEqualTo(reference.shapes());
			}
		}
	}

	private static void write(Path file, String content, int rotation) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.setRotation(rotation);
			document.addPage(page);
			page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
			page.getResources()
				.put(org.apache.pdfbox.cos.COSName.getPDFName("CS0"),
						org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
			page.getResources()
				.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"),
						new org.apache.pdfbox.pdmodel.font.PDType1Font(
								org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream()) {
				out.write(content.getBytes(StandardCharsets.ISO_8859_1));
			}
			page.setContents(stream);
			document.save(file.toFile());
		}
	}
}
