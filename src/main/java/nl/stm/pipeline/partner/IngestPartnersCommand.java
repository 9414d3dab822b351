package nl.stm.pipeline.partner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.PipelineCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ingest-partners [DIR] [--json]}: ingests the partner files of the drop folder (default
 * {@code <pipeline.input-dir>/partners}). One line per file on standard output (with
 * {@code --json} a JSON object per line); every failed file and every rejected row gets one line on
 * standard error naming the file and line. Exit status 1 when a file failed or a row was rejected.
 */
@Component
public class IngestPartnersCommand implements PipelineCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PartnerIngester ingester;

	private final Path inputDir;

	public IngestPartnersCommand(PartnerIngester ingester, @Value("${pipeline.input-dir}") Path inputDir) {
		this.ingester = ingester;
		this.inputDir = inputDir;
	}

	@Override
	public String name() {
		return "ingest-partners";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean json = false;
		List<String> folders = new ArrayList<>();
		for (String arg : args) {
			if ("--json".equals(arg)) {
				json = true;
			}
			else if (arg.startsWith("-")) {
				err.println("ingest-partners: unknown option " + arg + " (usage: ingest-partners [DIR] [--json])");
				return USAGE;
			}
			else {
				folders.add(arg);
			}
		}
		if (folders.size() > 1) {
			err.println("ingest-partners: name at most one folder (usage: ingest-partners [DIR] [--json])");
			return USAGE;
		}
		Path folder = folders.isEmpty() ? inputDir.resolve("partners") : Path.of(folders.get(0));
		if (!Files.isDirectory(folder)) {
			err.println("ingest-partners: " + folder + " is not a folder");
			return USAGE;
		}
		List<PartnerIngester.FileResult> results;
		try {
			results = ingester.ingestFolder(folder);
		}
		catch (PartnerIngester.IngestInProgressException ex) {
			err.println("ingest-partners: " + ex.getMessage() + "; try again when it has finished");
			return INPUT_FAILED;
		}
		int status = report(results, json, out, err);
		return results.stream().anyMatch(r -> r.status() == PartnerIngester.Status.STOPPED) ? STOPPED : status;
	}

	/**
	 * Prints the results (a line or a JSON object per file on {@code out}, problems on {@code err})
	 * and returns the exit status: {@link #INPUT_FAILED} when a file failed or a row was rejected.
	 */
	public static int report(List<PartnerIngester.FileResult> results, boolean json, PrintStream out, PrintStream err) {
		boolean problems = false;
		for (PartnerIngester.FileResult r : results) {
			if (json) {
				out.println(JSON.writeValueAsString(toJson(r)));
			}
			else if (!r.failed()) {
				out.println(OneLine.of(line(r)));
			}
			if (r.failed()) {
				err.println(OneLine.of(r.fileError() == null ? r.message() : r.message() + " [" + r.fileError() + "]"));
			}
			for (RowIssue rejected : r.rejected()) {
				err.println(OneLine.of(r.file() + ": line " + rejected.line() + ": " + rejected.code() + ": " + rejected.message()));
			}
			problems |= r.failed() || !r.rejected().isEmpty();
		}
		return problems ? INPUT_FAILED : OK;
	}

	/** The JSON object of one file, in the field order of the report format. */
	public static Map<String, Object> toJson(PartnerIngester.FileResult r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", r.file());
		json.put("status", r.status().name());
		json.put("encoding", r.encoding());
		json.put("bom", r.bom());
		json.put("delimiter", r.delimiter());
		json.put("partner", r.partner());
		json.put("period", r.period());
		json.put("rows_read", r.rowsRead());
		json.put("accepted", r.accepted());
		json.put("rejected", r.rejected().stream().map(IngestPartnersCommand::lineAndCode).toList());
		json.put("flags", r.flags().stream().map(IngestPartnersCommand::lineAndCode).toList());
		json.put("file_error", r.fileError());
		json.put("message", r.message());
		return json;
	}

	private static Map<String, Object> lineAndCode(RowIssue issue) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("line", issue.line());
		json.put("code", issue.code());
		return json;
	}

	static String line(PartnerIngester.FileResult r) {
		if (r.status() == PartnerIngester.Status.ALREADY_INGESTED || r.status() == PartnerIngester.Status.IGNORED
				|| r.status() == PartnerIngester.Status.STOPPED || r.failed()) {
			return r.message();
		}
		StringBuilder s = new StringBuilder(r.file()).append(": ingested ")
			.append(r.accepted())
			.append(" of ")
			.append(r.rowsRead())
			.append(" rows, ")
			.append(r.rejected().size())
			.append(" rejected");
		if (!r.flags().isEmpty()) {
			s.append(", ").append(r.flags().size()).append(" flagged");
		}
		s.append(" (").append(r.partner() == null ? "several partners" : r.partner()).append(", ");
		s.append(r.period() == null ? "several periods" : r.period()).append("; ");
		s.append(r.encoding()).append(Boolean.TRUE.equals(r.bom()) ? " with BOM" : "").append(", delimiter ");
		s.append("\t".equals(r.delimiter()) ? "tab" : "'" + r.delimiter() + "'").append(')');
		return s.toString();
	}
}
