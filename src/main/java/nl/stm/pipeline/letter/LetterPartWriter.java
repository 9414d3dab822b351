package nl.stm.pipeline.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.DocumentRepository;
import nl.stm.pipeline.model.SourcedAmount;
import nl.stm.pipeline.model.StatusLegendEntry;
import nl.stm.pipeline.model.StatusReportRow;
import nl.stm.pipeline.model.TextAmountFact;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.progress.ProgressReport;

/**
 * Stores letter parts in the action model. Every table replaces what an earlier attempt stored for
 * the same document and table number, which makes the write idempotent under restarts. The head
 * registers the document ({@link LetterRegistration}); the parts of a file that is a copy of an
 * imported Kamerstuk are not written, and actielijnen and actions go to the document's edition.
 */
public class LetterPartWriter implements ItemWriter<LetterPart> {

	private static final Logger log = LoggerFactory.getLogger(LetterPartWriter.class);

	static final String OVERVIEW = "PROGRAMME_OVERVIEW";

	static final String ACTIELIJN = "ACTIELIJN";

	private final ActionModelRepository model;

	private final DocumentRepository documents;

	private final LetterRegistration registration;

	public LetterPartWriter(ActionModelRepository model, DocumentRepository documents, LetterRegistration registration) {
		this.model = model;
		this.documents = documents;
		this.registration = registration;
	}

	@Override
	public void write(Chunk<? extends LetterPart> chunk) {
		for (LetterPart part : chunk) {
			if (part instanceof LetterPart.Head head) {
				registration.register(head.letter());
			}
			else {
				registration.target(part.sha256()).ifPresent(documentId -> write(part, documentId));
			}
		}
	}

	private void write(LetterPart part, long documentId) {
		String edition = documents.editionKey(documentId);
		if (part instanceof LetterPart.Overview o) {
			writeOverview(documentId, o.overview());
		}
		else if (part instanceof LetterPart.Actielijn a) {
			writeActielijn(edition, documentId, a.tableNo(), a.table());
		}
		else if (part instanceof LetterPart.Progress p) {
			writeProgress(edition, documentId, p);
		}
		else if (part instanceof LetterPart.ProseAmounts p) {
			model.replaceTextAmounts(documentId,
					p.amounts().stream().map(t -> new TextAmountFact(t.text(), t.eur(), t.perYear(), t.page(), t.fromYear())).toList());
		}
	}

	private void writeOverview(long documentId, ProgrammeOverview overview) {
		int lastPage = overview.lines().stream().mapToInt(OverviewLine::page).max().orElse(overview.page());
		long tableId = model.replaceTable(documentId, 0, OVERVIEW, null, overview.caption(), overview.unit().name(),
				overview.unitCaption(), overview.page(), lastPage);
		List<ActionModelRepository.ProgrammeLine> lines = new ArrayList<>();
		int rowNo = 0;
		for (OverviewLine line : overview.lines()) {
			rowNo++;
			for (Amount a : line.amounts()) {
				lines.add(new ActionModelRepository.ProgrammeLine(rowNo, line.key(), line.label(), line.actielijn(),
						sourced(a, overview.unit().name(), line.page())));
			}
		}
		model.insertProgrammeLines(tableId, documentId, lines);
		model.insertTableTotals(tableId, documentId,
				overview.total().stream().map(a -> sourced(a, overview.unit().name(), lastPage)).toList());
	}

	private void writeActielijn(String edition, long documentId, int tableNo, ActielijnTable table) {
		String unit = table.unit().name();
		long tableId = model.replaceTable(documentId, tableNo, ACTIELIJN, table.actielijn(), table.title(), unit,
				table.unitCaption(), table.page(), table.lastPage());
		if (table.actielijn() != null) {
			model.saveActielijn(edition, table.actielijn(), table.title(), documentId);
		}
		List<ActionModelRepository.StatedAction> actions = new ArrayList<>();
		List<ActionModelRepository.StatedRow> rows = new ArrayList<>();
		for (ActionRow row : table.rows()) {
			for (int action : row.actions()) {
				actions.add(new ActionModelRepository.StatedAction(action, row.title(), table.actielijn(), row.isNew()));
			}
			rows.add(new ActionModelRepository.StatedRow(rows.size() + 1, table.actielijn(), row.actions(), row.title(),
					row.isNew(), row.page(), row.bbox()));
		}
		model.saveActions(edition, actions, documentId);
		Map<Integer, Long> rowIds = model.insertActionRows(edition, tableId, documentId, rows);
		List<ActionModelRepository.BudgetLine> lines = new ArrayList<>();
		int rowNo = 0;
		for (ActionRow row : table.rows()) {
			long rowId = rowIds.get(++rowNo);
			for (Amount a : row.amounts()) {
				lines.add(new ActionModelRepository.BudgetLine(rowId, sourced(a, unit, row.page())));
			}
		}
		model.insertBudgetLines(documentId, lines);
		model.insertTableTotals(tableId, documentId, table.total().stream().map(a -> sourced(a, unit, table.lastPage())).toList());
	}

	private void writeProgress(String edition, long documentId, LetterPart.Progress part) {
		ProgressReport report = part.report();
		List<StatusReportRow> rows = StatusRows.of(report);
		rows.stream()
			.filter(r -> r.result() != null && r.actielijn() != null && r.result().actielijnTitle() != null)
			.forEach(r -> model.saveActielijn(edition, r.actielijn(), r.result().actielijnTitle(), documentId));
		List<String> unknown = model.replaceStatusReport(edition, documentId, part.reportNo(), report.period(),
				report.legend().stream()
					.map(e -> new StatusLegendEntry(e.status() == null ? null : e.status().name(), e.label(), e.colour(),
							e.form() == null ? null : e.form().name(), e.page()))
					.toList(),
				rows);
		if (!unknown.isEmpty()) {
			log.warn("{}: progress report names {} that no imported document of edition {} has; stored and flagged",
					part.fileName(), unknown.size() <= 5 ? unknown : unknown.subList(0, 5) + " and " + (unknown.size() - 5) + " more",
					edition);
		}
	}

	private static SourcedAmount sourced(Amount a, String unit, int page) {
		return new SourcedAmount(a.year(), a.eur(), a.raw(), unit, page, a.bbox());
	}
}
