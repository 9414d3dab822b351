package nl.stm.pipeline.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * Writes one report run: a CSV per view of the star schema (dim_*, fact_*), their
 * {@code datapackage.json}, {@code report.xlsx} and {@code report.html}, into a new run folder of the output directory
 * that is then published as {@code latest/}; older runs beyond the retention are deleted. Run
 * folders are named in the local time of Europe/Amsterdam, the programme's time. The partner rows,
 * most of the data, are read once: each row goes to its CSV file, to the workbook's partner sheet
 * (written on a second thread) and into the partner totals the workbook and the page show; the budget
 * lines likewise go to their CSV file and into the budget totals. Then the page is written on a second
 * thread while the workbook's other sheets and its file are written on this one (two cores, two writers).
 */
@Service
public class ReportWriter {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** The letters' budgets, summed on their way to their CSV file for the workbook and the page. */
	static final String BUDGET_FACTS = "fact_budget";

	private final BiCatalog catalog;

	private final CsvExporter csv;

	private final DataPackageWriter dataPackage;

	private final WorkbookWriter workbook;

	private final HtmlReportWriter html;

	private final ReportProperties properties;

	private final Path outputDir;

	private final Clock clock;

	ReportWriter(BiCatalog catalog, CsvExporter csv, DataPackageWriter dataPackage, WorkbookWriter workbook,
			HtmlReportWriter html, ReportProperties properties, @Value("${pipeline.output-dir}") Path outputDir) {
		this.catalog = catalog;
		this.csv = csv;
		this.dataPackage = dataPackage;
		this.workbook = workbook;
		this.html = html;
		this.properties = properties;
		this.outputDir = outputDir;
		this.clock = Clock.system(ZONE);
	}

	/** What a report run wrote: its folder, the published copy, its files and the runs pruned. */
	public record Result(Path run, Path latest, List<String> files, List<Path> pruned) {
	}

	public Result write() throws Exception {
		Instant now = clock.instant();
		List<String> files = new ArrayList<>();
		RunFolders folders = new RunFolders(outputDir);
		Path run = folders.publish(LocalDateTime.ofInstant(now, ZONE), folder -> {
			List<BiCatalog.View> views = catalog.views();
			try (WorkbookWriter.Draft draft = workbook.start(views)) {
				List<CsvResource> resources = new ArrayList<>();
				PartnerTotals partners = null;
				BudgetTotals budgets = null;
				for (BiCatalog.View view : views) {
					if (view.name().equals(WorkbookWriter.PARTNER_FACTS)) {
						PartnerTotals sums = new PartnerTotals(view);
						ViewReader.RowHandler sheet = draft.partnerRows();
						resources.add(csv.export(view, folder, values -> {
							sums.row(values);
							sheet.row(values);
						}));
						partners = sums;
					}
					else if (view.name().equals(BUDGET_FACTS)) {
						budgets = new BudgetTotals(view);
						resources.add(csv.export(view, folder, budgets));
					}
					else if (view.name().startsWith("dim_") || view.name().startsWith("fact_")) {
						resources.add(csv.export(view, folder));
					}
					else {
						continue;
					}
					files.add(view.name() + ".csv");
				}
				if (partners == null || budgets == null) {
					throw new IllegalStateException("schema bi lacks view " + WorkbookWriter.PARTNER_FACTS + " or " + BUDGET_FACTS);
				}
				PartnerTotals partnerTotals = partners;
				BudgetTotals budgetTotals = budgets;
				try (Beside page = new Beside(HtmlReportWriter.FILE, () -> html.write(folder, now, partnerTotals, budgetTotals))) {
					dataPackage.write(folder, now, resources);
					files.add(DataPackageWriter.FILE);
					draft.write(folder, partners, budgets);
					files.add(WorkbookWriter.FILE);
					page.join();
					files.add(HtmlReportWriter.FILE);
				}
			}
		});
		List<Path> pruned = folders.prune(properties.keepRuns());
		return new Result(run, outputDir.resolve(RunFolders.LATEST), files, pruned);
	}
}
