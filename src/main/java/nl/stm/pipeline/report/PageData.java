package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.ModelSummary;
import nl.stm.pipeline.reconcile.FindingRepository;

/**
 * What the HTML report shows, read from the bi views (and the model's summary and findings, and the
 * partner and budget totals of the report's one pass over the partner rows and budget lines): the
 * programme at a glance (of the current edition), every edition's actielijnen with their actions and
 * timelines (or, without actions, their activities), the findings and the inputs. Plain records, so
 * the template only formats.
 */
@Component
class PageData {

	/** Rejected rows listed per partner file in the page; the rest are in report.xlsx. */
	static final int REJECTED_ROWS_SHOWN = 100;

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

	/** An activity of a results annex (first edition): its result and number, text and latest status. */
	record Activity(int result, int number, String title, Status status) {
	}

	/** An actielijn: its actions, or in an edition without actions its activities. */
	record Actielijn(int number, String title, List<Action> actions, List<Activity> activities) {
	}

	/**
	 * A programme edition with its actielijnen, and the years its actions have figures for. Partner
	 * figures are those of the edition partners report on (the current one); earlier editions have none.
	 */
	record Edition(String key, String name, int firstYear, int lastYear, List<Integer> years, List<Actielijn> actielijnen) {
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
			Map<String, Long> findingsPerSeverity, List<Edition> editions, FindingsShown findings,
			List<Letter> letters, List<PartnerFile> partnerFiles, Map<String, List<RejectedRow>> rejectedPerPartner,
			Map<String, Long> rejectedTotalPerPartner) {
	}

