package nl.stm.pipeline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.bi.BiCatalog;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code datapackage.json}, a Frictionless Data Package (v2) descriptor, the open standard
 * for describing a folder of CSV files: one tabular resource per CSV with its dialect, Table Schema
 * (field names, types and the bi data dictionary as descriptions), {@code bytes} and {@code hash};
 * as extra properties the row count and the control totals (exact sum of every euro column). The
 * package's {@code sources} are the input files (name, SHA-256) and {@code created} is the run time.
 */
@Component
class DataPackageWriter {

	static final String FILE = "datapackage.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String PROFILES = "https://datapackage.org/profiles/2.0/";

	private final JdbcClient jdbc;

	DataPackageWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(Path folder, Instant runTime, List<CsvResource> resources) throws IOException {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("$schema", PROFILES + "datapackage.json");
		root.put("name", "stm-pipeline-report");
		root.put("title", "Samen tegen mensenhandel: actions, budgets, statuses, partner submissions and findings");
		root.put("description", "The star schema of the bi views (dim_*, fact_*) as CSV. Text fields that begin with "
				+ "=, +, -, @, tab, CR or LF carry a leading apostrophe (CSV injection guard); numbers are unaltered. "
				+ "Sum fact_budget.amount_eur only over rows with is_current = true.");
		root.put("created", runTime.toString());
		var sources = root.putArray("sources");
		jdbc.sql("SELECT input_type, file_name, sha256 FROM bi.v_input_file ORDER BY input_type, input_key")
			.query((rs, n) -> sources.addObject()
				.put("title", rs.getString("file_name"))
				.put("path", rs.getString("file_name"))
				.put("type", rs.getString("input_type"))
				.put("sha256", rs.getString("sha256").strip()))
			.list();
		var array = root.putArray("resources");
		for (CsvResource r : resources) {
			resource(array.addObject(), r);
		}
		Files.writeString(folder.resolve(FILE), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
	}

	private static void resource(ObjectNode node, CsvResource r) {
		node.put("name", r.view().name());
		node.put("type", "table");
		node.put("path", r.file().getFileName().toString());
		node.put("format", "csv");
		node.put("mediatype", "text/csv");
		node.put("encoding", "utf-8");
		node.put("description", r.view().comment());
		node.put("bytes", r.bytes());
		node.put("hash", "sha256:" + r.sha256());
		ObjectNode dialect = node.putObject("dialect");
		dialect.put("$schema", PROFILES + "tabledialect.json");
		dialect.put("header", true);
		dialect.put("delimiter", ",");
		dialect.put("lineTerminator", "\r\n");
		dialect.put("quoteChar", "\"");
		dialect.put("doubleQuote", true);
		ObjectNode schema = node.putObject("schema");
		schema.put("$schema", PROFILES + "tableschema.json");
		var fields = schema.putArray("fields");
		for (BiCatalog.Column c : r.view().columns()) {
			fields.addObject()
				.put("name", c.name())
				.put("type", FieldType.of(c.jdbcType()).tableSchemaType)
				.put("description", c.comment());
		}
		schema.putArray("missingValues").add("");
		node.put("rows", r.rows());
		ObjectNode totals = node.putObject("control_totals");
		r.controlTotals().forEach(totals::put);
	}
}
