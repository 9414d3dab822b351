package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.model.ModelTables;

/**
 * Two editions in one model: nr. 249 and the 2025-H1 report (Actieplan 2023–2026, six actielijnen)
 * and the 2021 results annex (2018–2022, five actielijnen) side by side, each actielijn 1 its own,
 * nothing of one edition attached to the other; the prose letters go to the edition of their date.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:editions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ProgrammeEditionsTests {

	static final Path LETTERS = Path.of("src/test/resources/fixtures/letters");

	static final Path PROGRESS = Path.of("src/test/resources/fixtures/progress");

	@Autowired
	private LetterImporter importer;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void cleanModel() {
		ModelTables.clear(jdbc);
	}

	@Test
	void nr249TheReportOf2025AndTheAnnexOf2021AreTwoEditions() throws Exception {
		// given
		assertThat(importer.importLetter(LETTERS.resolve("kst-28638-249.pdf")).status())
			.isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		assertThat(importer.importLetter(PROGRESS.resolve("voortgang-2025-H1.pdf")).status())
			.isEqualTo(LetterImporter.Outcome.Status.IMPORTED);

		// when: the annex of 2021, read from its PDF as every letter is
		LetterImporter.Outcome annex = importer.importLetter(PROGRESS.resolve("voortgang-2021.pdf"));

		// then
		assertThat(annex.status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);

		assertThat(jdbc.sql("""
				SELECT e.edition_key, e.first_year, e.last_year, COUNT(l.number) FROM programme_edition e
				LEFT JOIN actielijn l ON l.edition_key = e.edition_key GROUP BY e.edition_key, e.first_year, e.last_year
				ORDER BY e.first_year""").query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list())
			.containsExactly(tuple("samen-2018", 2018, 2022, 5), tuple("actieplan-2023", 2023, 2026, 6));
		assertThat(jdbc.sql("SELECT edition_key, title FROM actielijn WHERE number = 1 ORDER BY edition_key")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2))).list())
			.containsExactly(tuple("actieplan-2023", "Creëren van brede bewustwording"),
					tuple("samen-2018", "Doorontwikkeling basis aanpak mensenhandel"));
		assertThat(jdbc.sql("SELECT file_name, edition_key FROM document ORDER BY file_name")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2))).list())
			.containsExactly(tuple("kst-28638-249.pdf", "actieplan-2023"), tuple("voortgang-2021.pdf", "samen-2018"),
					tuple("voortgang-2025-H1.pdf", "actieplan-2023"));
		// the first edition has no actions: its annex is results and activities, never action numbers
		assertThat(jdbc.sql("SELECT COUNT(*) FROM action WHERE edition_key = 'samen-2018'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM action WHERE edition_key = 'actieplan-2023'").query(Integer.class).single())
			.isEqualTo(46);
		assertThat(jdbc.sql("""
				SELECT r.layout, COUNT(*), SUM(CASE WHEN r.known_action THEN 1 ELSE 0 END) FROM status_report r
				JOIN document d ON d.id = r.document_id GROUP BY r.layout, d.edition_key ORDER BY r.layout""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getInt(3))).list())
			.containsExactly(tuple("ACTIONS", 46, 46), tuple("RESULTS", 122, 122));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM status_report r JOIN document d ON d.id = r.document_id
				WHERE (r.layout = 'RESULTS') <> (d.edition_key = 'samen-2018')""").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM action_row_action ra JOIN action_row r ON r.id = ra.action_row_id
				JOIN document d ON d.id = r.document_id WHERE ra.edition_key <> d.edition_key""").query(Integer.class).single())
			.isZero();
		// an activity keeps its result: actielijn 1, result 1, activity 2 of the annex
		assertThat(jdbc.sql("""
				SELECT theme, result_title, title, status, numbered, action_number FROM status_report
				WHERE layout = 'RESULTS' AND actielijn_number = 1 AND result_no = 1 AND activity_no = 2""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
					rs.getObject(6)))
			.single())
			.isEqualTo(tuple("Signalering", "Verbeterde signalering bij professionals", "Training luchtvaartsector", "VERTRAAGD",
					true, null));
		// BI: every status row current for its own identity, per edition
		assertThat(jdbc.sql("SELECT edition_key, actielijn_count, action_count FROM bi.dim_edition ORDER BY first_year")
			.query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getInt(3))).list())
			.containsExactly(tuple("samen-2018", 5, 0), tuple("actieplan-2023", 6, 46));
		assertThat(jdbc.sql("SELECT edition_key, COUNT(*) FROM bi.fact_status WHERE is_current GROUP BY edition_key ORDER BY 1")
			.query((rs, n) -> tuple(rs.getString(1), rs.getInt(2))).list())
			.containsExactly(tuple("actieplan-2023", 46), tuple("samen-2018", 122));
	}

	@Test
	void theProseLettersAndTheNotaGoToTheEditionOfTheirDateWithTheirAmounts() {
		// when
		List<LetterImporter.Outcome> outcomes = importer.importAll(List.of(LETTERS.resolve("kst-28638-161.pdf"),
				LETTERS.resolve("kst-28638-217.pdf"), LETTERS.resolve("nota-actieplan-2023-09-28.pdf")));

		// then
		assertThat(outcomes).extracting(LetterImporter.Outcome::message)
			.containsExactly("kst-28638-161.pdf: imported", "kst-28638-217.pdf: imported", "nota-actieplan-2023-09-28.pdf: imported");
		assertThat(jdbc.sql("""
				SELECT identity_key, edition_key, letter_date, reference, title FROM document ORDER BY letter_date""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list())
			.containsExactly(tuple("kamerstuk:28638:161", "samen-2018", "2018-05-25", null, "Mensenhandel"),
					tuple("kamerstuk:28638:217", "actieplan-2023", "2023-03-22", null, null),
					tuple(jdbc.sql("SELECT identity_key FROM document WHERE number IS NULL").query(String.class).single(),
							"actieplan-2023", "2023-09-28", "4938490", "Actieplan programma Samen tegen mensenhandel"));
		assertThat(jdbc.sql("SELECT identity_key FROM document WHERE number IS NULL").query(String.class).single())
			.startsWith("sha256:");
		assertThat(jdbc.sql("""
				SELECT d.edition_key, t.phrase, t.amount_eur, t.per_year, t.from_year FROM text_amount t
				JOIN document d ON d.id = t.document_id WHERE t.phrase LIKE '%2 miljoen%' OR t.phrase LIKE 'twee miljoen%'
				ORDER BY d.letter_date, t.seq_no""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).intValueExact(), rs.getBoolean(4),
					rs.getObject(5)))
			.list())
			.startsWith(tuple("samen-2018", "€ 2 miljoen vanaf 2018", 2_000_000, true, 2018),
					tuple("actieplan-2023", "€ 2 miljoen", 2_000_000, true, null),
					tuple("actieplan-2023", "twee miljoen euro per jaar", 2_000_000, true, null));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM actielijn").query(Integer.class).single()).isZero();
	}
}
