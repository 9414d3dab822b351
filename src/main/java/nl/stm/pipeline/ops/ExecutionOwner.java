package nl.stm.pipeline.ops;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.BeanWrapperImpl;
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
 * owner other than this process is dead.</li>
 * <li>H2 shared by the processes of one machine ({@code AUTO_SERVER=TRUE}, the default): the owner's
 * process id and start instant are recorded too, and the owner is alive while the operating system
 * has a process with that id that started at that instant (a reused id has another start).</li>
 * <li>PostgreSQL: this process holds a session advisory lock on its id for as long as it lives;
 * the server releases it when the process's connection dies, so an owner whose lock can be taken
 * is dead. No clocks, no heartbeat intervals to tune.</li>
 * </ul>
 */
@Component
public class ExecutionOwner implements DisposableBean {

	/** The job parameter (non-identifying) naming the process that started an execution. */
	public static final String OWNER = "pipeline.owner";

	/** The job parameter (non-identifying) naming the owner's operating-system process: pid/start millis. */
	public static final String PROCESS = "pipeline.owner.process";

	private static final String THIS_PROCESS = ProcessHandle.current().pid() + "/"
			+ ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);

	private final long id = new SecureRandom().nextLong();

	private final JdbcTemplate jdbc;

	private final Connection lockHolder;

	/** Whether this process is the only one that can have the database open (embedded H2). */
	private final boolean exclusive;

	/** Whether the database is H2 shared by the processes of this machine ({@code AUTO_SERVER}). */
	private final boolean sameMachine;

	public ExecutionOwner(DataSource dataSource) throws SQLException {
		this.jdbc = new JdbcTemplate(dataSource);
		String product;
		String url;
		try (Connection c = dataSource.getConnection()) {
			product = c.getMetaData().getDatabaseProductName().toLowerCase();
			url = configuredUrl(dataSource, c.getMetaData().getURL()).toUpperCase();
		}
		boolean postgres = product.contains("postgres");
		this.exclusive = product.equals("h2") && !url.startsWith("JDBC:H2:TCP:") && !url.startsWith("JDBC:H2:SSL:")
				&& !url.contains("AUTO_SERVER=TRUE");
		this.sameMachine = product.equals("h2") && url.contains("AUTO_SERVER=TRUE");
		this.lockHolder = postgres ? dataSource.getConnection() : null;
		if (lockHolder != null) {
			try (PreparedStatement lock = lockHolder.prepareStatement("SELECT pg_advisory_lock(?)")) {
				lock.setLong(1, id);
				lock.execute();
			}
		}
	}

	/**
	 * The URL the data source was configured with: the driver's metadata leaves out the settings
	 * ({@code AUTO_SERVER=TRUE}) that decide who else may have the database open.
	 */
	static String configuredUrl(DataSource dataSource, String metadataUrl) {
		BeanWrapperImpl properties = new BeanWrapperImpl(dataSource);
		for (String name : List.of("jdbcUrl", "URL", "url")) {
			if (properties.isReadableProperty(name) && properties.getPropertyValue(name) instanceof String url) {
				return url;
			}
		}
		return metadataUrl;
	}

	/** Job parameters for an execution started by this process. */
	public JobParametersBuilder parameters() {
		return new JobParametersBuilder().addLong(OWNER, id, false).addString(PROCESS, THIS_PROCESS, false);
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
			return !exclusive && lockHolder == null && (!sameMachine || processAlive(execution.getJobParameters().getString(PROCESS)));
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

	/** Whether the process pid/start-millis runs on this machine; true when unknown (nothing is recovered then). */
	static boolean processAlive(String process) {
		if (process == null || !process.matches("\\d+/\\d+")) {
			return true;
		}
		String[] parts = process.split("/");
		long start = Long.parseLong(parts[1]);
		return ProcessHandle.of(Long.parseLong(parts[0]))
			.map(h -> h.info().startInstant().map(i -> start == 0 || i.toEpochMilli() == start).orElse(true))
			.orElse(false);
	}

	@Override
	public void destroy() throws SQLException {
		if (lockHolder != null) {
			lockHolder.close();
		}
	}
}
