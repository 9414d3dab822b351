package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.ModelSummary;
import nl.stm.pipeline.reconcile.Finding;
import nl.stm.pipeline.reconcile.FindingRepository;

/**
 * What the HTML report shows, read from the bi views (and the model's summary and findings): the
 * programme at a glance, every actielijn with its actions and their timelines, the findings and the
 * inputs. Plain records, so the template only formats.
 */
@Component
class PageData {

	/** Rejected rows listed per partner file in the page; the rest are in report.xlsx. */
	static final int REJECTED_ROWS_SHOWN = 100;

	/** The report shows the edition partners report on (the latest with actions); earlier editions are history. */
	private static final String CURRENT_EDITION = "edition_key IN (SELECT edition_key FROM public.current_edition)";

	private final JdbcClient jdbc;

	private final ActionModelRepository model;

	private final FindingRepository findings;

	PageData(JdbcClient jdbc, ActionModelRepository model, FindingRepository findings) {
		this.jdbc = jdbc;
		this.model = model;
		this.findings = findings;
	}

	record YearFigures(int year, BigDecimal printedTotal, BigDecimal currentBudget, BigDecimal partnerBudgeted,
			BigDecimal partnerSpent) {
	}

	record Status(String code, String label, String period, String colour) {
	}

	record TimelineEntry(LocalDate date, String document, String what, Map<Integer, BigDecimal> budget, Status status) {
	}

	record Action(int number, String title, boolean isNew, Map<Integer, BigDecimal> budget, Status status,
			Map<Integer, BigDecimal> partnerBudgeted, Map<Integer, BigDecimal> partnerSpent, List<TimelineEntry> timeline) {
	}

	record Actielijn(int number, String title, List<Action> actions) {
	}

	record Letter(String name, String dossier, Integer number, LocalDate date, int pages, String file, int tables,
			int statusRows) {
	}

	record PartnerFile(String file, String partner, String period, Integer read, Integer accepted, Integer rejected,
			String outcome, Map<String, Integer> rejectedPerCode) {
	}

	record RejectedRow(String file, int line, String code, String message, String raw) {
	}

	record Page(List<Integer> years, List<YearFigures> perYear, Map<String, Map<Integer, BigDecimal>> budgetPerActielijn,
			Map<String, Map<String, Integer>> statusPerActielijn, Map<String, String> statusLabelColours,
			Map<String, Long> findingsPerSeverity, List<Actielijn> actielijnen, List<Finding> findings,
			List<Letter> letters, List<PartnerFile> partnerFiles, Map<String, List<RejectedRow>> rejectedPerPartner,
			Map<String, Long> rejectedTotalPerPartner) {
	}

