package nl.stm.pipeline.pdf.page;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * The path, painting, clipping and image operators, run inside the text stripper's walk of a
 * content stream ({@link GlyphCollector}) so that text and graphics are read in one pass. Each feeds
 * the page's {@link GraphicsCollector} what PDFBox's own graphics engine ({@code PDFGraphicsStreamEngine})
 * would: points transformed by the current transformation matrix, the painting colour of the
 * graphics state. Operands of the wrong number or type make an operator do nothing, as PDFBox's do.
 */
final class GraphicsOperator extends OperatorProcessor {

	/** The operators this class runs; {@code Do} also hands forms on to PDFBox's own operator. */
	static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*",
			"b", "b*", "n", "W", "W*", "Do", "BI");

	private final String name;

	private final Supplier<GraphicsCollector> sink;

	private final DrawObject forms;

	GraphicsOperator(PDFStreamEngine context, String name, Supplier<GraphicsCollector> sink) {
		super(context);
		this.name = name;
		this.sink = sink;
		this.forms = new DrawObject(context);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public void process(Operator operator, List<COSBase> operands) throws IOException {
		GraphicsCollector out = sink.get();
		PDGraphicsState state = getContext().getGraphicsState();
		switch (name) {
			case "m" -> {
				if (numbers(operands, 2)) {
					Point2D.Float p = point(operands, 0);
					out.moveTo(p.x, p.y);
				}
			}
			case "l" -> {
				if (numbers(operands, 2)) {
					Point2D.Float p = point(operands, 0);
					out.lineTo(p.x, p.y);
				}
			}
			case "c" -> {
				if (numbers(operands, 6)) {
					Point2D.Float a = point(operands, 0);
					Point2D.Float b = point(operands, 2);
					Point2D.Float p = point(operands, 4);
					out.curveTo(a.x, a.y, b.x, b.y, p.x, p.y);
				}
			}
			case "v" -> {
				if (numbers(operands, 4)) {
					Point2D current = out.getCurrentPoint();
					Point2D.Float b = point(operands, 0);
					Point2D.Float p = point(operands, 2);
					out.curveTo((float) current.getX(), (float) current.getY(), b.x, b.y, p.x, p.y);
				}
			}
			case "y" -> {
				if (numbers(operands, 4)) {
					Point2D.Float a = point(operands, 0);
					Point2D.Float p = point(operands, 2);
					out.curveTo(a.x, a.y, p.x, p.y, p.x, p.y);
				}
			}
			case "h" -> out.closePath();
			case "re" -> rectangle(out, operands);
			case "S" -> out.stroke(state.getStrokingColor());
			case "s" -> {
				out.closePath();
				out.stroke(state.getStrokingColor());
			}
			case "f", "F", "f*", "B", "B*" -> out.fill(state.getNonStrokingColor());
			case "b", "b*" -> {
				out.closePath();
				out.fill(state.getNonStrokingColor());
			}
			case "n" -> out.endPath();
			case "W", "W*" -> out.clip();
			case "Do" -> drawObject(out, operator, operands, state);
			case "BI" -> inlineImage(out, operator, state);
			default -> throw new IllegalStateException("not a graphics operator: " + name);
		}
	}

	private void rectangle(GraphicsCollector out, List<COSBase> operands) {
		if (!numbers(operands, 4)) {
			return;
		}
		float x = number(operands, 0);
		float y = number(operands, 1);
		float x2 = number(operands, 2) + x;
		float y2 = number(operands, 3) + y;
		PDFStreamEngine engine = getContext();
		out.appendRectangle(engine.transformedPoint(x, y), engine.transformedPoint(x2, y),
				engine.transformedPoint(x2, y2), engine.transformedPoint(x, y2));
	}

	/** An image XObject is an icon candidate; a form is run by PDFBox's operator, through this walk. */
	private void drawObject(GraphicsCollector out, Operator operator, List<COSBase> operands, PDGraphicsState state)
			throws IOException {
		if (!operands.isEmpty() && operands.get(0) instanceof COSName objectName) {
			PDResources resources = getContext().getResources();
			if (resources != null && resources.isImageXObject(objectName)) {
				PDXObject xobject = resources.getXObject(objectName);
				if (xobject instanceof PDImageXObject image) {
					out.image(image, state.getCurrentTransformationMatrix());
				}
				return;
			}
		}
		forms.process(operator, operands);
	}

	private void inlineImage(GraphicsCollector out, Operator operator, PDGraphicsState state) throws IOException {
		if (operator.getImageData() == null || operator.getImageData().length == 0) {
			return;
		}
		PDInlineImage image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(),
				getContext().getResources());
		if (!image.isEmpty()) {
			out.image(image, state.getCurrentTransformationMatrix());
		}
	}

	private Point2D.Float point(List<COSBase> operands, int index) {
		return getContext().transformedPoint(number(operands, index), number(operands, index + 1));
	}

	private static float number(List<COSBase> operands, int index) {
		return ((COSNumber) operands.get(index)).floatValue();
	}

	private boolean numbers(List<COSBase> operands, int count) {
		return operands.size() >= count && checkArrayTypesClass(operands.subList(0, count), COSNumber.class);
	}
}
