package nl.stm.pipeline.pdf.progress;

import static nl.stm.pipeline.pdf.progress.ProgressReportPdf.LANDSCAPE;
import static nl.stm.pipeline.pdf.progress.ProgressReportPdf.PORTRAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.LetterExtractor;
import nl.stm.pipeline.pdf.page.Shape;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Band;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Icon;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Item;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.LegendPlacement;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Report;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Row;
import nl.stm.pipeline.pdf.progress.ProgressReportPdf.Status;

/**
 * Progress reports in layouts we have no real file of, generated with {@link ProgressReportPdf}:
 * other colour sets, squares, images and words instead of circles, portrait and landscape pages,
 * rows continued across pages, the legend above, below or missing, and icons that match no legend
 * entry. Each generated report carries its own expected extraction. A status that cannot be read
 * must be null with a warning naming page and action, never a wrong status.
 */
class ProgressReportVariantTests {

	@TempDir
	Path dir;

	/** Seven statuses in colours unlike the sample's, labels as other reports word them. */
	private static List<Status> materialPalette(Icon icon) {
		return List.of(new Status("Voltooid", new Color(0x1b5e20), icon),
				new Status("Doorlopend", new Color(0x7b1fa2), icon),
				new Status("In uitvoering en volgens planning", new Color(0x0277bd), icon),
				new Status("In uitvoering maar met vertraging", new Color(0xff8f00), icon),
				new Status("Nog niet in uitvoering", new Color(0xb71c1c), icon),
				new Status("In (formele) consultatie", new Color(0x00897b), icon),
				new Status("Niet van toepassing", new Color(0x757575), icon));
	}

	/** Five statuses, bright colours, short labels. */
	private static List<Status> brightPalette(Icon icon) {
		return List.of(new Status("Voltooid", new Color(0x4caf50), icon), new Status("Doorlopend", new Color(0x2196f3), icon),
				new Status("Op schema", new Color(0xffeb3b), icon), new Status("Vertraagd", new Color(0xff9800), icon),
				new Status("Nog niet gestart", new Color(0xf44336), icon));
	}

	private static final String[] HOLDERS = { "VNG", "CoMensha", "Defence for Children", "JenV", "KMar", "LIEC-RIEC",
			"Nationaal Rapporteur", "Nederlandse Arbeidsinspectie", "OM", "Politie", "SZW", "VWS", "IND", "BZ" };

	private static final String[] SENTENCES = { "Voor de uitvoering van deze afspraak is een project opgezet.",
			"5. Inspectie SZW organiseert jaarlijks met Europol de internationale actieweek tegen arbeidsuitbuiting.",
			"De uitkomsten en aanbevelingen zijn besproken met de betrokken partijen.",
			"In de komende periode worden de eerste (potentiële) slachtoffers benaderd.",
			"Legenda: de cursus is verplicht voor alle consulaire beslismedewerkers.",
			"Het onderzoek is afgerond en de resultaten worden in het najaar gedeeld.",
			"Daarnaast wordt capaciteit van verschillende antimensenhandeleenheden opgebouwd.",
			"Er wordt nog gekeken of de informatie op de website kan worden gepubliceerd.",
			"Om de voortgang te bewaken blijven het ministerie, de VNG en CoMensha in gesprek met de gemeenten." };

	private static final String[] TITLES = { "Inventarisatie bestaande bewustwordingscampagnes.",
			"Nulmeting signaleerders.",
			"Een gerichte communicatiestrategie gericht op arbeids- en criminele uitbuiting.",
			"Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid.",
			"Training aandachtsfunctionaris.", "Landelijk overzicht opvang/hulp plek voor slachtoffers.",
			"Kader samenwerking ketenregisseur en zorgcoördinator." };

