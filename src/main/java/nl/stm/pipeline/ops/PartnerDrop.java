package nl.stm.pipeline.ops;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import nl.stm.pipeline.partner.IngestPartnersCommand;
import nl.stm.pipeline.partner.PartnerIngester;

/**
 * The partner folder of the pipeline job: the folder is opened (locked against other ingests) for
 * the whole step, every file is a partition ingested by {@link PartnerIngester} with its line(s) as
 * it is done, then one summary line for the folder. When another ingest holds the folder, the step
 * says so and leaves the files to it.
 */
final class PartnerDrop implements DropFolderStep.Folder {

	private final PartnerIngester partners;

	private final PipelineOutput output;

	private final Path folder;

	private volatile PartnerIngester.Drop drop;

	private volatile List<PartnerIngester.FileResult> notIngested = List.of();

	PartnerDrop(PartnerIngester partners, PipelineOutput output, Path folder) {
		this.partners = partners;
		this.output = output;
		this.folder = folder;
	}

	@Override
	public List<Path> open() throws Exception {
		try {
			drop = partners.open(folder);
		}
		catch (PartnerIngester.IngestInProgressException ex) {
			output.out().println("partner files in " + folder + ": left to the ingest already running (" + ex.getMessage() + ")");
			drop = null;
			return List.of();
		}
		notIngested = drop.notIngested();
		return drop.inputs();
	}

	@Override
	public DropFolderStep.Outcome read(Path file) {
		PartnerIngester.FileResult result = partners.ingest(file);
		boolean failed = IngestPartnersCommand.report(List.of(result), false, output.out(), output.err()) != PipelineCommand.OK;
		// a file stopped (SIGTERM) in the middle stays in the folder: its partition runs again on restart
		return new DropFolderStep.Outcome(result.status().name(), failed, result.status() == PartnerIngester.Status.STOPPED);
	}

	@Override
	public boolean close(List<String> outcomes) throws Exception {
		PartnerIngester.Drop open = drop;
		if (open == null) {
			return false;
		}
		drop = null;
		open.close();
		long ignored = notIngested.stream().filter(r -> r.status() == PartnerIngester.Status.IGNORED).count();
		long skipped = notIngested.size() - ignored;
		output.out().printf("partner files in %s: %d (%d ingested, %d already ingested, %d failed%s; %d ignored)%n", folder,
				outcomes.size() + skipped, count(outcomes, PartnerIngester.Status.INGESTED),
				count(outcomes, PartnerIngester.Status.ALREADY_INGESTED),
				count(outcomes, PartnerIngester.Status.FAILED) + skipped,
				DropFolderStep.stopped(count(outcomes, PartnerIngester.Status.STOPPED)), ignored);
		return IngestPartnersCommand.report(notIngested, false, output.out(), output.err()) != PipelineCommand.OK;
	}

	private static int count(List<String> outcomes, PartnerIngester.Status status) {
		return Collections.frequency(outcomes, status.name());
	}
}
