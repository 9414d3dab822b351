package nl.stm.pipeline.bi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.report.ReportLauncher;
import nl.stm.pipeline.support.EmbeddedPostgresDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BI feed on a real PostgreSQL, set up as the README tells a database administrator (an owner
 * role for the pipeline, a read-only bi_reader): the same run gives the same bi views, row for row,
 * as on the embedded H2 database, bi_reader reads schema bi and nothing else, and the report reads
 * PostgreSQL's types (booleans as BIT, timestamps) as it reads H2's.
 */
@SpringBootTest
class PostgresBiViewsTests {

	static final String DATABASE = "bi_views_tests";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSource dataSource;

	@TempDir
	Path work;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.createRole("bi_reader");
		EmbeddedPostgresDatabase.registerOwnedBy(registry, DATABASE, "stm_owner");
		registry.add("pipeline.output-dir", () -> output.resolve("output").toString());
	}

	@Test
	void sameRunGivesTheSameBiViewsOnH2AndPostgres() throws Exception {
		// given
		SampleRun.load(context, work.resolve("postgres"));
		BiSnapshot postgres = BiSnapshot.of(dataSource);

		// when
		BiSnapshot h2;
		try (ConfigurableApplicationContext embedded = new SpringApplicationBuilder(PipelineApplication.class)
			.run("--spring.datasource.url=jdbc:h2:mem:bi_compare;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"--spring.datasource.username=sa", "--spring.datasource.password=")) {
			SampleRun.load(embedded, work.resolve("h2"));
			h2 = BiSnapshot.of(embedded.getBean(DataSource.class));
		}

		// then
		assertThat(postgres.views().keySet()).isEqualTo(h2.views().keySet());
		for (String view : postgres.views().keySet()) {
			assertThat(postgres.views().get(view)).as(view).isNotEmpty().containsExactlyElementsOf(h2.views().get(view));
		}
	}

	@Test
	void biReaderReadsSchemaBiAndNothingElse() throws Exception {
		// given
		SampleRun.load(context, work.resolve("reader"));

		// when
		try (Connection reader = DriverManager.getConnection(EmbeddedPostgresDatabase.jdbcUrl(DATABASE), "bi_reader", "");
				Statement s = reader.createStatement()) {

			// then
			try (ResultSet rs = s.executeQuery("SELECT SUM(amount_eur) FROM bi.fact_budget WHERE is_current")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getBigDecimal(1)).isPositive();
			}
			assertThatThrownBy(() -> s.executeQuery("SELECT * FROM public.document")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> s.executeQuery("SELECT * FROM public.batch_job_instance"))
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> s.execute("CREATE TABLE public.mine (x INTEGER)")).hasMessageContaining("permission denied");
			assertThatThrownBy(() -> s.execute("CREATE VIEW bi.mine AS SELECT 1 AS x")).hasMessageContaining("permission denied");
			assertThat(visibleSchemas(s)).containsOnly("bi");
		}
	}

	@Test
	void reportOnPostgresDescribesTheSameTypesAndTotalsAsTheDatabase() throws Exception {
		// given
		SampleRun.load(context, work.resolve("report"));

		// when
		Path run = context.getBean(ReportLauncher.class).report().run();

		// then
		JsonNode descriptor = JsonMapper.builder().build().readTree(run.resolve("datapackage.json").toFile());
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		for (JsonNode resource : descriptor.get("resources")) {
			String view = resource.get("name").asString();
			assertThat(resource.get("rows").asLong()).as(view)
				.isEqualTo(jdbc.sql("SELECT COUNT(*) FROM bi." + view).query(Long.class).single());
			for (var total : resource.get("control_totals").properties()) {
				assertThat(total.getValue().decimalValue()).as(view + "." + total.getKey())
					.isEqualByComparingTo(jdbc.sql("SELECT COALESCE(SUM(" + total.getKey() + "), 0) FROM bi." + view)
						.query(BigDecimal.class).single());
			}
		}
		assertThat(fieldTypes(descriptor, "fact_budget")).containsEntry("is_current", "boolean")
			.containsEntry("budget_year", "integer").containsEntry("amount_eur", "number").containsEntry("row_title", "string");
		assertThat(fieldTypes(descriptor, "dim_document")).containsEntry("letter_date", "date")
			.containsEntry("imported_at", "datetime");
		assertThat(run.resolve("report.xlsx")).isNotEmptyFile();
		assertThat(run.resolve("report.html")).isNotEmptyFile();
	}

	private static Map<String, String> fieldTypes(JsonNode descriptor, String view) {
		Map<String, String> types = new HashMap<>();
		descriptor.get("resources").valueStream().filter(r -> r.get("name").asString().equals(view)).findFirst()
			.orElseThrow().get("schema").get("fields")
			.forEach(f -> types.put(f.get("name").asString(), f.get("type").asString()));
		return types;
	}

	private static List<String> visibleSchemas(Statement s) throws SQLException {
		List<String> schemas = new ArrayList<>();
		try (ResultSet rs = s.executeQuery("""
				SELECT DISTINCT table_schema FROM information_schema.tables
				WHERE table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
			while (rs.next()) {
				schemas.add(rs.getString(1));
			}
		}
		return schemas;
	}
}
