package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line as an operator uses it: exit statuses, JSON Lines on standard output only, one
 * line per bad input on standard error, and a main job whose results survive the process.
 */
class LauncherTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@TempDir
	Path temp;

	@BeforeEach
	void captureOutput() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreOutput() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	@Test
	void helpListsEveryCommand() {
		assertThat(Launcher.launch(new String[] { "--help" })).isZero();
		assertThat(stdout()).contains("run", "import-letter", "extract", "status");
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(Launcher.launch(new String[0])).isEqualTo(2);
		assertThat(Launcher.launch(new String[] { "frobnicate" })).isEqualTo(2);
		assertThat(stderr()).contains("unknown command: frobnicate");
		assertThat(Launcher.launch(new String[] { "extract" })).isEqualTo(2);
	}

	@Test
	void aDottedNameIsASettingAnythingElseAnOptionOfTheCommand() {
		assertThat(Launcher.isSetting("--pipeline.data-dir=/tmp/db")).isTrue();
		assertThat(Launcher.isSetting("--spring.datasource.url=jdbc:h2:mem:x;MODE=PostgreSQL")).isTrue();
		assertThat(Launcher.isSetting("--fail-on=error")).isFalse();
		assertThat(Launcher.isSetting("--out=findings.v2.jsonl")).isFalse();
		assertThat(Launcher.isSetting("--json")).isFalse();
	}

	@Test
	void aBadSettingIsOneLineNamingTheSettingItsFileAndWhatIsAllowed() throws Exception {
		// given: a settings file with a bad tolerance, and a bad chunk size on the command line
		Path settings = Files.writeString(temp.resolve("pipeline.properties"),
				"# tolerances\npipeline.reconcile.tolerance.spent-above-budget.absolute=1a\n");
		String[] fromFile = { "status", "--spring.config.import=optional:file:" + settings,
				"--pipeline.data-dir=" + temp.resolve("data") };
		String[] fromCommandLine = { "status", "--pipeline.partners.chunk-size=x", "--pipeline.data-dir=" + temp.resolve("data") };

		// when
		int first = Launcher.launch(fromFile);
		int second = Launcher.launch(fromCommandLine);

		// then
		assertThat(first).isEqualTo(2);
		assertThat(second).isEqualTo(2);
		assertThat(stderr().lines()).containsExactly(
				"status: setting pipeline.reconcile.tolerance.spent-above-budget.absolute='1a' (from pipeline.properties line 2)"
						+ " is not allowed: Character a is neither a decimal digit number, decimal point, nor \"e\" notation"
						+ " exponential mark.; allowed: a number with a decimal point, e.g. 0.01",
				"status: setting pipeline.partners.chunk-size='x' (from the command line) is not allowed: For input string:"
						+ " \"x\"; allowed: a whole number, e.g. 2000");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void remoteWorkersOnTheEmbeddedDatabaseFileAreASettingErrorOfOneLine() {
		String data = "--pipeline.data-dir=" + temp.resolve("data");

		int remote = Launcher.launch(new String[] { "status", "--pipeline.workers=remote", data });
		int unknown = Launcher.launch(new String[] { "run", "--pipeline.workers=elsewhere", data,
				"--pipeline.input-dir=" + temp.resolve("input"), "--pipeline.output-dir=" + temp.resolve("output") });

		assertThat(remote).isEqualTo(2);
		assertThat(unknown).isEqualTo(2);
		assertThat(stderr().lines()).hasSize(2);
		assertThat(stderr().lines().findFirst().orElseThrow()).startsWith(
				"status: pipeline.workers=remote needs a job repository that every machine reaches")
			.endsWith("is reached from this machine only");
		assertThat(stderr().lines().skip(1).findFirst().orElseThrow())
			.startsWith("run: setting pipeline.workers='elsewhere' (from the command line) is not allowed:")
			.endsWith("allowed: LOCAL, REMOTE");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void extractPrintsOneJsonLinePerFileAndFailsOnlyTheBadOne() throws Exception {
		// given
		Path bad = Files.writeString(temp.resolve("notes.pdf"), "hello");

		// when
		int status = Launcher.launch(new String[] { "extract", KST_249.toString(), bad.toString() });

		// then
		assertThat(status).isEqualTo(1);
		String[] lines = stdout().split("\n");
		assertThat(lines).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode letter = json.readTree(lines[0]);
		assertThat(letter.get("source").get("file").asString()).isEqualTo("kst-28638-249.pdf");
		assertThat(letter.get("actielijn_tables").size()).isEqualTo(6);
		assertThat(letter.get("programme_overview").get("unit").asString()).isEqualTo("EUR_MLN");
		JsonNode error = json.readTree(lines[1]);
		assertThat(error.get("error").get("code").asString()).isEqualTo("NOT_A_PDF");
		assertThat(stderr().strip().split("\n")).containsExactly(
				"kst-28638-249.pdf: programme overview (9 lines), 6 actielijn tables (45 rows), 0 progress reports, 0 warnings",
				"notes.pdf: not a PDF (no %PDF- header)");
	}

	@Test
	void runImportsTheDropFolderOnceAndKeepsTheResult() throws Exception {
		// given
		Path letters = Files.createDirectories(temp.resolve("input/letters"));
		Files.copy(KST_249, letters.resolve("kst-28638-249.pdf"));
		Files.writeString(letters.resolve("scan.pdf"), "not a pdf at all");
		String[] args = { "run", "--pipeline.input-dir=" + temp.resolve("input"),
				"--pipeline.data-dir=" + temp.resolve("data"), "--pipeline.output-dir=" + temp.resolve("output") };

		// when
		int first = Launcher.launch(args);
		String firstOutput = stdout();
		out.reset();
		int second = Launcher.launch(args);

		// then
		assertThat(first).isEqualTo(1);
		assertThat(firstOutput).contains("1 imported", "1 failed", "actielijnen:   6", "actions:       46")
			.contains("2023      € 2.000.000  (2 mln)", "2024      € 2.500.000  (2,5 mln)",
					"2026      € 2.500.000  (2,5 mln)");
		assertThat(stderr()).contains("scan.pdf: not a PDF (no %PDF- header)");
		assertThat(second).isEqualTo(1);
		assertThat(stdout()).contains("0 imported, 1 already imported, 1 failed", "actions:       46");
		assertThat(Files.exists(temp.resolve("data/pipeline.mv.db"))).isTrue();
		assertThat(firstOutput).contains("report: " + temp.resolve("output"));
		assertThat(temp.resolve("output/latest/report.xlsx")).isNotEmptyFile();
		assertThat(temp.resolve("output/latest/datapackage.json")).isNotEmptyFile();
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
