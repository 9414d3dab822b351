package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.letter.LetterImporter;

/**
 * Two partner files of the same organisations and period ingested at the same time (two pipeline
 * partitions): whichever finishes last is current for the organisations both hold and the other's
 * rows of them are superseded by it; no organisation is left with current rows from both files.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:concurrentpartners;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000",
		"pipeline.partners.chunk-size=50" })
class ConcurrentPartnerFilesTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	@Autowired
	private PartnerIngester ingester;

	@Autowired
	private LetterImporter letters;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void letter() {
		letters.importLetter(KST_249);
	}

	@Test
	void twoFilesOfOnePeriodAtOnceEndWithOneCurrent(@TempDir Path folder) throws Exception {
		for (String period : List.of("2024-H1", "2024-H2", "2025-H1")) {
			// given: two files of the same partners and period, with other content
			Path a = Files.createDirectories(folder.resolve(period + "-a")).resolve("partners_" + period + ".csv");
			Path b = Files.createDirectories(folder.resolve(period + "-b")).resolve("partners_" + period + ".csv");
			PartnerIngestBenchmark.generate(a, 1_200, KnownActions.ofLetter249(), period);
			PartnerIngestBenchmark.generate(b, 1_000, KnownActions.ofLetter249(), period);

			// when: both at once
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<PartnerIngester.FileResult> first = CompletableFuture.supplyAsync(() -> ingest(start, a));
			CompletableFuture<PartnerIngester.FileResult> second = CompletableFuture.supplyAsync(() -> ingest(start, b));

			// then: both ingested, and exactly one file's rows are current
			List<PartnerIngester.FileResult> results = List.of(first.get(), second.get());
			assertThat(results).as(results.toString()).extracting(PartnerIngester.FileResult::status)
				.containsOnly(PartnerIngester.Status.INGESTED);
			// every organisation of both files has its current rows from one file, the same file for all
			assertThat(jdbc.sql("""
					SELECT organisation_key FROM partner_submission WHERE period = ? AND NOT superseded
					GROUP BY organisation_key HAVING COUNT(DISTINCT ledger_id) > 1""").param(period).query(String.class).list())
				.isEmpty();
			assertThat(jdbc.sql("""
					SELECT COUNT(DISTINCT ledger_id) FROM partner_submission s WHERE period = ? AND NOT superseded
					AND (SELECT COUNT(DISTINCT ledger_id) FROM partner_submission o WHERE o.period = s.period
					  AND o.organisation_key = s.organisation_key) = 2""").param(period).query(Integer.class).single())
				.isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission WHERE period = ? AND superseded")
				.param(period)
				.query(Integer.class)
				.single()).isPositive();
		}
	}

	private PartnerIngester.FileResult ingest(CyclicBarrier start, Path file) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return ingester.ingest(file);
	}
}
