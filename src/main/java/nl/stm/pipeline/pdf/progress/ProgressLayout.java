package nl.stm.pipeline.pdf.progress;

/**
 * The two layouts of progress tables: one row per action (Actieplan 2023–2026), or results that
 * span several activity rows (first edition, 2018–2022). Stored with the report so that an
 * activity number is never read as an action number.
 */
public enum ProgressLayout {

	ACTIONS, RESULTS;

	/** The name the interchange format uses ({@code "actions"}, {@code "results"}). */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
