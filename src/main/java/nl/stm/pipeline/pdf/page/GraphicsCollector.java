package nl.stm.pipeline.pdf.page;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * What the graphics of a page leave for the table readers: horizontal rules (stroked straight
 * segments and thin filled rectangles) for row separation, and small filled or stroked shapes and
 * images (status icons) with their colour. Everything is transformed into the same top-left page
 * coordinates as the text (crop box and page rotation applied). It is fed by {@link GraphicsOperator}s
 * during the one walk of the content stream that also collects the text ({@link GlyphCollector}),
 * with points already in PDF space (the current transformation applied).
 */
public final class GraphicsCollector {

	private static final float MAX_THICKNESS = 2.5f;

	/** Shapes larger than this (in points, either side) are backgrounds or frames, not icons. */
	private static final float MAX_ICON = 40f;

	private static final float MIN_ICON = 2f;

	/** More pixels than any status icon has: such an image is never decoded (it could fill the heap). */
	static final long MAX_ICON_PIXELS = 4096L * 4096;

	private final List<float[][]> segments = new ArrayList<>();

	private final List<float[]> rectangles = new ArrayList<>();

	private final List<float[]> points = new ArrayList<>();

	private final List<Ruling> rulings = new ArrayList<>();

	private final List<Shape> shapes = new ArrayList<>();

	private final PDRectangle crop;

	private final int rotation;

	private Point2D current = new Point2D.Float();

	private Point2D subpathStart = new Point2D.Float();

	private boolean curved;

	/** The clip in force: producers such as WeasyPrint paint an icon as a large area clipped to a circle. */
	private Clip clip = Clip.NONE;

	private final Deque<Clip> clips = new ArrayDeque<>();

	/** Colours of the images of the document read so far, by their stream ("" for an image without one). */
	private final Map<COSBase, String> imageColours;

	/**
	 * The graphics of {@code page}; {@code imageColours} caches the dominant colour of image XObjects across the
	 * pages of one document, so an icon placed on every row is decoded once.
	 */
	public GraphicsCollector(PDPage page, Map<COSBase, String> imageColours) {
		this.imageColours = imageColours;
		this.crop = page.getCropBox();
		this.rotation = ((page.getRotation() % 360) + 360) % 360;
	}

	public List<Ruling> rulings() {
		return List.copyOf(rulings);
	}

