package nl.stm.pipeline.reconcile;

/** An action's status in a progress report, for comparison with what its partners report. */
public record StatusFigure(LetterRef letter, String period, int action, String status, String statusLabel,
		Source source) {
}
