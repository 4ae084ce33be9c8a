package codio.classdata.ui.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

import codio.classdata.access.AccessLog;
import codio.classdata.access.ClassDates;
import codio.classdata.access.Flag;
import codio.classdata.access.FlagKind;
import codio.classdata.ui.TextColumns;

/**
 * The Flags tab: hints worth a look (shared IPs, many IPs, activity outside the class dates), worded as hints. Opening
 * a flag shows the rows behind it on the Events tab. The class dates (from the Codio class, or set here) turn on the
 * outside-class-dates flag; changing them asks the editor to look again.
 */
final class FlagsTab {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Composite control;
	private final Button outsideDates;
	private final DateTime firstDay;
	private final DateTime lastDay;
	private final Label summary;
	private final TableViewer viewer;
	private final Consumer<ClassDates> datesChanged;

	/** @param datesChanged told the new class dates (null: no such flag) when the user changes them */
	FlagsTab(Composite parent, Consumer<Flag> showRows, Consumer<ClassDates> datesChanged) {
		this.datesChanged = datesChanged;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		Composite dates = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(dates);
		outsideDates = new Button(dates, SWT.CHECK);
		outsideDates.setText(AccessMessages.Flags_outsideDatesFrom);
		outsideDates.setToolTipText(AccessMessages.Flags_outsideDatesTip);
		firstDay = new DateTime(dates, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		new Label(dates, SWT.NONE).setText(AccessMessages.Flags_to);
		lastDay = new DateTime(dates, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		outsideDates.addListener(SWT.Selection, event -> datesEdited());
		firstDay.addListener(SWT.Selection, event -> datesEdited());
		lastDay.addListener(SWT.Selection, event -> datesEdited());
		summary = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(control, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, AccessMessages.Flags_kind, 150, Flag.class, flag -> kind(flag.kind()));
		TextColumns.add(viewer, AccessMessages.Flags_who, 200, Flag.class, flag -> String.join(", ", flag.who()));
		TextColumns.add(viewer, AccessMessages.Flags_when, 130, Flag.class, flag -> TIME.format(flag.when()));
		TextColumns.add(viewer, AccessMessages.Flags_rows, 60, Flag.class, flag -> Integer.toString(flag.rowCount()));
		TextColumns.add(viewer, AccessMessages.Flags_message, 500, Flag.class, Flag::message);
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

	/**
	 * @param dates the class dates in use, or null: then the date fields offer the log's first and last day
	 */
	void setData(AccessData data, ClassDates dates) {
		AccessLog log = data.log();
		long earliest = Long.MAX_VALUE;
		long latest = Long.MIN_VALUE;
		for (int row = 0; row < log.size(); row++) {
			earliest = Math.min(earliest, log.epochMilli(row));
			latest = Math.max(latest, log.epochMilli(row));
		}
		LocalDate logFirst = log.size() == 0 ? LocalDate.now() : day(earliest);
		LocalDate logLast = log.size() == 0 ? logFirst : day(latest);
		set(firstDay, dates != null && dates.first() != null ? dates.first() : logFirst);
		set(lastDay, dates != null && dates.last() != null ? dates.last() : logLast);
		outsideDates.setSelection(dates != null);
		firstDay.setEnabled(dates != null);
		lastDay.setEnabled(dates != null);
		setFlags(data.flags());
	}

	void setFlags(List<Flag> flags) {
		summary.setText(flags.isEmpty() ? AccessMessages.Flags_none
				: flags.size() == 1 ? AccessMessages.Flags_summaryOne
						: NLS.bind(AccessMessages.Flags_summary, flags.size()));
		viewer.setInput(flags);
		control.layout(true, true);
	}

	/** The class dates as the fields show them, or null when the flag is off. */
	ClassDates classDates() {
		if (!outsideDates.getSelection()) {
			return null;
		}
		LocalDate first = get(firstDay);
		LocalDate last = get(lastDay);
		return new ClassDates(min(first, last), max(first, last));
	}

	/** Sets the fields as a user would, and tells the editor; for tests. */
	void editClassDates(ClassDates dates) {
		if (dates != null) {
			set(firstDay, dates.first());
			set(lastDay, dates.last());
		}
		outsideDates.setSelection(dates != null);
		datesEdited();
	}

	private void datesEdited() {
		firstDay.setEnabled(outsideDates.getSelection());
		lastDay.setEnabled(outsideDates.getSelection());
		datesChanged.accept(classDates());
	}

	private static LocalDate day(long epochMilli) {
		return LocalDate.ofInstant(Instant.ofEpochMilli(epochMilli), ZoneId.systemDefault());
	}

	private static void set(DateTime field, LocalDate day) {
		field.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	private static LocalDate get(DateTime field) {
		return LocalDate.of(field.getYear(), field.getMonth() + 1, field.getDay());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? b : a;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static String kind(FlagKind kind) {
		if (kind == FlagKind.SHARED_IP) {
			return AccessMessages.Flags_sharedIp;
		}
		return kind == FlagKind.MANY_IPS ? AccessMessages.Flags_manyIps : AccessMessages.Flags_outsideDates;
	}
}
