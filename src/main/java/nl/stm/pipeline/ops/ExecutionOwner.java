package nl.stm.pipeline.ops;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which process runs a job execution, so that an execution left {@code STARTED} by a process that
 * died (SIGKILL, out of memory, power cut) is told apart from one a live process is running. Every
 * execution this process starts carries its owner id as a non-identifying job parameter.
 * <ul>
 * <li>H2 (embedded): the database file is locked by the one process that has it open, so every
 * owner other than this process is dead. (H2 shared through a server or {@code AUTO_SERVER} gives
 * no such certainty: there other owners are taken to be alive, and are never recovered.)</li>
 * <li>PostgreSQL: this process holds a session advisory lock on its id for as long as it lives;
 * the server releases it when the process's connection dies, so an owner whose lock can be taken
 * is dead. No clocks, no heartbeat intervals to tune.</li>
 * </ul>
 */
@Component
public class ExecutionOwner implements DisposableBean {

	/** The job parameter (non-identifying) naming the process that started an execution. */
	public static final String OWNER = "pipeline.owner";

	private final long id = new SecureRandom().nextLong();

	private final JdbcTemplate jdbc;

	private final Connection lockHolder;

	/** Whether this process is the only one that can have the database open (embedded H2). */
	private final boolean exclusive;

	public ExecutionOwner(DataSource dataSource) throws SQLException {
		this.jdbc = new JdbcTemplate(dataSource);
		String product;
		String url;
		try (Connection c = dataSource.getConnection()) {
			product = c.getMetaData().getDatabaseProductName().toLowerCase();
			url = c.getMetaData().getURL().toUpperCase();
		}
		boolean postgres = product.contains("postgres");
		this.exclusive = product.equals("h2") && !url.startsWith("JDBC:H2:TCP:") && !url.startsWith("JDBC:H2:SSL:")
				&& !url.contains("AUTO_SERVER=TRUE");
		this.lockHolder = postgres ? dataSource.getConnection() : null;
		if (lockHolder != null) {
			try (PreparedStatement lock = lockHolder.prepareStatement("SELECT pg_advisory_lock(?)")) {
				lock.setLong(1, id);
				lock.execute();
			}
		}
	}

	/** Job parameters for an execution started by this process. */
	public JobParametersBuilder parameters() {
		return new JobParametersBuilder().addLong(OWNER, id, false);
	}

	public boolean ownedByThisProcess(JobExecution execution) {
		Long owner = execution.getJobParameters().getLong(OWNER);
		return owner != null && owner == id;
	}

	/** True when the process that started the execution still runs (it may be this one). */
	public boolean ownerAlive(JobExecution execution) {
		if (ownedByThisProcess(execution)) {
			return true;
		}
		Long owner = execution.getJobParameters().getLong(OWNER);
		if (lockHolder == null || owner == null) {
			return !exclusive && lockHolder == null;
		}
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
			try (PreparedStatement take = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
				take.setLong(1, owner);
				try (ResultSet taken = take.executeQuery()) {
					if (taken.next() && taken.getBoolean(1)) {
						try (PreparedStatement release = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
							release.setLong(1, owner);
							release.execute();
						}
						return false;
					}
					return true;
				}
			}
		}));
	}

	@Override
	public void destroy() throws SQLException {
		if (lockHolder != null) {
			lockHolder.close();
		}
	}
}
