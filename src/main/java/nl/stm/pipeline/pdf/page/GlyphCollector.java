package nl.stm.pipeline.pdf.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
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
 * with a small offset ("fake bold"); all are checked. A status icon typed as a coloured character
 * ({@link IconGlyphs}) becomes a {@link Shape} with the colour it is painted in, not text.
 */
public final class GlyphCollector extends PDFTextStripper {

	private static final long CELL_STRIDE = 1L << 20;

	private final List<Glyph> glyphs = new ArrayList<>();

	private final List<Shape> iconGlyphs = new ArrayList<>();

	private final Map<Long, List<TextPosition>> painted = new HashMap<>();

	private final Set<TextPosition> overprinted = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Set<TextPosition> strokedFill = Collections.newSetFromMap(new IdentityHashMap<>());

	/** Boldness per font object: the name and descriptor checks are too slow to repeat per glyph. */
	private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

	public GlyphCollector() {
		setSortByPosition(true);
		// the text stripper ignores colour; an icon typed as a character is read by its colour
		addOperator(new SetNonStrokingColorSpace(this));
		addOperator(new SetNonStrokingColor(this));
		addOperator(new SetNonStrokingColorN(this));
		addOperator(new SetNonStrokingDeviceGrayColor(this));
		addOperator(new SetNonStrokingDeviceRGBColor(this));
		addOperator(new SetNonStrokingDeviceCMYKColor(this));
		addOperator(new SetStrokingColorSpace(this));
		addOperator(new SetStrokingColor(this));
		addOperator(new SetStrokingColorN(this));
		addOperator(new SetStrokingDeviceGrayColor(this));
		addOperator(new SetStrokingDeviceRGBColor(this));
		addOperator(new SetStrokingDeviceCMYKColor(this));
	}

	public List<Glyph> collect(PDDocument document, int page) throws IOException {
		glyphs.clear();
		iconGlyphs.clear();
		painted.clear();
		overprinted.clear();
		strokedFill.clear();
		setStartPage(page);
		setEndPage(page);
		getText(document);
		return List.copyOf(glyphs);
	}

	/** The icons typed as characters on the page last collected. */
	public List<Shape> iconGlyphs() {
		return List.copyOf(iconGlyphs);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		Shape.Form iconForm = IconGlyphs.form(text.getUnicode(), text.getFont());
		if (iconForm != null) {
			addIcon(text, iconForm, mode);
			return;
		}
		if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
			strokedFill.add(text);
		}
		long cell = cell(text.getX(), text.getY());
		for (int dx = -1; dx <= 1; dx++) {
			for (int dy = -1; dy <= 1; dy++) {
				for (TextPosition earlier : painted.getOrDefault(cell + dx * CELL_STRIDE + dy, List.of())) {
					if (paintedAgain(earlier, text)) {
						overprinted.add(earlier);
						overprinted.add(text);
					}
				}
			}
		}
		painted.computeIfAbsent(cell, k -> new ArrayList<>()).add(text);
		super.processTextPosition(text);
	}

	private void addIcon(TextPosition text, Shape.Form form, RenderingMode mode) {
		if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
			return;
		}
		try {
			int rgb = (mode.isFill() ? getGraphicsState().getNonStrokingColor() : getGraphicsState().getStrokingColor())
				.toRGB();
			float x0 = text.getXDirAdj();
			float baseline = text.getYDirAdj();
			iconGlyphs.add(new Shape(x0, baseline - text.getHeightDir(), x0 + text.getWidthDirAdj(), baseline,
					ColourDistance.hex(rgb), form));
		}
		catch (IOException | RuntimeException ex) {
			// a pattern or a colour space that cannot be converted: no icon colour, so no icon
		}
	}

	/**
	 * The same character painted again a fraction of its width away: fake bold. Producers paint
	 * a whole word or line twice, so the earlier painting may be any number of glyphs back. The
	 * tolerance is the one PDFBox uses to drop such duplicates, so what counts as bold here is
	 * also printed once.
	 */
	private static boolean paintedAgain(TextPosition earlier, TextPosition text) {
		float tolerance = Math.min(1.5f, text.getWidth() / Math.max(1, text.getUnicode().length()) / 3);
		return Objects.equals(earlier.getUnicode(), text.getUnicode()) && Math.abs(earlier.getX() - text.getX()) < tolerance
				&& Math.abs(earlier.getY() - text.getY()) < 0.5f;
	}

	/** A 2-point grid cell, so the search for an earlier painting stays local. */
	private static long cell(float x, float y) {
		return (long) Math.floor(x / 2) * CELL_STRIDE + (long) Math.floor(y / 2);
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
		return strokedFill.contains(tp) || overprinted.contains(tp)
				|| (tp.getFont() != null && boldFonts.computeIfAbsent(tp.getFont(), GlyphCollector::isBoldFont));
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
