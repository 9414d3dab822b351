package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;

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
}
