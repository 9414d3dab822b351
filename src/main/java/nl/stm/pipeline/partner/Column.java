package nl.stm.pipeline.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the partner contract with the header names partners use for them. A header cell
 * matches ignoring case, surrounding spaces, accents, punctuation and a trailing unit such as
 * {@code (€)}, {@code in euro} or {@code EUR}.
 */
public enum Column {

	ORGANISATIE("Organisatie", "Partner", "Actiehouder", "Organisation"),
	PERIODE("Periode", "Rapportageperiode"),
	ACTIENUMMER("Actienummer", "Nr.", "Nr", "Actie nr", "Actienr", "Actie nummer"),
	ACTIE("Actie", "Actietitel"),
	STATUS("Status", "Stand van zaken"),
	JAAR("Jaar", "Begrotingsjaar"),
	BEGROOT("Begroot", "Budget", "Begroting"),
	BESTEED("Besteed", "Uitgegeven", "Realisatie"),
	TOELICHTING("Toelichting", "Opmerking");

	private static final Map<String, Column> BY_KEY = new LinkedHashMap<>();

	static {
		for (Column column : values()) {
			for (String name : column.names) {
				BY_KEY.put(key(name), column);
			}
		}
	}

	private final List<String> names;

	Column(String... names) {
		this.names = List.of(names);
	}

	/** The canonical header name. */
	public String header() {
		return names.get(0);
	}

	/** The column a header cell names, or null. */
	public static Column forHeader(String cell) {
		return cell == null ? null : BY_KEY.get(key(cell));
	}

	/** A header cell reduced to what identifies it: {@code "Begroot (€)"} and {@code "begroot"} give the same key. */
	static String key(String cell) {
		String s = cell.strip();
		// a trailing unit in brackets: "(€)", "[EUR]", "(x € 1)"
		while (s.endsWith(")") || s.endsWith("]")) {
			int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('['));
			if (open <= 0) {
				break;
			}
			s = s.substring(0, open).strip();
		}
		String folded = Text.fold(s);
		for (String unit : List.of(" in euros", " in euro", " in eur", " euros", " euro", " eur", " in")) {
			if (folded.endsWith(unit) && folded.length() > unit.length()) {
				folded = folded.substring(0, folded.length() - unit.length());
				break;
			}
		}
		return folded.replace(" ", "");
	}

	/**
	 * Where each column of the contract is in a file's header. Columns this contract does not know
	 * are kept aside by name; a column named twice is taken from its first occurrence and the
	 * second is kept aside.
	 */
	public record HeaderMapping(int[] positions, Map<Integer, String> unknown, int width) {

		public static HeaderMapping of(List<String> header) {
			int[] positions = new int[values().length];
			Arrays.fill(positions, -1);
			Map<Integer, String> unknown = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String cell = header.get(i);
				if (Text.isBlank(cell)) {
					continue;
				}
				Column column = forHeader(cell);
				if (column != null && positions[column.ordinal()] < 0) {
					positions[column.ordinal()] = i;
				}
				else {
					unknown.put(i, cell.strip());
				}
			}
			return new HeaderMapping(positions, unknown, header.size());
		}

		public int position(Column column) {
			return positions[column.ordinal()];
		}

		public boolean has(Column column) {
			return positions[column.ordinal()] >= 0;
		}

		/** The required columns that are missing: Jaar is required when the file has amounts. */
		public List<Column> missing() {
			List<Column> missing = new ArrayList<>();
			for (Column c : List.of(ORGANISATIE, PERIODE, ACTIENUMMER, STATUS)) {
				if (!has(c)) {
					missing.add(c);
				}
			}
			if (!has(JAAR) && (has(BEGROOT) || has(BESTEED))) {
				missing.add(JAAR);
			}
			return missing;
		}

		/** The names of the columns kept aside, comma-separated, or null. */
		public String unknownNames() {
			return unknown.isEmpty() ? null : String.join(", ", unknown.values());
		}
	}
}
