package nl.stm.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the findings of a fresh reconciliation run, collected into a list (models in tests are small). */
public final class Reconciliations {

	private Reconciliations() {
	}

	public static List<Finding> run(ReconcileLauncher launcher) throws Exception {
		List<Finding> findings = new ArrayList<>();
		launcher.reconcile(findings::add);
		return findings;
	}
}
