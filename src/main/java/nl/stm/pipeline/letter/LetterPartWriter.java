package nl.stm.pipeline.letter;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.LetterDocument;
import nl.stm.pipeline.model.SourcedAmount;
import nl.stm.pipeline.model.StatusLegendEntry;
import nl.stm.pipeline.model.StatusReportRow;
import nl.stm.pipeline.model.TextAmountFact;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ActionRow;
import nl.stm.pipeline.pdf.budget.Amount;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.OverviewLine;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.progress.ProgressReport;

/**
 * Stores letter parts in the action model. Every table replaces what an earlier attempt stored for
 * the same document and table number, which makes the write idempotent under restarts.
 */
public class LetterPartWriter implements ItemWriter<LetterPart> {

	private static final Logger log = LoggerFactory.getLogger(LetterPartWriter.class);

	static final String OVERVIEW = "PROGRAMME_OVERVIEW";

	static final String ACTIELIJN = "ACTIELIJN";

	private final ActionModelRepository model;

	public LetterPartWriter(ActionModelRepository model) {
		this.model = model;
	}

	@Override
	public void write(Chunk<? extends LetterPart> chunk) {
		for (LetterPart part : chunk) {
			if (part instanceof LetterPart.Head head) {
				writeHead(head.letter());
			}
			else if (part instanceof LetterPart.Overview o) {
				writeOverview(documentId(o.sha256()), o.overview());
			}
			else if (part instanceof LetterPart.Actielijn a) {
				writeActielijn(documentId(a.sha256()), a.tableNo(), a.table());
			}
			else if (part instanceof LetterPart.Progress p) {
				writeProgress(documentId(p.sha256()), p);
			}
			else if (part instanceof LetterPart.ProseAmounts p) {
				model.replaceTextAmounts(documentId(p.sha256()),
						p.amounts().stream().map(t -> new TextAmountFact(t.text(), t.eur(), t.perYear(), t.page())).toList());
			}
		}
	}

	private long documentId(String sha256) {
		return model.documentId(sha256)
			.orElseThrow(() -> new IllegalStateException("document " + sha256 + " was not registered"));
	}

	private void writeHead(ExtractedLetter letter) {
		var head = letter.head();
		model.saveDocument(new LetterDocument(letter.sha256(), letter.fileName(), letter.pages(), head.dossier(),
				head.number(), head.vergaderjaar(), head.date(), head.sender(), head.title()));
	}

	private void writeOverview(long documentId, ProgrammeOverview overview) {
		int lastPage = overview.lines().stream().mapToInt(OverviewLine::page).max().orElse(overview.page());
		long tableId = model.replaceTable(documentId, 0, OVERVIEW, null, overview.caption(), overview.unit().name(),
				overview.unitCaption(), overview.page(), lastPage);
		int rowNo = 0;
		for (OverviewLine line : overview.lines()) {
			rowNo++;
			for (Amount a : line.amounts()) {
				model.insertProgrammeLine(tableId, documentId, rowNo, line.key(), line.label(), line.actielijn(),
						sourced(a, overview.unit().name(), line.page()));
			}
		}
		for (Amount a : overview.total()) {
			model.insertTableTotal(tableId, documentId, sourced(a, overview.unit().name(), lastPage));
		}
	}

	private void writeActielijn(long documentId, int tableNo, ActielijnTable table) {
		String unit = table.unit().name();
		long tableId = model.replaceTable(documentId, tableNo, ACTIELIJN, table.actielijn(), table.title(), unit,
				table.unitCaption(), table.page(), table.lastPage());
		if (table.actielijn() != null) {
			model.saveActielijn(table.actielijn(), table.title(), documentId);
		}
		int rowNo = 0;
		for (ActionRow row : table.rows()) {
			rowNo++;
			for (int action : row.actions()) {
				model.saveAction(action, row.title(), table.actielijn(), row.isNew(), documentId);
			}
			long rowId = model.insertActionRow(tableId, documentId, rowNo, table.actielijn(), row.actions(), row.title(),
					row.isNew(), row.page(), row.bbox());
			for (Amount a : row.amounts()) {
				model.insertBudgetLine(rowId, documentId, sourced(a, unit, row.page()));
			}
		}
		for (Amount a : table.total()) {
			model.insertTableTotal(tableId, documentId, sourced(a, unit, table.lastPage()));
		}
	}

	private void writeProgress(long documentId, LetterPart.Progress part) {
		ProgressReport report = part.report();
		List<Integer> unknown = model.replaceStatusReport(documentId, part.reportNo(), report.period(),
				report.legend().stream()
					.map(e -> new StatusLegendEntry(e.status() == null ? null : e.status().name(), e.label(), e.colour(),
							e.form() == null ? null : e.form().name(), e.page()))
					.toList(),
				report.rows().stream()
					.map(r -> new StatusReportRow(r.action(), r.actielijn(), r.title(), r.holders(),
							r.status() == null ? null : r.status().name(), r.statusLabel(), r.toelichting(), r.page()))
					.toList());
		if (!unknown.isEmpty()) {
			log.warn("{}: progress report names action(s) {} that no imported budget table has; stored and flagged",
					part.fileName(), unknown);
		}
	}

	private static SourcedAmount sourced(Amount a, String unit, int page) {
		return new SourcedAmount(a.year(), a.eur(), a.raw(), unit, page, a.bbox());
	}
}
