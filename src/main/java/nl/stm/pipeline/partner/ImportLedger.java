package nl.stm.pipeline.partner;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The import ledger: one entry per partner file content (SHA-256) with what became of it. A
 * restart of a failed ingest reuses the entry, so the rows it stored keep pointing at it.
 */
@Repository
public class ImportLedger {

	public static final String RUNNING = "RUNNING";

	public static final String INGESTED = "INGESTED";

	public static final String FAILED = "FAILED";

	/** Stopped (SIGTERM) after a committed chunk: not a failure, the next run resumes it. */
	public static final String STOPPED = "STOPPED";

	/** The file error of an ingest that was interrupted and whose file left the drop folder. */
	public static final String ABANDONED = "ABANDONED";

	private static final String COLUMNS = """
			id, file_name, sha256, size_bytes, encoding, bom, delimiter, unknown_columns, partner, period, rows_read,
			accepted, rejected, flagged, outcome, file_error, message, stored_as, started_at, finished_at""";

	/** One ledger entry. */
	public record Entry(long id, String fileName, String sha256, long sizeBytes, String encoding, Boolean bom,
			String delimiter, String unknownColumns, String partner, String period, Integer rowsRead, Integer accepted,
			Integer rejected, Integer flagged, String outcome, String fileError, String message, String storedAs,
			OffsetDateTime startedAt, OffsetDateTime finishedAt) {

		public boolean ingested() {
			return INGESTED.equals(outcome);
		}
	}

	private final JdbcClient jdbc;

	private final boolean h2;

	public ImportLedger(JdbcClient jdbc, javax.sql.DataSource dataSource) throws java.sql.SQLException {
		this.jdbc = jdbc;
		try (java.sql.Connection c = dataSource.getConnection()) {
			this.h2 = c.getMetaData().getDatabaseProductName().equals("H2");
		}
	}

	public Optional<Entry> findBySha256(String sha256) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_ledger WHERE sha256 = ?").param(sha256).query(Entry.class).optional();
	}

	public Optional<Entry> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_ledger WHERE id = ?").param(id).query(Entry.class).optional();
	}

	/** Opens (or, for a restart, reopens) the entry of a file content; returns its id. */
	public long open(String fileName, String sha256, long sizeBytes) {
		Optional<Entry> existing = findBySha256(sha256);
		if (existing.isPresent()) {
			jdbc.sql("""
					UPDATE import_ledger SET file_name = ?, size_bytes = ?, outcome = ?, file_error = NULL, message = NULL,
					started_at = ?, finished_at = NULL WHERE id = ?""")
				.params(fileName, sizeBytes, RUNNING, OffsetDateTime.now(), existing.get().id())
				.update();
			return existing.get().id();
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO import_ledger (file_name, sha256, size_bytes, outcome, started_at) VALUES (?, ?, ?, ?, ?)")
			.params(fileName, sha256, sizeBytes, RUNNING, OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	public void recordDialect(long id, String encoding, Boolean bom, String delimiter, String unknownColumns) {
		jdbc.sql("UPDATE import_ledger SET encoding = ?, bom = ?, delimiter = ?, unknown_columns = ? WHERE id = ?")
			.params(encoding, bom, delimiter, unknownColumns, id)
			.update();
	}

	/** Marks the file ingested with its counts and, when the file has only one, its partner and period. */
	public void finish(long id, int rowsRead, int accepted, int rejected, int flagged, String partner, String period) {
		jdbc.sql("""
				UPDATE import_ledger SET rows_read = ?, accepted = ?, rejected = ?, flagged = ?, partner = ?, period = ?,
				outcome = ?, file_error = NULL, message = NULL, finished_at = ? WHERE id = ?""")
			.params(rowsRead, accepted, rejected, flagged, partner, period, INGESTED, OffsetDateTime.now(), id)
			.update();
	}

	/** Marks the file failed: with a file error code when the file itself was refused. */
	public void fail(long id, String fileError, String message) {
		String oneLine = message == null ? null : message.lines().findFirst().orElse(message);
		if (oneLine != null && oneLine.length() > 2000) {
			oneLine = oneLine.substring(0, 1997) + "...";
		}
		jdbc.sql("UPDATE import_ledger SET outcome = ?, file_error = ?, message = ?, finished_at = ? WHERE id = ?")
			.params(FAILED, fileError, oneLine, OffsetDateTime.now(), id)
			.update();
		if (fileError != null) {
			jdbc.sql("UPDATE import_ledger SET rows_read = 0, accepted = 0, rejected = 0, flagged = 0 WHERE id = ?")
				.param(id)
				.update();
		}
	}

	/** Marks the file stopped after its last committed chunk: its rows stay for the restart. */
	public void stop(long id, String message) {
		jdbc.sql("UPDATE import_ledger SET outcome = ?, file_error = NULL, message = ?, finished_at = ? WHERE id = ?")
			.params(STOPPED, message, OffsetDateTime.now(), id)
			.update();
	}

	/** Entries that may still be restarted: running, stopped or failed, but not refused as a whole. */
	public java.util.List<Entry> unfinished() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_ledger WHERE outcome <> ? AND file_error IS NULL ORDER BY id")
			.param(INGESTED)
			.query(Entry.class)
			.list();
	}

	/**
	 * Makes everything committed durable before a file leaves the drop folder: H2 writes commits to
	 * its file up to a second later, so a process killed right after moving the file would lose
	 * the ledger entry that says where it went. (PostgreSQL commits are durable already.)
	 */
	public void checkpoint() {
		if (h2) {
			jdbc.sql("CHECKPOINT").update();
		}
	}

	/** Where the original file was moved to. */
	public void storedAs(long id, String path) {
		jdbc.sql("UPDATE import_ledger SET stored_as = ? WHERE id = ?").params(path, id).update();
	}
}
