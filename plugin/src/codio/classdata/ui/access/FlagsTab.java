package codio.classdata.ui.access;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import codio.classdata.access.Flag;
import codio.classdata.access.FlagKind;

/**
 * The Flags tab: hints worth a look (shared IPs, many IPs, activity outside the class dates), worded as hints. Opening
 * a flag shows the rows behind it on the Events tab.
 */
final class FlagsTab {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Composite control;
	private final Label summary;
	private final TableViewer viewer;

	FlagsTab(Composite parent, Consumer<Flag> showRows) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		summary = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(control, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(AccessMessages.Flags_kind, 150, flag -> kind(flag.kind()));
		column(AccessMessages.Flags_who, 200, flag -> String.join(", ", flag.who()));
		column(AccessMessages.Flags_when, 130, flag -> TIME.format(flag.when()));
		column(AccessMessages.Flags_rows, 60, flag -> Integer.toString(flag.rowCount()));
		column(AccessMessages.Flags_message, 500, Flag::message);
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Flag flag) {
				showRows.accept(flag);
			}
		});
	}

	Control control() {
		return control;
	}

	TableViewer viewer() {
		return viewer;
	}

	void setData(AccessData data) {
		summary.setText(data.flags().isEmpty() ? AccessMessages.Flags_none
				: NLS.bind(AccessMessages.Flags_summary, data.flags().size()));
		viewer.setInput(data.flags());
		control.layout(true, true);
	}

	static String kind(FlagKind kind) {
		if (kind == FlagKind.SHARED_IP) {
			return AccessMessages.Flags_sharedIp;
		}
		return kind == FlagKind.MANY_IPS ? AccessMessages.Flags_manyIps : AccessMessages.Flags_outsideDates;
	}

	private void column(String header, int width, Function<Flag, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Flag) element);
			}
		});
	}
}
