package nl.stm.pipeline.pdf.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

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
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page in a single walk of its content stream: the glyphs, with PDFBox's text stripper
 * (but none of its line and word layout, which {@link LineBuilder} does on geometry), and the rules
 * and shapes, with {@link GraphicsOperator}s added to the same walk ({@link #graphics()}). Each
 * glyph is checked for bold. Bold has several encodings in real PDFs: the font name (the common case), the font
 * descriptor (weight, force-bold flag), a fill-and-stroke rendering mode, or a glyph painted twice
 * with a small offset ("fake bold"); all are checked. A status icon typed as a coloured character
 * ({@link IconGlyphs}) becomes a {@link Shape} with the colour it is painted in, not text.
 */
public final class GlyphCollector extends PDFTextStripper {

	private final List<Glyph> glyphs = new ArrayList<>();

	private final List<Shape> iconGlyphs = new ArrayList<>();

	private final Overprints overprints = new Overprints();

	private final Set<TextPosition> strokedFill = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * What a font's name and descriptor say (bold, a dingbat font): too slow to ask per glyph. Keyed weakly
	 * by the font's dictionary, not by the {@link PDFont}: a font object holds its parsed program,
	 * widths and CMaps, and a long letter (merged documents each bring their own fonts) must let PDFBox
	 * drop those once their pages are read.
	 */
	private final Map<COSDictionary, FontFacts> fonts = new WeakHashMap<>();

	/** The dominant colour of each image XObject read (icons are placed many times), weakly by its stream. */
	private final Map<COSBase, String> imageColours = new WeakHashMap<>();

	private record FontFacts(boolean bold, boolean dingbat) {

		private static final FontFacts NONE = new FontFacts(false, false);
	}

	private GraphicsCollector graphics;

	private PDPage target;

	public GlyphCollector() {
		// duplicates are dropped by Overprints, in the same lookup that finds fake bold
		setSuppressDuplicateOverlappingText(false);
		for (String name : GraphicsOperator.NAMES) {
			addOperator(new GraphicsOperator(this, name, () -> graphics));
		}
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

	/** Reads page {@code page} (1-based) of the document; its rules and shapes are then in {@link #graphics()}. */
	public List<Glyph> collect(PDDocument document, int page) throws IOException {
		target = document.getPage(page - 1);
		graphics = new GraphicsCollector(target, imageColours);
		glyphs.clear();
		iconGlyphs.clear();
		overprints.clear();
		strokedFill.clear();
		getText(document);
		return List.copyOf(glyphs);
	}

	/**
	 * Only the page asked for. The stripper would walk the whole page tree for every page read (its
	 * page range only decides which pages it processes), four million page visits for a 2,000-page
	 * letter.
	 */
	@Override
	protected void processPages(PDPageTree pages) throws IOException {
		if (target.hasContents()) {
			processPage(target);
		}
	}

	/** The rules and drawn shapes of the page last collected. */
	public GraphicsCollector graphics() {
		return graphics;
	}

	@Override
	public void saveGraphicsState() {
		super.saveGraphicsState();
		graphics.save();
	}

	@Override
	public void restoreGraphicsState() {
		super.restoreGraphicsState();
		graphics.restore();
	}

	/**
	 * The text stripper does not run the glyph procedures of a Type 3 font; they are drawings, and
	 * may be status icons, so they are run here for the graphics.
	 */
	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
		super.showGlyph(textRenderingMatrix, font, code, displacement);
		if (font instanceof PDType3Font type3) {
			showType3Glyph(textRenderingMatrix, type3, code, displacement);
		}
	}

	/** The icons typed as characters on the page last collected. */
	public List<Shape> iconGlyphs() {
		return List.copyOf(iconGlyphs);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		Shape.Form iconForm = IconGlyphs.form(text.getUnicode(), facts(text.getFont()).dingbat());
		if (iconForm != null) {
			addIcon(text, iconForm, mode);
			return;
		}
		if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
			strokedFill.add(text);
		}
		if (overprints.paint(text)) {
			super.processTextPosition(text);
		}
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
	 * Takes the page's glyphs as they are, instead of the stripper's sorting into lines, words and
	 * paragraphs: {@link LineBuilder} groups them on geometry, so that work would be thrown away.
	 */
	@Override
	protected void writePage() {
		for (List<TextPosition> article : charactersByArticle) {
			for (TextPosition tp : article) {
				String unicode = tp.getUnicode();
				if (unicode == null || unicode.isEmpty()) {
					continue;
				}
				glyphs.add(new Glyph(unicode, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), tp.getHeightDir(),
						tp.getYScale(), isBold(tp)));
			}
		}
	}

	private boolean isBold(TextPosition tp) {
		PDFont font = tp.getFont();
		return strokedFill.contains(tp) || overprints.overprinted(tp) || facts(font).bold();
	}

	private FontFacts facts(PDFont font) {
		if (font == null) {
			return FontFacts.NONE;
		}
		return fonts.computeIfAbsent(font.getCOSObject(),
				k -> new FontFacts(isBoldFont(font), IconGlyphs.isDingbatFont(font)));
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
