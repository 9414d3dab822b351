package nl.stm.pipeline.model;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Documents as versions of one identity ({@link DocumentIdentity}): the first file of a Kamerstuk is
 * version 1; a file with other facts is the next version and supersedes the earlier one (kept, with
 * its facts, as history); a file with the same facts is recorded as a copy and adds nothing. Also
 * keeps the configured editions in the database and reads a version's facts back for comparison.
 */
@Repository
public class DocumentRepository {

	private final JdbcClient jdbc;

	public DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored version: id, number, file and when it was imported. */
	public record Version(long id, int versionNo, String fileName, OffsetDateTime importedAt, String changeNote,
			DocumentIdentity identity) {
	}

	/** A file recorded as a copy of a version. */
	public record Copy(Version of) {
	}

	/**
	 * Writes the configured editions (name and years; new ones added), so facts can refer to them.
	 * Rows that are already right are left alone (no lock for a concurrent import to wait on), and an
	 * edition a concurrent import inserts first is not inserted twice.
	 */
	public void saveEditions(List<ProgrammeEdition> editions) {
		for (ProgrammeEdition e : editions) {
			int inserted = jdbc.sql("""
					INSERT INTO programme_edition (edition_key, name, first_year, last_year) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(e.key(), e.name(), e.firstYear(), e.lastYear())
				.update();
			if (inserted == 0) {
				jdbc.sql("""
						UPDATE programme_edition SET name = ?, first_year = ?, last_year = ? WHERE edition_key = ?
						AND (name IS DISTINCT FROM ? OR first_year IS DISTINCT FROM ? OR last_year IS DISTINCT FROM ?)""")
					.params(e.name(), e.firstYear(), e.lastYear(), e.key(), e.name(), e.firstYear(), e.lastYear())
					.update();
			}
		}
	}

	/** The version stored from exactly this file content, if any. */
	public Optional<Long> versionId(String sha256) {
		return jdbc.sql("SELECT id FROM document WHERE sha256 = ?").param(sha256).query(Long.class).optional();
	}

	/** The edition a stored version belongs to. */
	public String editionKey(long documentId) {
		return jdbc.sql("SELECT edition_key FROM document WHERE id = ?").param(documentId).query(String.class).single();
	}

	/** The version this file content was recorded as a copy of, if it was. */
	public Optional<Copy> copy(String sha256) {
		return jdbc.sql("""
				SELECT d.id, d.version_no, d.file_name, d.imported_at, d.change_note, d.dossier, d.number, d.sha256
				FROM document_copy c JOIN document d ON d.id = c.document_id WHERE c.sha256 = ?""")
			.param(sha256)
			.query((rs, n) -> new Copy(version(rs)))
			.optional();
	}

	/** The current version of a document, if one was imported. */
	public Optional<Version> currentVersion(DocumentIdentity identity) {
		return jdbc.sql("""
				SELECT id, version_no, file_name, imported_at, change_note, dossier, number, sha256
				FROM document WHERE identity_key = ? AND superseded_by_id IS NULL""")
			.param(identity.key())
			.query((rs, n) -> version(rs))
			.optional();
	}

	public Optional<Version> version(long id) {
		return jdbc.sql("SELECT id, version_no, file_name, imported_at, change_note, dossier, number, sha256 FROM document WHERE id = ?")
			.param(id)
			.query((rs, n) -> version(rs))
			.optional();
	}

	private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Version(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
				DocumentIdentity.of(rs.getString(6), (Integer) rs.getObject(7), rs.getString(8).trim()));
	}

	/**
	 * Registers a new version of the document; when {@code replaces} is given, that version is
	 * superseded by the new one and {@code changeNote} says what changed.
	 */
	public long saveVersion(LetterDocument d, Optional<Version> replaces, String changeNote) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO document (sha256, file_name, pages, dossier, number, vergaderjaar, letter_date, sender, title, imported_at,
				  edition_key, identity_key, version_no, reference, change_note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.sha256(), d.fileName(), d.pages(), d.dossier(), d.number(), d.vergaderjaar(),
					d.date() == null ? null : Date.valueOf(d.date()), d.sender(), d.title(), OffsetDateTime.now(), d.editionKey(),
					d.identity().key(), replaces.map(v -> v.versionNo() + 1).orElse(1), d.reference(), changeNote)
			.update(key, "id");
		long id = key.getKey().longValue();
		replaces.ifPresent(v -> jdbc.sql("UPDATE document SET superseded_by_id = ? WHERE id = ?").params(id, v.id()).update());
		return id;
	}

	/** Records a file with the same identity and facts as {@code version}; it adds no facts. */
	public void saveCopy(long version, String sha256, String fileName) {
		jdbc.sql("INSERT INTO document_copy (document_id, sha256, file_name, imported_at) VALUES (?, ?, ?, ?)")
			.params(version, sha256, fileName, OffsetDateTime.now())
			.update();
	}

	/** The facts stored for a version, under the keys {@link DocumentFacts.Builder} gives them. */
	public DocumentFacts facts(long documentId) {
		DocumentFacts.Builder facts = new DocumentFacts.Builder();
		jdbc.sql("SELECT row_no, label, budget_year, amount_eur FROM programme_line WHERE document_id = ?")
			.param(documentId)
			.query(rs -> {
				facts.overviewLine(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4));
			});
		jdbc.sql("""
				SELECT t.table_no, r.row_no, r.action_numbers, r.title FROM action_row r JOIN letter_table t ON t.id = r.table_id
				WHERE r.document_id = ?""")
			.param(documentId)
			.query(rs -> {
				facts.tableRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4));
			});
		jdbc.sql("""
				SELECT t.table_no, r.row_no, r.action_numbers, b.budget_year, b.amount_eur
				FROM budget_line b JOIN action_row r ON r.id = b.action_row_id JOIN letter_table t ON t.id = r.table_id
				WHERE b.document_id = ?""")
			.param(documentId)
			.query(rs -> {
				facts.rowAmount(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5));
			});
		jdbc.sql("SELECT t.table_no, x.budget_year, x.amount_eur FROM table_total x JOIN letter_table t ON t.id = x.table_id WHERE x.document_id = ?")
			.param(documentId)
			.query(rs -> {
				facts.total(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3));
			});
		jdbc.sql("SELECT seq_no, phrase, amount_eur, per_year FROM text_amount WHERE document_id = ?")
			.param(documentId)
			.query(rs -> {
				facts.prose(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4));
			});
		jdbc.sql("""
				SELECT report_no, row_no, period, layout, action_number, actielijn_number, result_no, activity_no, status
				FROM status_report WHERE document_id = ?""")
			.param(documentId)
			.query(rs -> {
				facts.status(rs.getInt(1), rs.getInt(2), rs.getString(3),
						StatusReportRow.identity(rs.getString(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6),
								(Integer) rs.getObject(7), (Integer) rs.getObject(8)),
						rs.getString(9));
			});
		return facts.build();
	}
}
