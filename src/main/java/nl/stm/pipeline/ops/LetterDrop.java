package nl.stm.pipeline.ops;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;


import nl.stm.pipeline.letter.ImportLetterCommand;
import nl.stm.pipeline.letter.LetterImporter;

/**
 * The letters folder of the pipeline job: every PDF is a partition, imported by
 * {@link LetterImporter} with one line as it is done, then one summary line for the folder.
 */
final class LetterDrop implements DropFolderStep.Folder {

	private final LetterImporter letters;

	private final PipelineOutput output;

	private final Path folder;

	private volatile boolean skipped;

	LetterDrop(LetterImporter letters, PipelineOutput output, Path folder) {
		this.letters = letters;
		this.output = output;
		this.folder = folder;
	}

	@Override
	public List<Path> open() throws Exception {
		InputFiles.Listing listing = LetterImporter.lettersIn(folder);
		listing.ignored().forEach(output.out()::println);
		listing.skipped().forEach(output.err()::println);
		skipped = !listing.skipped().isEmpty();
		letters.recoverAbandoned();
		return listing.inputs();
	}

	@Override
	public DropFolderStep.Outcome read(Path file) {
		LetterImporter.Outcome outcome = letters.importLetter(file);
		ImportLetterCommand.report(List.of(outcome), output.out(), output.err());
		return new DropFolderStep.Outcome(outcome.status().name(), outcome.failed(),
				outcome.status() == LetterImporter.Outcome.Status.STOPPED);
	}

	@Override
	public boolean close(List<String> outcomes) {
		output.out().printf("letters in %s: %d (%d imported, %d already imported, %d failed%s)%n", folder, outcomes.size(),
				count(outcomes, LetterImporter.Outcome.Status.IMPORTED),
				count(outcomes, LetterImporter.Outcome.Status.ALREADY_IMPORTED),
				count(outcomes, LetterImporter.Outcome.Status.FAILED),
				DropFolderStep.stopped(count(outcomes, LetterImporter.Outcome.Status.STOPPED)));
		return skipped;
	}

	private static int count(List<String> outcomes, LetterImporter.Outcome.Status status) {
		return Collections.frequency(outcomes, status.name());
	}
}
