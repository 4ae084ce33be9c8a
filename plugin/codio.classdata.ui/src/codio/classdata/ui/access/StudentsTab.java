package codio.classdata.ui.access;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeColumn;

import codio.classdata.access.StudentSummary;
import codio.classdata.access.UnitTime;

/**
 * The Students tab: one row per person (last login, sessions, events, total time, distinct IPs), their units' times
 * as children. Times with a guessed end are marked with ≈. Sorted by clicking a header.
 */
final class StudentsTab {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final TreeViewer viewer;
	private Comparator<StudentSummary> order = Comparator.comparing(StudentSummary::username);
	private boolean ascending = true;

	StudentsTab(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(AccessMessages.Students_name, 200, s -> s.firstName() + " " + s.lastName(), u -> u.unit(),
				Comparator.comparing(s -> s.lastName() + " " + s.firstName(), String.CASE_INSENSITIVE_ORDER));
		column(AccessMessages.Students_login, 130, StudentSummary::username, u -> "",
				Comparator.comparing(StudentSummary::username, String.CASE_INSENSITIVE_ORDER));
		column(AccessMessages.Students_role, 80, StudentSummary::role, u -> "",
				Comparator.comparing(StudentSummary::role));
		column(AccessMessages.Students_lastLogin, 130,
				s -> s.lastLoginIfAny().map(TIME::format).orElse(AccessMessages.Students_never), u -> "",
				Comparator.comparing(s -> s.lastLoginIfAny().map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE)));
		column(AccessMessages.Students_sessions, 70, s -> Integer.toString(s.sessions()),
				u -> NLS.bind(AccessMessages.Students_visits, u.visits()),
				Comparator.comparingInt(StudentSummary::sessions));
		column(AccessMessages.Students_events, 70, s -> Integer.toString(s.events()), u -> "",
				Comparator.comparingInt(StudentSummary::events));
		column(AccessMessages.Students_totalTime, 100, s -> duration(s.totalTime(), s.estimated()),
				u -> duration(u.total(), u.estimated()), Comparator.comparing(StudentSummary::totalTime));
		column(AccessMessages.Students_ips, 60, s -> Integer.toString(s.ips().size()), u -> "",
				Comparator.comparingInt(s -> s.ips().size()));
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				if (a instanceof StudentSummary first && b instanceof StudentSummary second) {
					int result = order.compare(first, second);
					return ascending ? result : -result;
				}
				return 0;
			}
		});
	}

	Control control() {
		return viewer.getControl();
	}

	TreeViewer viewer() {
		return viewer;
	}

	void setData(AccessData data) {
		viewer.setInput(data.students());
	}

	/** Hours and minutes, with ≈ when the time contains a guessed end. */
	static String duration(Duration time, boolean estimated) {
		String text = NLS.bind(AccessMessages.Students_duration, time.toHours(), String.format("%02d",
				time.toMinutesPart()));
		return estimated ? NLS.bind(AccessMessages.Students_estimated, text) : text;
	}

	private void column(String header, int width, Function<StudentSummary, String> text,
			Function<UnitTime, String> unitText, Comparator<StudentSummary> comparator) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		TreeColumn tree = column.getColumn();
		tree.setText(header);
		tree.setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof StudentSummary summary) {
					return text.apply(summary);
				}
				return element instanceof UnitTime unitTime ? unitText.apply(unitTime) : "";
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof StudentSummary summary ? String.join(", ", summary.ips()) : null;
			}
		});
		tree.addListener(SWT.Selection, event -> {
			ascending = viewer.getTree().getSortColumn() == tree ? !ascending : true;
			order = comparator;
			viewer.getTree().setSortColumn(tree);
			viewer.getTree().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
			viewer.refresh();
		});
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof StudentSummary summary ? summary.units().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof StudentSummary summary && !summary.units().isEmpty();
		}
	}
}
