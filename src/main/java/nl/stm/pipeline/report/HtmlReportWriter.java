package nl.stm.pipeline.report;

import java.awt.Color;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.stm.pipeline.reconcile.Finding;
import nl.stm.pipeline.reconcile.Source;

/**
 * Writes {@code report.html}: one self-contained page in Dutch for programme officers (styles and
 * charts inline, nothing fetched), from the Thymeleaf template {@code report/report.html}. All text
 * from letters and partners goes through {@code th:text}, so it is HTML-escaped; only the charts'
 * SVG (drawn by JFreeChart, which escapes its labels) is inserted as markup. Each finding's sources
 * carry their evidence ({@link Evidence}): the printed row as an image, or the partner's line.
 */
@Component
class HtmlReportWriter {

	static final String FILE = "report.html";

	/** Sources shown with their evidence (images or lines); further sources are listed as text. */
	static final int EVIDENCE_SHOWN = 200;

	private final PageData data;

	private final JdbcClient jdbc;

	private final Path lettersDir;

	private final TemplateEngine engine;

	/** A source of a finding as the page shows it: where, and the evidence cut from it (either may be null). */
	record SourceView(String where, String image, String record) {
	}

	/** A finding with its sources' evidence. */
	record FindingView(Finding finding, List<SourceView> sources) {
	}

	HtmlReportWriter(PageData data, JdbcClient jdbc, @Value("${pipeline.input-dir}") Path inputDir) {
		this.data = data;
		this.jdbc = jdbc;
		this.lettersDir = inputDir.resolve("letters");
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("report/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
	}

	/** Writes the page from the totals of the report's passes over the partner rows and the budget lines. */
	void write(Path folder, Instant runTime, PartnerTotals partners, BudgetTotals budgets) throws Exception {
		PageData.Page page = data.read(partners, budgets);
		Context context = new Context(DutchFormat.DUTCH);
		context.setVariable("page", page);
		context.setVariable("nl", DutchFormat.INSTANCE);
		context.setVariable("listedPerRule", FindingsShown.PER_RULE);
		context.setVariable("runTime", DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DutchFormat.DUTCH)
			.format(LocalDateTime.ofInstant(runTime, ReportWriter.ZONE)));
		context.setVariable("budgetChart",
				Charts.stackedEuros("budget-chart", "Begroting per actielijn per jaar (laatste brief)", page.budgetPerActielijn()));
		List<Color> colours = page.statusPerActielijn()
			.keySet()
			.stream()
			.map(label -> page.statusLabelColours().containsKey(label) ? Color.decode(page.statusLabelColours().get(label))
					: new Color(0xbbbbbb))
			.toList();
		context.setVariable("statusChart",
				Charts.stackedCounts("status-chart", "Laatste status per actielijn",
						List.copyOf(page.budgetPerActielijn().keySet()), page.statusPerActielijn(), colours));
		try (Evidence evidence = new Evidence(jdbc, lettersDir);
				Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
			context.setVariable("findings", findings(page.findings().shown(), evidence));
			engine.process("report", context, out);
		}
	}

	private static List<FindingView> findings(List<Finding> findings, Evidence evidence) {
		List<FindingView> views = new ArrayList<>();
		int shown = 0;
		for (Finding f : findings) {
			List<SourceView> sources = new ArrayList<>();
			for (Source s : f.sources()) {
				boolean withEvidence = shown++ < EVIDENCE_SHOWN;
				sources.add(new SourceView(s.toString(), withEvidence ? evidence.image(s).orElse(null) : null,
						withEvidence ? evidence.record(s).orElse(null) : null));
			}
			views.add(new FindingView(f, sources));
		}
		return views;
	}
}
