package nl.stm.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run folders are published whole or not at all: a failed report leaves nothing behind and keeps
 * latest/ as it was, leftovers of an interrupted report are cleaned up, runs in the same second get
 * distinct folders in the order they were made, and pruning keeps the newest runs and touches nothing else.
 */
class RunFoldersTests {

	private static final LocalDateTime TIME = LocalDateTime.of(2026, 12, 1, 21, 5, 9);

	@TempDir
	Path output;

	@Test
	void aFailedReportLeavesNothingAndKeepsLatest() throws Exception {
		// given
		RunFolders folders = new RunFolders(output);
		folders.publish(TIME, folder -> Files.writeString(folder.resolve("a.csv"), "first"));

		// when
		assertThatThrownBy(() -> folders.publish(TIME.plusMinutes(1), folder -> {
			Files.writeString(folder.resolve("a.csv"), "half");
			throw new IllegalStateException("disk full");
		})).hasMessage("disk full");

		// then
		assertThat(names()).containsExactlyInAnyOrder("2026-12-01T210509", "latest");
		assertThat(output.resolve("latest/a.csv")).hasContent("first");
	}

	@Test
	void leftoversOfAnInterruptedReportAreRemovedAndSameSecondRunsGetTheirOwnFolder() throws Exception {
		// given: what a killed report leaves (its temporary folders)
		Files.createDirectories(output.resolve(".tmp-2026-12-01T200000"));
		Files.writeString(Files.createDirectories(output.resolve(".tmp-latest-2026-12-01T200000")).resolve("x"), "x");
		RunFolders folders = new RunFolders(output);

		// when
		Path first = folders.publish(TIME, folder -> Files.writeString(folder.resolve("a.csv"), "1"));
		Path second = folders.publish(TIME, folder -> Files.writeString(folder.resolve("a.csv"), "2"));

		// then
		assertThat(first.getFileName()).hasToString("2026-12-01T210509");
		assertThat(second.getFileName()).hasToString("2026-12-01T210509-2");
		assertThat(names()).containsExactlyInAnyOrder("2026-12-01T210509", "2026-12-01T210509-2", "latest");
		assertThat(output.resolve("latest/a.csv")).hasContent("2");
	}

	@Test
	void pruningKeepsTheNewestRunsAndNothingElse() throws Exception {
		// given
		RunFolders folders = new RunFolders(output);
		for (int day = 1; day <= 4; day++) {
			folders.publish(TIME.withDayOfMonth(day), folder -> Files.writeString(folder.resolve("a.csv"), "x"));
		}
		Files.createDirectories(output.resolve("notes"));

		// when
		var pruned = folders.prune(2);

		// then
		assertThat(pruned).extracting(p -> p.getFileName().toString())
			.containsExactly("2026-12-01T210509", "2026-12-02T210509");
		assertThat(names()).containsExactlyInAnyOrder("2026-12-03T210509", "2026-12-04T210509", "latest", "notes");
	}

	@Test
	void runsOfOneSecondKeepTheirOrderWhenTheFirstOfThemIsPruned() throws Exception {
		// given: a report a second publishes and prunes to two runs, as the report step does
		RunFolders folders = new RunFolders(output);
		List<Path> published = new java.util.ArrayList<>();

		// when: twelve reports in the same second
		for (int run = 1; run <= 12; run++) {
			String content = String.valueOf(run);
			published.add(folders.publish(TIME, folder -> Files.writeString(folder.resolve("a.csv"), content)));
			folders.prune(2);
		}

		// then: the last two remain (never a pruned run's name again, "-10" after "-9"), the newest is latest/
		assertThat(published.get(11)).isDirectory().hasFileName("2026-12-01T210509-12");
		assertThat(folders.runs()).containsExactly(published.get(10), published.get(11));
		assertThat(output.resolve("latest/a.csv")).hasContent("12");
	}

	private List<String> names() throws Exception {
		try (Stream<Path> entries = Files.list(output)) {
			return entries.map(p -> p.getFileName().toString()).toList();
		}
	}
}
