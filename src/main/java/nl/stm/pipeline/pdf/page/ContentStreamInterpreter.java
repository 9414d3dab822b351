package nl.stm.pipeline.pdf.page;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import nl.stm.pipeline.pdf.page.FastGraphicsScanner.Unsupported;

/**
 * The operator half of {@link FastGraphicsScanner}: runs only the operators that change what
 * {@link GraphicsCollector} sees (graphics state, colours, paths, painting, XObjects, following
 * forms recursively) and hands the collector what PDFBox's engine would hand it; all other
 * operators are ignored. Operators PDFBox would treat differently throw {@link Unsupported}.
 */
final class ContentStreamInterpreter {

	private static final int MAX_DEPTH = 25;

	private static final COSName TYPE3 = COSName.getPDFName("Type3");

	private final GraphicsCollector out;

	private final Deque<ContentStreamGraphicsState> stack = new ArrayDeque<>();

	private ContentStreamGraphicsState state = new ContentStreamGraphicsState();

	private PDResources resources;

	private int depth;

	ContentStreamInterpreter(GraphicsCollector out, PDResources resources) {
		this.out = out;
		this.resources = resources;
	}

	/** True when the resources hold a Type 3 font, whose glyphs are drawings this class does not run. */
	static boolean hasType3Font(PDResources resources) {
		if (resources == null) {
			return false;
		}
		COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
		if (fonts == null) {
			return false;
		}
		for (COSBase value : fonts.getValues()) {
			COSBase font = value instanceof COSObject o ? o.getObject() : value;
			if (font instanceof COSDictionary d && TYPE3.equals(d.getCOSName(COSName.SUBTYPE))) {
				return true;
			}
		}
		return false;
	}

	void run(byte[] content) throws IOException {
		ContentStreamLexer operands = new ContentStreamLexer(content);
		while (operands.nextOperator()) {
			operator(operands);
		}
	}

	private void operator(ContentStreamLexer ops) throws IOException {
		int length = ops.operatorLength();
		if (length > 3) {
			return; // BDC, EMC, BMC and other long operators are all irrelevant here
		}
		int c0 = ops.operatorByte(0);
		int c1 = length > 1 ? ops.operatorByte(1) : 0;
		int c2 = length > 2 ? ops.operatorByte(2) : 0;
		if (length == 1) {
			switch (c0) {
				case 'q' -> {
					stack.push(state);
					state = state.copy();
					out.save();
				}
				case 'Q' -> {
					if (!stack.isEmpty()) {
						state = stack.pop();
						out.restore();
					}
				}
				case 'm' -> {
					ops.expect(2);
					Point2D.Float p = state.transformed(ops.number(0), ops.number(1));
					out.moveTo(p.x, p.y);
				}
				case 'l' -> {
					ops.expect(2);
					Point2D.Float p = state.transformed(ops.number(0), ops.number(1));
					out.lineTo(p.x, p.y);
				}
				case 'c' -> {
					ops.expect(6);
					Point2D.Float a = state.transformed(ops.number(0), ops.number(1));
					Point2D.Float b = state.transformed(ops.number(2), ops.number(3));
					Point2D.Float p = state.transformed(ops.number(4), ops.number(5));
					out.curveTo(a.x, a.y, b.x, b.y, p.x, p.y);
				}
				case 'v' -> {
					ops.expect(4);
					Point2D current = out.getCurrentPoint();
					Point2D.Float b = state.transformed(ops.number(0), ops.number(1));
					Point2D.Float p = state.transformed(ops.number(2), ops.number(3));
					out.curveTo((float) current.getX(), (float) current.getY(), b.x, b.y, p.x, p.y);
				}
				case 'y' -> {
					ops.expect(4);
					Point2D.Float a = state.transformed(ops.number(0), ops.number(1));
					Point2D.Float p = state.transformed(ops.number(2), ops.number(3));
					out.curveTo(a.x, a.y, p.x, p.y, p.x, p.y);
				}
				case 'h' -> out.closePath();
				case 'S' -> out.stroke(state.colour(true));
				case 's' -> {
					out.closePath();
					out.stroke(state.colour(true));
				}
				case 'f', 'F', 'B' -> out.fill(state.colour(false));
				case 'b' -> {
					out.closePath();
					out.fill(state.colour(false));
				}
				case 'n' -> out.endPath();
				case 'W' -> out.clip(0);
				case 'g' -> deviceColour(ops, false, COSName.DEVICEGRAY, 1);
				case 'G' -> deviceColour(ops, true, COSName.DEVICEGRAY, 1);
				case 'k' -> deviceColour(ops, false, COSName.DEVICECMYK, 4);
				case 'K' -> deviceColour(ops, true, COSName.DEVICECMYK, 4);
				default -> {
				}
			}
			return;
		}
		if (length == 2) {
			if (c0 == 'c' && c1 == 'm') {
				ops.expect(6);
				state.concatenate(new Matrix(ops.number(0), ops.number(1), ops.number(2), ops.number(3),
						ops.number(4), ops.number(5)));
			}
			else if (c0 == 'r' && c1 == 'e') {
				ops.expect(4);
				float x = ops.number(0);
				float y = ops.number(1);
				float w = ops.number(2);
				float h = ops.number(3);
				float x2 = w + x;
				float y2 = h + y;
				out.appendRectangle(state.transformed(x, y), state.transformed(x2, y), state.transformed(x2, y2),
						state.transformed(x, y2));
			}
			else if ((c0 == 'f' || c0 == 'B') && c1 == '*') {
				out.fill(state.colour(false));
			}
			else if (c0 == 'b' && c1 == '*') {
				out.closePath();
				out.fill(state.colour(false));
			}
			else if (c0 == 'r' && c1 == 'g') {
				deviceColour(ops, false, COSName.DEVICERGB, 3);
			}
			else if (c0 == 'R' && c1 == 'G') {
				deviceColour(ops, true, COSName.DEVICERGB, 3);
			}
			else if (c0 == 'c' && c1 == 's') {
				colourSpace(ops, false);
			}
			else if (c0 == 'C' && c1 == 'S') {
				colourSpace(ops, true);
			}
			else if (c0 == 's' && c1 == 'c') {
				colourInSpace(ops, false);
			}
			else if (c0 == 'S' && c1 == 'C') {
				colourInSpace(ops, true);
			}
			else if (c0 == 'W' && c1 == '*') {
				out.clip(0);
			}
			else if (c0 == 'D' && c1 == 'o') {
				ops.expect(1);
				drawObject(ops.name(0));
			}
			else if (c0 == 'B' && c1 == 'I') {
				throw new Unsupported("inline image");
			}
			return;
		}
		if (c0 == 's' && c1 == 'c' && c2 == 'n') {
			colourInSpace(ops, false);
		}
		else if (c0 == 'S' && c1 == 'C' && c2 == 'N') {
			colourInSpace(ops, true);
		}
	}

