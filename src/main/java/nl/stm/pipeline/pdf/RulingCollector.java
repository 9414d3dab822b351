package nl.stm.pipeline.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Finds the horizontal rules of a page: stroked straight segments and thin filled rectangles,
 * transformed into the same top-left page coordinates as the text (crop box and page rotation
 * applied).
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

	private static final float MAX_THICKNESS = 2.5f;

	private final List<float[]> subpath = new ArrayList<>();

	private final List<float[][]> segments = new ArrayList<>();

	private final List<float[]> rectangles = new ArrayList<>();

	private final List<Ruling> rulings = new ArrayList<>();

	private final PDRectangle crop;

	private final int rotation;

	private Point2D current = new Point2D.Float();

	RulingCollector(PDPage page) {
		super(page);
		this.crop = page.getCropBox();
		this.rotation = ((page.getRotation() % 360) + 360) % 360;
	}

	List<Ruling> collect() throws IOException {
		processPage(getPage());
		return List.copyOf(rulings);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		rectangles.add(new float[] { (float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY() });
		segments.add(new float[][] { { (float) p0.getX(), (float) p0.getY() }, { (float) p1.getX(), (float) p1.getY() } });
		segments.add(new float[][] { { (float) p2.getX(), (float) p2.getY() }, { (float) p3.getX(), (float) p3.getY() } });
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		subpath.clear();
		subpath.add(new float[] { x, y });
	}

	@Override
	public void lineTo(float x, float y) {
		segments.add(new float[][] { { (float) current.getX(), (float) current.getY() }, { x, y } });
		current = new Point2D.Float(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		if (!subpath.isEmpty()) {
			float[] start = subpath.get(0);
			lineTo(start[0], start[1]);
		}
	}

	@Override
	public void endPath() {
		clearPath();
	}

	@Override
	public void strokePath() {
		for (float[][] s : segments) {
			if (Math.abs(s[0][1] - s[1][1]) < 0.5f && Math.abs(s[0][0] - s[1][0]) > 3) {
				add(s[0][0], s[1][0], s[0][1]);
			}
			else if (Math.abs(s[0][0] - s[1][0]) < 0.5f && Math.abs(s[0][1] - s[1][1]) > 3) {
				add(s[0][0], s[1][0], s[0][1], s[1][1]);
			}
		}
		clearPath();
	}

	@Override
	public void fillPath(int windingRule) {
		for (float[] r : rectangles) {
			float w = Math.abs(r[2] - r[0]);
			float h = Math.abs(r[3] - r[1]);
			if (h <= MAX_THICKNESS && w > 3) {
				add(r[0], r[2], (r[1] + r[3]) / 2);
			}
			else if (w <= MAX_THICKNESS && h > 3) {
				add((r[0] + r[2]) / 2, (r[0] + r[2]) / 2, r[1], r[3]);
			}
		}
		clearPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		fillPath(windingRule);
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void drawImage(PDImage pdImage) {
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	private void clearPath() {
		segments.clear();
		rectangles.clear();
		subpath.clear();
	}

	/** A horizontal segment in PDF space. */
	private void add(float xa, float xb, float y) {
		add(xa, xb, y, y);
	}

	/**
	 * Any axis-parallel segment in PDF space; kept when it is horizontal once the page rotation
	 * is applied.
	 */
	private void add(float xa, float xb, float ya, float yb) {
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
