package nl.stm.pipeline.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Assigns value cells to year columns. Header words and numbers are rarely aligned the same way
 * (a left-aligned "2024" over right-aligned "0,38"), so nearest-centre assignment puts a dash under
 * 2023 into 2024. Instead the mapper finds how the numbers are aligned (the edge on which they
 * line up best: right, centre or left) and the one horizontal offset between that edge and the
 * header words that explains all cells, constrained to the direction that alignment implies.
 */
final class ColumnMapper {

	private static final float CLUSTER = 2.0f;

	private final List<Float> anchors;

	private final List<Integer> years;

	private final ToDoubleFunction<float[]> edge;

	private ColumnMapper(List<Float> anchors, List<Integer> years, ToDoubleFunction<float[]> edge) {
		this.anchors = anchors;
		this.years = years;
		this.edge = edge;
	}

	static ColumnMapper fit(List<Word> yearWords, List<Integer> years, List<Word> valueWords) {
		List<float[]> cells = new ArrayList<>();
		for (List<Word> cell : group(valueWords)) {
			cells.add(new float[] { cell.get(0).x0(), cell.get(cell.size() - 1).x1() });
		}
		float pitch = years.size() > 1
				? (yearWords.get(yearWords.size() - 1).center() - yearWords.get(0).center()) / (years.size() - 1) : 40;
		List<Alignment> alignments = List.of(
				new Alignment(c -> c[1], w -> w.x1(), -2, pitch - 2),
				new Alignment(c -> (c[0] + c[1]) / 2, Word::center, -pitch / 2, pitch / 2),
				new Alignment(c -> c[0], Word::x0, -(pitch - 2), 2));
		Alignment best = alignments.stream()
			.min(Comparator.comparingInt(a -> clusterCount(cells, a.cellEdge())))
			.orElseThrow();
		List<Float> headerEdges = yearWords.stream().map(w -> (float) best.wordEdge().applyAsDouble(w)).toList();
		float offset = bestOffset(cells, best, headerEdges);
		List<Float> anchors = headerEdges.stream().map(h -> h + offset).toList();
		return new ColumnMapper(anchors, years, best.cellEdge());
	}

	/** Groups value words into cells: words not separated by a column gap form one cell. */
	static List<List<Word>> group(List<Word> words) {
		List<List<Word>> cells = new ArrayList<>();
		List<Word> sorted = new ArrayList<>(words);
		List<Word> current = null;
		for (Word w : sorted) {
			if (current == null || w.gapBefore() || w.x0() < current.get(current.size() - 1).x0()) {
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

	private static float bestOffset(List<float[]> cells, Alignment a, List<Float> headerEdges) {
		float best = (float) Math.max(a.minOffset(), Math.min(a.maxOffset(), 0));
		double bestCost = cost(cells, a, headerEdges, best);
		List<Float> candidates = new ArrayList<>();
		for (float[] c : cells) {
			for (float h : headerEdges) {
				float o = (float) (a.cellEdge().applyAsDouble(c) - h);
				if (o >= a.minOffset() && o <= a.maxOffset()) {
					candidates.add(o);
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Math::abs));
		for (float o : candidates) {
			double cost = cost(cells, a, headerEdges, o);
			if (cost < bestCost - 0.01) {
				bestCost = cost;
				best = o;
			}
		}
		return best;
	}

	private static double cost(List<float[]> cells, Alignment a, List<Float> headerEdges, float offset) {
		double total = 0;
		for (float[] c : cells) {
			double p = a.cellEdge().applyAsDouble(c);
			double nearest = Double.MAX_VALUE;
			for (float h : headerEdges) {
				nearest = Math.min(nearest, Math.abs(p - h - offset));
			}
			total += Math.min(nearest, 20);
		}
		return total;
	}

	private record Alignment(ToDoubleFunction<float[]> cellEdge, ToDoubleFunction<Word> wordEdge, float minOffset,
			float maxOffset) {
	}
}
