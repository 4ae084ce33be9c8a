package codio.classdata.ui.wizards;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** The wizard tables' columns: a title, a width and the text each {@link ImportRow} shows in it. */
final class RowColumns {

	private RowColumns() {
	}

	static TableViewerColumn add(TableViewer viewer, String title, int width, Function<ImportRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImportRow) element);
			}
		});
		return column;
	}
}
