package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.model.ModelSnapshot;
import nl.stm.pipeline.model.ModelTables;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.LetterExtractor;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.reconcile.Finding;
import nl.stm.pipeline.reconcile.ReconcileLauncher;
import nl.stm.pipeline.reconcile.Reconciliations;

/**
 * A Kamerstuk is one document: nr. 249 saved again with other metadata is a copy that changes no
 * count and no finding; a reprint with one other amount replaces the facts of the earlier version,
 * which stays as history, and says what changed.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kamerstukversions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class KamerstukVersionsTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	@Autowired
	private LetterImporter importer;

	@Autowired
	private LetterPartWriter writer;

	@Autowired
	private LetterRegistration registration;

	@Autowired
	private ReconcileLauncher reconciliation;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void cleanModel() {
		ModelTables.clear(jdbc);
	}

	@Test
	void nr249SavedAgainWithOtherMetadataIsACopyThatChangesNothing() throws Exception {
		// given
		assertThat(importer.importLetter(KST_249).status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		List<Finding> findings = Reconciliations.run(reconciliation);
		var model = ModelSnapshot.of(jdbc);
		int factBudget = count("bi.fact_budget");
		Path resaved = resavedWithOtherMetadata(KST_249, temp.resolve("kst-28638-249 (download).pdf"));
		assertThat(LetterExtractor.sha256(resaved)).isNotEqualTo(LetterExtractor.sha256(KST_249));

		// when
		LetterImporter.Outcome outcome = importer.importLetter(resaved);
		List<Finding> after = Reconciliations.run(reconciliation);

		// then
		assertThat(outcome.status()).isEqualTo(LetterImporter.Outcome.Status.ALREADY_IMPORTED);
		assertThat(outcome.message()).isEqualTo("kst-28638-249 (download).pdf is a copy of Kamerstuk 28 638 nr. 249 (imported "
				+ LocalDate.now(ZoneId.of("Europe/Amsterdam")) + " as kst-28638-249.pdf); nothing new");
		assertThat(ModelSnapshot.of(jdbc)).isEqualTo(model);
		assertThat(count("budget_line")).isEqualTo(71);
		assertThat(count("bi.fact_budget")).isEqualTo(factBudget).isEqualTo(71);
		assertThat(after).extracting(Finding::rule, Finding::year, Finding::observed)
			.containsExactlyInAnyOrderElementsOf(findings.stream().map(f -> tuple(f.rule(), f.year(), f.observed())).toList())
			.hasSize(2);
		assertThat(jdbc.sql("SELECT input_type, outcome FROM bi.v_input_file ORDER BY input_type")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2))).list())
			.containsExactly(tuple("letter", "IMPORTED"), tuple("letter_copy", "COPY"));
		assertThat(importer.importLetter(resaved).message()).endsWith(": already imported (same content)");
	}

	@Test
	void aReprintWithOneOtherAmountReplacesTheEarlierVersionAndSaysWhatChanged() throws Exception {
		// given
		importer.importLetter(KST_249);
		assertThat(Reconciliations.run(reconciliation)).hasSize(2);
		ExtractedLetter reprint = withAmount(new LetterExtractor().extract(KST_249), 46, 2026, new BigDecimal("95000"));

		// when: the reprint's parts are written as the import job writes them
		writer.write(new Chunk<>(LetterPart.of(reprint)));

		// then
		assertThat(registration.note(reprint.sha256())).isEqualTo(
				"is a reprint of Kamerstuk 28 638 nr. 249 (version 2 replaces version 1 as current): 1 amount changed"
						+ " (table 6 row 4 (actie 46) 2026: 85000 -> 95000)");
		assertThat(jdbc.sql("SELECT file_name, version_no, superseded_by_id IS NULL FROM document ORDER BY version_no")
			.query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).list())
			.containsExactly(tuple("kst-28638-249.pdf", 1, false), tuple("kst-28638-249-herdruk.pdf", 2, true));
		assertThat(count("budget_line")).isEqualTo(2 * 71);
		assertThat(count("bi.fact_budget")).isEqualTo(71);
		assertThat(jdbc.sql("SELECT amount_eur FROM bi.fact_budget WHERE action_key = 46 AND budget_year = 2026 AND is_current")
			.query(BigDecimal.class).single()).isEqualByComparingTo("95000");
		assertThat(count("action")).isEqualTo(46);
		// the reprint's action rows no longer add up to its printed Totaal: a third finding, none doubled
		assertThat(Reconciliations.run(reconciliation)).extracting(Finding::rule, Finding::year, Finding::actielijn)
			.containsExactlyInAnyOrder(tuple("ACTIELIJN_VS_OVERVIEW", 2024, 1), tuple("OVERVIEW_LINES_VS_TOTAL", 2026, null),
					tuple("ACTION_ROWS_VS_TOTAL", 2026, 6));
	}

	private int count(String table) {
		return ModelSnapshot.count(jdbc, table);
	}

	/** The same letter saved again by another program: other /Info metadata, so other bytes. */
	private static Path resavedWithOtherMetadata(Path original, Path target) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(original.toFile())) {
			pdf.getDocumentInformation().setProducer("Another PDF writer 9.1");
			pdf.getDocumentInformation().setTitle("Kamerstuk 28638-249 (gedownload)");
			Calendar saved = Calendar.getInstance();
			saved.set(2025, Calendar.JANUARY, 15, 10, 0, 0);
			pdf.getDocumentInformation().setModificationDate(saved);
			pdf.save(target.toFile());
		}
		return target;
	}

	/** The letter with one amount of one action changed, as another file (a reprint). */
	private static ExtractedLetter withAmount(ExtractedLetter letter, int action, int year, BigDecimal eur) {
		List<ActielijnTable> tables = new ArrayList<>();
		for (ActielijnTable t : letter.actielijnTables()) {
			List<ActionRow> rows = t.rows().stream()
				.map(r -> !r.actions().contains(action) ? r
						: new ActionRow(r.actions(), r.isNew(), r.page(), r.title(), r.amounts().stream()
							.map(a -> a.year() == year ? new Amount(a.year(), "9,5", eur, a.bbox()) : a)
							.toList(), r.bbox()))
				.toList();
			tables.add(new ActielijnTable(t.actielijn(), t.title(), t.page(), t.lastPage(), t.unit(), t.unitCaption(), t.years(),
					rows, t.total()));
		}
		return new ExtractedLetter("kst-28638-249-herdruk.pdf", "b".repeat(64), letter.pages(), letter.head(),
				letter.overview(), tables, letter.textAmounts(), letter.progressReports(), letter.warnings());
	}
}
