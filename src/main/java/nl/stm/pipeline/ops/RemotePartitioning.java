package nl.stm.pipeline.ops;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The broker side of {@code pipeline.workers=remote}: a connection to ActiveMQ Artemis (Spring Boot's
 * {@code spring.artemis.broker-url}, {@code .user}, {@code .password}) and the flow (Spring
 * Integration) that sends each partition request of the drop-folder steps to one queue
 * ({@code pipeline.workers.queue}), read by the {@code worker} processes ({@link WorkerCommand}).
 * The consumers take one message at a time (no prefetch), so every idle worker gets the next file
 * and a worker that dies holds back nothing but its current file. Remote workers share the job
 * repository, so it must be a database every machine reaches: PostgreSQL, or H2 over TCP; the
 * embedded H2 file is refused here, before anything runs. Its beans are made at start even though the
 * other beans are lazy: the flow to the broker is found by no one asking for it but the channel's dispatcher.
 */
@Configuration(proxyBeanMethods = false)
@Lazy(false)
@ConditionalOnProperty(name = DropFolderWorkers.SETTING, havingValue = "remote")
@EnableIntegration
class RemotePartitioning {

	/** The queue of partition requests unless {@code pipeline.workers.queue} says otherwise. */
	static final String QUEUE = "${pipeline.workers.queue:pipeline.partitions}";

	RemotePartitioning(DataSource dataSource) throws SQLException {
		String url;
		try (Connection c = dataSource.getConnection()) {
			url = ExecutionOwner.configuredUrl(dataSource, c.getMetaData().getURL());
		}
		String upper = url.toUpperCase();
		if (upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:")) {
			throw new SettingConflict("pipeline.workers=remote needs a job repository that every machine reaches"
					+ " (spring.datasource.url=jdbc:postgresql://host/db, or H2 over TCP: jdbc:h2:tcp://host/path);"
					+ " the embedded H2 file " + url.replaceFirst(";.*", "") + " is reached from this machine only");
		}
	}

	@Bean
	ActiveMQConnectionFactory pipelineBroker(@Value("${spring.artemis.broker-url:tcp://localhost:61616}") String url,
			@Value("${spring.artemis.user:#{null}}") String user, @Value("${spring.artemis.password:#{null}}") String password) {
		ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(url, user, password);
		broker.setConsumerWindowSize(0);
		// the requests are serialised Java objects: only Spring Batch's request (and the java.lang values in it) is read
		broker.setDeserializationAllowList(StepExecutionRequest.class.getName() + ",java.lang");
		return broker;
	}

	@Bean
	DirectChannel pipelinePartitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow pipelinePartitionsToBroker(DirectChannel pipelinePartitionRequests,
			ActiveMQConnectionFactory pipelineBroker, @Value(QUEUE) String queue) {
		return IntegrationFlow.from(pipelinePartitionRequests)
			.handle(Jms.outboundAdapter(pipelineBroker).destination(queue))
			.get();
	}
}
