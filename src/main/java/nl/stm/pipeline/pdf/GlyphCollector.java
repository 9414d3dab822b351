package nl.stm.pipeline.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with PDFBox's text stripper, deciding per glyph whether it is
 * bold. Bold has several encodings in real PDFs: the font name (the common case), the font
 * descriptor (weight, force-bold flag), a fill-and-stroke rendering mode, or a glyph painted twice
 * with a small offset ("fake bold"); all are checked.
 */
final class GlyphCollector extends PDFTextStripper {

	private final List<Glyph> glyphs = new ArrayList<>();

	private final List<TextPosition> painted = new ArrayList<>();

	private final List<TextPosition> overprinted = new ArrayList<>();

	private final List<TextPosition> strokedFill = new ArrayList<>();

	GlyphCollector() {
		setSortByPosition(true);
	}

	List<Glyph> collect(PDDocument document, int page) throws IOException {
		glyphs.clear();
		painted.clear();
		overprinted.clear();
		strokedFill.clear();
		setStartPage(page);
		setEndPage(page);
		getText(document);
		return List.copyOf(glyphs);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
			strokedFill.add(text);
		}
		for (int i = painted.size() - 1; i >= Math.max(0, painted.size() - 4); i--) {
			TextPosition earlier = painted.get(i);
			if (earlier.getUnicode().equals(text.getUnicode()) && Math.abs(earlier.getX() - text.getX()) < 1.5f
					&& Math.abs(earlier.getY() - text.getY()) < 1.5f) {
				overprinted.add(earlier);
			}
		}
		painted.add(text);
		super.processTextPosition(text);
	}

	@Override
	protected void writeString(String string, List<TextPosition> positions) {
		for (TextPosition tp : positions) {
			String unicode = tp.getUnicode();
			if (unicode == null || unicode.isEmpty()) {
				continue;
			}
			glyphs.add(new Glyph(unicode, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), tp.getHeightDir(),
					tp.getFontSizeInPt(), isBold(tp)));
		}
	}

	private boolean isBold(TextPosition tp) {
		if (containsSame(strokedFill, tp) || containsSame(overprinted, tp)) {
			return true;
		}
		return isBoldFont(tp.getFont());
	}

	private static boolean containsSame(List<TextPosition> list, TextPosition tp) {
		for (TextPosition other : list) {
			if (other == tp) {
				return true;
			}
		}
		return false;
	}

	static boolean isBoldFont(PDFont font) {
		if (font == null) {
			return false;
		}
		String name = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.matches(".*(bold|black|heavy|semibold|demi|[-,]bd|[-,]sb|w[6-9]).*")) {
			return true;
		}
		PDFontDescriptor descriptor = font.getFontDescriptor();
		return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
	}
}
