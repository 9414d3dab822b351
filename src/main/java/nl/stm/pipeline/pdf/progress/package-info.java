/**
 * Reads the progress reports (voortgangsrapportages) from the page model: their tables, the status
 * of each action from its label or coloured icon, and the legend that ties icons to statuses.
 */
package nl.stm.pipeline.pdf.progress;
