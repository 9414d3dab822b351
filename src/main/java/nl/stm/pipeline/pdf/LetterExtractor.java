package nl.stm.pipeline.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import nl.stm.pipeline.pdf.budget.BudgetTableInterpreter;
import nl.stm.pipeline.pdf.budget.GridTableReader;
import nl.stm.pipeline.pdf.letter.LetterHeadParser;
import nl.stm.pipeline.pdf.letter.TextAmountFinder;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressTableReader;

/**
 * The extraction engine's entry point: a letter PDF in, an {@link ExtractedLetter} out. Plain Java
 * with no Spring or database, so it can be used by the {@code extract} command, the import job,
 * tests and benchmarks alike.
 */
public final class LetterExtractor {

	private final ExtractionLimits limits;

	public LetterExtractor(ExtractionLimits limits) {
		this.limits = limits;
	}

	public LetterExtractor() {
		this(ExtractionLimits.defaults());
	}

	public ExtractedLetter extract(Path file) throws ExtractionException {
		List<PageLayout> pages = new PdfLayoutReader(limits).read(file);
		String sha256 = sha256(file);
		List<String> warnings = new ArrayList<>();
		BudgetTableInterpreter tables = new BudgetTableInterpreter(warnings);
		GridTableReader reader = new GridTableReader(pages);
		reader.read().forEach(tables::accept);
		List<ProgressReport> progressReports = ProgressTableReader.read(pages, warnings);
		if (tables.overview() == null && tables.actielijnTables().isEmpty() && progressReports.isEmpty()) {
			warnings.add("no tables found");
		}
		return new ExtractedLetter(file.getFileName().toString(), sha256, pages.size(), LetterHeadParser.parse(pages),
				tables.overview(), tables.actielijnTables(), TextAmountFinder.find(pages, reader.tableLines()),
				progressReports, List.copyOf(warnings));
	}

	public static String sha256(Path file) throws ExtractionException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new ExtractionException(ExtractionException.Code.IO, file.getFileName() + ": cannot read (" + ex.getMessage() + ")", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
