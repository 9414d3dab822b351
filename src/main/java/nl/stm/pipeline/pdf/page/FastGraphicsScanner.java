package nl.stm.pipeline.pdf.page;

import java.awt.geom.AffineTransform;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the graphics of a page for {@link GraphicsCollector} without PDFBox's full content-stream
 * engine. PDFBox parses every token of the stream into objects (every glyph string and text
 * position number included) and dispatches every operator; this scanner walks the decoded bytes,
 * skips text and everything else it does not need without building objects
 * ({@link ContentStreamLexer}), and interprets only the graphics state ({@code q Q cm}), colours,
 * paths, painting operators and XObjects ({@code Do}, with forms followed recursively;
 * {@link ContentStreamInterpreter}). It computes exactly what PDFBox's engine would hand the
 * collector: points transformed with PDFBox's own {@link Matrix} and {@link AffineTransform},
 * colours as PDFBox {@link PDColor}s in the colour space PDFBox would pick.
 * <p>
 * Anything it does not handle the way PDFBox does (inline images, Type 3 fonts whose glyphs are
 * drawings, operands of the wrong number or type, malformed tokens) makes {@link #scan} give up, and
 * the collector reads the page with PDFBox instead. So this is an optimisation only, never a
 * different reading.
 */
final class FastGraphicsScanner {

	/** Thrown to give up on a page; the caller falls back to PDFBox. */
	static final class Unsupported extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unsupported(String reason) {
			super(reason, null, false, false);
		}
	}

	private FastGraphicsScanner() {
	}

	/**
	 * Feeds the page's graphics to {@code out}. Returns false, or throws, when the page needs
	 * PDFBox's engine instead; {@code out} must then be reset.
	 */
	static boolean scan(PDPage page, GraphicsCollector out) throws IOException {
		PDResources resources = page.getResources();
		if (ContentStreamInterpreter.hasType3Font(resources)) {
			return false;
		}
		if (!page.hasContents()) {
			return true;
		}
		byte[] content = ContentStreamBytes.ofPage(page);
		if (content == null) {
			return false;
		}
		new ContentStreamInterpreter(out, resources == null ? new PDResources() : resources).run(content);
		return true;
	}
}
