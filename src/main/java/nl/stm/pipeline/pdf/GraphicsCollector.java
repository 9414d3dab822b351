package nl.stm.pipeline.pdf;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the graphics of a page: horizontal rules (stroked straight segments and thin filled
 * rectangles) for row separation, and small filled or stroked shapes and images (status icons) with
 * their colour. Everything is transformed into the same top-left page coordinates as the text (crop
 * box and page rotation applied).
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {

	private static final float MAX_THICKNESS = 2.5f;

	/** Shapes larger than this (in points, either side) are backgrounds or frames, not icons. */
	private static final float MAX_ICON = 40f;

	private static final float MIN_ICON = 2f;

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

	GraphicsCollector(PDPage page) {
		super(page);
		this.crop = page.getCropBox();
		this.rotation = ((page.getRotation() % 360) + 360) % 360;
	}

	void collect() throws IOException {
		processPage(getPage());
	}

	List<Ruling> rulings() {
		return List.copyOf(rulings);
	}

	List<Shape> shapes() {
		return List.copyOf(shapes);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		rectangles.add(new float[] { (float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY() });
		for (Point2D p : List.of(p0, p1, p2, p3)) {
			points.add(new float[] { (float) p.getX(), (float) p.getY() });
		}
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		subpathStart = current;
		points.add(new float[] { x, y });
	}

	@Override
	public void lineTo(float x, float y) {
		segments.add(new float[][] { { (float) current.getX(), (float) current.getY() }, { x, y } });
		current = new Point2D.Float(x, y);
		points.add(new float[] { x, y });
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		curved = true;
		points.add(new float[] { x1, y1 });
		points.add(new float[] { x2, y2 });
		points.add(new float[] { x3, y3 });
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
	}

	@Override
	public void endPath() {
		clearPath();
	}

	@Override
	public void strokePath() throws IOException {
		for (float[][] s : segments) {
			add(s[0][0], s[1][0], s[0][1], s[1][1]);
		}
		addShape(getGraphicsState().getStrokingColor());
		clearPath();
	}

	@Override
	public void fillPath(int windingRule) throws IOException {
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
		addShape(getGraphicsState().getNonStrokingColor());
		clearPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) throws IOException {
		fillPath(windingRule);
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void drawImage(PDImage pdImage) throws IOException {
		Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
		float[] a = toPage(ctm.getTranslateX(), ctm.getTranslateY());
		float[] b = toPage(ctm.getTranslateX() + ctm.getScaleX(), ctm.getTranslateY() + ctm.getScaleY());
		float w = Math.abs(b[0] - a[0]);
		float h = Math.abs(b[1] - a[1]);
		if (w < MIN_ICON || h < MIN_ICON || w > MAX_ICON || h > MAX_ICON) {
			return;
		}
		String colour = averageColour(pdImage);
		if (colour != null) {
			shapes.add(new Shape(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]),
					colour, Shape.Form.IMAGE));
		}
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	private void clearPath() {
		segments.clear();
		rectangles.clear();
		points.clear();
		curved = false;
	}

	/** Keeps the current path as a shape when it is icon-sized. */
	private void addShape(PDColor colour) throws IOException {
		if (points.isEmpty() || colour == null) {
			return;
		}
		float minX = Float.MAX_VALUE;
		float minY = Float.MAX_VALUE;
		float maxX = -Float.MAX_VALUE;
		float maxY = -Float.MAX_VALUE;
		for (float[] p : points) {
			float[] q = toPage(p[0], p[1]);
			minX = Math.min(minX, q[0]);
			maxX = Math.max(maxX, q[0]);
			minY = Math.min(minY, q[1]);
			maxY = Math.max(maxY, q[1]);
		}
		float w = maxX - minX;
		float h = maxY - minY;
		if (w < MIN_ICON || h < MIN_ICON || w > MAX_ICON || h > MAX_ICON || w > 4 * h || h > 4 * w) {
			return;
		}
		String hex = hex(colour.toRGB());
		shapes.add(new Shape(minX, minY, maxX, maxY, hex, curved ? Shape.Form.ROUND : Shape.Form.ANGULAR));
	}

	private static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
	}

	/** The mean colour of an image's coloured pixels (white and transparent ones left out). */
	private static String averageColour(PDImage image) throws IOException {
		BufferedImage img = image.getImage();
		long r = 0;
		long g = 0;
		long b = 0;
		long n = 0;
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
				r += red;
				g += green;
				b += blue;
				n++;
			}
		}
		if (n == 0) {
			return null;
		}
		return String.format(Locale.ROOT, "#%02x%02x%02x", r / n, g / n, b / n);
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
