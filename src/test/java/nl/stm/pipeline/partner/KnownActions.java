package nl.stm.pipeline.partner;

import java.util.LinkedHashMap;
import java.util.Map;

/** Some actions of letter nr. 249 with their titles, for tests that need no database. */
public final class KnownActions {

	private KnownActions() {
	}

	public static Map<Integer, String> ofLetter249() {
		Map<Integer, String> actions = new LinkedHashMap<>();
		actions.put(6, "Field Lab mensenhandel inzake klantenproblematiek");
		actions.put(7, "Media aandacht door politie en OM bij vervolgen van klanten (248b of 273g sr)");
		actions.put(8, "Landelijke actiedagen politie en OM aanpak klanten");
		actions.put(10, "Integratie van de informatie van de Wegwijzer mensenhandel op de vernieuwde website van CoMensha.");
		actions.put(12, "Overzicht van bestaande meldpunten.");
		actions.put(13, "Opzetten van een centraal informatiepunt.");
		actions.put(14, "Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.");
		actions.put(15, "Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid van slachtoffers van criminele uitbuiting.");
		actions.put(17, "Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.");
		actions.put(21, "Kennisdeling over melddrempels en slachtofferbejegening van slachtoffers arbeidsuitbuiting.");
		actions.put(23, "Landelijk overzicht opvang/hulp plek voor de zorg- en veiligheid van slachtoffers.");
		actions.put(25, "In beeld brengen voorwaarden voor een landelijk dekkend netwerk van zorgcoördinatoren inclusief definitie zorgcoördinator.");
		actions.put(29, "Op bestuurlijk niveau blijvende aandacht voor de aanpak van mensenhandel en de rol van gemeenten hierin.");
		actions.put(31, "Training aandachtsfunctionaris.");
		actions.put(32, "Tussenrapportage VNG kader.");
		actions.put(39, "Trainingsprogramma regionale samenwerking");
		return actions;
	}
}
