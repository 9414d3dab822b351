package nl.stm.pipeline.pdf.progress;

/**
 * Where an activity stands in the first edition's results/activities annex (2018–2022): the
 * actielijn's title, the theme heading above it (null before the first one), the result it serves
 * (numbered through the whole annex) with the whole Resultaat cell, and whether the activity was
 * numbered in print or takes its position within the result as its number. Action-level reports
 * (the Actieplan's "Nr. | Actie | …" tables) have none.
 */
public record ResultLevel(String actielijnTitle, String theme, int result, String resultTitle, boolean numbered) {
}
