package nl.stm.pipeline.letter;

import java.util.List;

import nl.stm.pipeline.model.DocumentFacts;
import nl.stm.pipeline.model.StatusReportRow;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.letter.TextAmount;
import nl.stm.pipeline.pdf.progress.ProgressReport;

/**
 * The facts of an extracted letter under the numbering {@link LetterPart} and {@link LetterPartWriter}
 * store them with (overview = table 0, actielijn tables from 1, rows and prose amounts from 1), so they
 * compare with the facts stored for an earlier version of the same Kamerstuk.
 */
final class LetterFacts {

	private LetterFacts() {
	}

	static DocumentFacts of(ExtractedLetter letter) {
		DocumentFacts.Builder facts = new DocumentFacts.Builder();
		if (letter.overview() != null) {
			int rowNo = 0;
			for (OverviewLine line : letter.overview().lines()) {
				rowNo++;
				for (Amount a : line.amounts()) {
					facts.overviewLine(rowNo, line.label(), a.year(), a.eur());
				}
			}
			letter.overview().total().forEach(a -> facts.total(0, a.year(), a.eur()));
		}
		for (int t = 0; t < letter.actielijnTables().size(); t++) {
			ActielijnTable table = letter.actielijnTables().get(t);
			int tableNo = t + 1;
			int rowNo = 0;
			for (ActionRow row : table.rows()) {
				rowNo++;
				String actions = String.join(",", row.actions().stream().map(String::valueOf).toList());
				facts.tableRow(tableNo, rowNo, actions, row.title());
				for (Amount a : row.amounts()) {
					facts.rowAmount(tableNo, rowNo, actions, a.year(), a.eur());
				}
			}
			table.total().forEach(a -> facts.total(tableNo, a.year(), a.eur()));
		}
		int seq = 0;
		for (TextAmount t : letter.textAmounts()) {
			facts.prose(++seq, t.text(), t.eur(), t.perYear());
		}
		for (int r = 0; r < letter.progressReports().size(); r++) {
			ProgressReport report = letter.progressReports().get(r);
			List<StatusReportRow> rows = StatusRows.of(report);
			for (int i = 0; i < rows.size(); i++) {
				facts.status(r + 1, i + 1, report.period(), rows.get(i).identity(), rows.get(i).status());
			}
		}
		return facts.build();
	}
}
