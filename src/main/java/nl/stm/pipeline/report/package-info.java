/**
 * The report step: writes what the model holds for people and other tools into a run folder
 * ({@code output/<yyyy-MM-dd'T'HHmmss>/}, published atomically, then copied to {@code output/latest/}):
 * {@code report.html} (with evidence cut from the letters), {@code report.xlsx}, one CSV per bi view
 * of the star schema and {@code datapackage.json} (Frictionless Data Package). Text from letters and
 * partners never becomes a formula.
 */
package nl.stm.pipeline.report;
