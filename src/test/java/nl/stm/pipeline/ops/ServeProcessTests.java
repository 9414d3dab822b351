package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;
import nl.stm.pipeline.support.PipelineProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two {@code serve} processes on one database, each in a JVM of its own, with a schedule that fires
 * once, shortly after both have started: the whole pipeline job runs for that slot in exactly one of
 * them, the other leaves the slot to it, {@code status} answers while the job runs, and serve's
 * health endpoint answers on localhost. Once on the embedded H2 file (two processes of one machine)
 * and once on a real PostgreSQL server (as two machines share one), where only the job repository
 * keeps the two apart.
 */
class ServeProcessTests {

	private static final int LETTERS = 12;

	@TempDir
	Path home;

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	void twoServesRunTheSlotOnceAndStatusAnswersDuringTheRun(String vendor) throws Exception {
		// given: a slot a little later than two JVMs need to start, empty drop folders, and the database
		ZonedDateTime slot = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(180).truncatedTo(ChronoUnit.SECONDS);
		List<String> database = database(vendor);
		List<String> serveArgs = new ArrayList<>(List.of("serve", "--pipeline.schedule.zone=UTC", "--pipeline.serve.port=0",
				"--pipeline.schedule.cron=" + slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour() + " * * *"));
		serveArgs.addAll(database);
		String[] serve = serveArgs.toArray(String[]::new);
		Path letters = Files.createDirectories(home.resolve("input/letters"));
		Path partners = Files.createDirectories(home.resolve("input/partners"));
		PipelineProcess first = PipelineProcess.start(home, List.of("-Xmx256m"), serve);
		PipelineProcess second = PipelineProcess.start(home, List.of("-Xmx256m"), serve);
		assertThat(first.awaitCondition(() -> first.stdout().contains("stop with Ctrl-C"))).as(first.stderr()).isTrue();
		assertThat(second.awaitCondition(() -> second.stdout().contains("stop with Ctrl-C"))).as(second.stderr()).isTrue();
		assertThat(ZonedDateTime.now(ZoneOffset.UTC)).as("both started before the slot").isBefore(slot);
		assertThat(first.stdout() + second.stdout()).as("nothing waited at start-up").doesNotContain("; first ");

		// when: letters and partner files arrive before the slot
		byte[] pdf = Files.readAllBytes(CrashRecoveryProcessTests.KST_249);
		for (int i = 0; i < LETTERS; i++) {
			byte[] copy = java.util.Arrays.copyOf(pdf, pdf.length + 16);
			byte[] comment = String.format("%%copy %08d%n", i).getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(comment, 0, copy, pdf.length, comment.length);
			Files.write(letters.resolve(String.format("kst-28638-249-%02d.pdf", i)), copy);
		}
		for (String csv : List.of("comensha_2025-H2.csv", "politie_2025-H2.csv", "vng_2025-H2.csv")) {
			Files.copy(Path.of("src/test/resources/fixtures/partners", csv), partners.resolve(csv));
		}
		String started = "slot " + NightlySchedule.slot(slot) + ": started";
		assertThat(first.awaitCondition(() -> first.stdout().contains(started))).as(first.stderr()).isTrue();
		assertThat(second.awaitCondition(() -> second.stdout().contains(started))).as(second.stderr()).isTrue();
		List<String> statusArgs = new ArrayList<>(List.of("status"));
		statusArgs.addAll(database);
		PipelineProcess.Result status = PipelineProcess.run(home, List.of(), statusArgs.toArray(String[]::new));
		String completed = "slot " + NightlySchedule.slot(slot) + ": completed";
		boolean runningDuringStatus = !(first.stdout() + second.stdout()).contains(completed);
		assertThat(first.awaitCondition(() -> (first.stdout() + second.stdout()).contains(completed))).isTrue();
		JsonNode health = JsonMapper.builder().build().readTree(get(healthUrl(first.stdout())));
		first.terminate();
		second.terminate();
		PipelineProcess.Result firstResult = first.await();
		PipelineProcess.Result secondResult = second.await();

		// then: status answered while the job ran
		assertThat(runningDuringStatus).as("the job still ran when status had answered").isTrue();
		assertThat(status.exitCode()).as(status.stderr()).isZero();
		assertThat(status.stdout()).contains("documents:");
		// the slot ran in one process, the other left it alone
		String both = firstResult.stdout() + secondResult.stdout();
		assertThat(both.lines().filter(l -> l.contains(completed))).hasSize(1);
		assertThat(both.lines()
			.filter(l -> l.contains("slot " + NightlySchedule.slot(slot) + ": running in another process")
					|| l.contains("slot " + NightlySchedule.slot(slot) + ": already run by another process")))
			.as(both + firstResult.stderr() + secondResult.stderr())
			.hasSize(1);
		// the letters are byte-different copies of one Kamerstuk: the first is imported, the others are copies
		assertThat(both).contains("letters in input/letters: " + LETTERS + " (1 imported, " + (LETTERS - 1)
				+ " already imported, 0 failed)", "ingested 7 of 7 rows");
		for (PipelineProcess.Result result : List.of(firstResult, secondResult)) {
			assertThat(result.exitCode()).as(result.stderr()).isZero();
			assertThat(result.stdout()).endsWith("serve: stopped\n");
			assertThat(result.stderr()).doesNotContain("Exception");
		}
		// serve's health endpoint (localhost, a free port) has the database and the last run, which completed
		assertThat(healthUrl(firstResult.stdout())).startsWith("http://127.0.0.1:");
		JsonNode components = health.path("components");
		assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("UP");
		assertThat(components.path("db").path("status").asString()).as(health.toString()).isEqualTo("UP");
		assertThat(components.path("pipeline").path("status").asString()).as(health.toString()).isEqualTo("UP");
		assertThat(components.path("pipeline").path("details").path("status").asString()).isEqualTo("COMPLETED");
		// and the job repository holds one execution of the slot, every step completed
		assertThat(executions(vendor, NightlySchedule.slot(slot))).containsExactly("COMPLETED pipelineLettersStep:COMPLETED"
				+ " pipelinePartnersStep:COMPLETED reconcileStep:COMPLETED reportStep:COMPLETED");
	}

