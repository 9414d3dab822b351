package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The partner file reader on the three samples and on generated members of the same family:
 * dialect detection, header aliases, physical line numbers, raw records, blank lines, trailing
 * empty columns, multi-line cells, file errors, and restart from an execution context.
 */
class PartnerRowReaderTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/partners");

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@TempDir
	Path temp;

	@Test
	void readsTheCoMenshaSampleUtf8WithBomAndAMultiLineCell() throws Exception {
		// when
		Read read = read(FIXTURES.resolve("comensha_2025-H2.csv"));

		// then
		assertThat(read.dialect).isEqualTo(new CsvDialect(StandardCharsets.UTF_8, true, ';'));
		assertThat(read.lines()).containsExactly(2, 3, 5, 6, 7, 8, 9);
		PartnerRecord second = read.records.get(1);
		assertThat(second.value(Column.TOELICHTING)).isEqualTo("Overzicht opgeleverd; zie bijlage.\nTweede regel van de toelichting.");
		assertThat(second.raw()).isEqualTo(
				"CoMensha;2025-H2;12;Overzicht van bestaande meldpunten.;Voltooid;2024;50.000,00;48.250,00;\"Overzicht opgeleverd; zie bijlage.\nTweede regel van de toelichting.\"");
		assertThat(read.records.get(0).value(Column.ORGANISATIE)).isEqualTo("CoMensha");
		assertThat(read.records.get(0).value(Column.TOELICHTING)).isEqualTo("Informatie is geïntegreerd op de website.");
		assertThat(read.records.get(3).value(Column.TOELICHTING)).isEqualTo("Verkenning loopt, \"NVM\" later.");
		assertThat(read.records.get(6).value(Column.BESTEED)).isEmpty();
		assertThat(read.context.getInt(PartnerRowReader.RECORDS)).isEqualTo(7);
	}

	@Test
	void readsThePolitieSampleInWindows1252WithTrailingEmptyColumns() throws Exception {
		// when
		Read read = read(FIXTURES.resolve("politie_2025-H2.csv"));

		// then
		assertThat(read.dialect).isEqualTo(new CsvDialect(WINDOWS_1252, false, ';'));
		assertThat(read.lines()).containsExactly(2, 3, 4, 5, 6, 7);
		assertThat(read.records.get(0).value(Column.BEGROOT)).isEqualTo("€ 170.000,00");
		assertThat(read.records.get(2).value(Column.TOELICHTING)).isEqualTo("Actiedag gehouden in oktober, één per jaar.");
		assertThat(read.records.get(3).value(Column.TOELICHTING)).isEqualTo("Bewustwording non-punishment – eerste lijn.");
		assertThat(read.records).allSatisfy(r -> {
			assertThat(r.extras()).isEmpty();
			assertThat(r.unnamedValues()).isFalse();
		});
		assertThat(read.records.get(5).raw()).endsWith("1.234.56;Verkenning criminele uitbuiting afgerond.;;");
	}

	@Test
	void readsTheVngSampleCommaSeparatedWithABlankLine() throws Exception {
		// when
		Read read = read(FIXTURES.resolve("vng_2025-H2.csv"));

		// then
		assertThat(read.dialect).isEqualTo(new CsvDialect(StandardCharsets.UTF_8, false, ','));
		assertThat(read.lines()).containsExactly(2, 3, 5, 6, 7);
		assertThat(read.records.get(1).value(Column.TOELICHTING)).isEqualTo("=HYPERLINK(\"http://example.invalid\";\"klik\")");
		assertThat(read.records.get(1).value(Column.BEGROOT)).isEqualTo("100.000,00");
		assertThat(read.records.get(4).value(Column.TOELICHTING)).isEqualTo("+31 70 000 0000 is het contactnummer");
	}

	@Test
	void readsTabSeparatedWindows1252WithHeaderAliases() throws Exception {
		// given: Excel "Unicode/tekst" habits, other header wording, columns in another order
		Path file = PartnerCsv
			.withHeader("Rapportageperiode", "PARTNER", "Nr.", "Actietitel", "Stand van zaken:", "Begrotingsjaar",
					"Budget (€)", "Realisatie in euro", "Opmerking", "Contactpersoon")
			.row("tweede helft 2025", "Fairwork", "19", "Laagdrempelige ondersteuning arbeidsmigranten.", "IN UITVOERING",
					"2025", "€ 12.500,50", "0", "Loopt; zie rapport", "Zoë")
			.delimiter("\t")
			.charset(WINDOWS_1252)
			.write(temp, "fairwork.txt");

		// when
		Read read = read(file);

		// then
		assertThat(read.dialect).isEqualTo(new CsvDialect(WINDOWS_1252, false, '\t'));
		PartnerRecord r = read.records.get(0);
		assertThat(r.value(Column.ORGANISATIE)).isEqualTo("Fairwork");
		assertThat(r.value(Column.PERIODE)).isEqualTo("tweede helft 2025");
		assertThat(r.value(Column.ACTIENUMMER)).isEqualTo("19");
		assertThat(r.value(Column.STATUS)).isEqualTo("IN UITVOERING");
		assertThat(r.value(Column.JAAR)).isEqualTo("2025");
		assertThat(r.value(Column.BEGROOT)).isEqualTo("€ 12.500,50");
		assertThat(r.value(Column.TOELICHTING)).isEqualTo("Loopt; zie rapport");
		assertThat(r.extras()).containsEntry("Contactpersoon", "Zoë");
		assertThat(r.unnamedValues()).isFalse();
		assertThat(read.context.getString(PartnerRowReader.UNKNOWN_COLUMNS)).isEqualTo("Contactpersoon");
	}

	@Test
	void crlfAndLfGiveTheSameRecordsAndLines() throws Exception {
		// given
		PartnerCsv csv = PartnerCsv.standard()
			.row("VNG", "2025-H2", "31", "Training", "Voltooid", "2024", "1", "1", "Twee\nregels")
			.rawLine("")
			.row("VNG", "2025-H2", "32", "Rapport", "Voltooid", "2024", "1", "1", "Een regel");
		Path crlf = csv.eol("\r\n").write(temp, "crlf.csv");
		Path lf = csv.eol("\n").write(temp, "lf.csv");

		// when
		Read a = read(crlf);
		Read b = read(lf);

		// then
		assertThat(a.lines()).containsExactly(2, 5).isEqualTo(b.lines());
		assertThat(a.records.get(0).value(Column.TOELICHTING)).isEqualTo("Twee\nregels");
		assertThat(b.records.get(1).raw()).isEqualTo("VNG;2025-H2;32;Rapport;Voltooid;2024;1;1;Een regel");
	}

	@Test
	void multiLineQuotedCellsCountTheirLines() throws Exception {
		// given
		Path file = PartnerCsv.standard()
			.row("A", "2025-H2", "6", "t", "Voltooid", "2024", "", "", "een\r\ntwee\r\ndrie")
			.row("A", "2025-H2", "7", "t", "Voltooid", "2024", "", "", "\"geciteerd\"; met\npuntkomma")
			.row("A", "2025-H2", "8", "t", "Voltooid", "2024", "", "", "")
			.write(temp, "multiline.csv");

		// when
		Read read = read(file);

		// then
		assertThat(read.lines()).containsExactly(2, 5, 7);
		assertThat(read.records.get(0).value(Column.TOELICHTING)).isEqualTo("een\r\ntwee\r\ndrie");
		assertThat(read.records.get(1).value(Column.TOELICHTING)).isEqualTo("\"geciteerd\"; met\npuntkomma");
	}

	@Test
	void blankLinesAndLinesOfOnlyDelimitersAreNotRecords() throws Exception {
		// given
		Path file = PartnerCsv.standard()
			.trailing(";;")
			.rawLine("")
			.row("A", "2025-H2", "6", "t", "Voltooid", "2024", "", "", "x")
			.rawLine(";;;;;;;;;;")
			.rawLine("   ")
			.row("A", "2025-H2", "7", "t", "Voltooid", "2024", "", "", "y")
			.rawLine("")
			.write(temp, "blanks.csv");

		// when
		Read read = read(file);

		// then
		assertThat(read.lines()).containsExactly(3, 6);
		assertThat(read.records).allSatisfy(r -> assertThat(r.unnamedValues()).isFalse());
	}

	@Test
	void valuesUnderNoHeaderAreKeptAsideAndMarked() throws Exception {
		// given
		Path file = PartnerCsv.standard()
			.trailing(";;")
			.row("A", "2025-H2", "6", "t", "Voltooid", "2024", "", "", "x", "", "verdwaald")
			.write(temp, "extra.csv");

		// when
		PartnerRecord r = read(file).records.get(0);

		// then
		assertThat(r.unnamedValues()).isTrue();
		assertThat(r.extras()).containsEntry("column 11", "verdwaald");
	}

	@Test
	void readsUtf16WithBom() throws Exception {
		// given
		Path file = PartnerCsv.standard()
			.row("CoMensha", "2025-H2", "10", "t", "Voltooid", "2024", "0", "0", "Zoë")
			.delimiter("\t")
			.charset(StandardCharsets.UTF_16LE)
			.bom()
			.write(temp, "unicode.txt");

		// when
		Read read = read(file);

		// then
		assertThat(read.dialect).isEqualTo(new CsvDialect(StandardCharsets.UTF_16LE, true, '\t'));
		assertThat(read.records.get(0).value(Column.TOELICHTING)).isEqualTo("Zoë");
	}

	@Test
	void aHeaderWithACommaInAColumnNameStillMeansSemicolons() {
		assertThat(PartnerFileScanner.sniffDelimiter("Organisatie;Periode;Begroot (x 1, €);Besteed\nA;2025-H2;1,5;2,5\nB;2025-H2;1;2\n"))
			.isEqualTo(';');
		assertThat(PartnerFileScanner.sniffDelimiter("Organisatie,Periode,Toelichting\nA,2025-H2,\"a; b; c\"\n")).isEqualTo(',');
		assertThat(PartnerFileScanner.sniffDelimiter("Organisatie\tPeriode\tToelichting\nA\t2025-H2\ta, b; c\n")).isEqualTo('\t');
	}

	@Test
	void refusesEmptyFiles() throws Exception {
		assertFileError(Files.write(temp.resolve("zero.csv"), new byte[0]), PartnerFileException.Code.EMPTY, "zero.csv: the file is empty");
		assertFileError(Files.write(temp.resolve("bom.csv"), new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
				PartnerFileException.Code.EMPTY, "bom.csv: the file has no content (only a byte order mark)");
		assertFileError(Files.writeString(temp.resolve("blank.csv"), "\r\n  \r\n\r\n"), PartnerFileException.Code.EMPTY,
				"blank.csv: the file has no content");
		assertFileError(Files.writeString(temp.resolve("delims.csv"), ";;;;\r\n;;;;\r\n"), PartnerFileException.Code.EMPTY,
				"delims.csv: the file has no content");
		assertFileError(PartnerCsv.standard().write(temp, "header-only.csv"), PartnerFileException.Code.EMPTY,
				"header-only.csv: the file has a header but no rows");
	}

	@Test
	void refusesBinaryFiles() throws Exception {
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0 };
		assertFileError(Files.write(temp.resolve("export.csv"), xlsx), PartnerFileException.Code.ENCODING,
				"export.csv: not a text file (control 0x03 at byte 2)");
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] withNul = java.util.Arrays.copyOf(pdf, pdf.length + 2);
		assertFileError(Files.write(temp.resolve("scan.csv"), withNul), PartnerFileException.Code.ENCODING,
				"scan.csv: not a text file (control 0x00");
		assertFileError(Files.write(temp.resolve("undefined.csv"), new byte[] { 'a', ';', 'b', '\n', (byte) 0x81, 'x' }),
				PartnerFileException.Code.ENCODING, "undefined.csv: neither UTF-8 nor windows-1252 (byte 0x81 at byte 4)");
		byte[] badUtf8 = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b', '\n' };
		assertFileError(Files.write(temp.resolve("badbom.csv"), badUtf8), PartnerFileException.Code.ENCODING,
				"badbom.csv: starts with a UTF-8 byte order mark but is not valid UTF-8");
	}

	@Test
	void refusesFilesWithoutTheRequiredColumns() throws Exception {
		// given: data from line 1 on, no header
		Path headerless = PartnerCsv.withHeader("CoMensha", "2025-H2", "10", "Titel", "Voltooid", "2024", "0,00", "0,00", "")
			.row("CoMensha", "2025-H2", "12", "Titel", "Voltooid", "2024", "0,00", "0,00", "")
			.write(temp, "headerless.csv");
		Path noStatus = PartnerCsv.withHeader("Organisatie", "Periode", "Actienummer", "Jaar", "Begroot")
			.row("A", "2025-H2", "6", "2024", "1")
			.write(temp, "nostatus.csv");
		Path amountsWithoutYear = PartnerCsv.withHeader("Organisatie", "Periode", "Actienummer", "Status", "Begroot")
			.row("A", "2025-H2", "6", "Voltooid", "1")
			.write(temp, "noyear.csv");

		// then
		assertFileError(headerless, PartnerFileException.Code.NO_HEADER,
				"headerless.csv: line 1 is not a header with the columns of the contract: missing Organisatie, Periode, Actienummer, Status");
		assertFileError(noStatus, PartnerFileException.Code.NO_HEADER, "nostatus.csv: line 1 is not a header with the columns of the contract: missing Status (found");
		assertFileError(amountsWithoutYear, PartnerFileException.Code.NO_HEADER,
				"noyear.csv: line 1 is not a header with the columns of the contract: missing Jaar (needed for the amounts)");
	}

	@Test
	void refusesFilesOverTheSizeLimit() throws Exception {
		Path file = Files.copy(FIXTURES.resolve("vng_2025-H2.csv"), temp.resolve("vng.csv"));
		PartnerRowReader reader = new PartnerRowReader(file, null, new PartnerProperties(100, 100_000, 10));
		assertThatThrownBy(() -> reader.open(new ExecutionContext())).satisfies(ex -> {
			PartnerFileException error = PartnerFileException.in(ex);
			assertThat(error.code()).isEqualTo(PartnerFileException.Code.TOO_LARGE);
			assertThat(error.getMessage()).isEqualTo("vng.csv: 787 bytes, more than the limit of 100 (pipeline.partners.max-bytes)");
		});
	}

	@Test
	void aQuoteNeverClosedIsOneMalformedRecordOrTooLarge() throws Exception {
		// given
		PartnerCsv csv = PartnerCsv.standard().row("A", "2025-H2", "6", "t", "Voltooid", "2024", "", "", "goed");
		String text = csv.text() + "A;2025-H2;7;t;Voltooid;2024;;;\"nooit gesloten\r\nA;2025-H2;8;t;Voltooid;2024;;;x\r\n";
		Path file = Files.writeString(temp.resolve("open-quote.csv"), text);
		StringBuilder longText = new StringBuilder(csv.text()).append("A;2025-H2;7;t;Voltooid;2024;;;\"open\r\n");
		for (int i = 0; i < 20_000; i++) {
			longText.append("A;2025-H2;8;t;Voltooid;2024;;;regel ").append(i).append("\r\n");
		}
		Path large = Files.writeString(temp.resolve("open-quote-large.csv"), longText);

		// when
		Read read = read(file);

		// then
		assertThat(read.lines()).containsExactly(2, 3);
		assertThat(read.records.get(1).malformed()).isEqualTo("a quote opened on line 3 is never closed: the rest of the file is one cell");
		assertThat(read.records.get(1).raw()).isEqualTo("A;2025-H2;7;t;Voltooid;2024;;;\"nooit gesloten\r\nA;2025-H2;8;t;Voltooid;2024;;;x");
		PartnerRowReader reader = new PartnerRowReader(large, null, new PartnerProperties(100_000_000, 10_000, 10));
		reader.open(new ExecutionContext());
		assertThatThrownBy(() -> {
			while (reader.read() != null) {
				// read on
			}
		}).isInstanceOfSatisfying(PartnerFileException.class, ex -> {
			assertThat(ex.code()).isEqualTo(PartnerFileException.Code.TOO_LARGE);
			assertThat(ex.getMessage()).startsWith("open-quote-large.csv: the record starting on line 3 is longer than 10000 characters");
		});
		reader.close();
	}

	@Test
	void aFileErrorDeepInTheFileComesAfterEveryRecordBeforeIt() throws Exception {
		// given: 5,000 good records (many read-ahead batches), then a quote never closed that grows too long
		StringBuilder text = new StringBuilder(PartnerCsv.standard().text());
		for (int i = 0; i < 5_000; i++) {
			text.append("A;2025-H2;8;t;Voltooid;2024;;;regel ").append(i).append("\r\n");
		}
		text.append("A;2025-H2;7;t;Voltooid;2024;;;\"open\r\n");
		for (int i = 0; i < 3_000; i++) {
			text.append("A;2025-H2;8;t;Voltooid;2024;;;rest ").append(i).append("\r\n");
		}
		Path file = Files.writeString(temp.resolve("late-error.csv"), text);
		PartnerRowReader reader = new PartnerRowReader(file, null, new PartnerProperties(100_000_000, 10_000, 10));
		reader.open(new ExecutionContext());
		List<Integer> lines = new ArrayList<>();

		// when / then
		assertThatThrownBy(() -> {
			for (PartnerRecord r = reader.read(); r != null; r = reader.read()) {
				lines.add(r.line());
			}
		}).isInstanceOfSatisfying(PartnerFileException.class,
				ex -> assertThat(ex.getMessage()).startsWith("late-error.csv: the record starting on line 5002 is longer"));
		// (the record just before the error may go with it: its end is where the bad one starts; the file fails as a whole)
		assertThat(lines).hasSizeGreaterThanOrEqualTo(4_999);
		for (int i = 0; i < lines.size(); i++) {
			assertThat(lines.get(i)).isEqualTo(i + 2);
		}
		reader.close();
	}

	@Test
	void closingAReaderHalfwayStopsItsReadAheadThread() throws Exception {
		// given
		StringBuilder text = new StringBuilder(PartnerCsv.standard().text());
		for (int i = 0; i < 50_000; i++) {
			text.append("A;2025-H2;8;t;Voltooid;2024;;;regel ").append(i).append("\r\n");
		}
		Path file = Files.writeString(temp.resolve("closed-early.csv"), text);
		PartnerRowReader reader = new PartnerRowReader(file, null, PartnerProperties.defaults());
		reader.open(new ExecutionContext());
		assertThat(reader.read().line()).isEqualTo(2);

		// when
		reader.close();

		// then
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("partner-reader closed-early.csv"));
	}

	@Test
	void aRestartedReaderContinuesAfterTheCommittedRecords() throws Exception {
		// given: a reader that delivered three records and saved its state at a chunk boundary
		Path file = FIXTURES.resolve("comensha_2025-H2.csv");
		ExecutionContext context = new ExecutionContext();
		PartnerRowReader first = new PartnerRowReader(file, PartnerFileScanner.sha256(file), PartnerProperties.defaults());
		first.open(context);
		first.read();
		first.read();
		first.read();
		first.update(context);
		first.close();

		// when
		PartnerRowReader restarted = new PartnerRowReader(file, PartnerFileScanner.sha256(file), PartnerProperties.defaults());
		restarted.open(context);
		List<Integer> lines = new ArrayList<>();
		for (PartnerRecord r = restarted.read(); r != null; r = restarted.read()) {
			lines.add(r.line());
		}
		restarted.update(context);
		restarted.close();

		// then
		assertThat(lines).containsExactly(6, 7, 8, 9);
		assertThat(context.getInt(PartnerRowReader.RECORDS)).isEqualTo(7);
	}

	@Test
	void refusesContentThatChangedSinceTheIngestStarted() throws Exception {
		Path file = Files.copy(FIXTURES.resolve("vng_2025-H2.csv"), temp.resolve("vng.csv"));
		PartnerRowReader reader = new PartnerRowReader(file, "0".repeat(64), PartnerProperties.defaults());
		assertThatThrownBy(() -> reader.open(new ExecutionContext()))
			.hasRootCauseMessage("vng.csv: the content changed since the ingest was started");
	}

	private static void assertFileError(Path file, PartnerFileException.Code code, String messageStart) {
		PartnerRowReader reader = new PartnerRowReader(file, null, PartnerProperties.defaults());
		assertThatThrownBy(() -> reader.open(new ExecutionContext())).satisfies(ex -> {
			PartnerFileException error = PartnerFileException.in(ex);
			assertThat(error).as("file error of %s", file.getFileName()).isNotNull();
			assertThat(error.code()).isEqualTo(code);
			assertThat(error.getMessage()).startsWith(messageStart).doesNotContain("\n");
		});
		reader.close();
	}

	/** Everything a reader delivered from a file. */
	record Read(CsvDialect dialect, List<PartnerRecord> records, ExecutionContext context) {

		List<Integer> lines() {
			return records.stream().map(PartnerRecord::line).toList();
		}
	}

	static Read read(Path file) throws Exception {
		PartnerRowReader reader = new PartnerRowReader(file, null, PartnerProperties.defaults());
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		List<PartnerRecord> records = new ArrayList<>();
		for (PartnerRecord r = reader.read(); r != null; r = reader.read()) {
			records.add(r);
		}
		reader.update(context);
		reader.close();
		return new Read(reader.dialect(), records, context);
	}
}
