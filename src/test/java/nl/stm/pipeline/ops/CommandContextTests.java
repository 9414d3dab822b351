package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.micrometer.core.instrument.MeterRegistry;
import nl.stm.pipeline.PipelineApplication;

/**
 * What a command other than {@code serve} starts: no web server, Actuator or metrics, and only the
 * beans of the command it runs; its settings are bound all the same.
 */
class CommandContextTests {

	@Test
	void aCommandStartsNeitherWebServerNorActuatorNorMetricsAndMakesOnlyItsOwnBeans() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.registerShutdownHook(false)
			.run("--spring.datasource.url=jdbc:h2:mem:command-context;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
			// when
			PipelineCommand status = Launcher.command(context, "status");

			// then
			assertThat(status).isInstanceOf(StatusCommand.class);
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
			assertThat(context.getBeanNamesForType(HealthContributorRegistry.class)).isEmpty();
			assertThat(context.getBeanFactory().containsSingleton("importLetterCommand")).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("serveCommand")).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("pipelineJob")).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("pipeline.partners-nl.stm.pipeline.partner.PartnerProperties"))
				.isTrue();
		}
	}

	@Test
	void theWorkerThreadsLeaveOneProcessorToTheJvmUnlessSet() {
		String database = "--spring.datasource.url=jdbc:h2:mem:worker-threads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		assertThat(workerThreads(database)).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
		assertThat(workerThreads(database, "--pipeline.workers.threads=3")).isEqualTo(3);
	}

	private static int workerThreads(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.registerShutdownHook(false)
			.run(args)) {
			return context.getBean("pipelineWorkers", ThreadPoolTaskExecutor.class).getMaxPoolSize();
		}
	}

	@Test
	void everyCommandOfTheUsageHasItsBeanFoundByItsClass() {
		assertThat(Launcher.className("import-letter")).isEqualTo("ImportLetterCommand");
		assertThat(Launcher.className("status")).isEqualTo("StatusCommand");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.registerShutdownHook(false)
			.run("--spring.datasource.url=jdbc:h2:mem:command-names;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
			for (String command : Launcher.COMMANDS.keySet()) {
				if (!command.equals("extract")) {
					assertThat(Launcher.command(context, command).name()).isEqualTo(command);
				}
			}
		}
	}

	@Test
	void onlyServeKeepsTheAutoConfigurationsOfItsEndpoints() {
		assertThat(ServeOnlyAutoConfigurations.serveOnly(
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")).isTrue();
		assertThat(ServeOnlyAutoConfigurations.serveOnly(
				"org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration")).isTrue();
		assertThat(ServeOnlyAutoConfigurations.serveOnly("org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"))
			.isFalse();
		assertThat(ServeOnlyAutoConfigurations.serveOnly("org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration"))
			.isFalse();
	}
}
