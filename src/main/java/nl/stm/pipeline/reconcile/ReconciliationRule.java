package nl.stm.pipeline.reconcile;

import java.util.List;

/** One way the programme's money must add up. Its {@link #id()} is stable: findings and settings use it. */
public interface ReconciliationRule {

	String id();

	List<Finding> check(ReconciliationInput input, Tolerance tolerance);
}
