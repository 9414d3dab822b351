package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.partner.ImportLedger;

/**
 * {@code status}: what the action model holds, the documents per programme edition, the partner
 * files per period (ingested, failed, stopped, running), the findings per
 * severity and the last pipeline runs with their outcome and duration, without importing anything
 * (it only reads, so it answers while {@code serve} or {@code run} works).
 */
@Component
class StatusCommand implements PipelineCommand {

	/** How many pipeline runs are listed. */
	static final int LAST_RUNS = 5;

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ActionModelRepository model;

	private final JdbcClient jdbc;

	private final JobRepository jobRepository;

	StatusCommand(ActionModelRepository model, JdbcClient jdbc, JobRepository jobRepository) {
		this.model = model;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			err.println("status: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		SummaryPrinter.print(model.summary(), out);
		out.println("documents per programme edition:");
		print(jdbc.sql("SELECT e.edition_key, e.name, e.first_year, e.last_year, COUNT(d.id) FROM programme_edition e"
				+ " LEFT JOIN document d ON d.edition_key = e.edition_key"
				+ " GROUP BY e.edition_key, e.name, e.first_year, e.last_year ORDER BY e.first_year, e.edition_key")
			.query((r, i) -> String.format("  %-16s %d  (%s, %d-%d)", r.getString(1), r.getInt(5), OneLine.of(r.getString(2)),
					r.getInt(3), r.getInt(4)))
			.list(), out);
		out.println("partner files per period (ingested, failed, stopped, running):");
		List<String> periods = jdbc.sql("SELECT COALESCE(period, '?'), " + count(ImportLedger.INGESTED) + ", "
				+ count(ImportLedger.FAILED) + ", " + count(ImportLedger.STOPPED) + ", " + count(ImportLedger.RUNNING)
				+ " FROM import_ledger GROUP BY COALESCE(period, '?') ORDER BY 1")
			.query((r, i) -> String.format("  %-9s %d, %d, %d, %d", r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4),
					r.getInt(5)))
			.list();
		print(periods, out);
		List<String> severities = jdbc.sql("SELECT severity, COUNT(*) FROM finding GROUP BY severity ORDER BY 1")
			.query((r, i) -> r.getString(1) + "=" + r.getInt(2))
			.list();
		out.println("findings: " + (severities.isEmpty() ? "none" : String.join(", ", severities)));
		out.println("last runs:");
		List<String> runs = jobRepository.getJobInstances(PipelineJobConfiguration.JOB_NAME, 0, LAST_RUNS)
			.stream()
			.map(this::describe)
			.toList();
		print(runs, out);
		return OK;
	}

	private String describe(JobInstance instance) {
		JobExecution last = jobRepository.getLastJobExecution(instance);
		if (last == null || last.getStartTime() == null) {
			return "  instance " + instance.getInstanceId() + ": not started";
		}
		String duration = last.getEndTime() == null ? "running"
				: Duration.between(last.getStartTime(), last.getEndTime()).toSeconds() + " s";
		return String.format("  %-40s %-9s started %s, %s", PipelineRuns.describe(last.getJobParameters()), last.getStatus(),
				STARTED.format(last.getStartTime()), duration);
	}

	/** The number of ledger entries with this outcome (a constant of {@link ImportLedger}). */
	private static String count(String outcome) {
		return "SUM(CASE WHEN outcome = '" + outcome + "' THEN 1 ELSE 0 END)";
	}

	private static void print(List<String> lines, PrintStream out) {
		if (lines.isEmpty()) {
			out.println("  (none)");
		}
		lines.forEach(out::println);
	}
}
