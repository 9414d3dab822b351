package nl.stm.pipeline.pdf.variants;

import static nl.stm.pipeline.pdf.variants.BudgetLetterPdf.actions;
import static nl.stm.pipeline.pdf.variants.BudgetLetterPdf.cells;

import java.time.LocalDate;
import java.util.List;

import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Head;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Letter;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Line;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Notation;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Overview;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Row;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf.Table;

/**
 * The letters the variants print: nr. 249 as published (texts from the seed transcript: € mln
 * overview, € x10.000 actielijn tables, "2.5" and "0,345" side by side) and an invented later
 * letter nr. 262 in x € 1.000 with Dutch thousands dots ("1.165"), decimal commas, years 2025–2029,
 * 3- and 5-year tables, actions 43 t/m 60, dashes of both kinds and a table without Totaal followed
 * by prose.
 */
public final class SampleLetters {

	private SampleLetters() {
	}

	private static final boolean NEW = true;

	private static final boolean OLD = false;

	private static final List<Integer> Y2023 = List.of(2023, 2024, 2025, 2026);

	private static final String TENK = "(€ x10.000)";

	private static Row r(String marker, List<Integer> actions, String title, boolean isNew, String... cells) {
		return new Row(marker, actions, title, isNew, cells(cells));
	}

	public static Letter kst249() {
		Head head = new Head("2023-2024", "28 638", "Mensenhandel", 249,
				"BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID", "Staatssecretaris van Justitie en Veiligheid",
				LocalDate.of(2024, 4, 23));
		List<String> intro = List.of(
				"In de brief van 2 februari 2024 heb ik uw Kamer geïnformeerd over de opvolging van de moties en toezeggingen "
						+ "van het commissiedebat over het programma Samen tegen mensenhandel en het daaropvolgende "
						+ "tweeminutendebat van 21 december 2023.",
				"Om het Actieplan in het kader van de herziening te versterken, is binnen de begroting van het Ministerie van "
						+ "Justitie en Veiligheid financiële ruimte gecreëerd. Met ingang van dit jaar zal de komende vier jaar "
						+ "500.000 euro per jaar beschikbaar zijn. Deze middelen zijn in aanvulling op de in het coalitieakkoord "
						+ "Rutte-IV reeds beschikbaar gestelde 2 miljoen euro per jaar.");
		Overview overview = new Overview("Programma Samen tegen mensenhandel", "(€ 2.5 mln.)", Unit.EUR_MLN, Y2023, List.of(
				new Line("a", "Programmakosten (apparaatsbudget)", null, cells("0,3", "0,3", "0,3", "0,3")),
				new Line("b", "No Regrets", null, cells("1,7", "–", "–", "–")),
				new Line("c", "Actielijn 1. Creëren van brede bewustwording", 1, cells("–", "0,38", "0,3", "0")),
				new Line("d", "Actielijn 2. Vergroten van de meldingsbereidheid", 2, cells("–", "0,27", "0,4", "0,35")),
				new Line("e", "Actielijn 3. Investeren en werken aan een betere vaststelling van slachtofferschap en "
						+ "bescherming van slachtoffers", 3, cells("–", "0,65", "0,345", "0,135")),
				new Line("f", "Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking", 4,
						cells("–", "0,4", "0,4", "0,3")),
				new Line("g", "Actielijn 5. Verbetering van de informatiedeling en gegevensverwerking", 5,
						cells("–", "0,1", "0,3", "0,1")),
				new Line("h", "Actielijn 6. Versterken van de positie van minderjarige slachtoffers", 6,
						cells("–", "0,1", "0,23", "0,155")),
				new Line("i", "Reservering voor vervolgacties", null, cells("–", "0,3", "0,225", "1,165"))),
				cells("2", "2.5", "2.5", "2.5"));
		List<Table> tables = List.of(
				new Table(1, "Creëren van brede bewustwording", TENK, Unit.EUR_10K, Y2023, List.of(
						r("1.", actions(1), "Inventarisatie bestaande bewustwordingscampagnes.", OLD, "", "5", "", ""),
						r("2.", actions(2), "Nulmeting signaleerders.", OLD, "", "5", "", ""),
						r("3 en 4.", actions(3, 4), "Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting "
								+ "en in 2025 gericht op arbeids- en criminele uitbuiting).", OLD, "", "10", "10", ""),
						r("5.", actions(5), "Preventie op school", OLD, "", "", "20", ""),
						r("6.", actions(6), "Field Lab mensenhandel inzake klantenproblematiek", NEW, "", "17", "", ""),
						r("7.", actions(7), "Media aandacht door politie en OM bij vervolgen van klanten (248b of 273g sr)", NEW,
								"", "0", "0", "0"),
						r("8.", actions(8), "Landelijke actiedagen politie en OM aanpak klanten", NEW, "", "0", "0", "0"),
						r("9.", actions(9), "Ontwikkelen training voor alle reclasseringsmedewerkers", NEW, "", "10", "", "")),
						cells("0", "47", "30", "0"), null, List.of()),
				new Table(2, "Vergroten van de meldingsbereidheid", TENK, Unit.EUR_10K, Y2023, List.of(
						r("10.", actions(10), "Integratie van de informatie van de Wegwijzer mensenhandel op de vernieuwde "
								+ "website van CoMensha.", OLD, "", "0", "", ""),
						r("11.", actions(11), "Verkenning acties opzetten centraal online informatiepunt.", OLD, "", "0", "", ""),
						r("12.", actions(12), "Overzicht van bestaande meldpunten.", OLD, "", "5", "", ""),
						r("13.", actions(13), "Opzetten van een centraal informatiepunt.", OLD, "", "", "30", ""),
						r("14.", actions(14), "Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een "
								+ "Nationaal Verwijzingsmechanisme mensenhandel.", OLD, "", "0", "0", "30"),
						r("15.", actions(15), "Verkenning van gerichte maatregelen tot vergroten van de verklarings- en "
								+ "medewerkingsbereidheid van slachtoffers van criminele uitbuiting.", OLD, "", "5", "", ""),
						r("16.", actions(16), "Verkenning mogelijkheid structurele inbedding van de proeftuin "
								+ "aangiftebereidheid.", OLD, "", "", "5", ""),
						r("17.", actions(17), "Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.", OLD,
								"", "5", "5", "5"),
						r("18.", actions(18), "Gerichte outreach onder doelgroepen kwetsbaar voor arbeidsuitbuiting.", NEW, "",
								"3", "", ""),
						r("19.", actions(19), "Laagdrempelige ondersteuning arbeidsmigranten.", NEW, "", "3", "", ""),
						r("20.", actions(20), "Verlagen drempels om te melden voor slachtoffers van arbeidsuitbuiting.", NEW, "",
								"3", "", ""),
						r("21.", actions(21), "Kennisdeling over melddrempels en slachtofferbejegening van slachtoffers "
								+ "arbeidsuitbuiting.", NEW, "", "3", "", "")),
						cells("0", "27", "40", "35"), null, List.of()),
				new Table(3, "Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van "
						+ "slachtoffers", TENK, Unit.EUR_10K, Y2023, List.of(
						r("22.", actions(22), "Verkenning naar mogelijkheden van loskoppelen van identificatie slachtoffers en "
								+ "strafproces.", OLD, "", "5", "", ""),
						r("23.", actions(23), "Landelijk overzicht opvang/hulp plek voor de zorg- en veiligheid van "
								+ "slachtoffers.", OLD, "", "10", "", ""),
						r("24.", actions(24), "Innovatietraject gericht op beter passende opvang", NEW, "", "10", "13.5", "13.5"),
						r("25.", actions(25), "In beeld brengen voorwaarden voor een landelijk dekkend netwerk van "
								+ "zorgcoördinatoren inclusief definitie zorgcoördinator.", OLD, "", "10", "", ""),
						r("26.", actions(26), "Verwijzings-mechanisme naar opvang voor eerste 36 uur.", OLD, "", "15", "15", ""),
						r("27.", actions(27), "Verkenning naar inzet ervaringsdeskundigen", OLD, "", "5", "", ""),
						r("28.", actions(28), "Onderzoek naar daders", NEW, "", "10", "6", "")),
						cells("", "65", "34.5", "13.5"), null, List.of()),
				new Table(4, "Verbeteren van de (bovenregionale en regionale) samenwerking", TENK, Unit.EUR_10K, Y2023, List.of(
						r("29.", actions(29), "Op bestuurlijk niveau blijvende aandacht voor de aanpak van mensenhandel en de "
								+ "rol van gemeenten hierin.", OLD, "", "5", "5", "5"),
						r("30.", actions(30), "Iedere gemeente heeft beleid in de aanpak van mensenhandel.", OLD, "0", "0", "0",
								"0"),
						r("31.", actions(31), "Training aandachtsfunctionaris.", OLD, "", "10", "", ""),
						r("32.", actions(32), "Tussenrapportage VNG kader.", OLD, "", "", "5", "5"),
						r("33.", actions(33), "Eenduidige definitie ketenregisseur.", OLD, "", "5", "", ""),
						r("34.", actions(34), "Kader samenwerking ketenregisseur en zorgcoördinator.", OLD, "", "10", "", ""),
						r("35.", actions(35), "Training ketenregisseur", OLD, "", "", "", "10"),
						r("36.", actions(36), "Ontwikkelen van bouwstenen op verschillende niveaus die de regionale "
								+ "samenwerking in de aanpak van mensenhandel ondersteunen.", OLD, "", "5", "", ""),
						r("37.", actions(37), "Doorontwikkeling barrièremiddelen.", OLD, "", "", "10", ""),
						r("38.", actions(38), "Vesturen informatie bouwstenen en doorontwikkelde barrièremodellen aan de "
								+ "betrokken organisaties en opnemen trainingen.", OLD, "", "", "10", ""),
						r("39.", actions(39), "Trainingsprogramma regionale samenwerking", NEW, "", "5", "10", "10")),
						cells("0", "40", "40", "30"), null, List.of()),
				new Table(5, "Verbetering van de informatiedeling en gegevensverwerking", TENK, Unit.EUR_10K, Y2023, List.of(
						r("40.", actions(40), "Analyse van bestaande samenwerkingsconvenanten informatiedeling.", OLD, "", "10",
								"", ""),
						r("41.", actions(41), "Inrichten proces gegevensstromen.", OLD, "", "", "30", ""),
						r("42.", actions(42), "Doorvoering mogelijke aanpassingen", OLD, "", "", "", "10")),
						cells("", "10", "30", "10"), null, List.of()),
				new Table(6, "Versterken van de positie van minderjarige slachtoffers", TENK, Unit.EUR_10K, Y2023, List.of(
						r("43.", actions(43), "Verkenning betrokken organisaties", NEW, "", "2", "", ""),
						r("44.", actions(44), "Onderzoek minderjarige slachtoffers", NEW, "", "2", "3", ""),
						r("45.", actions(45), "Toetsing en advisering processen en beleid", NEW, "", "2", "6", "7"),
						r("46.", actions(46), "Training professionals", NEW, "", "4", "14", "8.5")),
						cells("", "10", "23", "15.5"), null,
						List.of("De Staatssecretaris van Justitie en Veiligheid, E. van der Burg")));
		return new Letter("kst-28638-249", head, intro, overview, tables, Notation.DECIMAL);
	}

