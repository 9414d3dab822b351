package nl.stm.pipeline.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.pdf.page.BBox;
import nl.stm.pipeline.reconcile.LetterRef;
import nl.stm.pipeline.reconcile.Source;

/**
 * The evidence of a finding's sources for one report: for a figure in a letter, the printed row cut
 * from the page (rendered with PDFBox, the figure framed in red) as a PNG data URI; for a partner
 * figure, the line as received from the partner's original file. Letters are read from the letters
 * drop folder and used only when their SHA-256 is the imported one. Only the row's strip of the page
 * is rendered (the same pixels as a cut from the whole rendered page, a fraction of the work: the page
 * shows up to 200 rows, most from pages of their own once there are many letters).
 */
final class Evidence implements AutoCloseable {

	private static final float DPI = 144;

	private static final float SCALE = DPI / 72;

	/** Points above and below the box, and the page margin the row is cut to. */
	private static final float PAD = 4;

	private static final float MARGIN = 36;

	private final Map<String, Path> letters = new HashMap<>();

	private final Map<String, PDDocument> open = new HashMap<>();

	private final Map<String, PartnerFile> partnerFiles = new HashMap<>();

	private record PartnerFile(Path stored, String encoding) {
	}

	Evidence(JdbcClient jdbc, Path lettersDir) {
		jdbc.sql("SELECT dossier, number, file_name, sha256 FROM current_document").query(rs -> {
			Path file = lettersDir.resolve(rs.getString(3));
			if (Files.isRegularFile(file) && rs.getString(4).strip().equals(sha256(file))) {
				letters.put(LetterRef.nameOf(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)), file);
			}
		});
		jdbc.sql("SELECT file_name, stored_as, encoding FROM import_ledger WHERE outcome = 'INGESTED' ORDER BY id")
			.query(rs -> {
				if (rs.getString(2) != null && rs.getString(3) != null) {
					partnerFiles.put(rs.getString(1), new PartnerFile(Path.of(rs.getString(2)), rs.getString(3)));
				}
			});
	}

	/** The printed row of a letter source as a PNG data URI, when its letter and box are known. */
	Optional<String> image(Source source) {
		BBox box = source.box();
		Path file = source.document() == null ? null : letters.get(source.document());
		if (box == null || file == null) {
			return Optional.empty();
		}
		try {
			PDDocument document = document(file);
			int index = box.page() - 1;
			Dimension page = pixels(document.getPage(index));
			int top = Math.max(0, (int) ((box.y0() - PAD) * SCALE));
			int bottom = Math.min(page.height, (int) Math.ceil((box.y1() + PAD) * SCALE));
			int left = (int) (MARGIN * SCALE);
			int right = page.width - left;
			if (bottom <= top || right <= left) {
				return Optional.empty();
			}
			BufferedImage row = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = row.createGraphics();
			g.setBackground(Color.WHITE);
			g.clearRect(0, 0, row.getWidth(), row.getHeight());
			Graphics2D strip = (Graphics2D) g.create();
			strip.translate(-left, -top);
			new PDFRenderer(document).renderPageToGraphics(index, strip, SCALE, SCALE, RenderDestination.EXPORT);
			strip.dispose();
			g.setColor(new Color(0xd0021b));
			g.setStroke(new BasicStroke(2));
			g.drawRect((int) ((box.x0() - 2) * SCALE) - left, (int) ((box.y0() - 1) * SCALE) - top,
					(int) ((box.x1() - box.x0() + 4) * SCALE), (int) ((box.y1() - box.y0() + 2) * SCALE));
			g.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(row, "png", png);
			return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The line of a partner source as received (the first physical line of the record), when the file is kept. */
	Optional<String> record(Source source) {
		PartnerFile file = source.file() == null ? null : partnerFiles.get(source.file());
		if (file == null || source.line() == null || !Files.isRegularFile(file.stored())) {
			return Optional.empty();
		}
		try (Stream<String> lines = Files.lines(file.stored(), Charset.forName(file.encoding()))) {
			return lines.skip(source.line() - 1L).findFirst().map(line -> line.replace("\uFEFF", ""));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private PDDocument document(Path file) throws IOException {
		PDDocument document = open.get(file.toString());
		if (document == null) {
			document = Loader.loadPDF(file.toFile());
			open.put(file.toString(), document);
		}
		return document;
	}

	/** The size of the page rendered at {@link #DPI}, as PDFBox's {@code PDFRenderer.renderImage} makes it. */
	private static Dimension pixels(PDPage page) {
		PDRectangle crop = page.getCropBox();
		int width = (int) Math.max(Math.floor(crop.getWidth() * SCALE), 1);
		int height = (int) Math.max(Math.floor(crop.getHeight() * SCALE), 1);
		return page.getRotation() % 180 == 0 ? new Dimension(width, height) : new Dimension(height, width);
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException | java.security.NoSuchAlgorithmException ex) {
			return "";
		}
	}

	@Override
	public void close() throws IOException {
		for (PDDocument document : open.values()) {
			document.close();
		}
	}
}
