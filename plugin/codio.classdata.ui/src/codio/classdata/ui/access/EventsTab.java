package codio.classdata.ui.access;

import java.time.ZoneId;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import codio.classdata.access.AccessLog;

/**
 * The Events tab: a filter bar over a virtual table of row indexes. Filtering and sorting run in a job that never
 * piles up (a newer query supersedes an older one); the table only looks rows up as they scroll into view.
 */
final class EventsTab {

	// Rows the native table gains per turn of the event loop: adapted so that a turn takes about STEP_NANOS.
	private static final int FIRST_STEP = 10_000;
	private static final int MIN_STEP = 2_000;
	private static final int MAX_STEP = 200_000;
	private static final long STEP_NANOS = 30_000_000;
	// Dropping more rows than this is faster with a new table than by shrinking the old one.
	private static final int REPLACE_WHEN_DROPPING = 100_000;

	private final AccessDataEditor editor;
	private final Composite control;
	private final EventFilterBar filterBar;
	private final Link status;
	private Table table;
	private Menu menu;
	private final ZoneId zone = ZoneId.systemDefault();

	private AccessLog log;
	private EventColumns columns;
	private int[] rows = new int[0];
	private int[] restriction;
	private int sortColumn = -1;
	private boolean ascending = true;
	private int generation;
	private int shownGeneration;
	private long[] cachedKeys;
	private int cachedKeyColumn = -1;
	private Job running;
	/** How many items the native table has; grows towards the rows' count (see {@link #grow()}). */
	private int itemCount;
	private int growthStep = FIRST_STEP;
	/** The range of items filled since the last clear. */
	private int shownFrom = Integer.MAX_VALUE;
	private int shownTo = -1;

	EventsTab(Composite parent, AccessDataEditor editor) {
		this.editor = editor;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		filterBar = new EventFilterBar(control, this::refilter);
		Composite statusRow = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(statusRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusRow);
		status = new Link(statusRow, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		button(statusRow, AccessMessages.Events_export, () -> editor.exportFilteredRows(false));
		button(statusRow, AccessMessages.Events_anonymised, () -> editor.exportFilteredRows(true));
		status.addListener(SWT.Selection, event -> showRows(null));
		table = createTable();
	}

	private Table createTable() {
		Table created = new Table(control, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		created.setHeaderVisible(true);
		created.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(created);
		created.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			int index = created.indexOf(item);
			if (index >= 0 && index < rows.length) {
				shownFrom = Math.min(shownFrom, index);
				shownTo = Math.max(shownTo, index);
				int row = rows[index];
				for (int column = 0; column < columns.count(); column++) {
					item.setText(column, columns.text(column, row));
				}
			}
		});
		if (columns != null) {
			createColumns(created);
		}
		created.addListener(SWT.Selection, event -> editor.rowsChanged());
		created.setMenu(menu);
		return created;
	}

	/**
	 * Removing a million rows from a native table takes seconds (a signal per row), but dropping the whole table is
	 * quick: so a big shrink gets a fresh table.
	 */
	private void replaceTable() {
		Table old = table;
		old.setMenu(null);
		table = createTable();
		table.moveAbove(old);
		old.dispose();
		itemCount = 0;
		shownFrom = Integer.MAX_VALUE;
		shownTo = -1;
		control.layout(true, true);
	}

	/**
	 * Clears only the items that were ever filled: clearing all of a million rows marks every row of the native
	 * model, which then takes seconds to free.
	 */
	private void clearShownItems() {
		int to = Math.min(shownTo, itemCount - 1);
		if (shownFrom <= to) {
			table.clear(shownFrom, to);
		}
		shownFrom = Integer.MAX_VALUE;
		shownTo = -1;
	}

	private void createColumns(Table target) {
		for (int column = 0; column < columns.count(); column++) {
			TableColumn tableColumn = new TableColumn(target, SWT.LEFT);
			tableColumn.setText(columns.header(column));
			tableColumn.setWidth(columns.isDate(column) ? 150 : 120);
			tableColumn.setMoveable(true);
			int index = column;
			tableColumn.addListener(SWT.Selection, event -> sortBy(index, sortColumn == index ? !ascending : true));
		}
		if (sortColumn >= 0) {
			target.setSortColumn(target.getColumn(sortColumn));
			target.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		}
	}

	/** The context menu of the table, kept across fresh tables. */
	void setMenu(Menu contextMenu) {
		menu = contextMenu;
		table.setMenu(menu);
	}

	Composite control() {
		return control;
	}

	Table table() {
		return table;
	}

