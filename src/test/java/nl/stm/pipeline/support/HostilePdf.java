package nl.stm.pipeline.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small PDF files that cost a reader far more than their size, written byte by byte (no PDF
 * library would write them): a content stream that inflates to hundreds of megabytes, millions of
 * text operators or nested {@code q}, a huge image, a page tree that contains itself, a page whose
 * forms paint each other ten times over.
 */
public final class HostilePdf {

	private HostilePdf() {
	}

	/** A page whose content stream inflates to {@code megabytes} of zeros. */
	public static Path flateBomb(Path file, int megabytes) throws IOException {
		return onePage(file, deflated(new byte[1 << 20], megabytes), "");
	}

	/** A page that shows one glyph {@code count} times. */
	public static Path textOperatorBomb(Path file, int count) throws IOException {
		byte[] start = "BT /F1 1 Tf 10 10 Td\n".getBytes(StandardCharsets.US_ASCII);
		byte[] glyph = repeat("(A) Tj ", 1 << 14);
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
			out.write(start);
			for (int i = 0; i < count / (1 << 14); i++) {
				out.write(glyph);
			}
			out.write(" ET\n".getBytes(StandardCharsets.US_ASCII));
		}
		return onePage(file, stream.toByteArray(), "");
	}

	/** A page that saves the graphics state {@code depth} times without restoring it. */
	public static Path deepNesting(Path file, int depth) throws IOException {
		return onePage(file, deflated(repeat("q ", 1 << 16), depth / (1 << 16)), "");
	}

	/** A page that paints a {@code side} x {@code side} grey image, placed as small as a status icon. */
	public static Path hugeImage(Path file, int side) throws IOException {
		byte[] row = new byte[side];
		java.util.Arrays.fill(row, (byte) 0x40);
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED))) {
			for (int y = 0; y < side; y++) {
				out.write(row);
			}
		}
		String image = "<< /Type /XObject /Subtype /Image /Width " + side + " /Height " + side
				+ " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " + pixels.size() + " >>";
		return write(file, List.of(catalog(), pages("[3 0 R]", 1),
				page("/XObject << /Im1 6 0 R >>"), font(), stream("", "q 12 0 0 12 100 700 cm /Im1 Do Q\n".getBytes(StandardCharsets.US_ASCII)),
				streamObject(image, pixels.toByteArray())));
	}

	/** A page tree whose only kid is the tree itself. */
	public static Path pageTreeLoop(Path file) throws IOException {
		return write(file, List.of(catalog(), pages("[2 0 R]", 1), page(""), font(),
				stream("", "BT /F1 12 Tf 72 720 Td (Kamerbrief) Tj ET\n".getBytes(StandardCharsets.US_ASCII))));
	}

	/**
	 * A page of text that then paints a form, which paints the next form ten times, and so on
	 * {@code levels} deep (the "billion laughs" of PDF): a few hundred bytes, 10^levels operators.
	 */
	public static Path slowPage(Path file, int levels) throws IOException {
		List<byte[]> objects = new ArrayList<>(List.of(catalog(), pages("[3 0 R]", 1), page("/XObject << /X0 6 0 R >>"),
				font(), stream("", "BT /F1 12 Tf 72 720 Td (Kamerbrief) Tj ET /X0 Do\n".getBytes(StandardCharsets.US_ASCII))));
		for (int level = 0; level < levels; level++) {
			boolean leaf = level == levels - 1;
			String body = leaf ? "0.5 g 0 0 1 1 re f\n" : ("/X Do ").repeat(10) + "\n";
			String resources = leaf ? "" : "/Resources << /XObject << /X " + (7 + level) + " 0 R >> >>";
			objects.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] " + resources,
					body.getBytes(StandardCharsets.US_ASCII)));
		}
		return write(file, objects);
	}

	private static Path onePage(Path file, byte[] deflatedContent, String resources) throws IOException {
		return write(file, List.of(catalog(), pages("[3 0 R]", 1), page(resources), font(),
				streamObject("<< /Filter /FlateDecode /Length " + deflatedContent.length + " >>", deflatedContent)));
	}

	private static byte[] deflated(byte[] block, int times) throws IOException {
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		try (OutputStream out = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
			for (int i = 0; i < times; i++) {
				out.write(block);
			}
		}
		return stream.toByteArray();
	}

	private static byte[] repeat(String text, int times) {
		return text.repeat(times).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] catalog() {
		return ascii("<< /Type /Catalog /Pages 2 0 R >>");
	}

	private static byte[] pages(String kids, int count) {
		return ascii("<< /Type /Pages /Kids " + kids + " /Count " + count + " >>");
	}

	private static byte[] page(String resources) {
		return ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> "
				+ resources + " >> >>");
	}

	private static byte[] font() {
		return ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
	}

	private static byte[] stream(String extra, byte[] content) {
		return streamObject("<< " + extra + " /Length " + content.length + " >>", content);
	}

	private static byte[] streamObject(String dictionary, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii(dictionary + "\nstream\n"));
		out.writeBytes(content);
		out.writeBytes(ascii("\nendstream"));
		return out.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** Objects 1..n with a correct cross-reference table. */
	private static Path write(Path file, List<byte[]> objects) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\n"));
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.size());
			pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
			pdf.writeBytes(objects.get(i));
			pdf.writeBytes(ascii("\nendobj\n"));
		}
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		pdf.writeBytes(ascii(table.toString()));
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.write(file, pdf.toByteArray());
	}
}
