package nl.stm.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.model.ActionModelRepository.StatedAction;
import nl.stm.pipeline.model.ActionModelRepository.StatedRow;
import nl.stm.pipeline.pdf.page.BBox;

/**
 * The actions and action rows of a table, written a batch at a time: the latest letter decides an
 * action's title whichever letter is written first, the first letter is kept, and a row's actions and
 * id come back by row number.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:action-model;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ActionModelRepositoryTests {

	private static final String EDITION = "actieplan-2023";

	@Autowired
	private ActionModelRepository model;

	@Autowired
	private DocumentRepository documents;

	@Autowired
	private JdbcClient jdbc;

	private long older;

	private long newer;

	@BeforeEach
	void twoLettersOfOneEdition() {
		ModelTables.clear(jdbc);
		documents.saveEditions(List.of(new ProgrammeEdition(EDITION, "Actieplan", 2023, 2026, new TreeMap<>())));
		older = letter(300, LocalDate.of(2024, 6, 1));
		newer = letter(301, LocalDate.of(2025, 6, 1));
		model.saveActielijn(EDITION, 1, "Actielijn 1", older);
		model.saveActielijn(EDITION, 2, "Actielijn 2", older);
	}

	@Test
	void theLaterLetterDecidesTheActionInEitherOrderAndTheFirstLetterIsKept() {
		// when: the newer letter first, then the older one
		model.saveActions(EDITION, List.of(new StatedAction(7, "Nieuwe titel", 2, true), new StatedAction(8, "Acht", 2, false)),
				newer);
		model.saveActions(EDITION, List.of(new StatedAction(7, "Oude titel", 1, false), new StatedAction(9, "Negen", 1, false)),
				older);

		// then
		assertThat(actions()).containsExactly(tuple(7, "Nieuwe titel", 2, true, newer, newer),
				tuple(8, "Acht", 2, false, newer, newer), tuple(9, "Negen", 1, false, older, older));

		// when: the older letter again, then the newer one (a restart, and the other order)
		model.saveActions(EDITION, List.of(new StatedAction(7, "Oude titel", 1, false)), older);
		model.saveActions(EDITION, List.of(new StatedAction(9, "Negen, herzien", 1, true)), newer);

		// then
		assertThat(actions()).containsExactly(tuple(7, "Nieuwe titel", 2, true, newer, newer),
				tuple(8, "Acht", 2, false, newer, newer), tuple(9, "Negen, herzien", 1, true, older, newer));
	}

	@Test
	void anActionTwoRowsOfOneTableStateTakesTheLaterRowsTitle() {
		// when
		model.saveActions(EDITION, List.of(new StatedAction(7, "Eerste rij", 1, false), new StatedAction(7, "Tweede rij", 1, true)),
				older);

		// then
		assertThat(actions()).containsExactly(tuple(7, "Tweede rij", 1, true, older, older));
	}

	@Test
	void rowsComeBackByRowNumberWithTheActionsTheyName() {
		// given
		model.saveActions(EDITION, List.of(new StatedAction(7, "Zeven", 1, false), new StatedAction(8, "Acht", 1, false)),
				older);
		long table = model.replaceTable(older, 3, "ACTIELIJN", 1, "Actielijn 1", "EUR_10K", "€ x10.000", 2, 2);

		// when
		Map<Integer, Long> ids = model.insertActionRows(EDITION, table, older,
				List.of(new StatedRow(1, 1, List.of(7), "Zeven", false, 2, new BBox(2, 10, 20, 30, 40)),
						new StatedRow(2, 1, List.of(7, 8), "Zeven en acht", false, 2, null)));

		// then
		assertThat(ids).containsOnlyKeys(1, 2);
		assertThat(jdbc.sql("SELECT id, row_no, action_numbers, bbox_x0 FROM action_row WHERE table_id = ? ORDER BY row_no")
			.param(table)
			.query((rs, n) -> tuple(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4) == null ? null : rs.getDouble(4)))
			.list()).containsExactly(tuple(ids.get(1), 1, "7", 10.0), tuple(ids.get(2), 2, "7,8", null));
		assertThat(jdbc.sql("SELECT action_row_id, action_number FROM action_row_action ORDER BY action_row_id, action_number")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getInt(2)))
			.list()).containsExactly(tuple(ids.get(1), 7), tuple(ids.get(2), 7), tuple(ids.get(2), 8));
	}

	private List<org.assertj.core.groups.Tuple> actions() {
		return jdbc.sql("""
				SELECT number, title, actielijn_number, is_new, first_document_id, last_document_id FROM action
				WHERE edition_key = ? ORDER BY number""")
			.param(EDITION)
			.query((rs, n) -> tuple(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private long letter(int number, LocalDate date) {
		String sha256 = String.format("%064d", number);
		return documents.saveVersion(new LetterDocument(sha256, "kst-28638-" + number + ".pdf", 3, "28638", number, "2024-2025",
				date, "Minister", "Mensenhandel", "28638-" + number, EDITION), Optional.empty(), null);
	}
}
