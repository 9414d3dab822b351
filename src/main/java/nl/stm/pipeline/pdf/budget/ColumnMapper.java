package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import nl.stm.pipeline.pdf.page.Word;

/**
 * Assigns value cells to year columns. Header words and numbers are rarely aligned the same way
 * (a left-aligned "2024" over right-aligned "0,38"), so nearest-centre assignment puts a dash under
 * 2023 into 2024. Instead the mapper finds how the numbers are aligned (the edge on which they
 * line up best: right, centre or left) and the one horizontal offset between that edge and the
 * header words that explains all cells, constrained to the direction that alignment implies.
 */
final class ColumnMapper {

	/** The key of a row-total column printed after the years ("Totaal"): its cells are no year's amount. */
	static final int TOTAL_COLUMN = 0;

	private static final float CLUSTER = 2.0f;

	/** The cost of a cell no column explains; caps the influence of a stray value. */
	private static final double UNEXPLAINED = 20;

	private final List<Float> anchors;

	private final List<Integer> years;

	private final ToDoubleFunction<float[]> edge;

	private ColumnMapper(List<Float> anchors, List<Integer> years, ToDoubleFunction<float[]> edge) {
		this.anchors = anchors;
		this.years = years;
		this.edge = edge;
	}

	static ColumnMapper fit(List<Word> yearWords, List<Integer> years, List<Word> valueWords) {
		// distinct cell boxes with their count: letters repeat the same few widths at the same places
		Map<List<Float>, Integer> boxes = new LinkedHashMap<>();
		for (List<Word> cell : group(valueWords)) {
			boxes.merge(List.of(round(cell.get(0).x0()), round(cell.get(cell.size() - 1).x1())), 1, Integer::sum);
		}
		List<float[]> cells = new ArrayList<>();
		boxes.forEach((box, count) -> cells.add(new float[] { box.get(0), box.get(1), count }));
		int yearCount = (int) years.stream().filter(y -> y != TOTAL_COLUMN).count();
		float pitch = yearCount > 1
				? (yearWords.get(yearCount - 1).center() - yearWords.get(0).center()) / (yearCount - 1) : 40;
		List<Alignment> alignments = List.of(
				new Alignment(c -> c[1], w -> w.x1(), -2, pitch - 2),
				new Alignment(c -> (c[0] + c[1]) / 2, Word::center, -pitch / 2, pitch / 2),
				new Alignment(c -> c[0], Word::x0, -(pitch - 2), 2));
		Fit best = null;
		for (Alignment a : alignments) {
			Fit fit = fit(cells, a, yearWords, pitch);
			if (best == null || fit.clusters() < best.clusters()
					|| (fit.clusters() == best.clusters() && fit.cost() < best.cost() - 0.5)) {
				best = fit;
			}
		}
		Fit chosen = best;
		List<Float> anchors = yearWords.stream()
			.map(w -> (float) chosen.alignment().wordEdge().applyAsDouble(w) + chosen.offset())
			.toList();
		return new ColumnMapper(anchors, years, chosen.alignment().cellEdge());
	}

	/**
	 * The best offset for one alignment. When numbers line up equally well on several edges (a
	 * small table of equally wide numbers), the cost decides, and the cost counts a cell as
	 * unexplained when it and its header word would not fit in one column (one pitch wide): this
	 * rules out the reading that shifts every cell one column when the first column is empty.
	 */
	private static Fit fit(List<float[]> cells, Alignment a, List<Word> yearWords, float pitch) {
		int clusters = clusterCount(cells, a.cellEdge());
		float best = (float) Math.max(a.minOffset(), Math.min(a.maxOffset(), 0));
		double bestCost = cost(cells, a, yearWords, pitch, best);
		Set<Float> distinct = new HashSet<>();
		for (float[] c : cells) {
			for (Word h : yearWords) {
				float o = round((float) (a.cellEdge().applyAsDouble(c) - a.wordEdge().applyAsDouble(h)));
				if (o >= a.minOffset() && o <= a.maxOffset()) {
					distinct.add(o);
				}
			}
		}
		List<Float> candidates = new ArrayList<>(distinct);
		candidates.sort(Comparator.comparingDouble(Math::abs));
		for (float o : candidates) {
			double cost = cost(cells, a, yearWords, pitch, o);
			if (cost < bestCost - 0.01) {
				bestCost = cost;
				best = o;
			}
		}
		return new Fit(a, clusters, best, bestCost);
	}

