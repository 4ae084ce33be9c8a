package codio.classdata.ui.similarity;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import codio.classdata.ui.similarity.FragmentCompareInput.Side;

/**
 * The content of a {@link FragmentCompareInput}: both files side by side, whole and read-only, with line numbers;
 * the fragment's lines highlighted and scrolled into view on both sides, the pair's other shared lines between the
 * same files in a lighter colour.
 */
final class FragmentViewer extends Viewer {

	/** Lines shown above the fragment when it is scrolled into view, so its surroundings show. */
	private static final int LINES_ABOVE = 3;
	private static final Color FRAGMENT = new Color(255, 200, 190);
	private static final Color OTHER_SHARED = new Color(255, 236, 230);

	private final SashForm control;
	private final Label[] headers = new Label[2];
	private final SourceViewer[] sides = new SourceViewer[2];
	private Object input;

	FragmentViewer(Composite parent) {
		control = new SashForm(parent, SWT.HORIZONTAL);
		control.setData(CompareUI.COMPARE_VIEWER_TITLE, SimilarityMessages.Compare_viewerTitle);
		for (int i = 0; i < 2; i++) {
			Composite side = new Composite(control, SWT.NONE);
			GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(side);
			headers[i] = new Label(side, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(headers[i]);
			CompositeRuler ruler = new CompositeRuler();
			ruler.addDecorator(0, new LineNumberRulerColumn());
			sides[i] = new SourceViewer(side, ruler, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.READ_ONLY);
			sides[i].setEditable(false);
			sides[i].getTextWidget().setFont(JFaceResources.getTextFont());
			GridDataFactory.fillDefaults().grab(true, true).applyTo(sides[i].getControl());
		}
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public void setInput(Object newInput) {
		input = newInput;
		if (newInput instanceof ICompareInput compared && compared.getLeft() instanceof Side left
				&& compared.getRight() instanceof Side right) {
			show(0, left);
			show(1, right);
		}
	}

	private void show(int index, Side side) {
		headers[index].setText(side.problem() == null ? side.label() : side.label() + "  " + side.problem());
		sides[index].setDocument(new Document(side.text()));
		StyledText text = sides[index].getTextWidget();
		int lines = text.getLineCount();
		for (int[] range : side.shared()) {
			highlight(text, range[0], range[1], OTHER_SHARED, lines);
		}
		highlight(text, side.first(), side.last(), FRAGMENT, lines);
		sides[index].setTopIndex(Math.max(0, side.first() - 1 - LINES_ABOVE));
		try {
			// the caret at the fragment's start, so keyboard users land there too
			sides[index].setSelectedRange(sides[index].getDocument().getLineOffset(
					Math.min(lines - 1, Math.max(0, side.first() - 1))), 0);
		} catch (BadLocationException e) {
			// an empty or shorter file (changed since the search): nothing to place the caret on
		}
		headers[index].getParent().layout(true);
	}

	/** Colours lines {@code first..last} (1-based) within the text's lines. */
	private static void highlight(StyledText text, int first, int last, Color color, int lines) {
		int start = Math.max(0, first - 1);
		int end = Math.min(lines - 1, last - 1);
		if (end >= start) {
			text.setLineBackground(start, end - start + 1, color);
		}
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void refresh() {
		setInput(input);
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		// nothing to select: the fragment is the selection, and it is shown
	}

	/** A side's text widget (0 for A, 1 for B); for tests. */
	StyledText text(int side) {
		return sides[side].getTextWidget();
	}

	/** A side's header; for tests. */
	String header(int side) {
		return headers[side].getText();
	}

	/** The highlight colour of the fragment's lines; for tests. */
	static Color fragmentColor() {
		return FRAGMENT;
	}
}
