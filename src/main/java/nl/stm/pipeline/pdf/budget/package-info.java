/**
 * Reads the letter's year-column budget tables from the page model and gives them their meaning:
 * the programme overview and the actielijn tables with their amounts in exact euros.
 */
package nl.stm.pipeline.pdf.budget;
