package nl.stm.pipeline.reconcile;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the current partner submissions and the progress reports' statuses of actions: of the current
 * document versions and of the edition partners report on (an earlier edition's action 5 is another action).
 * Submissions are streamed (a cursor on PostgreSQL, H2 spools large results to disk) and handed on one
 * partner of one file at a time, so their number is not bounded by the heap.
 */
@Repository
class PartnerFiguresRepository {

	/** Rows fetched per round trip while streaming. */
	static final int FETCH_SIZE = 2_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	PartnerFiguresRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/**
	 * Hands on the current submissions of each organisation in each file (files by name, an organisation's
	 * rows in line order), one list at a time. PostgreSQL streams only inside a transaction: call it in one.
	 */
	void forEachPartner(Consumer<List<PartnerFigure>> partner) {
		List<PartnerFigure> rows = new ArrayList<>();
		streaming.query("""
				SELECT organisation, period, action_number, budget_year, status_code, budgeted_eur, spent_eur, file_name, line_no
				FROM v_partner_submission_current ORDER BY file_name, organisation, line_no""", rs -> {
			PartnerFigure figure = new PartnerFigure(rs.getString(1), rs.getString(2).trim(), rs.getInt(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					Source.partnerFile(rs.getString(8), rs.getInt(9)));
			if (!rows.isEmpty() && !samePartner(rows.get(0), figure)) {
				partner.accept(List.copyOf(rows));
				rows.clear();
			}
			rows.add(figure);
		});
		if (!rows.isEmpty()) {
			partner.accept(List.copyOf(rows));
		}
	}

	private static boolean samePartner(PartnerFigure a, PartnerFigure b) {
		return a.source().file().equals(b.source().file()) && a.organisation().equals(b.organisation());
	}

	List<StatusFigure> reportedStatuses() {
		return jdbc.sql("""
				SELECT d.id, d.dossier, d.number, d.letter_date, d.file_name, s.period, s.action_number, s.status,
				  s.status_label, s.page, s.row_no, d.edition_key, b.page, b.x0, b.y0, b.x1, b.y1
				FROM status_report s JOIN current_document d ON d.id = s.document_id
				LEFT JOIN status_report_box b ON b.status_report_id = s.id
				WHERE s.period IS NOT NULL AND s.layout = 'ACTIONS'
				  AND d.edition_key IN (SELECT edition_key FROM current_edition) ORDER BY d.letter_date, d.id, s.report_no, s.row_no""")
			.query((rs, n) -> {
				Date date = rs.getDate(4);
				LetterRef letter = new LetterRef(rs.getLong(1),
						LetterRef.nameOf(rs.getString(2), (Integer) rs.getObject(3), rs.getString(5)),
						date == null ? null : date.toLocalDate(), (Integer) rs.getObject(3), rs.getString(12));
				return new StatusFigure(letter, rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
						Source.letter(letter.name(), rs.getInt(10), "voortgangsrapportage", "actie " + rs.getInt(7),
								ReconciliationRepository.box(rs, 13)));
			})
			.list();
	}
}