	void setData(AccessData data) {
		log = data.log();
		columns = new EventColumns(log, zone);
		createColumns(table);
		filterBar.fill(log);
		show(allRows(), generation);
	}

	/** The rows shown, in the order shown. */
	int[] shownRows() {
		return rows;
	}

	/** Whether a filter or sort is still being worked out. */
	boolean isBusy() {
		return shownGeneration != generation || itemCount != rows.length;
	}

	int sortColumn() {
		return sortColumn;
	}

	boolean ascending() {
		return ascending;
	}

	void sortBy(int column, boolean up) {
		sortColumn = column;
		ascending = up;
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		refilter();
	}

	/** Filters by text, as typing in the filter box does. */
	void filterText(String filter) {
		filterBar.typeText(filter);
		refilter();
	}

	/** Filters by a student (a username; null for all), as picking one in the combo does. */
	void filterStudent(String username) {
		filterBar.selectStudent(username);
		refilter();
	}

	/** Shows only these rows (those behind a flag) within the filter; null shows all again. */
	void showRows(int[] only) {
		restriction = only;
		refilter();
	}

	/** The selected rows as tab-separated text with a header line, for the clipboard. */
	String selectionAsText() {
		int[] selected = table.getSelectionIndices();
		Arrays.sort(selected);
		StringBuilder out = new StringBuilder();
		for (int column = 0; column < columns.count(); column++) {
			out.append(column == 0 ? "" : "\t").append(columns.header(column));
		}
		out.append('\n');
		for (int index : selected) {
			for (int column = 0; column < columns.count(); column++) {
				out.append(column == 0 ? "" : "\t").append(columns.text(column, rows[index]).replace('\t', ' '));
			}
			out.append('\n');
		}
		return out.toString();
	}

	boolean hasSelection() {
		return table.getSelectionCount() > 0;
	}

	private void refilter() {
		if (log == null) {
			return;
		}
		RowQuery query = filterBar.query(restriction, sortColumn, ascending, zone);
		int mine = ++generation;
		if (running != null) {
			running.cancel();
		}
		AccessLog current = log;
		running = Job.create(AccessMessages.Events_filtering, (IProgressMonitor monitor) -> {
			int[] result = query.rows(current, this::keys);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					show(result, mine);
				}
			});
			return Status.OK_STATUS;
		});
		running.setSystem(true);
		running.schedule();
	}

	/** Sort keys of a column; the last column's are kept (8 bytes a row) so that re-sorting it is quick. */
	private synchronized long[] keys(int column) {
		if (cachedKeyColumn != column) {
			cachedKeys = columns.keys(column);
			cachedKeyColumn = column;
		}
		return cachedKeys;
	}

	private void show(int[] result, int ofGeneration) {
		if (ofGeneration != generation) {
			return;
		}
		rows = result;
		shownGeneration = ofGeneration;
		if (itemCount - rows.length > REPLACE_WHEN_DROPPING) {
			replaceTable();
		}
		setItemCount(Math.min(rows.length, Math.max(itemCount, FIRST_STEP)));
		clearShownItems();
		if (itemCount < rows.length) {
			control.getDisplay().asyncExec(this::grow);
		}
		String counts = NLS.bind(AccessMessages.Events_status, String.format("%,d", rows.length),
				String.format("%,d", log.size()));
		status.setText(restriction == null ? counts : NLS.bind(AccessMessages.Events_restricted, counts));
		editor.filteredRowsChanged();
	}

	/**
	 * Native tables take seconds to add a million rows at once, so the count grows a step per turn of the event
	 * loop: the first rows show at once and the UI stays responsive while the scroll bar lengthens.
	 */
	private void grow() {
		if (control.isDisposed() || itemCount >= rows.length) {
			return;
		}
		int before = itemCount;
		long started = System.nanoTime();
		setItemCount(Math.min(rows.length, itemCount + growthStep));
		long took = Math.max(1, System.nanoTime() - started);
		growthStep = (int) Math.max(MIN_STEP, Math.min(MAX_STEP, (itemCount - before) * STEP_NANOS / took));
		if (itemCount < rows.length) {
			control.getDisplay().asyncExec(this::grow);
		}
	}

	private void setItemCount(int count) {
		if (count != itemCount) {
			table.setItemCount(count);
			itemCount = count;
		}
	}

	private int[] allRows() {
		int[] all = new int[log.size()];
		Arrays.setAll(all, row -> row);
		return all;
	}

	private static void button(Composite parent, String label, Runnable run) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> run.run());
	}
}
