package nl.stm.pipeline.pdf;

import java.util.List;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.letter.LetterHead;
import nl.stm.pipeline.pdf.letter.TextAmount;
import nl.stm.pipeline.pdf.progress.ProgressReport;

/**
 * Everything the engine reads from one letter. Sections absent from the letter are null or empty;
 * {@code progressReports} holds the status tables of a progress report (empty for a letter without
 * one); {@code warnings} says what was read with doubt, naming the page.
 */
public record ExtractedLetter(String fileName, String sha256, int pages, LetterHead head, ProgrammeOverview overview,
		List<ActielijnTable> actielijnTables, List<TextAmount> textAmounts, List<ProgressReport> progressReports, List<String> warnings) {
}
