package nl.stm.pipeline.ops;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out, in every command but {@code serve}, the auto-configurations that only serve's web
 * endpoints use: the web server and Spring MVC, Actuator and its health contributors, Micrometer's
 * metrics and observations (Spring Batch's included) and the Jackson mapper they write with. The
 * other commands are no web application ({@code spring.main.web-application-type=none}) and use
 * none of these, yet evaluated and made them at every start: 83 of the 110 candidate
 * auto-configurations, a third of the beans. Registered in {@code META-INF/spring.factories}, where
 * Spring Boot looks for {@link AutoConfigurationImportFilter}s; the application's own code builds
 * its JSON mappers itself.
 */
public class ServeOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

	/** Packages of the auto-configurations that serve alone needs (Spring Boot 4 has a module for each). */
	static final List<String> SERVE_ONLY = List.of("org.springframework.boot.actuate.autoconfigure.",
			"org.springframework.boot.health.autoconfigure.", "org.springframework.boot.micrometer.",
			"org.springframework.boot.batch.autoconfigure.observation.", "org.springframework.boot.jdbc.autoconfigure.health.",
			"org.springframework.boot.jdbc.autoconfigure.metrics.", "org.springframework.boot.webmvc.autoconfigure.",
			"org.springframework.boot.servlet.autoconfigure.", "org.springframework.boot.tomcat.autoconfigure.",
			"org.springframework.boot.http.converter.autoconfigure.", "org.springframework.boot.jackson.autoconfigure.",
			"org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration");

	private boolean serving = true;

	@Override
	public void setEnvironment(Environment environment) {
		this.serving = !"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] match = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < match.length; i++) {
			match[i] = serving || autoConfigurationClasses[i] == null || !serveOnly(autoConfigurationClasses[i]);
		}
		return match;
	}

	static boolean serveOnly(String autoConfiguration) {
		return SERVE_ONLY.stream().anyMatch(autoConfiguration::startsWith);
	}
}
