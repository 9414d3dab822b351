package nl.stm.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconciliation with many findings prints a bounded summary (counts per rule and severity, the
 * first N, errors first), the full list goes to a file, and {@code --fail-on} decides on severity.
 */
class FindingsSummaryTests {

	@TempDir
	Path temp;

	@Test
	void aThousandFindingsPrintCountsAndTheFirstFewErrorsFirst() throws Exception {
		// given: 999 warnings on partner rows and one error, the error last
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < 999; i++) {
			findings.add(finding("spent-above-budget", Severity.WARNING, "row " + i));
		}
		findings.add(finding("action-rows-vs-total", Severity.ERROR, "the rows do not add up"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		// when
		FindingsSummary summary = new FindingsSummary(3);
		findings.forEach(summary);
		summary.print(new PrintStream(out, true, StandardCharsets.UTF_8));

		// then
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("findings: 1000 {ERROR=1, WARNING=999}");
		assertThat(lines.get(1)).startsWith("  action-rows-vs-total").endsWith("{ERROR=1}");
		assertThat(lines.get(2)).startsWith("  spent-above-budget").endsWith("{WARNING=999}");
		assertThat(lines.get(3)).contains("ERROR", "the rows do not add up");
		assertThat(lines).hasSizeLessThan(20).last().isEqualTo("  … 997 more (all of them: reconcile --out=FILE or --json)");
	}

	@Test
	void theFullListIsWrittenAsJsonLines() throws Exception {
		List<Finding> findings = List.of(finding("spent-above-budget", Severity.WARNING, "a"),
				finding("caption-vs-total", Severity.ERROR, "b"));
		Path file = temp.resolve("out/findings.jsonl");

		try (FindingsFile written = FindingsFile.replacing(file)) {
			findings.forEach(written);
			written.commit();
		}

		assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{"));
		assertThat(Files.readString(file)).contains("\"spent-above-budget\"", "\"caption-vs-total\"");
		try (var left = Files.list(file.getParent())) {
			assertThat(left).containsExactly(file);
		}
	}

	@Test
	void aListNotCommittedLeavesTheEarlierFileAndNoTemporaryOne() throws Exception {
		Path file = temp.resolve("findings.jsonl");
		Files.writeString(file, "earlier\n");

		try (FindingsFile written = FindingsFile.replacing(file)) {
			written.accept(finding("spent-above-budget", Severity.WARNING, "a"));
		}

		assertThat(Files.readString(file)).isEqualTo("earlier\n");
		try (var left = Files.list(temp)) {
			assertThat(left).containsExactly(file);
		}
	}

	@Test
	void failOnNamesTheLowestSeverityThatFails() {
		FindingsSummary warnings = new FindingsSummary(FindingsSummary.FIRST);
		warnings.accept(finding("spent-above-budget", Severity.WARNING, "a"));
		assertThat(warnings.reaches(Severity.ERROR)).isFalse();
		assertThat(warnings.reaches(Severity.WARNING)).isTrue();
		assertThat(warnings.reaches(Severity.INFO)).isTrue();
		assertThat(new FindingsSummary(FindingsSummary.FIRST).reaches(Severity.INFO)).isFalse();
	}

	private static Finding finding(String rule, Severity severity, String message) {
		return new Finding(rule, severity, 1, 12, 2025, null, new BigDecimal("110"), new BigDecimal("100"),
				new BigDecimal("10"), BigDecimal.ZERO, message, List.of(Source.partnerFile("politie_2025-H2.csv", 4)));
	}
}
