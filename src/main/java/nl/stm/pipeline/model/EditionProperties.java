package nl.stm.pipeline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme editions ({@code pipeline.editions.<key>.name}, {@code first-year}, {@code last-year},
 * {@code actielijnen.<n>}), configured in jobs/editions.properties, so a new edition is configuration,
 * not code. The two known editions ship as defaults in the jar; a map, so an operator's file adds
 * editions or changes one without repeating the others. Validated at start-up: years must not overlap.
 */
@ConfigurationProperties("pipeline")
public record EditionProperties(Map<String, Edition> editions) {

	/** One edition as written in the properties. */
	public record Edition(String name, int firstYear, int lastYear, Map<Integer, String> actielijnen) {
	}

	public EditionProperties {
		editions = editions == null ? Map.of() : Map.copyOf(editions);
		List<ProgrammeEdition> sorted = sorted(editions);
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("no programme edition configured (pipeline.editions.<key>.*)");
		}
		for (int i = 1; i < sorted.size(); i++) {
			ProgrammeEdition before = sorted.get(i - 1);
			ProgrammeEdition after = sorted.get(i);
			if (after.firstYear() <= before.lastYear()) {
				throw new IllegalArgumentException("editions " + before.key() + " and " + after.key() + " overlap ("
						+ before.firstYear() + "-" + before.lastYear() + ", " + after.firstYear() + "-" + after.lastYear() + ")");
			}
		}
	}

	/** The editions, oldest first. */
	public List<ProgrammeEdition> list() {
		return sorted(editions);
	}

	private static List<ProgrammeEdition> sorted(Map<String, Edition> editions) {
		List<ProgrammeEdition> list = new ArrayList<>();
		editions.forEach((key, e) -> list.add(new ProgrammeEdition(key, e.name(), e.firstYear(), e.lastYear(),
				e.actielijnen() == null ? null : new java.util.TreeMap<>(e.actielijnen()))));
		list.sort(Comparator.comparingInt(ProgrammeEdition::firstYear));
		return list;
	}
}
