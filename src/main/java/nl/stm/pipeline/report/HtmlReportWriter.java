package nl.stm.pipeline.report;

import java.awt.Color;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes {@code report.html}: one self-contained page in Dutch for programme officers (styles and
 * charts inline, nothing fetched), from the Thymeleaf template {@code report/report.html}. All text
 * from letters and partners goes through {@code th:text}, so it is HTML-escaped; only the charts'
 * SVG (drawn by JFreeChart, which escapes its labels) is inserted as markup.
 */
@Component
class HtmlReportWriter {

	static final String FILE = "report.html";

	private final PageData data;

	private final TemplateEngine engine;

	HtmlReportWriter(PageData data) {
		this.data = data;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("report/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
	}

	void write(Path folder, Instant runTime) throws Exception {
		PageData.Page page = data.read();
		Context context = new Context(DutchFormat.DUTCH);
		context.setVariable("page", page);
		context.setVariable("nl", DutchFormat.INSTANCE);
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
				Charts.stackedCounts("status-chart", "Laatste status per actielijn", page.statusPerActielijn(), colours));
		try (Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
			engine.process("report", context, out);
		}
	}
}
