package nl.stm.pipeline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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
}
