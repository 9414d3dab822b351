package nl.stm.pipeline.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * The rows of {@code bi.v_action} as the view makes them, for the workbook's actions sheet: every action
 * of bi.dim_action with its actielijn's title, its current budget (summed in the report's pass over
 * bi.fact_budget), each current status bi.fact_status has for it (a row per status, as the view's join
 * gives, or one without), what partners report (summed in the pass over the partner rows) and, for the
 * current edition, the number of findings about it. Each part is read once, table by table: H2 evaluates
 * the view's grouped joins again for every action, and with 10 letters that took longer than every CSV
 * file together. The report's test compares the sheet with the view row for row.
 */
final class ActionOverview {

	private static final List<String> COLUMNS = List.of("action_key", "action_title", "actielijn_key", "actielijn_title",
			"is_new", "current_budget_eur", "latest_status_label", "latest_status_period_key", "partner_budgeted_eur",
			"partner_spent_eur", "finding_count", "edition_key");

	private record Status(String label, String period) {
	}

	private final JdbcClient jdbc;

	private final int[] column = new int[COLUMNS.size()];

	private final int width;

	/** The rows of {@code view}, bi.v_action, whose columns must be those the view had when this was written. */
	ActionOverview(JdbcClient jdbc, BiCatalog.View view) {
		this.jdbc = jdbc;
		List<String> names = view.columns().stream().map(BiCatalog.Column::name).toList();
		if (names.size() != COLUMNS.size() || !names.containsAll(COLUMNS)) {
			throw new IllegalStateException("bi." + view.name() + " has columns " + names + "; the actions sheet makes " + COLUMNS);
		}
		for (int i = 0; i < COLUMNS.size(); i++) {
			column[i] = names.indexOf(COLUMNS.get(i));
		}
		this.width = names.size();
	}

	/** Hands every row, in the view's column order, to {@code rows}. */
	void read(BudgetTotals budgets, PartnerTotals partners, ViewReader.RowHandler rows) throws Exception {
		Map<String, String> actielijnTitles = new HashMap<>();
		jdbc.sql("SELECT edition_key, actielijn_key, actielijn_title FROM bi.dim_actielijn").query(rs -> {
			actielijnTitles.put(rs.getString(1) + "/" + rs.getLong(2), rs.getString(3));
		});
		Map<String, List<Status>> statuses = new HashMap<>();
		jdbc.sql("SELECT edition_key, action_key, status_label, period_key FROM bi.fact_status WHERE is_current AND action_key IS NOT NULL")
			.query(rs -> {
				statuses.computeIfAbsent(rs.getString(1) + "/" + rs.getLong(2), k -> new ArrayList<>())
					.add(new Status(rs.getString(3), rs.getString(4)));
			});
		Map<Long, Long> findings = new HashMap<>();
		jdbc.sql("SELECT action_key, COUNT(*) FROM bi.fact_finding WHERE action_key IS NOT NULL GROUP BY action_key").query(rs -> {
			findings.put(rs.getLong(1), rs.getLong(2));
		});
		Set<String> current = new HashSet<>(jdbc.sql("SELECT edition_key FROM public.current_edition").query(String.class).list());
		List<Object[]> actions = jdbc.sql("SELECT action_key, action_title, actielijn_key, is_new, edition_key FROM bi.dim_action")
			.query((rs, n) -> new Object[] { FieldType.INTEGER.read(rs, 1), FieldType.STRING.read(rs, 2),
					FieldType.INTEGER.read(rs, 3), FieldType.BOOLEAN.read(rs, 4), FieldType.STRING.read(rs, 5) })
			.list();
		Object[] row = new Object[width];
		for (Object[] a : actions) {
			Long action = (Long) a[0];
			String edition = (String) a[4];
			PartnerTotals.Sums partner = partners.of(edition, action);
			List<Status> status = statuses.getOrDefault(edition + "/" + action, List.of(new Status(null, null)));
			for (Status s : status) {
				Object[] values = { action, a[1], a[2], a[2] == null ? null : actielijnTitles.get(edition + "/" + a[2]), a[3],
						budgets.current(edition, action), s.label(), s.period(), partner.budgeted(), partner.spent(),
						current.contains(edition) ? findings.getOrDefault(action, 0L) : 0L, edition };
				for (int i = 0; i < values.length; i++) {
					row[column[i]] = values[i];
				}
				rows.row(row);
			}
		}
	}
}
