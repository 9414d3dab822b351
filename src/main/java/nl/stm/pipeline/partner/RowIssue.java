package nl.stm.pipeline.partner;

/** A rejected or flagged row of a partner file: its physical line, the code and a one-line reason. */
public record RowIssue(int line, String code, String message) {
}
