package nl.stm.pipeline.letter;

import java.util.List;

import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.ProgrammeOverview;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.letter.TextAmount;

/**
 * The items of the letter import step: one letter is read as its head, then each table and progress
 * report, then its prose amounts. Each part is written idempotently, so a restart from any item stores everything
 * exactly once.
 */
public sealed interface LetterPart {

	/** The content (SHA-256) of the file the part was read from. */
	String sha256();

	/** The letter head and file identity; always the first part. */
	record Head(ExtractedLetter letter) implements LetterPart {

		@Override
		public String sha256() {
			return letter.sha256();
		}
	}

	/** The programme overview; table number 0 of the letter. */
	record Overview(String sha256, ProgrammeOverview overview) implements LetterPart {
	}

	/** An actielijn budget table with its number in the letter (1, 2, …). */
	record Actielijn(String sha256, int tableNo, ActielijnTable table) implements LetterPart {
	}

	/** A progress report's status table with its legend; numbered 1, 2, … within the letter. */
	record Progress(String sha256, String fileName, int reportNo, ProgressReport report) implements LetterPart {
	}

	/** The amounts stated in the prose. */
	record ProseAmounts(String sha256, List<TextAmount> amounts) implements LetterPart {
	}

	static List<LetterPart> of(ExtractedLetter letter) {
		List<LetterPart> parts = new java.util.ArrayList<>();
		parts.add(new Head(letter));
		if (letter.overview() != null) {
			parts.add(new Overview(letter.sha256(), letter.overview()));
		}
		for (int i = 0; i < letter.actielijnTables().size(); i++) {
			parts.add(new Actielijn(letter.sha256(), i + 1, letter.actielijnTables().get(i)));
		}
		for (int i = 0; i < letter.progressReports().size(); i++) {
			parts.add(new Progress(letter.sha256(), letter.fileName(), i + 1, letter.progressReports().get(i)));
		}
		parts.add(new ProseAmounts(letter.sha256(), letter.textAmounts()));
		return List.copyOf(parts);
	}
}
