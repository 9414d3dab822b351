package nl.stm.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.bi.SampleRun;
import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.ModelSummary;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.reconcile.ReconcileLauncher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report step after a sample run (letter 249, progress report 2025-H1, three partner files and
 * one with a formula and a negative amount): a run folder published atomically and copied to
 * latest/, old runs pruned; every CSV described by datapackage.json with the right size, hash, rows
 * and control totals, recomputed from the database and from the file; report.xlsx read back with
 * POI holds numeric amounts equal to the database; partner text never becomes a formula.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:report;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"pipeline.report.keep-runs=2" })
@DirtiesContext
class ReportJobFunctionalTests {

	static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

	@TempDir
	static Path temp;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReportLauncher launcher;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("pipeline.output-dir", () -> temp.resolve("output").toString());
		registry.add("pipeline.input-dir", () -> temp.resolve("input").toString());
	}

	@BeforeEach
	void loadOnce() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM document").query(Integer.class).single() == 0) {
			SampleRun.load(context, temp.resolve("work"));
			// the letters drop folder, where the report finds the PDFs it cuts its evidence from
			Path letters = Files.createDirectories(temp.resolve("input/letters"));
			Files.copy(SampleRun.FIXTURES.resolve("letters/kst-28638-249.pdf"), letters.resolve("kst-28638-249.pdf"));
			Files.copy(SampleRun.FIXTURES.resolve("progress/voortgang-2025-H1.pdf"), letters.resolve("voortgang-2025-H1.pdf"));
			Path drop = Files.createDirectories(temp.resolve("hostile"));
			Files.writeString(drop.resolve("hostile_2026-H1.csv"), """
					Organisatie;Periode;Actienummer;Actie;Status;Jaar;Begroot;Besteed;Toelichting
					Testpartner;2026-H1;29;;Doorlopend;2026;-500,00;0,00;"=HYPERLINK(""http://x"",""y"")"
					Testpartner;2026-H1;31;;Doorlopend;2026;1.000,00;250,50;+31 20 123 4567
					Testpartner;2026-H1;99;<script>alert(1)</script>;Doorlopend;2026;1,00;0,00;"=HYPERLINK(""http://x"",""y"")"
					""", StandardCharsets.UTF_8);
			// action 3 is "Voltooid" in the progress report of 2025-H1: a partner calling it ongoing is a status conflict
			Files.writeString(drop.resolve("statuspartner_2025-H1.csv"), """
					Organisatie;Periode;Actienummer;Actie;Status;Jaar;Begroot;Besteed;Toelichting
					Statuspartner;2025-H1;3;;Doorlopend;2025;100,00;0,00;loopt nog
					""", StandardCharsets.UTF_8);
			context.getBean(PartnerIngester.class).ingestFolder(drop);
			context.getBean(ReconcileLauncher.class).reconcile(finding -> {
			});
		}
	}

	@Test
	void publishesRunFoldersAndLatestAndKeepsTheLastRuns() throws Exception {
		// when
		ReportLauncher.Report first = launcher.report();
		ReportLauncher.Report second = launcher.report();
		ReportLauncher.Report third = launcher.report();

		// then
		Path output = temp.resolve("output");
		assertThat(third.run().getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?");
		assertThat(Files.exists(first.run())).as("pruned").isFalse();
		assertThat(second.run()).isDirectory();
		try (Stream<Path> entries = Files.list(output)) {
			assertThat(entries.map(p -> p.getFileName().toString()))
				.containsExactlyInAnyOrder(second.run().getFileName().toString(), third.run().getFileName().toString(),
						"latest");
		}
		assertThat(third.files()).contains("fact_budget.csv", "dim_period.csv", "datapackage.json", "report.xlsx",
				"report.html");
		for (String file : third.files()) {
			assertThat(output.resolve("latest").resolve(file)).hasSameBinaryContentAs(third.run().resolve(file));
		}
	}

	@Test
	void dataPackageDescribesEveryCsvWithControlTotalsEqualToDatabaseAndFile() throws Exception {
		// when
		Path run = launcher.report().run();

		// then
		JsonNode descriptor = JsonMapper.builder().build().readTree(run.resolve("datapackage.json").toFile());
		assertThat(descriptor.get("$schema").asString()).startsWith("https://datapackage.org/profiles/2.0/");
		assertThat(descriptor.get("sources")).extracting(s -> s.get("title").asString())
			.contains("kst-28638-249.pdf", "voortgang-2025-H1.pdf", "vng_2025-H2.csv", "hostile_2026-H1.csv");
		JsonNode resources = descriptor.get("resources");
		assertThat(resources).extracting(r -> r.get("name").asString())
			.contains("dim_document", "dim_actielijn", "dim_action", "dim_partner", "dim_period", "fact_budget",
					"fact_partner_submission", "fact_status", "fact_finding", "fact_rejected_row");
		int totalsChecked = 0;
		for (JsonNode resource : resources) {
			String view = resource.get("name").asString();
			Path file = run.resolve(resource.get("path").asString());
			assertThat(resource.get("bytes").asLong()).as(view).isEqualTo(Files.size(file));
			assertThat(resource.get("hash").asString()).as(view).isEqualTo("sha256:" + sha256(file));
			List<CSVRecord> records = read(file);
			assertThat(records).as(view).hasSize(resource.get("rows").asInt());
			assertThat(resource.get("rows").asInt()).as(view)
				.isEqualTo(jdbc.sql("SELECT COUNT(*) FROM bi." + view).query(Integer.class).single());
			assertThat(records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames()).as(view)
				.containsExactlyElementsOf(resource.get("schema").get("fields").valueStream()
					.map(f -> f.get("name").asString()).toList());
			for (var total : resource.get("control_totals").properties()) {
				BigDecimal database = jdbc.sql("SELECT COALESCE(SUM(" + total.getKey() + "), 0) FROM bi." + view)
					.query(BigDecimal.class).single();
				BigDecimal inFile = records.stream().map(r -> r.get(total.getKey())).filter(v -> !v.isEmpty())
					.map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(total.getValue().decimalValue()).as(view + "." + total.getKey()).isEqualByComparingTo(database)
					.isEqualByComparingTo(inFile);
				totalsChecked++;
			}
		}
		assertThat(totalsChecked).as("amount_eur, budgeted_eur, spent_eur, 4 in fact_finding").isEqualTo(7);
		assertThat(resources.valueStream().filter(r -> r.get("name").asString().equals("fact_budget")).findFirst()
			.orElseThrow().get("control_totals").get("amount_eur").decimalValue()).isPositive();
	}

	@Test
	void workbookHoldsTypedCellsEqualToTheDatabase() throws Exception {
		// when
		Path run = launcher.report().run();

		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(run.resolve("report.xlsx").toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(WorkbookWriter.SHEETS.size());
			XSSFSheet budget = workbook.getSheet("begrotingsregels");
			Map<String, Integer> column = header(budget);
			assertThat(budget.getPaneInformation().isFreezePane()).isTrue();
			assertThat(budget.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
			assertThat(budget.getColumnWidth(column.get("action_title"))).isGreaterThan(budget.getColumnWidth(column.get("page")));
			Map<Long, BigDecimal> database = new HashMap<>();
			jdbc.sql("SELECT budget_line_key, amount_eur FROM bi.v_budget")
				.query((rs, n) -> database.put(rs.getLong(1), rs.getBigDecimal(2)))
				.list();
			int rows = 0;
			for (Row row : budget) {
				if (row.getRowNum() == 0) {
					continue;
				}
				Cell amount = row.getCell(column.get("amount_eur"));
				assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(amount.getCellStyle().getDataFormatString()).contains("€");
				long key = (long) row.getCell(column.get("budget_line_key")).getNumericCellValue();
				assertThat(BigDecimal.valueOf(amount.getNumericCellValue())).isEqualByComparingTo(database.get(key));
				Cell year = row.getCell(column.get("budget_year"));
				assertThat(year.getNumericCellValue()).isBetween(2020.0, 2040.0).isEqualTo(Math.rint(year.getNumericCellValue()));
				Cell date = row.getCell(column.get("letter_date"));
				assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
				assertThat(row.getCell(column.get("is_current")).getCellType()).isEqualTo(CellType.BOOLEAN);
				rows++;
			}
			assertThat(rows).isEqualTo(database.size()).isPositive();
			// the sheets made from the report's one pass over the partner rows are their views, row for row
			assertThat(sheetRows(workbook.getSheet(WorkbookWriter.PARTNER_SHEET))).containsExactlyInAnyOrderElementsOf(viewRows("v_partner_submission"));
			assertThat(sheetRows(workbook.getSheet("acties"))).containsExactlyInAnyOrderElementsOf(viewRows("v_action"))
				.anySatisfy(row -> assertThat(row.get(header(workbook.getSheet("acties")).get("partner_spent_eur"))).isNotEmpty());
		}
	}

	/** The rows of a sheet under its header, every cell as text (numbers as plain decimals, booleans, dates). */
	private static List<List<String>> sheetRows(Sheet sheet) {
		int width = sheet.getRow(0).getLastCellNum();
		List<List<String>> rows = new java.util.ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new java.util.ArrayList<>();
			for (int i = 0; i < width; i++) {
				Cell cell = row.getCell(i);
				cells.add(cell == null ? "" : switch (cell.getCellType()) {
					case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
							: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
					case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
					default -> cell.getStringCellValue();
				});
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The rows of a bi view as {@link #sheetRows} shows them. */
	private List<List<String>> viewRows(String view) {
		return jdbc.sql("SELECT * FROM bi." + view).query((rs, n) -> {
			List<String> cells = new java.util.ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				cells.add(value == null ? "" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
						: value instanceof Number number ? String.valueOf(number.longValue()) : value.toString());
			}
			return cells;
		}).list();
	}

	@Test
	void partnerTextNeverBecomesAFormulaAndNumbersStayAsTheyAre() throws Exception {
		// when
		Path run = launcher.report().run();

		// then: CSV
		List<CSVRecord> csv = read(run.resolve("fact_partner_submission.csv"));
		CSVRecord hostile = csv.stream().filter(r -> r.get("partner_name").equals("Testpartner") && r.get("line_no").equals("2"))
			.findFirst().orElseThrow();
		assertThat(hostile.get("toelichting")).isEqualTo("'" + FORMULA);
		assertThat(hostile.get("budgeted_eur")).isEqualTo("-500.00");
		assertThat(csv.stream().filter(r -> r.get("partner_name").equals("Testpartner") && r.get("line_no").equals("3"))
			.findFirst().orElseThrow().get("toelichting")).isEqualTo("'+31 20 123 4567");
		assertThat(Files.readString(run.resolve("fact_partner_submission.csv"))).doesNotContain("\n=", ",=");
		// XLSX
		try (XSSFWorkbook workbook = new XSSFWorkbook(run.resolve("report.xlsx").toFile())) {
			Sheet partners = workbook.getSheet("partnerrapportages");
			Map<String, Integer> column = header(partners);
			Row row = null;
			for (Row r : partners) {
				if (r.getRowNum() > 0 && r.getCell(column.get("toelichting")) != null
						&& r.getCell(column.get("toelichting")).getStringCellValue().startsWith("=HYPERLINK")) {
					row = r;
				}
			}
			assertThat(row).isNotNull();
			Cell toelichting = row.getCell(column.get("toelichting"));
			assertThat(toelichting.getCellType()).isEqualTo(CellType.STRING);
			assertThat(toelichting.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(row.getCell(column.get("budgeted_eur")).getNumericCellValue()).isEqualTo(-500.0);
			for (Row r : partners) {
				for (Cell c : r) {
					assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

	@Test
	void htmlPageIsSelfContainedEscapedAndShowsTheDatabaseFigures() throws Exception {
		// when
		Path run = launcher.report().run();

		// then
		Document page = Jsoup.parse(run.resolve("report.html").toFile(), "UTF-8");
		assertThat(page.select("script, link, iframe, object, embed")).isEmpty();
		assertThat(page.select("[src], [href]")).allSatisfy(e -> assertThat(e.attr("src") + e.attr("href")).doesNotContain("http"));
		assertThat(page.select("#overzicht svg")).hasSize(2);
		assertThat(page.select("td.raw").eachText()).anySatisfy(raw -> assertThat(raw).contains("<script>alert(1)</script>", "=HYPERLINK(\"\"http://x\"\""));
		assertThat(Files.readString(run.resolve("report.html"))).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		DutchFormat nl = DutchFormat.INSTANCE;
		ModelSummary summary = context.getBean(ActionModelRepository.class).summary();
		for (Element year : page.select("#per-jaar tbody tr")) {
			int y = Integer.parseInt(year.attr("data-year"));
			assertThat(year.select("[data-field=printed]").text()).isEqualTo(nl.euro(summary.programmeTotalPerYear().get(y)));
			assertThat(year.select("[data-field=current]").text()).isEqualTo(nl.euro(sum("SELECT SUM(amount_eur) FROM bi.fact_budget WHERE is_current AND budget_year = ?", y)));
			assertThat(year.select("[data-field=spent]").text()).isEqualTo(nl.euro(sum("SELECT SUM(spent_eur) FROM bi.fact_partner_submission WHERE budget_year = ?", y)));
		}
		assertThat(page.select("#per-jaar [data-field=printed]").eachText()).contains("€ 2.000.000", "€ 2.500.000");
		int cells = 0;
		for (Element action : page.select("#actielijnen tr[data-action]")) {
			for (Element cell : action.select("td[data-year]")) {
				BigDecimal database = sum("SELECT SUM(amount_eur) FROM bi.fact_budget WHERE is_current AND action_key = ? AND budget_year = ?",
						Integer.parseInt(action.attr("data-action")), Integer.parseInt(cell.attr("data-year")));
				assertThat(cell.text()).isEqualTo(nl.euro(database));
				cells += database == null ? 0 : 1;
			}
		}
		assertThat(cells).isPositive();
		assertThat(page.select("tbody.finding")).hasSize(jdbc.sql("SELECT COUNT(*) FROM bi.fact_finding").query(Integer.class).single());
		assertThat(page.select("#bevindingen").text()).contains("€ 470.000", "€ 380.000", "€ 90.000");
		// evidence: the printed rows of letter 249's findings, cut from its pages
		Element actielijn1 = page.select("tbody.finding").stream().filter(f -> f.text().contains("ACTIELIJN_VS_OVERVIEW"))
			.findFirst().orElseThrow();
		assertThat(actielijn1.select("img.evidence")).isNotEmpty().allSatisfy(img -> {
			assertThat(img.attr("src")).startsWith("data:image/png;base64,");
			assertThat(Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length())))
				.startsWith(0x89, 'P', 'N', 'G');
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE bbox_page IS NULL").query(Integer.class).single()).isZero();
		// a status finding shows the progress report's printed row next to the partner's line
		Element status = page.select("tbody.finding").stream().filter(f -> f.text().contains("STATUS_CONFLICT"))
			.findFirst().orElseThrow();
		assertThat(status.text()).contains("voortgangsrapportage", "actie 3");
		assertThat(status.select("img.evidence")).hasSize(1).allSatisfy(img -> assertThat(
				Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length()))).startsWith(0x89, 'P', 'N', 'G'));
		assertThat(status.select(".raw").text()).contains("Statuspartner;2025-H1;3;");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM status_report r LEFT JOIN status_report_box b ON b.status_report_id = r.id WHERE b.page IS NULL")
			.query(Integer.class).single()).isZero();
	}

	private BigDecimal sum(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(BigDecimal.class).optional().orElse(null);
	}

	private static Map<String, Integer> header(Sheet sheet) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : sheet.getRow(0)) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		return columns;
	}

	static List<CSVRecord> read(Path file) throws Exception {
		try (InputStream in = BOMInputStream.builder().setPath(file).get();
				CSVParser parser = CsvExporter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parser.getRecords();
		}
	}

	static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
