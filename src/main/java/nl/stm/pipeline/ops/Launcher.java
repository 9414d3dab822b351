package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.letter.ExtractCommand;
import nl.stm.pipeline.letter.ExtractionWorker;

/**
 * The command line. {@code extract} runs the PDF engine alone (no database, nothing but JSON on
 * standard output); every other command starts the application and runs the
 * {@link PipelineCommand} bean of that name. Arguments of the form {@code --name=value} are
 * settings for the application (e.g. {@code --pipeline.data-dir=/tmp/db}); the rest go to the
 * command. Only {@code serve} runs as a web application (profile {@code serve}: Actuator's health and
 * metrics on localhost); the other commands start no web server, no Actuator or Micrometer, and make
 * only the beans they use (lazy initialisation), so that they answer within seconds.
 */
public final class Launcher {

	static final Map<String, String> COMMANDS = commands();

	/** The Spring profile of {@code serve}: web server, Actuator, metrics, every bean made at start. */
	static final String SERVE_PROFILE = "serve";

	private Launcher() {
	}

	private static Map<String, String> commands() {
		Map<String, String> commands = new LinkedHashMap<>();
		commands.put("run", "run                      the pipeline job: new letters and partner files from input/, reconciliation, report, summary; resumes a failed or stopped run");
		commands.put("import-letter", "import-letter FILE...    import letters (PDF) into the action model");
		commands.put("extract", "extract FILE...          print the tables of letters as JSON Lines; no database");
		commands.put("ingest-partners", "ingest-partners [DIR] [--json]  ingest partner CSV files (default input/partners)");
		commands.put("reconcile", "reconcile [--dry-run] [--json] [--out=FILE] [--first=N] [--fail-on=error]  check every amount against the others; counts per rule and severity, the first N findings");
		commands.put("report", "report                   write output/<date-time>/ and output/latest/: report.html, report.xlsx, CSV per table, datapackage.json");
		commands.put("serve", "serve [--now]            keep running; the pipeline job on the schedule in jobs/schedule.properties (and now with --now); health and metrics on 127.0.0.1:pipeline.serve.port");
		commands.put("worker", "worker                   keep running; read the files of runs with pipeline.workers=remote (any machine sharing the database, the broker and the drop folders) until SIGTERM");
		commands.put("status", "status                   print what the action model holds, documents per edition, partner files per period, findings per severity, the last runs");
		return commands;
	}

	public static int launch(String[] args) {
		if (args.length > 0 && ExtractionWorker.COMMAND.equals(args[0])) {
			return ExtractionWorker.serve(List.of(args).subList(1, args.length));
		}
		GracefulStop.install();
		try {
			return run(args);
		}
		finally {
			GracefulStop.finished();
		}
	}

