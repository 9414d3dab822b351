package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.List;

import nl.stm.pipeline.pdf.page.ColourDistance;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;

/**
 * Turns a page's small shapes into status icons and matches an icon to a legend. An icon is often
 * painted as several shapes (a coloured disc and a darker ring, a white check mark on a square), so
 * shapes that cover the same spot are one icon; its colour is the most colourful of them and paper
 * white never counts. Matching is by colour distance to the legend of the same document (CIE76
 * ΔE*ab), with the form deciding only between legend entries of the same colour.
 */
final class StatusIcons {

	/**
	 * An icon further than this from every legend colour matches nothing. Image averaging and
	 * anti-aliasing move a colour by less than 10; the closest distinct colours in the national
	 * palette (blue #01689b and dark blue #154273) are 17 apart.
	 */
	static final double MAX_DISTANCE = 15;

	/**
	 * When the second-nearest legend entry with another status is less than this much further away
	 * than the nearest, the icon is ambiguous and gets no status.
	 */
	static final double MIN_MARGIN = 4;

	/** Legend colours closer than this are "the same colour"; the icon's form then decides. */
	static final double SAME_COLOUR = 6;

	private StatusIcons() {
	}

	/** The page's icons: overlapping shapes merged, paper-white shapes left out, top to bottom. */
	static List<Shape> icons(PageLayout page) {
		List<List<Shape>> groups = new ArrayList<>();
		for (Shape s : page.shapes()) {
			if (ColourDistance.rgb(s.colour()) == null || ColourDistance.isPaper(s.colour())) {
				continue;
			}
			List<Shape> home = null;
			for (List<Shape> g : groups) {
				if (g.stream().anyMatch(o -> overlapping(o, s))) {
					home = g;
					break;
				}
			}
			if (home == null) {
				groups.add(home = new ArrayList<>());
			}
			home.add(s);
		}
		List<Shape> icons = new ArrayList<>();
		for (List<Shape> g : groups) {
			Shape best = g.get(0);
			for (Shape s : g) {
				if (ColourDistance.chroma(s.colour()) > ColourDistance.chroma(best.colour()) + 3) {
					best = s;
				}
			}
			float x0 = Float.MAX_VALUE;
			float y0 = Float.MAX_VALUE;
			float x1 = -Float.MAX_VALUE;
			float y1 = -Float.MAX_VALUE;
			for (Shape s : g) {
				x0 = Math.min(x0, s.x0());
				y0 = Math.min(y0, s.y0());
				x1 = Math.max(x1, s.x1());
				y1 = Math.max(y1, s.y1());
			}
			icons.add(new Shape(x0, y0, x1, y1, best.colour(), best.form()));
		}
		icons.sort((a, b) -> Float.compare(a.centerY(), b.centerY()) != 0 ? Float.compare(a.centerY(), b.centerY())
				: Float.compare(a.centerX(), b.centerX()));
		return icons;
	}

	/** Two shapes cover the same spot: their overlap is at least half of the smaller one. */
	private static boolean overlapping(Shape a, Shape b) {
		float w = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
		float h = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
		if (w <= 0 || h <= 0) {
			return false;
		}
		float smaller = Math.min(a.width() * a.height(), b.width() * b.height());
		return w * h >= 0.5f * smaller;
	}

	/** The outcome of matching one icon: the entry, or why there is none. */
	record Match(LegendEntry entry, String problem) {
	}

	/**
	 * The legend entry an icon stands for. Fails (entry null, problem set) when there is no legend,
	 * when the nearest legend colour is further than {@link #MAX_DISTANCE}, or when two entries with
	 * different statuses are about equally near and the form does not tell them apart.
	 */
	static Match match(Shape icon, List<LegendEntry> legend) {
		if (legend.isEmpty()) {
			return new Match(null, "status icon " + icon.colour() + " but the document has no legend");
		}
		List<LegendEntry> candidates = new ArrayList<>(legend);
		candidates.sort((a, b) -> Double.compare(ColourDistance.deltaE(icon.colour(), a.colour()),
				ColourDistance.deltaE(icon.colour(), b.colour())));
		LegendEntry nearest = candidates.get(0);
		double d1 = ColourDistance.deltaE(icon.colour(), nearest.colour());
		if (d1 > MAX_DISTANCE) {
			return new Match(null, String.format(java.util.Locale.ROOT,
					"status icon %s matches no legend entry (nearest \"%s\" %s, ΔE %.0f > %.0f)", icon.colour(),
					nearest.label(), nearest.colour(), d1, MAX_DISTANCE));
		}
		// entries of (about) the same colour as the nearest: the form decides between them
		List<LegendEntry> sameColour = candidates.stream()
			.filter(e -> ColourDistance.deltaE(e.colour(), nearest.colour()) < SAME_COLOUR)
			.toList();
		LegendEntry chosen = nearest;
		if (sameColour.stream().anyMatch(e -> !sameMeaning(e, nearest))) {
			List<LegendEntry> sameForm = sameColour.stream().filter(e -> e.form() == icon.form()).toList();
			if (sameForm.isEmpty() || sameForm.stream().anyMatch(e -> !sameMeaning(e, sameForm.get(0)))) {
				return new Match(null, "status icon " + icon.colour() + " " + icon.form().name().toLowerCase(java.util.Locale.ROOT)
						+ " fits several legend entries of that colour (" + labels(sameColour) + ")");
			}
			chosen = sameForm.get(0);
		}
		final LegendEntry pick = chosen;
		for (LegendEntry other : candidates) {
			if (sameMeaning(other, pick) || sameColour.contains(other)) {
				continue;
			}
			double d2 = ColourDistance.deltaE(icon.colour(), other.colour());
			if (d2 - d1 < MIN_MARGIN) {
				return new Match(null, String.format(java.util.Locale.ROOT,
						"status icon %s lies between legend entries \"%s\" %s and \"%s\" %s", icon.colour(), pick.label(),
						pick.colour(), other.label(), other.colour()));
			}
		}
		return new Match(pick, null);
	}

	private static boolean sameMeaning(LegendEntry a, LegendEntry b) {
		return a.status() == b.status() && a.label().equalsIgnoreCase(b.label());
	}

	private static String labels(List<LegendEntry> entries) {
		return String.join(", ", entries.stream().map(e -> "\"" + e.label() + "\" " + e.form().name().toLowerCase(java.util.Locale.ROOT)).toList());
	}
}