	Page read() {
		ModelSummary summary = model.summary();
		Map<Integer, Map<Integer, BigDecimal>> budgetPerAction = perActionYear(
				"SELECT action_key, budget_year, SUM(amount_eur) FROM bi.fact_budget WHERE is_current AND action_key IS NOT NULL AND " + CURRENT_EDITION
						+ " GROUP BY action_key, budget_year");
		Map<Integer, Map<Integer, BigDecimal>> partnerBudgeted = new TreeMap<>();
		Map<Integer, Map<Integer, BigDecimal>> partnerSpent = new TreeMap<>();
		partnerFigures(partnerBudgeted, partnerSpent);
		Map<String, String> colours = statusColours();
		Map<Integer, Status> latest = new TreeMap<>();
		jdbc.sql("SELECT action_key, status_code, status_label, period_key FROM bi.fact_status WHERE is_current AND " + CURRENT_EDITION)
			.query(rs -> {
				latest.put(rs.getInt(1), status(rs.getString(2), rs.getString(3), rs.getString(4), colours));
			});
		Map<Integer, List<TimelineEntry>> timelines = timelines(colours);
		List<Actielijn> actielijnen = actielijnen(a -> new Action(a.getKey(), a.getValue().title(), a.getValue().isNew(),
				budgetPerAction.getOrDefault(a.getKey(), Map.of()), latest.get(a.getKey()),
				partnerBudgeted.getOrDefault(a.getKey(), Map.of()), partnerSpent.getOrDefault(a.getKey(), Map.of()),
				timelines.getOrDefault(a.getKey(), List.of())));
		Map<String, Map<Integer, BigDecimal>> budgetPerActielijn = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> statusPerActielijn = new LinkedHashMap<>();
		Map<String, String> labelColours = new LinkedHashMap<>();
		for (Actielijn line : actielijnen) {
			String name = "Actielijn " + line.number();
			Map<Integer, BigDecimal> budget = new TreeMap<>();
			Map<String, Integer> statuses = new TreeMap<>();
			for (Action action : line.actions()) {
				action.budget().forEach((year, amount) -> budget.merge(year, amount, BigDecimal::add));
				String label = action.status() == null || action.status().label() == null ? "Onbekend" : action.status().label();
				statuses.merge(label, 1, Integer::sum);
				if (action.status() != null && action.status().colour() != null) {
					labelColours.putIfAbsent(label, action.status().colour());
				}
			}
			budgetPerActielijn.put(name, budget);
			statuses.forEach((status, count) -> statusPerActielijn.computeIfAbsent(status, s -> new LinkedHashMap<>())
				.put(name, count));
		}
		TreeSet<Integer> years = new TreeSet<>();
		years.addAll(summary.programmeTotalPerYear().keySet());
		budgetPerActielijn.values().forEach(m -> years.addAll(m.keySet()));
		Map<Integer, BigDecimal> budgeted = perYear(partnerBudgeted);
		Map<Integer, BigDecimal> spent = perYear(partnerSpent);
		Map<Integer, BigDecimal> current = perYear("SELECT budget_year, SUM(amount_eur) FROM bi.fact_budget WHERE is_current AND " + CURRENT_EDITION + " GROUP BY budget_year");
		List<YearFigures> perYear = years.stream()
			.map(y -> new YearFigures(y, summary.programmeTotalPerYear().get(y), current.get(y), budgeted.get(y), spent.get(y)))
			.toList();
		Map<String, Long> severities = new TreeMap<>();
		jdbc.sql("SELECT severity, COUNT(*) FROM bi.fact_finding GROUP BY severity")
			.query(rs -> {
				severities.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, List<RejectedRow>> rejected = new TreeMap<>();
		Map<String, Long> rejectedTotals = new TreeMap<>();
		rejected(rejected, rejectedTotals);
		return new Page(List.copyOf(years), perYear, budgetPerActielijn, statusPerActielijn, labelColours, severities,
				actielijnen, findings.all(), letters(), partnerFiles(), rejected, rejectedTotals);
	}

	/** An action as dim_action names it. */
	private record ActionName(String title, boolean isNew) {
	}

	/** The actielijnen in order, each with its actions (made by {@code action} from number and name). */
	private List<Actielijn> actielijnen(Function<Map.Entry<Integer, ActionName>, Action> action) {
		List<Actielijn> actielijnen = jdbc.sql("SELECT actielijn_key, actielijn_title FROM bi.dim_actielijn WHERE " + CURRENT_EDITION
				+ " ORDER BY actielijn_key")
			.query((rs, n) -> new Actielijn(rs.getInt(1), rs.getString(2), new ArrayList<>()))
			.list();
		Map<Integer, Actielijn> byNumber = new TreeMap<>();
		actielijnen.forEach(l -> byNumber.put(l.number(), l));
		jdbc.sql("SELECT action_key, action_title, is_new, actielijn_key FROM bi.dim_action WHERE " + CURRENT_EDITION + " ORDER BY action_key")
			.query(rs -> {
				Actielijn line = byNumber.get((Integer) rs.getObject(4));
				if (line != null) {
					line.actions().add(action.apply(Map.entry(rs.getInt(1), new ActionName(rs.getString(2), rs.getBoolean(3)))));
				}
			});
		return actielijnen;
	}

	/** What partners report now per action and year, budgeted and spent, in one pass over their rows. */
	private void partnerFigures(Map<Integer, Map<Integer, BigDecimal>> budgeted, Map<Integer, Map<Integer, BigDecimal>> spent) {
		jdbc.sql("""
				SELECT action_key, budget_year, SUM(budgeted_eur), SUM(spent_eur) FROM bi.fact_partner_submission
				WHERE budget_year IS NOT NULL GROUP BY action_key, budget_year""")
			.query(rs -> {
				if (rs.getBigDecimal(3) != null) {
					budgeted.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
				}
				if (rs.getBigDecimal(4) != null) {
					spent.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(4));
				}
			});
	}

	private Status status(String code, String label, String period, Map<String, String> colours) {
		return new Status(code, label, period, code == null ? null : colours.get(code));
	}

	/** The colour of each status in the legends of the progress reports (the latest report's wins). */
	private Map<String, String> statusColours() {
		Map<String, String> colours = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT l.status, l.colour FROM status_legend l JOIN bi.dim_document d ON d.document_key = l.document_id
				WHERE l.status IS NOT NULL AND l.colour IS NOT NULL ORDER BY d.document_seq, l.report_no, l.seq_no""")
			.query(rs -> {
				colours.put(rs.getString(1), rs.getString(2).strip());
			});
		colours.values().removeIf(c -> !c.matches("#[0-9a-fA-F]{6}"));
		return colours;
	}

	private Map<Integer, List<TimelineEntry>> timelines(Map<String, String> colours) {
		Map<Integer, Map<String, TimelineEntry>> entries = new TreeMap<>();
		jdbc.sql("""
				SELECT f.action_key, d.document_seq, d.letter_date, d.document_name, f.budget_year, SUM(f.amount_eur)
				FROM bi.fact_budget f JOIN bi.dim_document d ON d.document_key = f.document_key
				WHERE f.action_key IS NOT NULL AND f.edition_key IN (SELECT edition_key FROM public.current_edition)
				GROUP BY f.action_key, d.document_seq, d.letter_date, d.document_name, f.budget_year
				ORDER BY d.document_seq, f.budget_year""")
			.query(rs -> {
				Map<String, TimelineEntry> action = entries.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>());
				String key = "b" + rs.getLong(2);
				if (!action.containsKey(key)) {
					action.put(key, new TimelineEntry(rs.getObject(3, LocalDate.class), rs.getString(4), "begroting",
							new TreeMap<>(), null));
				}
				action.get(key).budget().put(rs.getInt(5), rs.getBigDecimal(6));
			});
		jdbc.sql("""
				SELECT s.action_key, d.document_seq, s.report_no, s.row_no, d.letter_date, d.document_name, s.status_code,
				  s.status_label, s.period_key
				FROM bi.fact_status s JOIN bi.dim_document d ON d.document_key = s.document_key
				WHERE s.edition_key IN (SELECT edition_key FROM public.current_edition)
				ORDER BY d.document_seq, s.report_no, s.row_no""")
			.query(rs -> {
				entries.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
					.put("s" + rs.getLong(2) + "-" + rs.getInt(3) + "-" + rs.getInt(4),
							new TimelineEntry(rs.getObject(5, LocalDate.class), rs.getString(6), "status", Map.of(),
									status(rs.getString(7), rs.getString(8), rs.getString(9), colours)));
			});
		Map<Integer, List<TimelineEntry>> result = new TreeMap<>();
		entries.forEach((action, map) -> result.put(action, map.values()
			.stream()
			.sorted(Comparator.comparing(TimelineEntry::date, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList()));
		return result;
	}

	private List<Letter> letters() {
		return jdbc.sql("""
				SELECT d.document_name, d.dossier, d.document_number, d.letter_date, d.pages, d.file_name,
				  (SELECT COUNT(*) FROM letter_table t WHERE t.document_id = d.document_key),
				  (SELECT COUNT(*) FROM status_report r WHERE r.document_id = d.document_key)
				FROM bi.dim_document d ORDER BY d.document_seq""")
			.query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
					rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	private List<PartnerFile> partnerFiles() {
		Map<Long, Map<String, Integer>> perCode = new TreeMap<>();
		jdbc.sql("SELECT ledger_id, code, COUNT(*) FROM rejected_row GROUP BY ledger_id, code ORDER BY code")
			.query(rs -> {
				perCode.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
			});
		return jdbc.sql("""
				SELECT id, file_name, partner, period, rows_read, accepted, rejected, outcome FROM import_ledger
				ORDER BY started_at, id""")
			.query((rs, n) -> new PartnerFile(rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5),
					(Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8),
					perCode.getOrDefault(rs.getLong(1), Map.of())))
			.list();
	}

	private void rejected(Map<String, List<RejectedRow>> shown, Map<String, Long> totals) {
		jdbc.sql("""
				SELECT COALESCE(partner_name, file_name), file_name, line_no, reject_code, message, raw_record
				FROM bi.fact_rejected_row ORDER BY 1, file_name, line_no""")
			.query(rs -> {
				String partner = rs.getString(1);
				totals.merge(partner, 1L, Long::sum);
				List<RejectedRow> rows = shown.computeIfAbsent(partner, p -> new ArrayList<>());
				if (rows.size() < REJECTED_ROWS_SHOWN) {
					rows.add(new RejectedRow(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
				}
			});
	}

	private Map<Integer, Map<Integer, BigDecimal>> perActionYear(String sql) {
		Map<Integer, Map<Integer, BigDecimal>> result = new TreeMap<>();
		jdbc.sql(sql)
			.query(rs -> {
				result.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
			});
		return result;
	}

	private static Map<Integer, BigDecimal> perYear(Map<Integer, Map<Integer, BigDecimal>> perActionYear) {
		Map<Integer, BigDecimal> result = new TreeMap<>();
		perActionYear.values().forEach(years -> years.forEach((year, amount) -> result.merge(year, amount, BigDecimal::add)));
		return result;
	}

	private Map<Integer, BigDecimal> perYear(String sql) {
		Map<Integer, BigDecimal> result = new TreeMap<>();
		jdbc.sql(sql).query(rs -> {
			result.put(rs.getInt(1), rs.getBigDecimal(2));
		});
		return result;
	}
}