	@Test
	void aPortInUseIsOneLineNamingTheSetting() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			PipelineProcess.Result serve = PipelineProcess.run(home, List.of("-Xmx256m"), "serve",
					"--pipeline.serve.port=" + taken.getLocalPort());

			assertThat(serve.exitCode()).as(serve.stderr()).isEqualTo(PipelineCommand.USAGE);
			assertThat(serve.stderr()).isEqualTo("serve: port " + taken.getLocalPort() + " (pipeline.serve.port) is in use by"
					+ " another process, e.g. another serve; set pipeline.serve.port in jobs/pipeline.properties or"
					+ " --pipeline.serve.port=N to a free port (0: any free port)\n");
		}
	}

	/** The health URL that serve printed in its first line. */
	private static String healthUrl(String stdout) {
		Matcher url = Pattern.compile("health on (http://\\S+/actuator/health)").matcher(stdout);
		assertThat(url.find()).as(stdout).isTrue();
		return url.group(1);
	}

	private static String get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/**
	 * The command-line settings of the database: none for the embedded H2 file of the home, a fresh
	 * database on the shared PostgreSQL server otherwise.
	 */
	private static List<String> database(String vendor) {
		if (vendor.equals("h2")) {
			return List.of();
		}
		EmbeddedPostgresDatabase.execute("postgres", "DROP DATABASE IF EXISTS serve_slot");
		EmbeddedPostgresDatabase.execute("postgres", "CREATE DATABASE serve_slot");
		return List.of("--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("serve_slot"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	/** Each execution of the pipeline job for the slot: its status and its steps' statuses (partitions left out). */
	private List<String> executions(String vendor, String slot) throws Exception {
		List<String> executions = new ArrayList<>();
		try (Connection c = connection(vendor);
				PreparedStatement jobs = c.prepareStatement("SELECT e.job_execution_id, e.status FROM batch_job_execution e"
						+ " JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
						+ " WHERE p.parameter_name = 'schedule.slot' AND p.parameter_value = ? ORDER BY e.job_execution_id");
				PreparedStatement steps = c.prepareStatement("SELECT step_name, status FROM batch_step_execution"
						+ " WHERE job_execution_id = ? AND step_name NOT LIKE '%:%' ORDER BY step_execution_id")) {
			jobs.setString(1, slot);
			try (ResultSet job = jobs.executeQuery()) {
				while (job.next()) {
					StringBuilder execution = new StringBuilder(job.getString(2));
					steps.setLong(1, job.getLong(1));
					try (ResultSet step = steps.executeQuery()) {
						while (step.next()) {
							execution.append(' ').append(step.getString(1)).append(':').append(step.getString(2));
						}
					}
					executions.add(execution.toString());
				}
			}
		}
		return executions;
	}

	private Connection connection(String vendor) throws Exception {
		if (vendor.equals("h2")) {
			return DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath().resolve("data/pipeline")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
		}
		return DriverManager.getConnection(EmbeddedPostgresDatabase.jdbcUrl("serve_slot"), "postgres", "");
	}
}
