package nl.stm.pipeline.reconcile;

/** How much a finding matters: ERROR = amounts that cannot both be right. */
public enum Severity {

	ERROR, WARNING, INFO

}