	/** Rows under three actielijn bands; statuses cycle through the palette, texts vary in length. */
	private static List<Item> items(List<Status> palette, int count, long seed, int longEvery) {
		Random random = new Random(seed);
		List<Item> items = new ArrayList<>();
		for (int action = 1; action <= count; action++) {
			if (action == 1 || action == count / 3 + 1 || action == 2 * count / 3 + 1) {
				items.add(new Band(items.stream().filter(Band.class::isInstance).toList().size() + 1,
						"Verbeteren van de samenwerking"));
			}
			List<String> holders = new ArrayList<>();
			int n = 1 + random.nextInt(3);
			while (holders.size() < n) {
				String h = HOLDERS[random.nextInt(HOLDERS.length)];
				if (!holders.contains(h)) {
					holders.add(h);
				}
			}
			StringBuilder toelichting = new StringBuilder();
			int sentences = action % longEvery == 0 ? 14 : 1 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				toelichting.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
			}
			items.add(new Row(action, TITLES[random.nextInt(TITLES.length)], holders,
					palette.get((action - 1) % palette.size()), toelichting.toString()));
		}
		return items;
	}

	/** Set by {@link #extractOne}: where the generator put each row. */
	private ProgressReportPdf.Printed printed;

	private ProgressReport extractOne(Report model, String name, List<String> warnings) throws Exception {
		Path file = dir.resolve(name);
		printed = ProgressReportPdf.write(model, file);
		ExtractedLetter letter = new LetterExtractor().extract(file);
		warnings.addAll(letter.warnings());
		assertThat(letter.progressReports()).hasSize(1);
		return letter.progressReports().get(0);
	}

	/** Every row as the model printed it: number, actielijn, title, holders, status, label, explanation. */
	private static void assertRows(ProgressReport got, Report model, boolean statusAsText) {
		List<Row> rows = model.rows();
		Map<Integer, Integer> actielijnen = model.actielijnen();
		assertThat(got.rows()).extracting(ProgressRow::action).containsExactlyElementsOf(rows.stream().map(Row::action).toList());
		for (int i = 0; i < rows.size(); i++) {
			Row want = rows.get(i);
			ProgressRow row = got.rows().get(i);
			String what = "action " + want.action();
			assertThat(row.actielijn()).as(what).isEqualTo(actielijnen.get(want.action()));
			assertThat(row.title()).as(what).isEqualTo(want.title());
			assertThat(row.holders()).as(what).containsExactlyElementsOf(want.holders());
			assertThat(row.status()).as(what).isNotNull().isEqualTo(want.status().code());
			assertThat(row.statusLabel()).as(what).isEqualTo(want.status().label());
			assertThat(normalise(row.toelichting())).as(what).isEqualTo(normalise(want.toelichting()));
		}
		if (!statusAsText) {
			assertThat(got.legend()).extracting(LegendEntry::label)
				.containsExactlyInAnyOrderElementsOf(model.legend().stream().map(Status::label).toList());
		}
	}

	@Test
	void landscapeCirclesInOtherColoursWithSevenStatuses() throws Exception {
		List<Status> palette = materialPalette(Icon.CIRCLE);
		Report model = new Report(List.of("Voortgangsrapportage Samen tegen mensenhandel", "Stand per 2024-H2"), palette,
				LegendPlacement.BELOW, items(palette, 24, 1, 7), Icon.CIRCLE, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "landscape-circles.pdf", warnings);
		assertThat(report.period()).isEqualTo("2024-H2");
		assertRows(report, model, false);
		assertThat(report.legend()).allMatch(e -> e.form() == Shape.Form.ROUND);
		assertThat(report.legend()).extracting(LegendEntry::status)
			.containsExactly(StatusCode.VOLTOOID, StatusCode.DOORLOPEND, StatusCode.IN_UITVOERING, StatusCode.VERTRAAGD,
					StatusCode.NIET_GESTART, StatusCode.IN_CONSULTATIE, StatusCode.NIET_VAN_TOEPASSING);
		assertThat(report.rows().stream().map(ProgressRow::page).distinct().count()).isGreaterThan(2);
		assertThat(warnings).isEmpty();
	}

	@Test
	void portraitSquaresWithRowsContinuedAcrossPages() throws Exception {
		List<Status> palette = brightPalette(Icon.SQUARE);
		Report model = new Report(List.of("Voortgangsrapportage", "Stand van zaken eerste helft 2025"), palette,
				LegendPlacement.BELOW, items(palette, 20, 2, 4), Icon.SQUARE, List.of(PORTRAIT), false);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "portrait-squares.pdf", warnings);
		assertThat(report.period()).isEqualTo("2025-H1");
		assertRows(report, model, false);
		assertThat(report.legend()).allMatch(e -> e.form() == Shape.Form.ANGULAR);
		assertThat(warnings).isEmpty();
		// long rows run over a page break; each is still one row, on the page it starts on
		assertThat(printed.continued()).hasSizeGreaterThanOrEqualTo(2);
		for (ProgressRow row : report.rows()) {
			assertThat(row.page()).as("action %d", row.action()).isEqualTo(printed.pageOf().get(row.action()));
		}
	}

	@Test
	void statusesWrittenAsWordsNeedNoLegend() throws Exception {
		List<Status> palette = materialPalette(Icon.TEXT);
		Report model = new Report(List.of("Voortgangsrapportage", "Stand van zaken tweede helft 2023"), palette,
				LegendPlacement.NONE, items(palette, 14, 3, 5), Icon.TEXT, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "text-status.pdf", warnings);
		assertThat(report.period()).isEqualTo("2023-H2");
		assertThat(report.legend()).isEmpty();
		assertRows(report, model, true);
		assertThat(warnings).isEmpty();
	}

	@Test
	void iconsTypedAsColouredCharactersAreReadByTheirColour() throws Exception {
		// given: legend and rows with a coloured ● (ZapfDingbats), as a word processor types them
		List<Status> legend = materialPalette(Icon.GLYPH);
		Report model = new Report(List.of("Voortgangsrapportage", "Stand per 2025-H2"), legend, LegendPlacement.BELOW,
				items(legend, 12, 4, 6), Icon.GLYPH, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();

		// when
		ProgressReport report = extractOne(model, "glyph-icons.pdf", warnings);

		// then: every status right, the characters are no text in any cell or legend label
		assertThat(report.period()).isEqualTo("2025-H2");
		assertRows(report, model, false);
		assertThat(report.legend()).hasSize(legend.size()).allMatch(e -> e.form() == Shape.Form.ROUND);
		assertThat(report.legend()).noneMatch(e -> e.label().contains("\u25CF"));
		assertThat(report.rows()).noneMatch(r -> r.title().contains("\u25CF") || String.valueOf(r.toelichting()).contains("\u25CF"));
		assertThat(warnings).isEmpty();
	}

	@Test
	void iconsAsSmallImagesMatchAVectorLegend() throws Exception {
		List<Status> legend = brightPalette(Icon.CIRCLE);
		Report model = new Report(List.of("Voortgangsrapportage"), legend, LegendPlacement.BELOW, items(legend, 12, 4, 6),
				Icon.IMAGE, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "image-icons.pdf", warnings);
		assertThat(report.period()).isNull();
		assertRows(report, model, false);
		assertThat(warnings).isEmpty();
	}

	@Test
	void imageIconsAndImageLegendSideBySideAboveTheTable() throws Exception {
		List<Status> legend = materialPalette(Icon.IMAGE);
		Report model = new Report(List.of("Voortgangsrapportage", "H1 2026"), legend, LegendPlacement.ABOVE_SIDE_BY_SIDE,
				items(legend, 10, 5, 4), Icon.IMAGE, List.of(LANDSCAPE), false);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "image-legend-above.pdf", warnings);
		assertThat(report.period()).isEqualTo("2026-H1");
		assertThat(report.legend()).allMatch(e -> e.form() == Shape.Form.IMAGE);
		assertRows(report, model, false);
		assertThat(warnings).isEmpty();
	}

	@Test
	void portraitAndLandscapePagesInOneReport() throws Exception {
		List<Status> palette = brightPalette(Icon.CIRCLE);
		Report model = new Report(List.of("Voortgangsrapportage", "Stand per 2025-H2"), palette, LegendPlacement.BELOW,
				items(palette, 22, 6, 5), Icon.CIRCLE, List.of(PORTRAIT, LANDSCAPE, PORTRAIT, LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "mixed-orientation.pdf", warnings);
		assertRows(report, model, false);
		assertThat(printed.continued()).isNotEmpty();
		assertThat(report.rows().stream().map(ProgressRow::page).distinct().count()).isGreaterThan(2);
		assertThat(warnings).isEmpty();
	}

	@Test
	void noRepeatedHeaderRunningHeadsAndProseAfterTheTable() throws Exception {
		List<Status> palette = brightPalette(Icon.CIRCLE);
		Report model = new Report(List.of("Voortgangsrapportage", "Stand per 2025-H1"), palette, LegendPlacement.BELOW,
				items(palette, 16, 10, 3), Icon.CIRCLE, List.of(PORTRAIT), true)
			.plain("Voortgangsrapportage Samen tegen mensenhandel, eerste helft 2025",
					"Tot slot: de acties van actielijn 3 worden in de volgende rapportage opnieuw bezien, samen met"
							+ " de partners van het programma en de gemeenten die aan de pilots deelnemen.");
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "no-repeated-header.pdf", warnings);
		assertThat(report.period()).isEqualTo("2025-H1");
		assertRows(report, model, false);
		assertThat(printed.continued()).isNotEmpty();
		assertThat(warnings).isEmpty();
	}

	@Test
	void withoutALegendIconsGetNoStatusAndAWarningPerRow() throws Exception {
		List<Status> palette = brightPalette(Icon.CIRCLE);
		Report model = new Report(List.of("Voortgangsrapportage"), palette, LegendPlacement.NONE, items(palette, 8, 7, 9),
				Icon.CIRCLE, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "no-legend.pdf", warnings);
		assertThat(report.legend()).isEmpty();
		assertThat(report.rows()).hasSize(8).allMatch(r -> r.status() == null && r.statusLabel() == null);
		assertThat(warnings).hasSize(8);
		for (ProgressRow row : report.rows()) {
			assertThat(warnings).anyMatch(w -> w.startsWith("page " + row.page() + ", action " + row.action() + ":")
					&& w.contains("no legend"));
		}
		// the rest of the row is still read
		assertThat(report.rows().get(0).holders()).isEqualTo(model.rows().get(0).holders());
	}

	@Test
	void anIconMatchingNoLegendEntryGetsNoStatusNotTheNearestOne() throws Exception {
		List<Status> palette = brightPalette(Icon.CIRCLE);
		List<Item> items = new ArrayList<>(items(palette, 9, 8, 9));
		// action 4: a pink icon (ΔE 34 from the red of "Nog niet gestart"); action 7: a near-black one
		replaceColour(items, 4, new Color(0xe91e63));
		replaceColour(items, 7, new Color(0x202020));
		Report model = new Report(List.of("Voortgangsrapportage"), palette, LegendPlacement.BELOW, items, Icon.CIRCLE,
				List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "unknown-colour.pdf", warnings);
		assertThat(report.rows()).hasSize(9);
		for (ProgressRow row : report.rows()) {
			if (row.action() == 4 || row.action() == 7) {
				assertThat(row.status()).as("action %d", row.action()).isNull();
				assertThat(row.statusLabel()).isNull();
			}
			else {
				assertThat(row.status()).as("action %d", row.action())
					.isEqualTo(palette.get((row.action() - 1) % palette.size()).code());
			}
		}
		assertThat(warnings).hasSize(2);
		ProgressRow four = report.rows().get(3);
		assertThat(warnings.get(0)).startsWith("page " + four.page() + ", action 4:")
			.contains("#e91e63")
			.contains("matches no legend entry");
		assertThat(warnings.get(1)).contains("action 7:").contains("#202020");
	}

	@Test
	void sameColourDifferentFormIsToldApartByForm() throws Exception {
		Color green = new Color(0x39870c);
		List<Status> legend = List.of(new Status("Voltooid", green, Icon.CIRCLE),
				new Status("Doorlopend", green, Icon.SQUARE),
				new Status("Nog niet gestart", new Color(0xd52b1e), Icon.CIRCLE));
		// each row shows its status's own icon: green circles and green squares side by side
		Report model = new Report(List.of("Voortgangsrapportage"), legend, LegendPlacement.BELOW, items(legend, 9, 9, 9),
				null, List.of(LANDSCAPE), true);
		List<String> warnings = new ArrayList<>();
		ProgressReport report = extractOne(model, "same-colour.pdf", warnings);
		assertRows(report, model, false);
		assertThat(report.legend()).extracting(LegendEntry::form)
			.containsExactly(Shape.Form.ROUND, Shape.Form.ANGULAR, Shape.Form.ROUND);
		assertThat(warnings).isEmpty();
	}

	@Test
	void sameColourAndAnImageIconIsAmbiguousNotGuessed() {
		LegendEntry circle = new LegendEntry(StatusCode.VOLTOOID, "Voltooid", "#39870c", Shape.Form.ROUND, 1);
		LegendEntry square = new LegendEntry(StatusCode.DOORLOPEND, "Doorlopend", "#39870c", Shape.Form.ANGULAR, 1);
		Shape image = new Shape(0, 0, 8, 8, "#3a880d", Shape.Form.IMAGE);
		StatusIcons.Match match = StatusIcons.match(image, List.of(circle, square));
		assertThat(match.entry()).isNull();
		assertThat(match.problem()).contains("several legend entries");
		assertThat(StatusIcons.match(new Shape(0, 0, 8, 8, "#39870c", Shape.Form.ANGULAR), List.of(circle, square))
			.entry()).isEqualTo(square);
	}

	private static void replaceColour(List<Item> items, int action, Color colour) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof Row r && r.action() == action) {
				items.set(i, new Row(r.action(), r.title(), r.holders(), r.status(), r.toelichting(), colour));
			}
		}
	}

	static String normalise(String s) {
		return s.replaceAll("\\s+", " ").trim();
	}
}
