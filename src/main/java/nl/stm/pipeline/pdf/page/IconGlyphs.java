package nl.stm.pipeline.pdf.page;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Characters that are drawings rather than words: a status "icon" typed as a coloured ● or ■ (from
 * the geometric shapes, a dingbat font such as ZapfDingbats or Wingdings, or a coloured emoji
 * circle). Such a glyph is read like a drawn icon, by its colour and form, and left out of the text.
 * Bullets ({@code •}) stay text: they start list items in the toelichting.
 */
final class IconGlyphs {

	private IconGlyphs() {
	}

	/**
	 * The form of the icon a glyph draws, or null when the glyph is text. {@code dingbatFont}: the glyph's font
	 * is a dingbat font ({@link #isDingbatFont}), asked once per font by the caller.
	 */
	static Shape.Form form(String unicode, boolean dingbatFont) {
		if (unicode == null || unicode.isEmpty()) {
			return null;
		}
		int c = unicode.codePointAt(0);
		if (unicode.length() != Character.charCount(c)) {
			return null;
		}
		if (isRound(c)) {
			return Shape.Form.ROUND;
		}
		if (isAngular(c)) {
			return Shape.Form.ANGULAR;
		}
		return dingbatFont && !Character.isWhitespace(c) ? dingbatForm(c) : null;
	}

	private static boolean isRound(int c) {
		return (c >= 0x25CB && c <= 0x25D3) || c == 0x25EF || c == 0x2B24 || c == 0x26AA || c == 0x26AB
				|| c == 0x1F534 || c == 0x1F535 || (c >= 0x1F7E0 && c <= 0x1F7E4);
	}

	private static boolean isAngular(int c) {
		return (c >= 0x25A0 && c <= 0x25AB) || (c >= 0x25B2 && c <= 0x25BD) || c == 0x25C6 || c == 0x25C7
				|| c == 0x2B1B || c == 0x2B1C || (c >= 0x1F7E5 && c <= 0x1F7EB);
	}

	/** Wingdings and Webdings map their glyphs to letters or to U+F0xx: 'l' is the filled circle. */
	private static Shape.Form dingbatForm(int c) {
		int code = c >= 0xF000 && c <= 0xF0FF ? c - 0xF000 : c;
		return code == 'l' || code == 'm' || code == 0x9F || code == 0xA1 ? Shape.Form.ROUND : Shape.Form.ANGULAR;
	}

	static boolean isDingbatFont(PDFont font) {
		if (font == null || font.getName() == null) {
			return false;
		}
		String name = font.getName().toLowerCase(Locale.ROOT);
		return name.contains("wingdings") || name.contains("webdings") || name.contains("dingbats");
	}
}
