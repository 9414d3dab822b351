package nl.stm.pipeline.model;

/** A legend entry of a progress report: which colour and form means which status there. */
public record StatusLegendEntry(String status, String label, String colour, String form, int page) {
}
