package nl.stm.pipeline.letter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.PipelineCommand;

/** {@code import-letter FILE...}: imports letters; a line per file says what became of it. */
@Component
public class ImportLetterCommand implements PipelineCommand {

	private final LetterImporter importer;

	public ImportLetterCommand(LetterImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return "import-letter";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			err.println("import-letter: name at least one PDF file");
			return USAGE;
		}
		List<LetterImporter.Outcome> outcomes = importer.importAll(args.stream().map(Path::of).toList());
		report(outcomes, out, err);
		return outcomes.stream().anyMatch(LetterImporter.Outcome::failed) ? INPUT_FAILED : OK;
	}

	public static void report(List<LetterImporter.Outcome> outcomes, PrintStream out, PrintStream err) {
		for (LetterImporter.Outcome o : outcomes) {
			(o.failed() ? err : out).println(OneLine.of(o.message()));
		}
	}
}
