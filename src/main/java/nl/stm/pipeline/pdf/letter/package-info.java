/**
 * Reads what a letter says outside its tables: the letter head (Kamerstuk dossier and number, date, sender) and
 * the amounts stated in its prose, kept apart so the table readers need not know about running text.
 */
package nl.stm.pipeline.pdf.letter;
