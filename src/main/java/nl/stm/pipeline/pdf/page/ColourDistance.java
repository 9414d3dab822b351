package nl.stm.pipeline.pdf.page;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Colour arithmetic for matching status icons to a legend: {@code #rrggbb} parsing, conversion to
 * CIELAB (D65) and the CIE76 colour difference (ΔE*ab, Euclidean distance in Lab). A ΔE of about 2
 * is just noticeable; distinct legend colours in the reports differ by 17 or more (the national
 * palette's blue and dark blue), anti-aliasing or averaging an image icon moves a colour by well
 * under 10.
 */
public final class ColourDistance {

	private static final Map<String, double[]> CACHE = new ConcurrentHashMap<>();

	private ColourDistance() {
	}

	/** An RGB colour as {@code #rrggbb}, the form shapes and legends carry. */
	static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
	}

	/** The colour as {@code {r, g, b}} in 0–255, or null when it is not {@code #rrggbb}. */
	public static int[] rgb(String hex) {
		if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
			return null;
		}
		int v = 0;
		for (int i = 1; i < 7; i++) {
			int d = Character.digit(hex.charAt(i), 16);
			if (d < 0) {
				return null;
			}
			v = v * 16 + d;
		}
		return new int[] { (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff };
	}

	/** CIELAB of a colour; cached, as a document has only a handful of icon colours. */
	static double[] lab(String hex) {
		double[] cached = CACHE.get(hex);
		if (cached != null) {
			return cached;
		}
		double[] lab = computeLab(hex);
		if (CACHE.size() < 4096) {
			CACHE.put(hex, lab);
		}
		return lab;
	}

	private static double[] computeLab(String hex) {
		int[] c = rgb(hex);
		if (c == null) {
			throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
		}
		double r = linear(c[0] / 255.0);
		double g = linear(c[1] / 255.0);
		double b = linear(c[2] / 255.0);
		double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
		double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
		double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
		double fx = f(x);
		double fy = f(y);
		double fz = f(z);
		return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
	}

	/** CIE76 ΔE*ab between two {@code #rrggbb} colours. */
	public static double deltaE(String a, String b) {
		double[] p = lab(a);
		double[] q = lab(b);
		return Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2]));
	}

	/** Colourfulness (C*ab); grey, black and white are near 0. */
	public static double chroma(String hex) {
		double[] p = lab(hex);
		return Math.hypot(p[1], p[2]);
	}

	/** Paper: light and without colour, such as the white background of an icon or a check mark. */
	public static boolean isPaper(String hex) {
		double[] p = lab(hex);
		return p[0] > 94 && Math.hypot(p[1], p[2]) < 6;
	}

	private static double linear(double c) {
		return c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
	}

	private static double f(double t) {
		return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
	}

	private static double sq(double v) {
		return v * v;
	}
}
