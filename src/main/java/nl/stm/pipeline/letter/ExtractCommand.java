package nl.stm.pipeline.letter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.stm.pipeline.ops.PipelineCommand;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * {@code extract FILE...}: one JSON line per file on standard output, in input order, and a summary line per
 * file on standard error (tables, rows, warnings); a file that cannot be read gets an error line there and a
 * one-line message on standard error.
 */
public class ExtractCommand {

	public int run(List<String> files, PrintStream out, PrintStream err) {
		if (files.isEmpty()) {
			err.println("extract: name at least one PDF file");
			return PipelineCommand.USAGE;
		}
		LetterExtractor extractor = new LetterExtractor();
		int status = PipelineCommand.OK;
		for (String file : files) {
			try {
				ExtractedLetter letter = extractor.extract(Path.of(file));
				out.println(LetterJson.toJsonLine(letter));
				err.println(ExtractionSummary.of(letter));
			}
			catch (ExtractionException ex) {
				out.println(LetterJson.errorLine(Path.of(file).getFileName().toString(), ex));
				err.println(ex.getMessage());
				status = PipelineCommand.INPUT_FAILED;
			}
		}
		out.flush();
		return status;
	}
}
