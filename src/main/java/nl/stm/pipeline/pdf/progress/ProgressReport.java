package nl.stm.pipeline.pdf.progress;

import java.util.List;

/**
 * A progress report's status table (Nr. | Actie | Actiehouder(s) | Stand van zaken | Toelichting,
 * or the first edition's Nr. | Resultaat | Activiteiten | Stand van zaken | Toelichting), read
 * across its pages: the period it reports on ({@code 2025-H1}, {@code 2021}, null when not
 * printed), the page the table starts on, the document's own legend of status icons, its layout
 * and the rows.
 */
public record ProgressReport(String period, int firstPage, List<LegendEntry> legend, ProgressLayout layout,
		List<ProgressRow> rows) {
}
