/**
 * Reconciliation: every place the programme's money is stated twice is checked against the other,
 * with rounding-aware tolerances, and each difference becomes a traceable finding.
 */
package nl.stm.pipeline.reconcile;
