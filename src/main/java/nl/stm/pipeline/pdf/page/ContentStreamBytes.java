package nl.stm.pipeline.pdf.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Decoded content streams for {@link ContentStreamLexer}, held in memory whole, up to a cap:
 * larger content is left to PDFBox's engine, which streams it instead.
 */
final class ContentStreamBytes {

	/** Decoded content larger than this (per page or form) is left to PDFBox. */
	private static final int MAX_CONTENT = 16 * 1024 * 1024;

	private ContentStreamBytes() {
	}

	/**
	 * The page's content streams, decoded and joined (tokens never span two streams), or null when
	 * they decode to more than {@link #MAX_CONTENT} bytes.
	 */
	static byte[] ofPage(PDPage page) throws IOException {
		Iterator<PDStream> streams = page.getContentStreams();
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		while (streams.hasNext()) {
			if (joined.size() > 0) {
				joined.write('\n');
			}
			try (InputStream in = streams.next().createInputStream()) {
				if (!copy(in, joined)) {
					return null;
				}
			}
		}
		return joined.toByteArray();
	}

	/** The form's content stream, decoded, or null when it is more than {@link #MAX_CONTENT} bytes. */
	static byte[] ofForm(PDFormXObject form) throws IOException {
		try (InputStream in = form.getCOSObject().createInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			return copy(in, out) ? out.toByteArray() : null;
		}
	}

	/** Copies until the end or until {@code out} would exceed {@link #MAX_CONTENT}; false then. */
	private static boolean copy(InputStream in, ByteArrayOutputStream out) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + n > MAX_CONTENT) {
				return false;
			}
			out.write(buffer, 0, n);
		}
		return true;
	}
}
