package nl.stm.pipeline.report;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.bi.BiCatalog;
import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.PartnerIngester;

/**
 * Benchmark of the report step (not a test): 10 letters (nr. 249 imported, nine later letters made
 * from it in the database, each restating every amount), 100 partner files of 1,000 rows (100,000
 * current partner rows), on the default file H2 database. Times the whole report (every star-schema
 * CSV, datapackage.json, report.xlsx) against exporting the same views to CSV alone, alternating,
 * {@code runs} times each; prints every time and the medians. Run with
 * {@code -Xmx256m}:
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) nl.stm.pipeline.report.ReportBenchmark [runs]
 * </pre>
 */
public final class ReportBenchmark {

	private static final int LETTERS = 10;

	private static final int PARTNER_FILES = 100;

	private static final int ROWS_PER_FILE = 1_000;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path temp = Files.createTempDirectory("report-benchmark");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.run("--pipeline.data-dir=" + temp.resolve("db"), "--pipeline.output-dir=" + temp.resolve("output"),
					"--logging.level.nl.stm.pipeline=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			context.getBean(LetterImporter.class).importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
			long original = jdbc.sql("SELECT id FROM document").query(Long.class).single();
			for (int k = 1; k < LETTERS; k++) {
				copyLetter(jdbc, original, k);
			}
			Path drop = Files.createDirectories(temp.resolve("partners"));
			List<Integer> actions = jdbc.sql("SELECT number FROM action ORDER BY number").query(Integer.class).list();
			for (int f = 0; f < PARTNER_FILES; f++) {
				partnerFile(drop.resolve("partner-" + f + "_2025-H2.csv"), f, actions);
			}
			context.getBean(PartnerIngester.class).ingestFolder(drop);
			System.out.printf("heap max %d MB, %d cores; %d letters, %d budget lines, %d current partner rows; folder %s%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
					jdbc.sql("SELECT COUNT(*) FROM bi.dim_document").query(Long.class).single(),
					jdbc.sql("SELECT COUNT(*) FROM bi.fact_budget").query(Long.class).single(),
					jdbc.sql("SELECT COUNT(*) FROM bi.fact_partner_submission").query(Long.class).single(), temp);

			BiCatalog catalog = context.getBean(BiCatalog.class);
			CsvExporter csv = context.getBean(CsvExporter.class);
			ReportWriter report = context.getBean(ReportWriter.class);
			double[] csvOnly = new double[runs];
			double[] whole = new double[runs];
			for (int run = 0; run < runs; run++) {
				Path folder = Files.createDirectories(temp.resolve("csv-only-" + run));
				long start = System.nanoTime();
				for (BiCatalog.View view : catalog.views()) {
					if (view.name().startsWith("dim_") || view.name().startsWith("fact_")) {
						csv.export(view, folder);
					}
				}
				csvOnly[run] = (System.nanoTime() - start) / 1e9;
				start = System.nanoTime();
				ReportWriter.Result result = report.write();
				whole[run] = (System.nanoTime() - start) / 1e9;
				System.out.printf("run %d: CSV only %.2f s, report step %.2f s (ratio %.2f), report.xlsx %d KB%n", run + 1,
						csvOnly[run], whole[run], whole[run] / csvOnly[run],
						Files.size(result.run().resolve(WorkbookWriter.FILE)) >> 10);
			}
			System.out.printf("median: CSV only %.2f s, report step %.2f s, ratio %.2f%n", median(csvOnly), median(whole),
					median(whole) / median(csvOnly));
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** A later letter: the original's tables and rows, every amount restated (plus k thousand euros). */
	private static void copyLetter(JdbcClient jdbc, long original, int k) {
		jdbc.sql("""
				INSERT INTO document (sha256, file_name, pages, dossier, number, vergaderjaar, letter_date, sender, title, imported_at,
				  edition_key, identity_key, version_no)
				SELECT ?, ?, pages, dossier, number + ?, vergaderjaar, ?, sender, title, imported_at, edition_key, ?, 1
				FROM document WHERE id = ?""")
			.params(String.format("%064d", k), "kst-28638-" + (249 + k) + ".pdf", k, LocalDate.of(2024, 4, 23).plusMonths(k),
					"kamerstuk:28638:" + (249 + k), original)
			.update();
		long copy = jdbc.sql("SELECT MAX(id) FROM document").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO letter_table (document_id, table_no, kind, actielijn_number, caption, unit, unit_caption, first_page, last_page)
				SELECT ?, table_no, kind, actielijn_number, caption, unit, unit_caption, first_page, last_page
				FROM letter_table WHERE document_id = ?""").params(copy, original).update();
		String rows = """
				FROM action_row o JOIN letter_table ot ON ot.id = o.table_id
				JOIN letter_table nt ON nt.document_id = ? AND nt.table_no = ot.table_no
				""";
		jdbc.sql("INSERT INTO action_row (table_id, document_id, row_no, actielijn_number, action_numbers, title, is_new, page) "
				+ "SELECT nt.id, nt.document_id, o.row_no, o.actielijn_number, o.action_numbers, o.title, o.is_new, o.page " + rows
				+ "WHERE o.document_id = ?").params(copy, original).update();
		String copied = rows + "JOIN action_row n ON n.table_id = nt.id AND n.row_no = o.row_no ";
		jdbc.sql("INSERT INTO action_row_action (action_row_id, edition_key, action_number) SELECT n.id, ra.edition_key, ra.action_number "
				+ "FROM action_row_action ra JOIN (SELECT o.id AS old_id, n.id " + copied + "WHERE o.document_id = ?) n "
				+ "ON n.old_id = ra.action_row_id").params(copy, original).update();
		jdbc.sql("INSERT INTO budget_line (action_row_id, document_id, budget_year, amount_eur, raw_text, source_unit, page) "
				+ "SELECT n.id, ?, b.budget_year, b.amount_eur + ?, b.raw_text, b.source_unit, b.page "
				+ "FROM budget_line b JOIN (SELECT o.id AS old_id, n.id " + copied + "WHERE o.document_id = ?) n "
				+ "ON n.old_id = b.action_row_id").params(copy, 1000 * k, copy, original).update();
	}

	/** A partner's file: 1,000 rows over every action and four years, Dutch amounts, a few formulas. */
	private static void partnerFile(Path file, int partner, List<Integer> actions) throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Organisatie;Periode;Actienummer;Actie;Status;Jaar;Begroot;Besteed;Toelichting\r\n");
			for (int i = 0; i < ROWS_PER_FILE; i++) {
				int action = actions.get(i % actions.size());
				int year = 2024 + i / actions.size();
				String toelichting = i % 50 == 0 ? "\"=SUM(A1:A" + i + ")\"" : "Voortgang regel " + i + " van partner " + partner;
				out.write("Partner " + partner + ";2025-H2;" + action + ";;Doorlopend;" + year + ";" + (1000 + i) + ",00;"
						+ (i * 7 % 1000) + ",50;" + toelichting + "\r\n");
			}
		}
	}
}
