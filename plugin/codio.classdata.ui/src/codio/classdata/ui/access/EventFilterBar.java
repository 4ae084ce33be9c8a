package codio.classdata.ui.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import codio.classdata.access.AccessColumn;
import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessType;
import codio.classdata.access.StringColumn;

/**
 * The Events tab's filter bar: text, student, unit, access type, role and a date range. Tells its owner when the
 * filter changed (typing waits a moment; a half-typed date is not a change) and turns itself into a {@link RowQuery}.
 */
final class EventFilterBar {

	private static final int TYPING_PAUSE_MILLIS = 250;

	private final Composite control;
	private final Runnable changed;
	private final Text text;
	private final Combo student;
	private final Combo unit;
	private final Combo type;
	private final Combo role;
	private final Text from;
	private final Text until;

	EventFilterBar(Composite parent, Runnable changed) {
		this.changed = changed;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(control);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
		text = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage(AccessMessages.Events_text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(event -> control.getDisplay().timerExec(TYPING_PAUSE_MILLIS, this::changedIfStill));
		student = combo(AccessMessages.Events_student);
		unit = combo(AccessMessages.Events_unit);
		type = combo(AccessMessages.Events_type);
		role = combo(AccessMessages.Events_role);
		from = date(AccessMessages.Events_from);
		until = date(AccessMessages.Events_until);
	}

	/** Offers the log's students, units, roles and the access types. */
	void fill(AccessLog log) {
		fill(student, log.column(AccessColumn.USERNAME));
		fill(unit, log.column(AccessColumn.UNIT));
		fill(role, log.column(AccessColumn.ROLE));
		for (AccessType each : AccessType.values()) {
			type.add(each.label());
		}
	}

	/** Types the text filter, as the user would (the owner is told after the typing pause, as for typing). */
	void typeText(String filter) {
		text.setText(filter);
	}

	/** Picks a student (a username; null for all) as the combo would, without telling the owner. */
	void selectStudent(String username) {
		int index = username == null ? 0 : student.indexOf(username);
		student.select(Math.max(index, 0));
	}

	/**
	 * The filter as it stands, with the tab's restriction and sort.
	 *
	 * @param restriction only these rows, or null for all
	 * @param sortColumn  the column to sort by, or -1 for file order
	 */
	RowQuery query(int[] restriction, int sortColumn, boolean ascending, ZoneId zone) {
		String typeLabel = chosen(type);
		AccessType accessType = typeLabel == null ? null : AccessType.parse(typeLabel);
		LocalDate first = day(from);
		LocalDate last = day(until);
		return new RowQuery(text.getText().trim(), chosen(student), chosen(unit), accessType, chosen(role),
				first == null ? null : first.atStartOfDay(zone).toInstant(),
				last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), restriction, sortColumn,
				ascending);
	}

	private void changedIfStill() {
		if (!control.isDisposed()) {
			changed.run();
		}
	}

	private Combo combo(String tooltip) {
		Combo combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(tooltip);
		combo.add(NLS.bind(AccessMessages.Events_any, tooltip));
		combo.select(0);
		combo.setVisibleItemCount(20);
		combo.addListener(SWT.Selection, event -> changed.run());
		return combo;
	}

	private Text date(String tooltip) {
		Text field = new Text(control, SWT.BORDER);
		field.setMessage(AccessMessages.Events_datePattern);
		field.setToolTipText(tooltip);
		GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(field);
		field.addModifyListener(event -> {
			if (field.getText().isBlank() || day(field) != null) {
				changed.run();
			}
		});
		return field;
	}

	private static void fill(Combo combo, StringColumn values) {
		String[] all = new String[values.distinctValues()];
		Arrays.setAll(all, values::valueOf);
		Arrays.sort(all, String.CASE_INSENSITIVE_ORDER);
		for (String value : all) {
			if (!value.isEmpty()) {
				combo.add(value);
			}
		}
	}

	private static String chosen(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : combo.getText();
	}

	private static LocalDate day(Text field) {
		String value = field.getText().trim();
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