	/** An invented later letter in x € 1.000: Dutch thousands dots, decimal commas, other years and actions. */
	public static Letter kst262() {
		Head head = new Head("2025-2026", "28 638", "Mensenhandel", 262,
				"BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID", "Minister van Justitie en Veiligheid",
				LocalDate.of(2025, 11, 14));
		List<String> intro = List.of(
				"Met deze brief informeer ik uw Kamer over de financiële stand van het programma Samen tegen mensenhandel "
						+ "en over de acties die in 2025 aan het Actieplan zijn toegevoegd.",
				"Voor de jaren 2025 tot en met 2028 is jaarlijks 2,5 miljoen euro beschikbaar. Van de reservering voor "
						+ "vervolgacties is in 2025 € 1.165.000 nog niet belegd.");
		List<Integer> y2025 = List.of(2025, 2026, 2027, 2028);
		String onek = "(x € 1.000)";
		Overview overview = new Overview("Programma Samen tegen mensenhandel", onek, Unit.EUR_1K, y2025, List.of(
				new Line("a", "Programmakosten (apparaatsbudget)", null, cells("300", "300", "300", "300")),
				new Line("b", "Actielijn 6. Versterken van de positie van minderjarige slachtoffers", 6,
						cells("230", "155", "–", "–")),
				new Line("c", "Actielijn 7. Aanpak van criminele uitbuiting", 7, cells("1.805", "1.165", "1.050", "412,5")),
				new Line("d", "Actielijn 8. Versterken van de bovenregionale samenwerking", 8,
						cells("–", "880", "650", "1.000")),
				new Line("e", "Reservering voor vervolgacties", null, cells("165", "–", "500", "787,5"))),
				cells("2.500", "2.500", "2.500", "2.500"));
		List<Table> tables = List.of(
				new Table(6, "Versterken van de positie van minderjarige slachtoffers", onek, Unit.EUR_1K, y2025, List.of(
						r("43 t/m 46.", actions(43, 44, 45, 46), "Verkenning, onderzoek, toetsing en training professionals "
								+ "(voortzetting van de acties uit 2024).", OLD, "200", "155", "–", ""),
						r("47.", actions(47), "Pilot integrale zorg voor minderjarige slachtoffers van criminele uitbuiting.",
								NEW, "30", "–", "", "")),
						cells("230", "155", "–", "-"), null, List.of()),
				new Table(7, "Aanpak van criminele uitbuiting", onek, Unit.EUR_1K, List.of(2025, 2026, 2027, 2028, 2029),
						List.of(
						r("48.", actions(48), "Landelijk expertisecentrum criminele uitbuiting.", NEW, "250", "400", "400", "150",
								"–"),
						r("49 en 50.", actions(49, 50), "Training van jongerenwerkers en wijkagenten in het herkennen van "
								+ "signalen van criminele uitbuiting en het doorverwijzen van slachtoffers.", NEW, "1.120,5", "90",
								"60", "", ""),
						r("51.", actions(51), "Onderzoek naar de omvang van criminele uitbuiting onder minderjarigen.", OLD,
								"84,5", "", "", "", ""),
						r("52 t/m 55.", actions(52, 53, 54, 55), "Regionale pilots integrale aanpak (Noord, Oost, Zuid en "
								+ "West).", OLD, "300", "600", "500", "200", "100"),
						r("56.", actions(56), "Kennisplatform voor gemeenten.", NEW, "50", "75", "90", "62,5", "62,5"),
						r("57, 58 en 59.", actions(57, 58, 59), "Monitoring, evaluatie en borging in de reguliere "
								+ "financiering van gemeenten.", OLD, "–", "–", "–", "–", "1.165"),
						r("60.", actions(60), "Verkenning Europese samenwerking bij grensoverschrijdende uitbuiting.", NEW, "",
								"", "", "", "")),
						cells("1.805", "1.165", "1.050", "412,5", "1.327,5"), null, List.of()),
				new Table(8, "Versterken van de bovenregionale samenwerking", onek, Unit.EUR_1K, List.of(2026, 2027, 2028),
						List.of(
						r("39.", actions(39), "Trainingsprogramma regionale samenwerking, tweede tranche.", OLD, "295", "650",
								"1.000"),
						r("40 en 41.", actions(40, 41), "Inrichten proces gegevensstromen en analyse van bestaande "
								+ "samenwerkingsconvenanten informatiedeling.", NEW, "585", "–", "-")),
						null, "Bron: Ministerie van Justitie en Veiligheid, ontwerpbegroting 2026.",
						List.of("Toelichting",
								"De bedragen voor 2027 en 2028 zijn onder voorbehoud van de begrotingsbehandeling. De "
										+ "reservering wordt in het voorjaar van 2026 verdeeld over de actielijnen 7 en 8.",
								"De Minister van Justitie en Veiligheid, D. van Weel")));
		return new Letter("kst-28638-262", head, intro, overview, tables, Notation.DUTCH);
	}
}
