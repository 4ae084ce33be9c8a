package codio.classdata.ui.similarity;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarPair.Fragment;
import codio.classdata.ui.TextColumns;

/**
 * The lower half of the Codio Similarity view: the selected pair's shared fragments (file and lines on each side)
 * and a Compare button; double-clicking a fragment compares it too.
 */
final class FragmentsPane {

	private final Label label;
	private final TableViewer viewer;
	private final Button compare;

	/** @param openCompare opens the selected fragment in Compare */
	FragmentsPane(Composite parent, Runnable openCompare) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pane);
		label = new Label(pane, SWT.WRAP);
		label.setText(SimilarityMessages.View_noPairSelected);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(label);
		viewer = new TableViewer(pane, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, SimilarityMessages.Fragment_fileA, 240, Fragment.class, Fragment::fileA);
		TextColumns.add(viewer, SimilarityMessages.Fragment_linesA, 80, Fragment.class,
				f -> f.firstLineA() + "\u2013" + f.lastLineA());
		TextColumns.add(viewer, SimilarityMessages.Fragment_fileB, 240, Fragment.class, Fragment::fileB);
		TextColumns.add(viewer, SimilarityMessages.Fragment_linesB, 80, Fragment.class,
				f -> f.firstLineB() + "\u2013" + f.lastLineB());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		compare = new Button(pane, SWT.PUSH);
		compare.setText(SimilarityMessages.View_compare);
		compare.setToolTipText(SimilarityMessages.View_compare_tooltip);
		compare.setEnabled(false);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(compare);
		compare.addListener(SWT.Selection, event -> openCompare.run());
		viewer.addSelectionChangedListener(event -> compare.setEnabled(selected() != null));
		viewer.addDoubleClickListener(event -> openCompare.run());
	}

	/** Shows a pair's fragments, the first (the longest) selected; null shows what to do. */
	void show(SimilarPair pair) {
		if (pair == null) {
			label.setText(SimilarityMessages.View_noPairSelected);
			viewer.setInput(List.of());
		} else {
			label.setText(NLS.bind(SimilarityMessages.View_fragmentsOf, new Object[] { pair.a(), pair.b(),
					pair.fragments().size() }));
			viewer.setInput(pair.fragments());
			if (!pair.fragments().isEmpty()) {
				viewer.setSelection(new StructuredSelection(pair.fragments().get(0)), true);
			}
		}
		compare.setEnabled(selected() != null);
		label.getParent().layout(true);
	}

	/** The selected fragment, or null. */
	Fragment selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Fragment fragment ? fragment : null;
	}

	/** The table; for tests. */
	TableViewer viewer() {
		return viewer;
	}
}
