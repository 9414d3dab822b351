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
 * folders are named in the local time of Europe/Amsterdam, the programme's time.
 */
@Service
public class ReportWriter {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

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
			List<CsvResource> resources = new ArrayList<>();
			for (BiCatalog.View view : catalog.views()) {
				if (view.name().startsWith("dim_") || view.name().startsWith("fact_")) {
					resources.add(csv.export(view, folder));
					files.add(view.name() + ".csv");
				}
			}
			dataPackage.write(folder, now, resources);
			files.add(DataPackageWriter.FILE);
			workbook.write(folder, catalog);
			files.add(WorkbookWriter.FILE);
			html.write(folder, now);
			files.add(HtmlReportWriter.FILE);
		});
		List<Path> pruned = folders.prune(properties.keepRuns());
		return new Result(run, outputDir.resolve(RunFolders.LATEST), files, pruned);
	}
}
