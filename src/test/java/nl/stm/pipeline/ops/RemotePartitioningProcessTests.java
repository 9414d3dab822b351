package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.support.DatabaseContent;
import nl.stm.pipeline.support.EmbeddedPostgresDatabase;
import nl.stm.pipeline.support.PipelineProcess;

/**
 * {@code run --pipeline.workers=remote} as on several machines: an ActiveMQ Artemis broker, a
 * PostgreSQL job repository, two {@code worker} JVMs and the manager's {@code run}, over 20 letters
 * and 10 partner files. One worker is killed (SIGKILL) while it reads a file: the other takes the
 * file over, the run completes, and the database equals that of a run on one machine. Then SIGTERM
 * ends the other worker with exit status 0.
 */
class RemotePartitioningProcessTests {

	static final List<String> JVM = List.of("-Xmx256m");

	@TempDir
	static Path inputs;

	static EmbeddedActiveMQ broker;

	static int brokerPort;

	@BeforeAll
	static void inputsAndBroker() throws Exception {
		PipelineBenchmark.letters(inputs.resolve("letters"), 20);
		PipelineBenchmark.partnerFiles(inputs.resolve("partners"), 10, 1_000);
		brokerPort = freePort();
		broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.setJournalDirectory(inputs.resolve("broker/journal").toString())
			.setBindingsDirectory(inputs.resolve("broker/bindings").toString())
			.setLargeMessagesDirectory(inputs.resolve("broker/large").toString())
			.setPagingDirectory(inputs.resolve("broker/paging").toString())
			.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + brokerPort));
		broker.start();
	}

	@AfterAll
	static void stopBroker() throws Exception {
		broker.stop();
	}

	@Test
	void aWorkerKilledInTheMiddleOfAFileLeavesItToTheOtherAndTheRunEndsAsOnOneMachine(@TempDir Path single,
			@TempDir Path manager, @TempDir Path workers) throws Exception {
		// given: a run on one machine
		PipelineProcess.Result local = PipelineProcess.run(copyInputs(single), JVM,
				settings(database("remote_single"), "run", "--pipeline.workers.threads=2"));
		assertThat(local.stderr()).doesNotContain("Exception");
		Map<String, List<String>> expected = content("remote_single");
		assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(10_000);

		// when: two workers and the manager's run on another database; one worker is killed while it reads a file
		String url = database("remote_workers");
		List<PipelineProcess> fleet = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				fleet.add(PipelineProcess.start(Files.createDirectories(workers.resolve("worker-" + i)), JVM,
						settings(url, "worker", "--pipeline.workers.threads=1")));
			}
			for (PipelineProcess worker : fleet) {
				assertThat(worker.awaitCondition(() -> worker.stdout().contains("worker: reading"))).as(worker.stderr()).isTrue();
			}
			PipelineProcess run = PipelineProcess.start(copyInputs(manager), JVM, settings(url, "run", "--pipeline.workers=remote"));
			fleet.add(run);
			PipelineProcess doomed = fleet.get(0);
			assertThat(run.awaitCondition(() -> filesDone(doomed) >= 2 && readingAFile(url, doomed))).as(run.stderr()).isTrue();
			doomed.kill();
			PipelineProcess.Result remote = run.await();

			// then
			PipelineProcess survivor = fleet.get(1);
			assertThat(remote.exitCode()).as(remote.stderr()).isEqualTo(local.exitCode());
			assertThat(remote.stderr()).doesNotContain("Exception");
			assertThat(remote.stdout()).contains("letters in input/letters: 20 (20 imported, 0 already imported, 0 failed)",
					"partner files in input/partners: 10 (10 ingested, 0 already ingested, 0 failed; 0 ignored)");
			assertThat(survivor.stdout()).as(survivor.stdout()).contains("taking over from a worker that stopped or died");
			assertThat(filesDone(doomed) + filesDone(survivor)).isGreaterThanOrEqualTo(30);
			assertThat(DatabaseContent.difference(expected, content("remote_workers"))).isEmpty();
			assertThat(running(url)).isZero();

			// and SIGTERM ends the idle worker
			survivor.terminate();
			PipelineProcess.Result stopped = survivor.await();
			assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(PipelineCommand.OK);
			assertThat(stopped.stdout()).contains("worker: stopped (SIGTERM)");
		}
		finally {
			// a failed assertion must not leave workers or the manager behind, polling a broker that is gone
			for (PipelineProcess process : fleet) {
				process.kill();
			}
		}
	}

	/** The command with the settings of the test's broker and a database on the embedded PostgreSQL server. */
	private static String[] settings(String url, String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.artemis.broker-url=tcp://127.0.0.1:" + brokerPort));
		return args.toArray(String[]::new);
	}

	private static String database(String name) {
		EmbeddedPostgresDatabase.execute("postgres", "DROP DATABASE IF EXISTS " + name);
		EmbeddedPostgresDatabase.execute("postgres", "CREATE DATABASE " + name);
		return EmbeddedPostgresDatabase.jdbcUrl(name);
	}

	private static Map<String, List<String>> content(String database) throws SQLException {
		return DatabaseContent.of(EmbeddedPostgresDatabase.jdbcUrl(database), "postgres", "");
	}

	/** The files a worker has printed a line for (a letter imported, a partner file ingested). */
	private static long filesDone(PipelineProcess worker) {
		return worker.stdout().lines().filter(l -> l.matches("(kst-28638-\\d+\\.pdf|partners_\\S+\\.csv): .*")).count();
	}

	/** Whether a file job of that worker's process is running now: killed, it leaves its partition in the middle. */
	private static boolean readingAFile(String url, PipelineProcess worker) {
		return count(url, "SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_execution_params p"
				+ " ON p.job_execution_id = e.job_execution_id WHERE e.status = 'STARTED'"
				+ " AND p.parameter_name = '" + ExecutionOwner.PROCESS + "' AND p.parameter_value LIKE '" + worker.pid() + "/%'") > 0;
	}

	/** Job and step executions left running. */
	private static int running(String url) {
		return count(url, "SELECT (SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))"
				+ " + (SELECT COUNT(*) FROM batch_step_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))");
	}

	private static int count(String url, String sql) {
		try (Connection c = DriverManager.getConnection(url, "postgres", ""); PreparedStatement s = c.prepareStatement(sql);
				ResultSet r = s.executeQuery()) {
			return r.next() ? r.getInt(1) : 0;
		}
		catch (SQLException ex) {
			return 0; // the tables do not exist yet
		}
	}

	private static Path copyInputs(Path home) throws IOException {
		for (String folder : List.of("letters", "partners")) {
			Path to = Files.createDirectories(home.resolve("input").resolve(folder));
			try (var files = Files.list(inputs.resolve(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
		return home;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
