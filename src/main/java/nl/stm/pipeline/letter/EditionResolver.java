package nl.stm.pipeline.letter;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.stm.pipeline.model.ProgrammeEdition;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.budget.ActielijnTable;
import nl.stm.pipeline.pdf.progress.ProgressReport;

/**
 * Decides which programme edition a document belongs to, from the document itself: the years it
 * reports on (a progress report's period, the years of its budget tables), else its date, else its
 * actielijn titles. Titles that disagree with the edition so chosen give one warning line naming the
 * file, since a document with the years of one edition and the actielijnen of another needs a look.
 */
public final class EditionResolver {

	private static final double SAME_TITLE = 0.6;

	private final List<ProgrammeEdition> editions;

	public EditionResolver(List<ProgrammeEdition> editions) {
		if (editions.isEmpty()) {
			throw new IllegalArgumentException("no programme edition configured");
		}
		this.editions = List.copyOf(editions);
	}

	/** The editions configured, oldest first. */
	public List<ProgrammeEdition> editions() {
		return editions;
	}

	/** The edition chosen and, when the document's own titles disagree with it, a warning (else null). */
	public record Choice(ProgrammeEdition edition, String warning) {
	}

	public Choice resolve(ExtractedLetter letter) {
		Map<Integer, String> titles = actielijnTitles(letter);
		OptionalInt year = reportedYear(letter);
		if (year.isEmpty() && letter.head() != null && letter.head().date() != null) {
			year = OptionalInt.of(letter.head().date().getYear());
		}
		ProgrammeEdition edition;
		if (year.isPresent()) {
			edition = byYear(year.getAsInt());
		}
		else if (!titles.isEmpty()) {
			edition = editions.stream().max(Comparator.comparingInt(e -> matches(e, titles))).orElseThrow();
		}
		else {
			edition = editions.get(editions.size() - 1);
			return new Choice(edition, letter.fileName() + ": neither a date, reported years nor actielijn titles; assigned to edition "
					+ edition.key());
		}
		return new Choice(edition, disagreement(letter.fileName(), edition, titles));
	}

	private ProgrammeEdition byYear(int year) {
		return editions.stream()
			.filter(e -> e.covers(year))
			.findFirst()
			.orElseGet(() -> editions.stream()
				.filter(e -> e.firstYear() <= year)
				.reduce((a, b) -> b)
				.orElse(editions.get(0)));
	}

	private String disagreement(String file, ProgrammeEdition edition, Map<Integer, String> titles) {
		List<String> differing = titles.entrySet()
			.stream()
			.filter(t -> !sameTitle(edition.actielijnen().get(t.getKey()), t.getValue()))
			.map(t -> "actielijn " + t.getKey() + " \"" + t.getValue() + "\"")
			.toList();
		if (differing.isEmpty()) {
			return null;
		}
		String better = editions.stream()
			.filter(e -> e != edition && matches(e, titles) > matches(edition, titles))
			.map(e -> "; the titles match edition " + e.key())
			.findFirst()
			.orElse("");
		return file + ": " + String.join(", ", differing.subList(0, Math.min(3, differing.size())))
				+ (differing.size() > 3 ? " and " + (differing.size() - 3) + " more" : "") + " not in edition " + edition.key()
				+ " (" + edition.label() + ")" + better;
	}

	private static int matches(ProgrammeEdition edition, Map<Integer, String> titles) {
		return (int) titles.entrySet().stream().filter(t -> sameTitle(edition.actielijnen().get(t.getKey()), t.getValue())).count();
	}

	/** Two titles are the same when most of their words are (printings differ in a word or a prefix). */
	static boolean sameTitle(String configured, String printed) {
		if (configured == null || printed == null) {
			return false;
		}
		Set<String> a = words(configured);
		Set<String> b = words(printed);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return common.size() >= SAME_TITLE * Math.max(a.size(), b.size());
	}

	private static Set<String> words(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		plain = plain.replaceFirst("^\\s*actielijn\\s*\\d+\\s*[.:]?", " ");
		return new HashSet<>(Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isBlank()).toList());
	}

	/** The actielijn titles the document prints: budget tables, overview lines, a results annex. */
	static Map<Integer, String> actielijnTitles(ExtractedLetter letter) {
		Map<Integer, String> titles = new TreeMap<>();
		for (ActielijnTable t : letter.actielijnTables()) {
			if (t.actielijn() != null && t.title() != null) {
				titles.putIfAbsent(t.actielijn(), t.title());
			}
		}
		if (letter.overview() != null) {
			letter.overview().lines().stream()
				.filter(l -> l.actielijn() != null && l.label() != null)
				.forEach(l -> titles.putIfAbsent(l.actielijn(), l.label()));
		}
		letter.progressReports().stream()
			.flatMap(r -> r.rows().stream())
			.filter(r -> r.actielijn() != null && r.resultLevel() != null && r.resultLevel().actielijnTitle() != null)
			.forEach(r -> titles.putIfAbsent(r.actielijn(), r.resultLevel().actielijnTitle()));
		return titles;
	}

	/** The first year the document reports on: a progress report's period, else its budget years. */
	static OptionalInt reportedYear(ExtractedLetter letter) {
		OptionalInt period = letter.progressReports().stream()
			.map(ProgressReport::period)
			.filter(p -> p != null && p.matches("\\d{4}.*"))
			.mapToInt(p -> Integer.parseInt(p.substring(0, 4)))
			.min();
		if (period.isPresent()) {
			return period;
		}
		Stream<List<Integer>> years = Stream.concat(
				letter.overview() == null ? Stream.empty() : Stream.of(letter.overview().years()),
				letter.actielijnTables().stream().map(ActielijnTable::years));
		return years.flatMap(List::stream).mapToInt(Integer::intValue).min();
	}
}
