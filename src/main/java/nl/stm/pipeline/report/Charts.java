package nl.stm.pipeline.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts, drawn by JFreeChart into inline SVG (JFreeSVG): no images to fetch, sharp
 * in print. Each chart gets its own prefix for the SVG definitions it makes, so several charts can
 * share one page.
 */
final class Charts {

	private static final Color[] PALETTE = { new Color(0x1f4e79), new Color(0x2e86c1), new Color(0x48c9b0),
			new Color(0xf4d03f), new Color(0xe67e22), new Color(0xa569bd), new Color(0x7f8c8d), new Color(0xc0392b) };

	private Charts() {
	}

	/** Budget per year, a bar per year (in year order) stacked by series (actielijn); amounts in euros. */
	static String stackedEuros(String id, String title, Map<String, Map<Integer, BigDecimal>> perSeries) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		SortedSet<Integer> allYears = new TreeSet<>();
		perSeries.values().forEach(years -> allYears.addAll(years.keySet()));
		for (Integer year : allYears) {
			perSeries.forEach((series, years) -> data.addValue(years.get(year), series, year));
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "euro", data, PlotOrientation.VERTICAL, true,
				false, false);
		NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
		axis.setNumberFormatOverride(new DecimalFormat("€ #,##0", DecimalFormatSymbols.getInstance(DutchFormat.DUTCH)));
		style(chart, List.of());
		return svg(id, chart, 760, 380);
	}

	/** Counts per category (actielijn, in the given order), stacked by series (status) in the given colours. */
	static String stackedCounts(String id, String title, List<String> categories,
			Map<String, Map<String, Integer>> perSeries, List<Color> colours) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (String category : categories) {
			perSeries.forEach((series, counts) -> data.addValue(counts.get(category), series, category));
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "acties", data, PlotOrientation.HORIZONTAL,
				true, false, false);
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		style(chart, colours);
		return svg(id, chart, 760, 60 + 40 * Math.max(3, data.getColumnCount()) + 60);
	}

	private static void style(JFreeChart chart, List<Color> colours) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xcccccc));
		StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
			renderer.setSeriesPaint(i, i < colours.size() ? colours.get(i) : PALETTE[i % PALETTE.length]);
		}
	}

	private static String svg(String id, JFreeChart chart, int width, int height) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setDefsKeyPrefix(id + "-");
		chart.draw(g2, new Rectangle(width, height));
		return g2.getSVGElement(id);
	}
}
