package nl.stm.pipeline.pdf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.ColourDistance;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;

/**
 * Status labels mapped by meaning, report periods, and the colour distance icons are matched by.
 */
class ProgressStatusTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Voltooid                              | VOLTOOID
			afgerond                              | VOLTOOID
			Doorlopend                            | DOORLOPEND
			In uitvoering                         | IN_UITVOERING
			In uitvoering en volgens planning     | IN_UITVOERING
			In uitvoering en  volgens planning    | IN_UITVOERING
			Op schema                             | IN_UITVOERING
			In uitvoering maar met vertraging     | VERTRAAGD
			IN UITVOERING MAAR MET VERTRA- GING   | VERTRAAGD
			Vertraagd                             | VERTRAAGD
			Nog niet gestart                      | NIET_GESTART
			Nog niet in gang gezet                | NIET_GESTART
			Nog niet in uitvoering                | NIET_GESTART
			nog niet in uitvoering                | NIET_GESTART
			In (formele) consultatie              | IN_CONSULTATIE
			Niet van toepassing                   | NIET_VAN_TOEPASSING
			n.v.t.                                | NIET_VAN_TOEPASSING
			Nog niet afgerond                     | null
			Lerend netwerken                      | null
			""")
	void mapsLabelsByMeaning(String label, StatusCode code) {
		assertThat(StatusCode.fromLabel(label)).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Stand per 2025-H1                                   | 2025-H1
			Voortgangsrapportage eerste helft 2025              | 2025-H1
			Stand van zaken tweede helft 2024                   | 2024-H2
			Rapportage over het 2e halfjaar van 2023            | 2023-H2
			H2 2024                                             | 2024-H2
			Voortgang 2022 H1                                   | 2022-H1
			Kenmerk 2021D40459 van 28 oktober                   | null
			Programmaresultaten Samen tegen mensenhandel 29     | null
			Bijlage: Voortgang – stand van zaken 2021           | 2021
			Stand per 2022                                      | 2022
			Stand van zaken 2021-H2                             | 2021-H2
			Voortgang programma 2018-2022                       | null
			Stand van zaken 2021D40459                          | null
			""")
	void readsThePeriod(String text, String period) {
		assertThat(ProgressPeriodFinder.find(text)).isEqualTo(period);
	}

	@Test
	void colourDistanceIsCie76() {
		assertThat(ColourDistance.deltaE("#39870c", "#39870c")).isZero();
		// blue and dark blue of the national palette: distinct, and further apart than the threshold
		assertThat(ColourDistance.deltaE("#01689b", "#154273")).isGreaterThan(StatusIcons.MAX_DISTANCE);
		assertThat(ColourDistance.deltaE("#ffffff", "#000000")).isEqualTo(100.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(ColourDistance.isPaper("#fefefe")).isTrue();
		assertThat(ColourDistance.isPaper("#f9e11e")).isFalse();
		assertThat(ColourDistance.rgb("39870c")).isNull();
	}

	@Test
	void matchesTheNearestLegendColourWithinTheThresholdOnly() {
		List<LegendEntry> legend = List.of(new LegendEntry(StatusCode.VOLTOOID, "Voltooid", "#39870c", Shape.Form.ROUND, 9),
				new LegendEntry(StatusCode.VERTRAAGD, "In uitvoering maar met vertraging", "#e17000", Shape.Form.ROUND, 9),
				new LegendEntry(StatusCode.NIET_GESTART, "Nog niet gestart", "#d52b1e", Shape.Form.ROUND, 9));
		// anti-aliased or averaged: a few units off still matches
		assertThat(StatusIcons.match(icon("#3d8a14"), legend).entry().status()).isEqualTo(StatusCode.VOLTOOID);
		// the legend's dark blue is not the blue of another report
		assertThat(StatusIcons.match(icon("#01689b"), legend).entry()).isNull();
		// half way between orange and red: ambiguous, no guess
		StatusIcons.Match between = StatusIcons.match(icon("#db4e0f"), legend);
		assertThat(between.entry()).isNull();
		assertThat(between.problem()).isNotBlank();
		assertThat(StatusIcons.match(icon("#39870c"), List.of()).problem()).contains("no legend");
	}

	@Test
	void mergesAnIconPaintedAsSeveralShapes() {
		// a white check mark on a coloured disc with a darker ring: one icon, the disc's colour
		List<Shape> shapes = new ArrayList<>(List.of(new Shape(10, 10, 19, 19, "#39870c", Shape.Form.ROUND),
				new Shape(10, 10, 19, 19, "#1a1a1a", Shape.Form.ROUND), new Shape(12, 12, 17, 17, "#ffffff", Shape.Form.ANGULAR),
				new Shape(10, 40, 19, 49, "#d52b1e", Shape.Form.ANGULAR)));
		List<Shape> icons = StatusIcons.icons(new PageLayout(1, 600, 800, List.of(), List.of(), shapes));
		assertThat(icons).hasSize(2);
		assertThat(icons.get(0).colour()).isEqualTo("#39870c");
		assertThat(icons.get(0).form()).isEqualTo(Shape.Form.ROUND);
		assertThat(icons.get(1).colour()).isEqualTo("#d52b1e");
	}

	private static Shape icon(String colour) {
		return new Shape(0, 0, 9, 9, colour, Shape.Form.ROUND);
	}
}
