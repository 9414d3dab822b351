package nl.stm.pipeline.pdf.page;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.HashMap;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * PDFBox's own graphics engine feeding a {@link GraphicsCollector}: the reference the one-pass walk
 * ({@link GlyphCollector} with {@link GraphicsOperator}s) is held to.
 */
final class PdfBoxGraphicsReference extends PDFGraphicsStreamEngine {

	private final GraphicsCollector out;

	private PdfBoxGraphicsReference(PDPage page) {
		super(page);
		this.out = new GraphicsCollector(page, new HashMap<>());
	}

	static GraphicsCollector read(PDPage page) throws IOException {
		PdfBoxGraphicsReference engine = new PdfBoxGraphicsReference(page);
		engine.processPage(page);
		return engine.out;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		out.appendRectangle(p0, p1, p2, p3);
	}

	@Override
	public void drawImage(PDImage image) throws IOException {
		out.image(image, getGraphicsState().getCurrentTransformationMatrix());
	}

	@Override
	public void clip(int windingRule) {
		out.clip();
	}

	@Override
	public void moveTo(float x, float y) {
		out.moveTo(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		out.lineTo(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		out.curveTo(x1, y1, x2, y2, x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return out.getCurrentPoint();
	}

	@Override
	public void closePath() {
		out.closePath();
	}

	@Override
	public void endPath() {
		out.endPath();
	}

	@Override
	public void strokePath() {
		out.stroke(getGraphicsState().getStrokingColor());
	}

	@Override
	public void fillPath(int windingRule) {
		out.fill(getGraphicsState().getNonStrokingColor());
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		out.fill(getGraphicsState().getNonStrokingColor());
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	@Override
	public void saveGraphicsState() {
		super.saveGraphicsState();
		out.save();
	}

	@Override
	public void restoreGraphicsState() {
		super.restoreGraphicsState();
		out.restore();
	}
}
