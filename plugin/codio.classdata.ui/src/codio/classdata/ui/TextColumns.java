package codio.classdata.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns of the plugin's tables: a title, a width and the text each element shows in it. */
public final class TextColumns {

	private TextColumns() {
	}

	/** @param type the viewer's elements, all of this type */
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type,
			Function<? super T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		return column;
	}
}
