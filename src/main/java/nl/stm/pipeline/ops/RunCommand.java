package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.letter.ImportLetterCommand;
import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.partner.IngestPartnersCommand;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.reconcile.ReconcileCommand;
import nl.stm.pipeline.reconcile.ReconcileLauncher;
import nl.stm.pipeline.report.ReportLauncher;

/**
 * {@code run}: the main job on the configured database. Imports every letter in the letters drop
 * folder that is not yet in the model (same content is recognised by SHA-256), ingests the partner
 * files in the partners drop folder, prints a summary and reconciles all amounts (findings are
 * printed and stored), then writes the report (a new run folder in the output directory). A failed
 * file does not stop the others; it makes the exit status 1.
 */
@Component
class RunCommand implements PipelineCommand {

	private final LetterImporter letters;

	private final ActionModelRepository model;

	private final PartnerIngester partners;

	private final ReconcileLauncher reconciliation;

	private final ReportLauncher report;

	private final Path inputDir;

	RunCommand(LetterImporter letters, ActionModelRepository model, PartnerIngester partners,
			ReconcileLauncher reconciliation, ReportLauncher report, @Value("${pipeline.input-dir}") Path inputDir) {
		this.letters = letters;
		this.model = model;
		this.partners = partners;
		this.reconciliation = reconciliation;
		this.report = report;
		this.inputDir = inputDir;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println("run: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		Path folder = inputDir.resolve("letters");
		InputFiles.Listing listing = LetterImporter.lettersIn(folder);
		listing.ignored().forEach(out::println);
		listing.skipped().forEach(err::println);
		List<LetterImporter.Outcome> outcomes = letters.importAll(listing.inputs(),
				outcome -> ImportLetterCommand.report(List.of(outcome), out, err));
		out.printf("letters in %s: %d (%d imported, %d already imported, %d failed)%n", folder, outcomes.size(),
				count(outcomes, LetterImporter.Outcome.Status.IMPORTED),
				count(outcomes, LetterImporter.Outcome.Status.ALREADY_IMPORTED),
				count(outcomes, LetterImporter.Outcome.Status.FAILED));
		if (GracefulStop.requested()) {
			return stopped(err);
		}
		List<PartnerIngester.FileResult> submissions = partners.ingestFolder(inputDir.resolve("partners"));
		out.printf("partner files in %s: %d%n", inputDir.resolve("partners"), submissions.size());
		int partnerStatus = IngestPartnersCommand.report(submissions, false, out, err);
		if (GracefulStop.requested()) {
			return stopped(err);
		}
		SummaryPrinter.print(model.summary(), out);
		ReconcileCommand.print(reconciliation.reconcile(), out);
		out.println(report.report().summary());
		boolean failed = outcomes.stream().anyMatch(LetterImporter.Outcome::failed) || !listing.skipped().isEmpty()
				|| partnerStatus != OK;
		return failed ? INPUT_FAILED : OK;
	}

	private static int stopped(PrintStream err) {
		err.println("run: stopped (SIGTERM) after the current file; the next run goes on with the files not yet read");
		return STOPPED;
	}

	private static long count(List<LetterImporter.Outcome> outcomes, LetterImporter.Outcome.Status status) {
		return outcomes.stream().filter(o -> o.status() == status).count();
	}
}