	Page read(PartnerTotals partners, BudgetTotals budgets) {
		ModelSummary summary = model.summary();
		Map<Integer, Map<Integer, BigDecimal>> partnerBudgeted = new TreeMap<>();
		Map<Integer, Map<Integer, BigDecimal>> partnerSpent = new TreeMap<>();
		partners.perActionYear().forEach((action, years) -> years.forEach((year, sums) -> {
			if (sums.budgeted() != null) {
				partnerBudgeted.computeIfAbsent(action, k -> new TreeMap<>()).put(year, sums.budgeted());
			}
			if (sums.spent() != null) {
				partnerSpent.computeIfAbsent(action, k -> new TreeMap<>()).put(year, sums.spent());
			}
		}));
		Map<String, String> colours = statusColours();
		String currentEdition = jdbc.sql("SELECT edition_key FROM public.current_edition").query(String.class).optional().orElse(null);
		List<Edition> editions = jdbc.sql("""
				SELECT edition_key, edition_name, first_year, last_year FROM bi.dim_edition WHERE actielijn_count > 0
				ORDER BY first_year""")
			.query((rs, n) -> new Edition(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), new ArrayList<>(),
					new ArrayList<>()))
			.list();
		for (Edition edition : editions) {
			boolean current = edition.key().equals(currentEdition);
			fill(edition, colours, budgets, current ? partnerBudgeted : Map.of(), current ? partnerSpent : Map.of());
		}
		List<Actielijn> actielijnen = editions.stream()
			.filter(e -> e.key().equals(currentEdition))
			.findFirst()
			.map(Edition::actielijnen)
			.orElse(List.of());
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
		Map<Integer, BigDecimal> current = currentEdition == null ? Map.of() : budgets.currentPerYear(currentEdition);
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
		FindingsShown shown = FindingsShown.read(findings);
		return new Page(List.copyOf(years), perYear, budgetPerActielijn, statusPerActielijn, labelColours, severities,
				editions, shown, letters(), partnerFiles(), rejected, rejectedTotals);
	}

	/** Fills in the edition's actielijnen with their actions (or activities), and the years shown. */
	private void fill(Edition edition, Map<String, String> colours, BudgetTotals budgets,
			Map<Integer, Map<Integer, BigDecimal>> partnerBudgeted, Map<Integer, Map<Integer, BigDecimal>> partnerSpent) {
		String key = edition.key();
		Map<Integer, Map<Integer, BigDecimal>> budget = budgets.currentPerActionYear(key);
		Map<Integer, Status> latest = new TreeMap<>();
		Map<Integer, List<Activity>> activities = new TreeMap<>();
		jdbc.sql("""
				SELECT layout, action_key, actielijn_key, result_no, activity_no, row_title, status_code, status_label, period_key
				FROM bi.fact_status WHERE is_current AND edition_key = ? ORDER BY actielijn_key, result_no, activity_no""")
			.param(key)
			.query(rs -> {
				Status status = status(rs.getString(7), rs.getString(8), rs.getString(9), colours);
				if ("RESULTS".equals(rs.getString(1))) {
					activities.computeIfAbsent(rs.getInt(3), k -> new ArrayList<>())
						.add(new Activity(rs.getInt(4), rs.getInt(5), rs.getString(6), status));
				}
				else {
					latest.put(rs.getInt(2), status);
				}
			});
		Map<Integer, List<TimelineEntry>> timelines = timelines(colours, key, budgets);
		Map<Integer, Actielijn> byNumber = new TreeMap<>();
		jdbc.sql("SELECT actielijn_key, actielijn_title FROM bi.dim_actielijn WHERE edition_key = ? ORDER BY actielijn_key")
			.param(key)
			.query(rs -> {
				byNumber.put(rs.getInt(1), new Actielijn(rs.getInt(1), rs.getString(2), new ArrayList<>(),
						activities.getOrDefault(rs.getInt(1), List.of())));
			});
		jdbc.sql("SELECT action_key, action_title, is_new, actielijn_key FROM bi.dim_action WHERE edition_key = ? ORDER BY action_key")
			.param(key)
			.query(rs -> {
				Actielijn line = byNumber.get((Integer) rs.getObject(4));
				int number = rs.getInt(1);
				if (line != null) {
					line.actions().add(new Action(number, rs.getString(2), rs.getBoolean(3), budget.getOrDefault(number, Map.of()),
							latest.get(number), partnerBudgeted.getOrDefault(number, Map.of()),
							partnerSpent.getOrDefault(number, Map.of()), timelines.getOrDefault(number, List.of())));
				}
			});
		edition.actielijnen().addAll(byNumber.values());
		TreeSet<Integer> years = new TreeSet<>();
		budget.values().forEach(m -> years.addAll(m.keySet()));
		partnerBudgeted.values().forEach(m -> years.addAll(m.keySet()));
		partnerSpent.values().forEach(m -> years.addAll(m.keySet()));
		edition.years().addAll(years);
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

	/** A letter as a timeline shows it. */
	private record Letterhead(long seq, LocalDate date, String name) {
	}

	private Map<Integer, List<TimelineEntry>> timelines(Map<String, String> colours, String edition, BudgetTotals budgets) {
		Map<Long, Letterhead> documents = new HashMap<>();
		jdbc.sql("SELECT document_key, document_seq, letter_date, document_name FROM bi.dim_document").query(rs -> {
			documents.put(rs.getLong(1), new Letterhead(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
		});
		Map<Integer, Map<String, TimelineEntry>> entries = new TreeMap<>();
		budgets.perLetter(edition).forEach((action, letters) -> {
			Map<String, TimelineEntry> timeline = entries.computeIfAbsent(action, k -> new LinkedHashMap<>());
			letters.entrySet()
				.stream()
				.sorted(Comparator.comparingLong(letter -> documents.get(letter.getKey()).seq()))
				.forEach(letter -> {
					Letterhead d = documents.get(letter.getKey());
					timeline.put("b" + d.seq(), new TimelineEntry(d.date(), d.name(), "begroting", new TreeMap<>(letter.getValue()), null));
				});
		});
		jdbc.sql("""
				SELECT s.action_key, d.document_seq, s.report_no, s.row_no, d.letter_date, d.document_name, s.status_code,
				  s.status_label, s.period_key
				FROM bi.fact_status s JOIN bi.dim_document d ON d.document_key = s.document_key
				WHERE s.edition_key = ? AND s.action_key IS NOT NULL
				ORDER BY d.document_seq, s.report_no, s.row_no""")
			.param(edition)
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

	private static Map<Integer, BigDecimal> perYear(Map<Integer, Map<Integer, BigDecimal>> perActionYear) {
		Map<Integer, BigDecimal> result = new TreeMap<>();
		perActionYear.values().forEach(years -> years.forEach((year, amount) -> result.merge(year, amount, BigDecimal::add)));
		return result;
	}
}
