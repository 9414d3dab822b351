package nl.stm.pipeline.partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes partner files the way the family of real exports varies: delimiter, encoding, byte order
 * mark, line endings, trailing empty columns, blank lines, quoted cells with line breaks.
 */
final class PartnerCsv {

	static final String[] HEADER = { "Organisatie", "Periode", "Actienummer", "Actie", "Status", "Jaar", "Begroot",
			"Besteed", "Toelichting" };

	private final List<String[]> lines = new ArrayList<>();

	private String delimiter = ";";

	private Charset charset = StandardCharsets.UTF_8;

	private boolean bom;

	private String eol = "\r\n";

	private String trailing = "";

	static PartnerCsv withHeader(String... header) {
		PartnerCsv csv = new PartnerCsv();
		csv.lines.add(header);
		return csv;
	}

	static PartnerCsv standard() {
		return withHeader(HEADER);
	}

	PartnerCsv row(String... cells) {
		lines.add(cells);
		return this;
	}

	/** A line written as is (no quoting, no delimiter handling), e.g. a blank line. */
	PartnerCsv rawLine(String text) {
		lines.add(new String[] { "\u0000RAW", text });
		return this;
	}

	PartnerCsv delimiter(String delimiter) {
		this.delimiter = delimiter;
		return this;
	}

	PartnerCsv charset(Charset charset) {
		this.charset = charset;
		return this;
	}

	PartnerCsv bom() {
		this.bom = true;
		return this;
	}

	PartnerCsv eol(String eol) {
		this.eol = eol;
		return this;
	}

	/** Appended to every line, e.g. {@code ";;"} as Excel writes empty trailing columns. */
	PartnerCsv trailing(String trailing) {
		this.trailing = trailing;
		return this;
	}

	String text() {
		StringBuilder s = new StringBuilder();
		for (String[] line : lines) {
			if (line.length == 2 && "\u0000RAW".equals(line[0])) {
				s.append(line[1]).append(eol);
				continue;
			}
			for (int i = 0; i < line.length; i++) {
				if (i > 0) {
					s.append(delimiter);
				}
				s.append(cell(line[i]));
			}
			s.append(trailing).append(eol);
		}
		return s.toString();
	}

	private String cell(String value) {
		if (value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			if (charset.equals(StandardCharsets.UTF_8)) {
				out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			else if (charset.equals(StandardCharsets.UTF_16LE)) {
				out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
			}
		}
		out.writeBytes(text().getBytes(charset));
		return out.toByteArray();
	}

	Path write(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		return Files.write(folder.resolve(name), bytes());
	}
}
