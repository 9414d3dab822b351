package nl.stm.pipeline.reconcile;

import java.util.List;

import nl.stm.pipeline.pdf.page.BBox;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Findings as JSON Lines ({@code reconcile --json}) and their sources as stored JSON. */
public final class FindingJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private FindingJson() {
	}

	public static String toJsonLine(Finding f) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("rule", f.rule());
		node.put("severity", f.severity().name());
		node.put("actielijn", f.actielijn());
		node.put("action", f.action());
		node.put("year", f.year());
		node.put("partner", f.partner());
		node.put("observed_eur", f.observed());
		node.put("expected_eur", f.expected());
		node.put("difference_eur", f.difference());
		node.put("tolerance_eur", f.tolerance());
		node.put("message", f.message());
		sources(node.putArray("sources"), f.sources());
		return MAPPER.writeValueAsString(node);
	}

	static String sourcesJson(List<Source> sources) {
		ArrayNode array = MAPPER.createArrayNode();
		sources(array, sources);
		return MAPPER.writeValueAsString(array);
	}

	static List<Source> sources(String json) {
		List<Source> sources = new java.util.ArrayList<>();
		for (tools.jackson.databind.JsonNode n : MAPPER.readTree(json)) {
			sources.add(n.has("file") ? Source.partnerFile(n.get("file").asString(), n.get("line").asInt())
					: Source.letter(n.get("document").asString(), n.get("page").asInt(), n.get("table").asString(),
							n.get("row").isNull() ? null : n.get("row").asString(), box(n.get("bbox"))));
		}
		return sources;
	}

	private static BBox box(tools.jackson.databind.JsonNode n) {
		return n == null || n.isNull() ? null
				: new BBox(n.get("page").asInt(), n.get("x0").floatValue(), n.get("y0").floatValue(), n.get("x1").floatValue(),
						n.get("y1").floatValue());
	}

	private static void sources(ArrayNode array, List<Source> sources) {
		for (Source s : sources) {
			ObjectNode node = array.addObject();
			if (s.file() != null) {
				node.put("file", s.file());
				node.put("line", s.line());
			}
			else {
				node.put("document", s.document());
				node.put("page", s.page());
				node.put("table", s.table());
				node.put("row", s.row());
				if (s.box() != null) {
					node.putObject("bbox")
						.put("page", s.box().page())
						.put("x0", s.box().x0())
						.put("y0", s.box().y0())
						.put("x1", s.box().x1())
						.put("y1", s.box().y1());
				}
			}
		}
	}
}
