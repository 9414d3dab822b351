package nl.stm.pipeline.reconcile;

import java.time.LocalDate;

/** A letter in the model: its id, how people name it, its date and Kamerstuk number. */
public record LetterRef(long id, String name, LocalDate date, Integer number) {
}
