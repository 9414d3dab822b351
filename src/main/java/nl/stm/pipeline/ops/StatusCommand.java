package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.model.ActionModelRepository;

/** {@code status}: what the action model holds, without importing anything. */
@Component
class StatusCommand implements PipelineCommand {

	private final ActionModelRepository model;

	StatusCommand(ActionModelRepository model) {
		this.model = model;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		SummaryPrinter.print(model.summary(), out);
		return OK;
	}
}
