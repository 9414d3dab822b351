package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;

/** A dead process is told from a live one by the database itself, never by a clock. */
class ExecutionOwnerTests {

	@Test
	void onPostgresAnOwnerIsAliveExactlyAsLongAsItsConnectionLives() throws Exception {
		// given: two processes on one PostgreSQL database, the first runs an execution
		ExecutionOwner first = new ExecutionOwner(EmbeddedPostgresDatabase.serverDataSource());
		ExecutionOwner second = new ExecutionOwner(EmbeddedPostgresDatabase.serverDataSource());
		JobExecution running = new JobExecution(1L, new JobInstance(1L, "job"), first.parameters().toJobParameters());

		// then
		assertThat(first.ownedByThisProcess(running)).isTrue();
		assertThat(second.ownedByThisProcess(running)).isFalse();
		assertThat(second.ownerAlive(running)).isTrue();
		assertThat(second.ownerAlive(running)).as("asking does not take the lock").isTrue();

		// when: the first process dies (its connection is closed)
		first.destroy();

		// then
		assertThat(second.ownerAlive(running)).isFalse();
		second.destroy();
	}

	@Test
	void onEmbeddedH2EveryOtherOwnerIsDead() throws Exception {
		// given
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:owners;DB_CLOSE_DELAY=-1");
		ExecutionOwner self = new ExecutionOwner(h2);
		ExecutionOwner other = new ExecutionOwner(h2);

		// then
		assertThat(self.ownerAlive(new JobExecution(1L, new JobInstance(1L, "job"), self.parameters().toJobParameters()))).isTrue();
		assertThat(self.ownerAlive(new JobExecution(2L, new JobInstance(1L, "job"), other.parameters().toJobParameters()))).isFalse();
	}

	@Test
	void onH2SharedByTheProcessesOfOneMachineAnOwnerIsAliveWhileItsProcessRuns() throws Exception {
		// given: this process, and a process that ran and ended
		ProcessHandle self = ProcessHandle.current();
		String selfStart = String.valueOf(self.info().startInstant().orElseThrow().toEpochMilli());
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long childStart = child.info().startInstant().orElseThrow().toEpochMilli();
		child.waitFor();

		// then
		assertThat(ExecutionOwner.processAlive(self.pid() + "/" + selfStart)).isTrue();
		assertThat(ExecutionOwner.processAlive(child.pid() + "/" + childStart)).isFalse();
		assertThat(ExecutionOwner.processAlive(self.pid() + "/" + (Long.parseLong(selfStart) - 60_000)))
			.as("the same id with another start is another process").isFalse();
		assertThat(ExecutionOwner.processAlive(null)).as("unknown: never recovered").isTrue();
	}

	@Test
	void withAutoServerAnExecutionOfAnotherProcessIsRecoveredOnlyWhenThatProcessIsGone(@TempDir Path data) throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + data.resolve("db") + ";AUTO_SERVER=TRUE");
		ExecutionOwner owner = new ExecutionOwner(h2);
		JobParameters alive = new JobParametersBuilder().addLong(ExecutionOwner.OWNER, 7L, false)
			.addString(ExecutionOwner.PROCESS, ProcessHandle.current().pid() + "/"
					+ ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli(), false)
			.toJobParameters();
		JobParameters gone = new JobParametersBuilder().addLong(ExecutionOwner.OWNER, 8L, false)
			.addString(ExecutionOwner.PROCESS, ProcessHandle.current().pid() + "/1", false)
			.toJobParameters();

		assertThat(owner.ownerAlive(new JobExecution(1L, new JobInstance(1L, "job"), alive))).isTrue();
		assertThat(owner.ownerAlive(new JobExecution(2L, new JobInstance(1L, "job"), gone))).isFalse();
	}
}
