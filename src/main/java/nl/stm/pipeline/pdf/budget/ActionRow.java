package nl.stm.pipeline.pdf.budget;

import java.util.List;

/** A row of an actielijn table; it may cover several actions ("3 en 4."). Bold rows are new actions. */
public record ActionRow(List<Integer> actions, boolean isNew, int page, String title, List<Amount> amounts) {
}
