package nl.stm.pipeline.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import nl.stm.pipeline.pdf.ExtractionException.Code;
import nl.stm.pipeline.pdf.page.Glyph;
import nl.stm.pipeline.pdf.page.GlyphCollector;
import nl.stm.pipeline.pdf.page.GraphicsCollector;
import nl.stm.pipeline.pdf.page.LineBuilder;
import nl.stm.pipeline.pdf.page.PageBreakRepeats;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;

/**
 * Opens a PDF defensively and turns each page into text lines and rules. Every way a file can be
 * unreadable ends in an {@link ExtractionException} with a code and a one-line message naming the
 * file, never in a stack trace or a half-read result.
 */
final class PdfLayoutReader {

	private final ExtractionLimits limits;

	PdfLayoutReader(ExtractionLimits limits) {
		this.limits = limits;
	}

	List<PageLayout> read(Path file) throws ExtractionException {
		String name = file.getFileName().toString();
		checkFile(file, name);
		long deadline = System.nanoTime() + limits.timeout().toNanos();
		try (PDDocument document = Loader.loadPDF(file.toFile(),
				MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache)) {
			int pageCount = document.getNumberOfPages();
			if (pageCount > limits.maxPages()) {
				throw new ExtractionException(Code.TOO_LARGE,
						name + ": " + pageCount + " pages, more than the limit of " + limits.maxPages());
			}
			List<PageLayout> pages = new ArrayList<>();
			GlyphCollector glyphs = new GlyphCollector();
			int glyphCount = 0;
			for (int p = 1; p <= pageCount; p++) {
				if (System.nanoTime() > deadline) {
					throw new ExtractionException(Code.TIMEOUT,
							name + ": extraction took longer than " + limits.timeout().toSeconds() + " s (page " + p + ")");
				}
				PDPage page = document.getPage(p - 1);
				List<Glyph> pageGlyphs = glyphs.collect(document, p);
				glyphCount += pageGlyphs.size();
				PDRectangle box = page.getCropBox();
				boolean turned = page.getRotation() % 180 != 0;
				GraphicsCollector graphics = glyphs.graphics();
				List<Shape> shapes = new ArrayList<>(graphics.shapes());
				shapes.addAll(glyphs.iconGlyphs());
				pages.add(new PageLayout(p, turned ? box.getHeight() : box.getWidth(),
						turned ? box.getWidth() : box.getHeight(), LineBuilder.build(p, pageGlyphs), graphics.rulings(),
						shapes));
			}
			if (glyphCount == 0) {
				throw new ExtractionException(Code.NO_TEXT,
						name + ": no text layer on any of its " + pageCount + " pages (scanned or image-only PDF)");
			}
			return PageBreakRepeats.remove(pages);
		}
		catch (InvalidPasswordException ex) {
			throw new ExtractionException(Code.ENCRYPTED, name + ": encrypted, no password given", ex);
		}
		catch (IOException ex) {
			throw new ExtractionException(Code.TRUNCATED, name + ": damaged or truncated PDF (" + oneLine(ex) + ")", ex);
		}
		catch (RuntimeException ex) {
			throw new ExtractionException(Code.IO, name + ": unreadable PDF content (" + oneLine(ex) + ")", ex);
		}
	}

	private void checkFile(Path file, String name) throws ExtractionException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new ExtractionException(Code.IO, name + ": no such file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ExtractionException(Code.EMPTY_FILE, name + ": empty file (0 bytes)");
			}
			if (size > limits.maxBytes()) {
				throw new ExtractionException(Code.TOO_LARGE,
						name + ": " + size + " bytes, more than the limit of " + limits.maxBytes());
			}
			byte[] head = new byte[1024];
			int n;
			try (InputStream in = Files.newInputStream(file)) {
				n = in.readNBytes(head, 0, head.length);
			}
			if (!new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
				throw new ExtractionException(Code.NOT_A_PDF, name + ": not a PDF (no %PDF- header)");
			}
			if (!tail(file, size).contains("%%EOF")) {
				throw new ExtractionException(Code.TRUNCATED, name + ": truncated PDF (no %%EOF marker at the end)");
			}
		}
		catch (IOException ex) {
			throw new ExtractionException(Code.IO, name + ": cannot read (" + oneLine(ex) + ")", ex);
		}
	}

	private static String tail(Path file, long size) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			int len = (int) Math.min(2048, size);
			byte[] bytes = new byte[len];
			raf.seek(size - len);
			raf.readFully(bytes);
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private static String oneLine(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return message.replaceAll("\\s+", " ");
	}
}
