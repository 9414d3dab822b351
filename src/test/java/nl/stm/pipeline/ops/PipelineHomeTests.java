package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's home: the working directory holding {@code jobs/}, or {@code --pipeline.home};
 * anywhere else a command stops with one line and exit status 2 and creates nothing.
 */
class PipelineHomeTests {

	@TempDir
	Path temp;

	@Test
	void theWorkingDirectoryHoldingJobsIsTheHome() throws Exception {
		Files.createDirectories(temp.resolve("jobs"));

		PipelineHome home = PipelineHome.of(List.of("--pipeline.data-dir=./data"), temp);

		assertThat(home.folder()).isEqualTo(temp.toAbsolutePath().normalize());
		assertThat(home.workingDirectory()).isTrue();
		assertThat(home.setting()).isEqualTo("--pipeline.home=" + temp.toAbsolutePath().normalize());
	}

	@Test
	void anotherHomeIsGivenRelativeToTheWorkingDirectory() throws Exception {
		Files.createDirectories(temp.resolve("stm/jobs"));
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

		PipelineHome home = PipelineHome.of(List.of("--pipeline.home=../stm"), elsewhere);

		assertThat(home.folder()).isEqualTo(temp.resolve("stm").toAbsolutePath().normalize());
		assertThat(home.workingDirectory()).isFalse();
	}

	@Test
	void withoutJobsThereIsNoHomeAndTheLineSaysWhatToDo() {
		assertThatThrownBy(() -> PipelineHome.of(List.of(), temp))
			.hasMessage("no pipeline home: " + temp.toAbsolutePath().normalize()
					+ " has no jobs/ folder; start in the pipeline's folder (the one holding jobs/) or give --pipeline.home=DIR");
		assertThatThrownBy(() -> PipelineHome.of(List.of("--pipeline.home=" + temp), temp))
			.hasMessage("--pipeline.home=" + temp + ": " + temp.toAbsolutePath().normalize()
					+ " has no jobs/ folder (the pipeline's settings)");
	}

	@Test
	void aCommandWithoutHomeExitsWithTwoAndCreatesNoDatabase() {
		// given
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream originalErr = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));

		// when
		int status;
		try {
			status = Launcher.launch(new String[] { "run", "--pipeline.home=" + temp });
		}
		finally {
			System.setErr(originalErr);
		}

		// then
		assertThat(status).isEqualTo(PipelineCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().startsWith("run: --pipeline.home=");
		assertThat(temp).isEmptyDirectory();
	}

	@Test
	void startedElsewhereACommandReadsTheHomesSettingsAndKeepsItsDatabaseThere() throws Exception {
		// given: a home whose settings put the database in db/
		Path home = Files.createDirectories(temp.resolve("stm/jobs")).getParent();
		Files.writeString(home.resolve("jobs/pipeline.properties"), "pipeline.data-dir=./db\n");
		PrintStream originalOut = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));

		// when: started in the repository's folder, which is a home of its own
		int status;
		try {
			status = Launcher.launch(new String[] { "status", "--pipeline.home=" + home });
		}
		finally {
			System.setOut(originalOut);
		}

		// then
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("documents:");
		assertThat(home.resolve("db/pipeline.mv.db")).exists();
	}
}