	private static double cost(List<float[]> cells, Alignment a, List<Word> yearWords, float pitch, float offset) {
		double total = 0;
		for (float[] c : cells) {
			double p = a.cellEdge().applyAsDouble(c);
			double nearest = Double.MAX_VALUE;
			Word header = null;
			for (Word h : yearWords) {
				double d = Math.abs(p - a.wordEdge().applyAsDouble(h) - offset);
				if (d < nearest) {
					nearest = d;
					header = h;
				}
			}
			boolean oneColumn = Math.max(c[1], header.x1()) - Math.min(c[0], header.x0()) <= pitch + 1;
			total += c[2] * (oneColumn ? Math.min(nearest, UNEXPLAINED) : UNEXPLAINED);
		}
		return total;
	}

	/** To a tenth of a point: finer than any alignment difference, coarse enough to merge repeats. */
	private static float round(float x) {
		return Math.round(x * 10) / 10f;
	}

	/**
	 * Groups value words into cells: words not separated by a column gap form one cell ("€ 5"),
	 * except that two numbers never do. Narrow columns set wide numbers closer than a column gap
	 * ("412,5 1.327,5" right-aligned in 41 pt columns), yet no cell prints two amounts.
	 */
	static List<List<Word>> group(List<Word> words) {
		List<List<Word>> cells = new ArrayList<>();
		List<Word> sorted = new ArrayList<>(words);
		List<Word> current = null;
		for (Word w : sorted) {
			Word last = current == null ? null : current.get(current.size() - 1);
			if (last == null || w.gapBefore() || w.x0() < last.x0()
					|| (GridTableReader.isAmountToken(last.text()) && GridTableReader.isAmountToken(w.text()))) {
				current = new ArrayList<>();
				cells.add(current);
			}
			current.add(w);
		}
		return cells;
	}

	/** Cells of one row by year; cells that fall outside every column are under the key null. */
	Map<Integer, List<Word>> cells(List<Word> rowValues) {
		Map<Integer, List<Word>> result = new LinkedHashMap<>();
		for (List<Word> cell : group(rowValues)) {
			float[] box = { cell.get(0).x0(), cell.get(cell.size() - 1).x1() };
			double position = edge.applyAsDouble(box);
			int nearest = -1;
			double distance = Double.MAX_VALUE;
			for (int i = 0; i < anchors.size(); i++) {
				double d = Math.abs(position - anchors.get(i));
				if (d < distance) {
					distance = d;
					nearest = i;
				}
			}
			double pitch = anchors.size() > 1 ? Math.abs(anchors.get(1) - anchors.get(0)) : 40;
			Integer year = distance <= pitch / 2 ? years.get(nearest) : null;
			List<Word> words = new ArrayList<>(cell);
			words.removeIf(w -> "€".equals(w.text()));
			if (!words.isEmpty()) {
				result.merge(year, words, (a, b) -> {
					List<Word> merged = new ArrayList<>(a);
					merged.addAll(b);
					return merged;
				});
			}
		}
		return result;
	}

	private static int clusterCount(List<float[]> cells, ToDoubleFunction<float[]> edge) {
		List<Double> positions = cells.stream().map(edge::applyAsDouble).sorted().toList();
		int clusters = 0;
		double last = Double.NEGATIVE_INFINITY;
		for (double p : positions) {
			if (p - last > CLUSTER) {
				clusters++;
			}
			last = p;
		}
		return clusters;
	}

	private record Alignment(ToDoubleFunction<float[]> cellEdge, ToDoubleFunction<Word> wordEdge, float minOffset,
			float maxOffset) {
	}

	private record Fit(Alignment alignment, int clusters, float offset, double cost) {
	}
}
