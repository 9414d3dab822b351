package nl.stm.pipeline.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.stm.pipeline.ops.OneLine;

/**
 * What an operator reads of a reconciliation: the count per rule and severity and the first few
 * findings in full, so that a model with a million partner rows does not print millions of lines;
 * the complete list goes to a file of JSON Lines (one finding per line, as {@code --json} prints).
 */
public final class FindingsSummary {

	/** How many findings are printed in full by default. */
	public static final int FIRST = 20;

	private FindingsSummary() {
	}

	/** Prints the counts per rule and severity and the first {@code first} findings (errors first). */
	public static void print(List<Finding> findings, int first, PrintStream out) {
		Map<Severity, Integer> perSeverity = new EnumMap<>(Severity.class);
		Map<String, Map<Severity, Integer>> perRule = new TreeMap<>();
		for (Finding f : findings) {
			perSeverity.merge(f.severity(), 1, Integer::sum);
			perRule.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
		}
		out.printf("findings: %d%s%n", findings.size(), perSeverity.isEmpty() ? "" : " " + perSeverity);
		perRule.forEach((rule, counts) -> out.printf("  %-34s %s%n", rule, counts));
		List<Finding> shown = findings.stream()
			.sorted(java.util.Comparator.comparing(Finding::severity))
			.limit(first)
			.toList();
		for (Finding f : shown) {
			out.printf("  %-7s %-30s %s%n", f.severity(), f.rule(), OneLine.of(f.message()));
			out.printf("          observed %s, expected %s, difference %s, tolerance %s%n", Money.format(f.observed()),
					Money.format(f.expected()), Money.format(f.difference()), Money.format(f.tolerance()));
			f.sources().forEach(s -> out.printf("          source: %s%n", OneLine.of(String.valueOf(s))));
		}
		if (findings.size() > shown.size()) {
			out.printf("  … %d more (all of them: reconcile --out=FILE or --json)%n", findings.size() - shown.size());
		}
	}

	/** Writes every finding to the file as JSON Lines, replacing it. */
	public static void write(List<Finding> findings, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
		try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			for (Finding f : findings) {
				writer.write(FindingJson.toJsonLine(f));
				writer.newLine();
			}
		}
		Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** Whether a finding reaches the severity given to {@code --fail-on} (ERROR, WARNING or INFO). */
	public static boolean reaches(List<Finding> findings, Severity failOn) {
		return findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
	}
}
