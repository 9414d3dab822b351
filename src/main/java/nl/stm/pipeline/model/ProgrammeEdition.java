package nl.stm.pipeline.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An edition of the programme as configured: its key, name, years and its actielijnen by number.
 * Editions number their actielijnen and actions from 1 each, so everything is keyed by edition.
 */
public record ProgrammeEdition(String key, String name, int firstYear, int lastYear,
		SortedMap<Integer, String> actielijnen) {

	public ProgrammeEdition {
		if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("edition key " + key + ": use 1-40 lower-case letters, digits and dashes");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("edition " + key + ": name is missing");
		}
		if (firstYear < 1900 || lastYear < firstYear) {
			throw new IllegalArgumentException("edition " + key + ": first-year " + firstYear + " and last-year "
					+ lastYear + " are not a range of years");
		}
		actielijnen = new TreeMap<>(actielijnen == null ? Map.of() : actielijnen);
	}

	public boolean covers(int year) {
		return year >= firstYear && year <= lastYear;
	}

	/** "Samen tegen mensenhandel 2018–2022". */
	public String label() {
		return name + " " + firstYear + "–" + lastYear;
	}
}
