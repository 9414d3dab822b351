package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.model.EditionProperties;
import nl.stm.pipeline.model.ProgrammeEdition;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.letter.LetterHead;
import nl.stm.pipeline.pdf.page.Unit;

/** Which edition a document belongs to: its reported years, else its date, else its titles; and when to warn. */
class EditionResolverTests {

	private static final ProgrammeEdition FIRST = new ProgrammeEdition("samen-2018", "Samen tegen mensenhandel", 2018, 2022,
			new TreeMap<>(Map.of(1, "Doorontwikkeling basis aanpak mensenhandel", 2, "Doorontwikkeling van de aanpak van arbeidsuitbuiting")));

	private static final ProgrammeEdition ACTIEPLAN = new ProgrammeEdition("actieplan-2023", "Actieplan Samen tegen mensenhandel",
			2023, 2026, new TreeMap<>(Map.of(1, "Creëren van brede bewustwording", 2, "Vergroten van de meldingsbereidheid")));

	private final EditionResolver resolver = new EditionResolver(List.of(FIRST, ACTIEPLAN));

	@Test
	void theYearsABudgetTableReportsDecideBeforeTheDate() {
		ExtractedLetter letter = letter(LocalDate.of(2023, 1, 20), 2022, 1, "Doorontwikkeling basis aanpak mensenhandel");

		EditionResolver.Choice choice = resolver.resolve(letter);

		assertThat(choice.edition().key()).isEqualTo("samen-2018");
		assertThat(choice.warning()).isNull();
	}

	@Test
	void titlesOfAnotherEditionGiveOneWarningNamingTheFile() {
		ExtractedLetter letter = letter(LocalDate.of(2024, 4, 23), 2024, 1, "Actielijn 1: Doorontwikkeling basis aanpak mensenhandel");

		EditionResolver.Choice choice = resolver.resolve(letter);

		assertThat(choice.edition().key()).isEqualTo("actieplan-2023");
		assertThat(choice.warning()).isEqualTo("brief.pdf: actielijn 1 \"Actielijn 1: Doorontwikkeling basis aanpak mensenhandel\""
				+ " not in edition actieplan-2023 (Actieplan Samen tegen mensenhandel 2023–2026); the titles match edition samen-2018");
	}

	@Test
	void aTitleWithAWordMoreOrLessIsTheSameTitle() {
		assertThat(EditionResolver.sameTitle("Investeren en werken aan een betere vaststelling van slachtofferschap",
				"Investeren in en werken aan een betere vaststelling van slachtofferschap")).isTrue();
		assertThat(EditionResolver.sameTitle("Creëren van brede bewustwording", "Vergroten van de meldingsbereidheid")).isFalse();
	}

	@Test
	void withoutYearsTheTitlesDecide() {
		ExtractedLetter letter = new ExtractedLetter("los.pdf", "c".repeat(64), 1, new LetterHead(null, null, null, null, null, null, null),
				null, List.of(table(List.of(), 2, "Doorontwikkeling van de aanpak van arbeidsuitbuiting")), List.of(), List.of(), List.of());

		assertThat(resolver.resolve(letter).edition().key()).isEqualTo("samen-2018");
	}

	@Test
	void overlappingEditionsAreRefusedAtStartUp() {
		var edition = new EditionProperties.Edition("Overlap", 2022, 2024, Map.of());
		var first = new EditionProperties.Edition("Samen tegen mensenhandel", 2018, 2022, Map.of());
		assertThatThrownBy(() -> new EditionProperties(Map.of("samen-2018", first, "overlap", edition)))
			.hasMessage("editions samen-2018 and overlap overlap (2018-2022, 2022-2024)");
		assertThatThrownBy(() -> new EditionProperties(Map.of())).hasMessageContaining("no programme edition configured");
	}

	private static ExtractedLetter letter(LocalDate date, int year, int actielijn, String title) {
		return new ExtractedLetter("brief.pdf", "c".repeat(64), 3, new LetterHead("28638", 300, null, date, null, null, null), null,
				List.of(table(List.of(year), actielijn, title)), List.of(), List.of(), List.of());
	}

	private static ActielijnTable table(List<Integer> years, int actielijn, String title) {
		List<Amount> amounts = years.stream().map(y -> new Amount(y, "1", BigDecimal.ONE)).toList();
		return new ActielijnTable(actielijn, title, 1, 1, Unit.EUR, null, years,
				List.of(new ActionRow(List.of(1), false, 1, "Actie", amounts)), List.of());
	}
}
