package nl.stm.pipeline.pdf.page;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.util.Matrix;

/**
 * The part of the graphics state {@link ContentStreamInterpreter} tracks: the transformation and
 * the stroking and filling colours, which is all the collector needs. Mutable, so that {@code q}
 * costs one copy and operators none.
 */
final class ContentStreamGraphicsState {

	private Matrix ctm = new Matrix();

	private AffineTransform transform;

	private PDColorSpace strokeSpace = PDDeviceGray.INSTANCE;

	private PDColor stroke = PDDeviceGray.INSTANCE.getInitialColor();

	private PDColorSpace fillSpace = PDDeviceGray.INSTANCE;

	private PDColor fill = PDDeviceGray.INSTANCE.getInitialColor();

	ContentStreamGraphicsState copy() {
		ContentStreamGraphicsState s = new ContentStreamGraphicsState();
		s.ctm = ctm.clone();
		s.transform = transform;
		s.strokeSpace = strokeSpace;
		s.stroke = stroke;
		s.fillSpace = fillSpace;
		s.fill = fill;
		return s;
	}

	Matrix ctm() {
		return ctm;
	}

	void concatenate(Matrix m) {
		ctm.concatenate(m);
		transform = null;
	}

	/** A point in user space transformed to device space, as PDFBox's engine transforms it. */
	Point2D.Float transformed(float x, float y) {
		if (transform == null) {
			transform = ctm.createAffineTransform();
		}
		float[] position = { x, y };
		transform.transform(position, 0, position, 0, 1);
		return new Point2D.Float(position[0], position[1]);
	}

	PDColor colour(boolean stroking) {
		return stroking ? stroke : fill;
	}

	PDColorSpace colourSpace(boolean stroking) {
		return stroking ? strokeSpace : fillSpace;
	}

	void setColour(boolean stroking, PDColorSpace space, PDColor colour) {
		if (stroking) {
			strokeSpace = space;
			stroke = colour;
		}
		else {
			fillSpace = space;
			fill = colour;
		}
	}
}
