package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.pdf.ExtractionException.Code;
import nl.stm.pipeline.pdf.letter.LetterHead;
import nl.stm.pipeline.pdf.letter.TextAmount;
import nl.stm.pipeline.support.ProseLetterPdf;

/**
 * Files that are no readable letter end in an {@link ExtractionException} with the interchange
 * format's code and a one-line message naming the file; a readable letter without tables is no
 * error but carries the warning "no tables found".
 */
class BrokenPdfTests {

	@TempDir
	Path dir;

	private final LetterExtractor extractor = new LetterExtractor();

	@Test
	void emptyFile() throws IOException {
		Path file = Files.write(dir.resolve("leeg.pdf"), new byte[0]);
		assertFails(file, Code.EMPTY_FILE);
	}

	@Test
	void textFileRenamedToPdf() throws IOException {
		Path file = Files.writeString(dir.resolve("notitie.pdf"), "Dit is geen PDF maar een notitie.\nTweede regel.\n");
		assertFails(file, Code.NOT_A_PDF);
	}

	@Test
	void pdfCutInHalf() throws IOException {
		byte[] whole = Files.readAllBytes(proseLetter(dir.resolve("heel.pdf")));
		Path file = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));
		assertFails(file, Code.TRUNCATED);
	}

	@Test
	void encryptedWithAUserPassword() throws IOException {
		Path file = dir.resolve("versleuteld.pdf");
		try (PDDocument document = proseDocument()) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
		assertFails(file, Code.ENCRYPTED);
	}

	@Test
	void ownerPasswordOnlyIsStillReadable() throws Exception {
		Path file = dir.resolve("alleen-eigenaar.pdf");
		try (PDDocument document = proseDocument()) {
			document.protect(new StandardProtectionPolicy("eigenaar", "", new AccessPermission()));
			document.save(file.toFile());
		}
		ExtractedLetter letter = extractor.extract(file);
		assertThat(letter.head().number()).isEqualTo(270);
	}

	@Test
	void imageOnlyScan() throws IOException {
		Path file = dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			for (int y = 20; y < 260; y += 12) {
				for (int x = 20; x < 180; x++) {
					image.setRGB(x, y, 0x333333);
				}
			}
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(xobject, 40, 40, 515, 760);
			}
			document.save(file.toFile());
		}
		assertFails(file, Code.NO_TEXT);
	}

	@Test
	void proseOnlyLetterHasNoTablesAndSaysSo() throws Exception {
		ExtractedLetter letter = extractor.extract(proseLetter(dir.resolve("kst-28638-270.pdf")));
		assertThat(letter.overview()).isNull();
		assertThat(letter.actielijnTables()).isEmpty();
		assertThat(letter.warnings()).containsExactly("no tables found");
		assertThat(letter.head().dossier()).isEqualTo("28638");
		assertThat(letter.head().number()).isEqualTo(270);
		assertThat(letter.textAmounts()).extracting(TextAmount::text).contains("2 miljoen euro per jaar");
	}

	private void assertFails(Path file, Code code) {
		ExtractionException ex = catchThrowableOfType(ExtractionException.class, () -> extractor.extract(file));
		assertThat(ex).as("extracting " + file.getFileName()).isNotNull();
		assertThat(ex.code()).isEqualTo(code);
		assertThat(ex.getMessage()).startsWith(file.getFileName() + ": ").doesNotContain("\n", "\r");
	}

	private static Path proseLetter(Path file) throws IOException {
		try (PDDocument document = proseDocument()) {
			document.save(file.toFile());
		}
		return file;
	}

	/** A two-page letter of prose only, as most Kamerbrieven are. */
	private static PDDocument proseDocument() throws IOException {
		List<String> lines = List.of("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026", "28 638 Mensenhandel",
				"Nr. 270", "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID", "Den Haag, 3 februari 2026",
				"Hierbij informeer ik uw Kamer over de voortgang van het programma Samen tegen mensenhandel.",
				"Voor de uitvoering is structureel 2 miljoen euro per jaar beschikbaar; de acties uit 2025",
				"lopen door in 2026 en 2027, zoals beschreven in de voortgangsrapportage.");
		return ProseLetterPdf.document(Standard14Fonts.FontName.TIMES_ROMAN, List.of(lines, lines.subList(6, lines.size())));
	}

	@Test
	void aSenderWrappedOverSeveralLinesIsReadWhole() throws Exception {
		// given: the head of nr. 161, whose sender takes three lines in capitals (broken anywhere)
		Path file = ProseLetterPdf.write(dir.resolve("kst-28638-161.pdf"), Standard14Fonts.FontName.HELVETICA,
				List.of(List.of("28 638 Mensenhandel", "Nr. 161",
						"BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID EN DE MINISTERS",
						"VAN SOCIALE ZAKEN EN WERKGELEGENHEID, VAN VOLKSGEZONDHEID, WELZIJN EN",
						"SPORT, VAN BUITENLANDSE ZAKEN EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING",
						"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 25 mei 2018",
						"INLEIDING", "Mensenhandel is een zeer ernstig misdrijf.")));

		// when
		LetterHead head = extractor.extract(file).head();

		// then
		assertThat(head.number()).isEqualTo(161);
		assertThat(head.date()).isEqualTo(java.time.LocalDate.of(2018, 5, 25));
		assertThat(head.sender()).isEqualTo("Staatssecretaris van Justitie en Veiligheid en de Ministers van Sociale Zaken en "
				+ "Werkgelegenheid, van Volksgezondheid, Welzijn en Sport, van Buitenlandse Zaken en voor Buitenlandse "
				+ "Handel en Ontwikkelingssamenwerking");
	}
}
