package nl.stm.pipeline.reconcile;

import java.util.List;

/**
 * One way the programme's money must add up. Its {@link #id()} is stable: findings and settings use it.
 * A rule that compares partner rows is given them one partner of one file at a time
 * ({@link #perPartner()}), so that a million rows are never in memory together; its findings for
 * one partner must not depend on another partner's rows.
 */
public interface ReconciliationRule {

	String id();

	List<Finding> check(ReconciliationInput input, Tolerance tolerance);

	/** Whether the rule reads partner rows: it is then run once per partner file and organisation. */
	default boolean perPartner() {
		return false;
	}
}
