package nl.stm.pipeline.reconcile;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the current partner submissions and the progress reports' statuses of actions: of the current
 * document versions and of the edition partners report on (an earlier edition's action 5 is another action).
 */
@Repository
class PartnerFiguresRepository {

	private final JdbcClient jdbc;

	PartnerFiguresRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PartnerFigure> currentSubmissions() {
		return jdbc.sql("""
				SELECT organisation, period, action_number, budget_year, status_code, budgeted_eur, spent_eur, file_name, line_no
				FROM v_partner_submission_current ORDER BY file_name, line_no""")
			.query((rs, n) -> new PartnerFigure(rs.getString(1), rs.getString(2).trim(), rs.getInt(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					Source.partnerFile(rs.getString(8), rs.getInt(9))))
			.list();
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
