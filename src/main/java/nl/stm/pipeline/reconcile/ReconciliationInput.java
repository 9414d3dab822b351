package nl.stm.pipeline.reconcile;

import java.util.List;

/** Everything the rules compare: the letters' printed figures, oldest letter first. */
public record ReconciliationInput(List<LetterFigures> letters) {
}