	public List<Shape> shapes() {
		return List.copyOf(shapes);
	}

	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		rectangles.add(new float[] { (float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY() });
		for (Point2D p : List.of(p0, p1, p2, p3)) {
			points.add(new float[] { (float) p.getX(), (float) p.getY() });
		}
	}

	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		subpathStart = current;
		points.add(new float[] { x, y });
	}

	public void lineTo(float x, float y) {
		segments.add(new float[][] { { (float) current.getX(), (float) current.getY() }, { x, y } });
		current = new Point2D.Float(x, y);
		points.add(new float[] { x, y });
	}

	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		curved = true;
		points.add(new float[] { x1, y1 });
		points.add(new float[] { x2, y2 });
		points.add(new float[] { x3, y3 });
		current = new Point2D.Float(x3, y3);
	}

	public Point2D getCurrentPoint() {
		return current;
	}

	public void closePath() {
		lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
	}

	public void endPath() {
		clearPath();
	}

	/** Strokes the current path in the given colour. */
	public void stroke(PDColor colour) {
		for (float[][] s : segments) {
			add(s[0][0], s[1][0], s[0][1], s[1][1]);
		}
		addShape(colour);
		clearPath();
	}

	/** Fills the current path in the given colour. */
	public void fill(PDColor colour) {
		for (float[] r : rectangles) {
			float w = Math.abs(r[2] - r[0]);
			float h = Math.abs(r[3] - r[1]);
			if (h <= MAX_THICKNESS && w > 3) {
				add(r[0], r[2], (r[1] + r[3]) / 2, (r[1] + r[3]) / 2);
			}
			else if (w <= MAX_THICKNESS && h > 3) {
				add((r[0] + r[2]) / 2, (r[0] + r[2]) / 2, r[1], r[3]);
			}
		}
		addShape(colour);
		clearPath();
	}

	/** Intersects the clip with the current path ({@code W}, {@code W*}), which is then ended or painted. */
	public void clip() {
		if (points.isEmpty()) {
			return;
		}
		float[] box = pdfBox(points);
		clip = clip.intersect(box[0], box[1], box[2], box[3], curved);
	}

	/** Saves the clip with the graphics state ({@code q}, or a form's own state). */
	public void save() {
		clips.push(clip);
	}

	/** Restores the clip saved last ({@code Q}, or the end of a form). */
	public void restore() {
		if (!clips.isEmpty()) {
			clip = clips.pop();
		}
	}

	/** An image placed with the given transformation (it fills the unit square of {@code ctm}). */
	public void image(PDImage pdImage, Matrix ctm) throws IOException {
		// the image fills the unit square of the current transformation; take all four corners so a
		// rotated or flipped placement gets the right box
		List<float[]> corners = new ArrayList<>();
		for (float[] corner : new float[][] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } }) {
			Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
			corners.add(new float[] { p.x, p.y });
		}
		float[] box = boxOnPage(corners);
		if (!iconSized(box) || (long) pdImage.getWidth() * pdImage.getHeight() > MAX_ICON_PIXELS) {
			return;
		}
		String colour = pdImage instanceof PDImageXObject xobject
				? imageColours.computeIfAbsent(xobject.getCOSObject(), k -> colourOrEmpty(pdImage))
				: colourOrEmpty(pdImage);
		if (!colour.isEmpty()) {
			shapes.add(new Shape(box[0], box[1], box[2], box[3], colour, Shape.Form.IMAGE));
		}
	}

	private void clearPath() {
		segments.clear();
		rectangles.clear();
		points.clear();
		curved = false;
	}

	/** The page-space box {minX, minY, maxX, maxY} of points given in PDF space. */
	private float[] boxOnPage(List<float[]> pdfPoints) {
		float[] box = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
		for (float[] p : pdfPoints) {
			float[] q = toPage(p[0], p[1]);
			box[0] = Math.min(box[0], q[0]);
			box[1] = Math.min(box[1], q[1]);
			box[2] = Math.max(box[2], q[0]);
			box[3] = Math.max(box[3], q[1]);
		}
		return box;
	}

	private static boolean iconSized(float[] box) {
		float w = box[2] - box[0];
		float h = box[3] - box[1];
		return w >= MIN_ICON && h >= MIN_ICON && w <= MAX_ICON && h <= MAX_ICON;
	}

	/** The PDF-space box {minX, minY, maxX, maxY} of points. */
	private static float[] pdfBox(List<float[]> pdfPoints) {
		float[] box = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
		for (float[] p : pdfPoints) {
			box[0] = Math.min(box[0], p[0]);
			box[1] = Math.min(box[1], p[1]);
			box[2] = Math.max(box[2], p[0]);
			box[3] = Math.max(box[3], p[1]);
		}
		return box;
	}

	/** Keeps the current path, as far as the clip shows it, as a shape when it is icon-sized. */
	private void addShape(PDColor colour) {
		if (points.isEmpty() || colour == null) {
			return;
		}
		float[] painted = pdfBox(points);
		Clip shown = clip.intersect(painted[0], painted[1], painted[2], painted[3], curved);
		if (shown.isEmpty()) {
			return;
		}
		float[] box = boxOnPage(List.of(new float[] { shown.x0(), shown.y0() }, new float[] { shown.x1(), shown.y1() }));
		float w = box[2] - box[0];
		float h = box[3] - box[1];
		if (!iconSized(box) || w > 4 * h || h > 4 * w) {
			return;
		}
		int rgb;
		try {
			rgb = colour.toRGB();
		}
		catch (IOException | RuntimeException ex) {
			return; // a pattern or a colour space that cannot be converted: no icon colour
		}
		shapes.add(new Shape(box[0], box[1], box[2], box[3], ColourDistance.hex(rgb),
				shown.round() ? Shape.Form.ROUND : Shape.Form.ANGULAR));
	}

	/**
	 * A clipping box in PDF space and whether a curve bounds it (a circle clip makes whatever is
	 * painted through it round). {@link #NONE} clips nothing.
	 */
	record Clip(float x0, float y0, float x1, float y1, boolean round) {

		static final Clip NONE = new Clip(-Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, false);

		/** This clip intersected with a box; round when the part left is bounded by a round box. */
		Clip intersect(float bx0, float by0, float bx1, float by1, boolean boxRound) {
			float nx0 = Math.max(x0, bx0);
			float ny0 = Math.max(y0, by0);
			float nx1 = Math.min(x1, bx1);
			float ny1 = Math.min(y1, by1);
			boolean boxInside = bx0 >= x0 - 0.5f && by0 >= y0 - 0.5f && bx1 <= x1 + 0.5f && by1 <= y1 + 0.5f;
			boolean clipInside = x0 >= bx0 - 0.5f && y0 >= by0 - 0.5f && x1 <= bx1 + 0.5f && y1 <= by1 + 0.5f;
			return new Clip(nx0, ny0, nx1, ny1, boxInside ? boxRound : clipInside && round);
		}

		boolean isEmpty() {
			return x0 > x1 || y0 > y1;
		}
	}

	/** The dominant colour, or "" for an image without one or that cannot be decoded (no readable icon). */
	private static String colourOrEmpty(PDImage image) {
		try {
			String colour = dominantColour(image);
			return colour == null ? "" : colour;
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	/**
	 * The colour an icon image shows: the most frequent colour among its opaque, non-white pixels
	 * (bins of 16 levels per channel), averaged within that bin. Unlike a plain mean it is not pulled
	 * towards white by anti-aliased edges or towards another colour by a check mark or border. Large
	 * images are subsampled to about 64 pixels a side.
	 */
	private static String dominantColour(PDImage image) throws IOException {
		int sub = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 64);
		BufferedImage img = sub > 1 ? image.getImage(null, sub) : image.getImage();
		Map<Integer, long[]> bins = new HashMap<>();
		long[] best = null;
		for (int y = 0; y < img.getHeight(); y++) {
			for (int x = 0; x < img.getWidth(); x++) {
				int argb = img.getRGB(x, y);
				int alpha = argb >>> 24;
				int red = (argb >> 16) & 0xff;
				int green = (argb >> 8) & 0xff;
				int blue = argb & 0xff;
				if (alpha < 128 || (red > 235 && green > 235 && blue > 235)) {
					continue;
				}
				long[] bin = bins.computeIfAbsent(((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4), k -> new long[4]);
				bin[0] += red;
				bin[1] += green;
				bin[2] += blue;
				bin[3]++;
				if (best == null || bin[3] > best[3]) {
					best = bin;
				}
			}
		}
		if (best == null) {
			return null;
		}
		return String.format(Locale.ROOT, "#%02x%02x%02x", best[0] / best[3], best[1] / best[3], best[2] / best[3]);
	}

	/**
	 * Any axis-parallel segment in PDF space; kept as a rule when it is horizontal once the page
	 * rotation is applied.
	 */
	private void add(float xa, float xb, float ya, float yb) {
		boolean axisParallel = Math.abs(xa - xb) < 0.5f || Math.abs(ya - yb) < 0.5f;
		if (!axisParallel || Math.max(Math.abs(xa - xb), Math.abs(ya - yb)) <= 3) {
			return;
		}
		float[] a = toPage(xa, ya);
		float[] b = toPage(xb, yb);
		if (Math.abs(a[1] - b[1]) < 0.5f) {
			rulings.add(new Ruling(Math.min(a[0], b[0]), Math.max(a[0], b[0]), a[1]));
		}
	}

	private float[] toPage(float x, float y) {
		float lx = x - crop.getLowerLeftX();
		float ly = y - crop.getLowerLeftY();
		float w = crop.getWidth();
		float h = crop.getHeight();
		return switch (rotation) {
			case 90 -> new float[] { ly, lx };
			case 180 -> new float[] { w - lx, ly };
			case 270 -> new float[] { h - ly, w - lx };
			default -> new float[] { lx, h - ly };
		};
	}
}
