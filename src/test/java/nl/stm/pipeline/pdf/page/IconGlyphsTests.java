package nl.stm.pipeline.pdf.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class IconGlyphsTests {

	private static final boolean HELVETICA = IconGlyphs.isDingbatFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

	private static final boolean DINGBATS = IconGlyphs.isDingbatFont(new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));

	@Test
	void dingbatFontsAreKnownByName() {
		assertThat(HELVETICA).isFalse();
		assertThat(DINGBATS).isTrue();
	}

	@Test
	void circlesAndSquaresInAnyFontAreIcons() {
		assertThat(IconGlyphs.form("\u25CF", HELVETICA)).isEqualTo(Shape.Form.ROUND);
		assertThat(IconGlyphs.form("\u2B24", HELVETICA)).isEqualTo(Shape.Form.ROUND);
		assertThat(IconGlyphs.form("\uD83D\uDFE2", HELVETICA)).as("green circle emoji").isEqualTo(Shape.Form.ROUND);
		assertThat(IconGlyphs.form("\u25A0", HELVETICA)).isEqualTo(Shape.Form.ANGULAR);
		assertThat(IconGlyphs.form("\u25B2", HELVETICA)).isEqualTo(Shape.Form.ANGULAR);
	}

	@Test
	void lettersBulletsAndDashesStayText() {
		assertThat(IconGlyphs.form("l", HELVETICA)).isNull();
		assertThat(IconGlyphs.form("\u2022", HELVETICA)).as("bullet").isNull();
		assertThat(IconGlyphs.form("\u2013", HELVETICA)).isNull();
		assertThat(IconGlyphs.form("", HELVETICA)).isNull();
		assertThat(IconGlyphs.form("\u25CF\u25CF", HELVETICA)).as("more than one character").isNull();
	}

	@Test
	void everyGlyphOfADingbatFontIsAnIcon() {
		assertThat(IconGlyphs.form("l", DINGBATS)).as("Wingdings' filled circle").isEqualTo(Shape.Form.ROUND);
		assertThat(IconGlyphs.form("\uF06C", DINGBATS)).isEqualTo(Shape.Form.ROUND);
		assertThat(IconGlyphs.form("n", DINGBATS)).isEqualTo(Shape.Form.ANGULAR);
		assertThat(IconGlyphs.form(" ", DINGBATS)).isNull();
	}
}
