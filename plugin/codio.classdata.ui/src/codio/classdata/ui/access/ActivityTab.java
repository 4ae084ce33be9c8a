package codio.classdata.ui.access;

import java.time.ZoneId;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import codio.classdata.access.AccessColumn;
import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessLogFilter;
import codio.classdata.access.ActivityHistogram;
import codio.classdata.access.RowFilter;
import codio.classdata.access.TimeStep;

/**
 * The Activity tab: events per day or hour for the class, a student or a unit, counted in a job and drawn by
 * {@link ActivityChart}.
 */
final class ActivityTab {

	private final Composite control;
	private final Combo student;
	private final Combo unit;
	private final Button perHour;
	private final Label total;
	private final ActivityChart chart;
	private AccessLog log;
	private int generation;
	private int shownGeneration = -1;

	ActivityTab(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		Composite bar = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		student = combo(bar, AccessMessages.Activity_wholeClass);
		unit = combo(bar, AccessMessages.Activity_allUnits);
		Button perDay = new Button(bar, SWT.RADIO);
		perDay.setText(AccessMessages.Activity_perDay);
		perDay.setSelection(true);
		perHour = new Button(bar, SWT.RADIO);
		perHour.setText(AccessMessages.Activity_perHour);
		perHour.addListener(SWT.Selection, event -> recount());
		total = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(total);
		chart = new ActivityChart(control);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.control());
	}

	Control control() {
		return control;
	}

	ActivityChart chart() {
		return chart;
	}

	boolean isBusy() {
		return shownGeneration != generation;
	}

	void setData(AccessData data) {
		log = data.log();
		fill(student, AccessColumn.USERNAME);
		fill(unit, AccessColumn.UNIT);
		recount();
	}

	void showStudent(String username) {
		int index = username == null ? 0 : student.indexOf(username);
		student.select(Math.max(index, 0));
		recount();
	}

	private void recount() {
		if (log == null) {
			return;
		}
		String who = student.getSelectionIndex() <= 0 ? null : student.getText();
		String which = unit.getSelectionIndex() <= 0 ? null : unit.getText();
		TimeStep step = perHour.getSelection() ? TimeStep.HOUR : TimeStep.DAY;
		AccessLog current = log;
		int mine = ++generation;
		Job job = Job.create(AccessMessages.Activity_counting, (IProgressMonitor monitor) -> {
			RowFilter filter = who == null && which == null ? RowFilter.ALL
					: new AccessLogFilter().student(who).unit(which).compile(current);
			ActivityHistogram histogram = ActivityHistogram.of(current, step, ZoneId.systemDefault(), filter);
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed() && mine == generation) {
					shownGeneration = mine;
					chart.setHistogram(histogram);
					total.setText(NLS.bind(AccessMessages.Activity_total, String.format("%,d", histogram.total())));
					total.getParent().layout();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private Combo combo(Composite parent, String all) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.add(all);
		combo.select(0);
		combo.setVisibleItemCount(20);
		combo.addListener(SWT.Selection, event -> recount());
		return combo;
	}

	private void fill(Combo combo, AccessColumn column) {
		var values = log.column(column);
		String[] all = new String[values.distinctValues()];
		Arrays.setAll(all, values::valueOf);
		Arrays.sort(all, String.CASE_INSENSITIVE_ORDER);
		for (String value : all) {
			if (!value.isEmpty()) {
				combo.add(value);
			}
		}
	}
}