	private static int run(String[] args) {
		if (args.length == 0) {
			usage(System.err);
			return PipelineCommand.USAGE;
		}
		String command = args[0];
		if (List.of("--help", "-h", "help").contains(command)) {
			usage(System.out);
			return PipelineCommand.OK;
		}
		if (!COMMANDS.containsKey(command)) {
			System.err.println("unknown command: " + command);
			usage(System.err);
			return PipelineCommand.USAGE;
		}
		List<String> settings = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			(isSetting(args[i]) ? settings : commandArgs).add(args[i]);
		}
		boolean debug = commandArgs.remove("--debug");
		if ("extract".equals(command)) {
			return new ExtractCommand().run(commandArgs, settings, System.out, System.err);
		}
		PipelineHome home;
		try {
			home = PipelineHome.of(settings, Path.of(""));
		}
		catch (PipelineHome.NoHomeException ex) {
			System.err.println(command + ": " + ex.getMessage());
			return PipelineCommand.USAGE;
		}
		settings.removeIf(s -> s.startsWith("--" + PipelineHome.SETTING + "="));
		settings.add(home.setting());
		if ("worker".equals(command)) {
			// a worker reads remote partitions whatever the manager's machine-local setting says
			settings.removeIf(s -> s.startsWith("--" + DropFolderWorkers.SETTING + "="));
			settings.add("--" + DropFolderWorkers.SETTING + "=remote");
		}
		SpringApplicationBuilder application = new SpringApplicationBuilder(PipelineApplication.class)
			.registerShutdownHook(false)
			.listeners(home.resolver());
		if ("serve".equals(command)) {
			// only serve starts a web server, Actuator and metrics (application-serve.properties); the other commands start lean
			application.profiles(SERVE_PROFILE);
		}
		try (ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new))) {
			return command(context, command).run(commandArgs, System.out, System.err);
		}
		catch (Exception | LinkageError | VirtualMachineError ex) {
			if (debug) {
				ex.printStackTrace();
			}
			PortInUseException port = causeOf(ex, PortInUseException.class);
			if (port != null) {
				System.err.println(command + ": port " + port.getPort() + " (pipeline.serve.port) is in use by another"
						+ " process, e.g. another serve; set pipeline.serve.port in jobs/pipeline.properties or"
						+ " --pipeline.serve.port=N to a free port (0: any free port)");
				return PipelineCommand.USAGE;
			}
			SettingConflict conflict = causeOf(ex, SettingConflict.class);
			if (conflict != null) {
				System.err.println(command + ": " + conflict.getMessage());
				return PipelineCommand.USAGE;
			}
			SettingError setting = SettingError.in(ex);
			System.err.println(command + ": " + (setting != null ? setting.line() : rootMessage(ex)));
			return setting != null ? PipelineCommand.USAGE : PipelineCommand.INPUT_FAILED;
		}
	}

	/**
	 * The command's bean. The context is lazy (beans are made when first used), so the command is
	 * picked by its class ({@code import-letter}: {@code ImportLetterCommand}) before anything is
	 * made: only that command and what it uses are built. A command class named otherwise is still
	 * found by its {@link PipelineCommand#name()}, at the cost of making every command.
	 */
	static PipelineCommand command(ListableBeanFactory beans, String command) {
		for (String name : beans.getBeanNamesForType(PipelineCommand.class, false, false)) {
			Class<?> type = beans.getType(name, false);
			if (type != null && ClassUtils.getUserClass(type).getSimpleName().equals(className(command))) {
				PipelineCommand bean = beans.getBean(name, PipelineCommand.class);
				if (bean.name().equals(command)) {
					return bean;
				}
			}
		}
		return beans.getBeansOfType(PipelineCommand.class)
			.values()
			.stream()
			.filter(c -> c.name().equals(command))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no implementation for command " + command));
	}

	/** {@code import-letter} → {@code ImportLetterCommand}. */
	static String className(String command) {
		StringBuilder name = new StringBuilder();
		for (String part : command.split("-")) {
			if (!part.isEmpty()) {
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return name.append("Command").toString();
	}

	/** {@code --name=value} with a dotted name is a setting ({@code --pipeline.data-dir=…}); {@code --fail-on=error} is an option. */
	static boolean isSetting(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 0 && arg.substring(0, equals).contains(".");
	}

	private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** The innermost cause's message, first line only: what an operator can act on. */
	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return OneLine.of(message.lines().findFirst().orElse(message));
	}

	static void usage(PrintStream out) {
		out.println("usage: java -jar target/pipeline.jar <command> [args] [--setting=value ...]");
		out.println();
		out.println("commands:");
		COMMANDS.values().forEach(s -> out.println("  " + s));
		out.println();
		out.println("exit status: 0 all inputs fine, 1 some input failed, 2 usage error or bad setting, 3 stopped (SIGTERM); the next run resumes, 4 busy (another process does this run)");
		out.println("settings: jobs/pipeline.properties in the pipeline's home (the working directory, or --pipeline.home=DIR),");
		out.println("  or --pipeline.input-dir=… --pipeline.data-dir=… --spring.datasource.url=…");
		out.println("--debug: a failure's stack trace on standard error (otherwise one line)");
	}
}
