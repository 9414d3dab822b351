package nl.stm.pipeline;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;

import nl.stm.pipeline.ops.Launcher;

/**
 * The Samen tegen mensenhandel pipeline: imports parliamentary letters and partner submissions into
 * one action model, reconciles the amounts and writes reports and a BI feed. Started as a command
 * ({@code java -jar pipeline.jar <command>}); see {@link Launcher}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PipelineApplication {

	public static void main(String[] args) {
		System.exit(Launcher.launch(args));
	}

	/**
	 * The commands make their beans lazily ({@code spring.main.lazy-initialization}), but settings
	 * are bound at start all the same: a bad setting stops every command with one line naming it,
	 * also when that command does not use it ({@code status} with a bad reconciliation tolerance).
	 */
	@Bean
	static LazyInitializationExcludeFilter settingsBoundAtStart() {
		return (name, definition, type) -> type != null
				&& AnnotatedElementUtils.hasAnnotation(type, ConfigurationProperties.class);
	}
}
