package nl.stm.pipeline.benchmarks.tabula;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;

import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.ExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * tabula-java's extraction of every table on every page, as its command line does it ({@code -l}
 * lattice: ruled cells; {@code -t} stream: column gaps). Loaded in a class loader of its own (it
 * needs PDFBox 2), so it is handed over as a JDK {@link Function}: a file in, every table row of
 * every page out, each row its cells' texts.
 */
public final class TabulaTables implements Function<Path, List<List<String>>> {

	private final boolean lattice;

	public TabulaTables(String mode) {
		if (!mode.equals("lattice") && !mode.equals("stream")) {
			throw new IllegalArgumentException("mode is lattice or stream, not " + mode);
		}
		this.lattice = mode.equals("lattice");
	}

	@Override
	public List<List<String>> apply(Path file) {
		ExtractionAlgorithm algorithm = lattice ? new SpreadsheetExtractionAlgorithm() : new BasicExtractionAlgorithm();
		List<List<String>> rows = new ArrayList<>();
		try (PDDocument document = PDDocument.load(file.toFile())) {
			PageIterator pages = new ObjectExtractor(document).extract();
			while (pages.hasNext()) {
				Page page = pages.next();
				for (Table table : algorithm.extract(page)) {
					for (List<RectangularTextContainer> row : table.getRows()) {
						List<String> cells = new ArrayList<>(row.size());
						for (RectangularTextContainer cell : row) {
							cells.add(cell.getText());
						}
						rows.add(cells);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
		}
		return rows;
	}
}