	/** {@code g G rg RG k K}: a device colour space, as the resources map it, and a colour in it. */
	private void deviceColour(ContentStreamLexer ops, boolean stroking, COSName spaceName, int components)
			throws IOException {
		ops.expect(components);
		PDColorSpace space = resources.getColorSpace(spaceName);
		state.setColour(stroking, space, colour(ops, space));
	}

	/** {@code cs CS}: a named colour space, with its initial colour. */
	private void colourSpace(ContentStreamLexer ops, boolean stroking) throws IOException {
		ops.expect(1);
		PDColorSpace space = resources.getColorSpace(ops.name(0));
		state.setColour(stroking, space, space.getInitialColor());
	}

	/** {@code sc SC scn SCN}: a colour in the current colour space. */
	private void colourInSpace(ContentStreamLexer ops, boolean stroking) {
		PDColorSpace space = state.colourSpace(stroking);
		state.setColour(stroking, space, colour(ops, space));
	}

	/** The colour the operands give in a colour space, as PDFBox's SetColor operator builds it. */
	private static PDColor colour(ContentStreamLexer ops, PDColorSpace space) {
		if (space instanceof PDPattern) {
			// a pattern fill has no single colour; the collector skips such shapes
			return new PDColor(new float[0], space);
		}
		int n = space.getNumberOfComponents();
		if (ops.count() != n) {
			throw new Unsupported("colour with " + ops.count() + " operands for " + n + " components");
		}
		float[] components = new float[n];
		for (int i = 0; i < n; i++) {
			components[i] = ops.number(i);
		}
		return new PDColor(components, space);
	}

	private void drawObject(COSName name) throws IOException {
		PDXObject xobject = resources.getXObject(name);
		if (xobject == null) {
			throw new Unsupported("missing XObject " + name.getName());
		}
		if (xobject instanceof PDImageXObject image) {
			out.image(image, state.ctm());
		}
		else if (xobject instanceof PDFormXObject form) {
			drawForm(form);
		}
	}

	/** Runs the form's content in a state of its own, as PDFBox's engine does. */
	private void drawForm(PDFormXObject form) throws IOException {
		if (depth >= MAX_DEPTH) {
			throw new Unsupported("forms nested too deep");
		}
		if (form.getCOSObject().getLength() <= 0) {
			return;
		}
		PDResources formResources = form.getResources();
		if (hasType3Font(formResources)) {
			throw new Unsupported("Type 3 font in a form");
		}
		PDResources parentResources = resources;
		Deque<ContentStreamGraphicsState> parentStack = new ArrayDeque<>(stack);
		ContentStreamGraphicsState parentState = state;
		stack.clear();
		state = state.copy();
		state.concatenate(form.getMatrix());
		out.save();
		if (formResources != null) {
			resources = formResources;
		}
		depth++;
		try {
			byte[] content = ContentStreamBytes.ofForm(form);
			if (content == null) {
				throw new Unsupported("form content too large");
			}
			run(content);
		}
		finally {
			depth--;
			out.restore();
			resources = parentResources;
			state = parentState;
			stack.clear();
			stack.addAll(parentStack);
		}
	}
}
