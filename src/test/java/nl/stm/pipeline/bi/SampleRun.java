package nl.stm.pipeline.bi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.reconcile.ReconcileLauncher;

/**
 * The inputs a `run` gets in the tests of the BI feed and the report: letter nr. 249, the progress
 * report of 2025-H1 and the three partner samples (one with a formula in a Toelichting), then
 * reconciliation, so every bi view has rows.
 */
public final class SampleRun {

	public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	public static final List<String> PARTNER_SAMPLES = List.of("comensha_2025-H2.csv", "politie_2025-H2.csv",
			"vng_2025-H2.csv");

	private SampleRun() {
	}

	/**
	 * Loads the samples through the application's own importers (partner files are copied to
	 * {@code work}), once per database: a database that has documents is left as it is, so tests of
	 * one class may share it and still see the state of exactly one run (the same finding keys).
	 */
	public static void load(ApplicationContext context, Path work) throws Exception {
		if (context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM document").query(Integer.class).single() > 0) {
			return;
		}
		LetterImporter letters = context.getBean(LetterImporter.class);
		letters.importLetter(FIXTURES.resolve("letters/kst-28638-249.pdf"));
		letters.importLetter(FIXTURES.resolve("progress/voortgang-2025-H1.pdf"));
		context.getBean(PartnerIngester.class).ingestFolder(copyPartnerSamples(work));
		context.getBean(ReconcileLauncher.class).reconcile(finding -> {
		});
	}

	static Path copyPartnerSamples(Path work) throws IOException {
		Path drop = Files.createDirectories(work.resolve("partners"));
		for (String sample : PARTNER_SAMPLES) {
			Files.copy(FIXTURES.resolve("partners").resolve(sample), drop.resolve(sample));
		}
		return drop;
	}
}
