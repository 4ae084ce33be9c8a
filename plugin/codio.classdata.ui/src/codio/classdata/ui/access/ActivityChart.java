package codio.classdata.ui.access;

import java.time.format.DateTimeFormatter;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import codio.classdata.access.ActivityHistogram;
import codio.classdata.access.TimeStep;

/**
 * A bar chart of an {@link ActivityHistogram}, drawn natively: events per bucket on the y axis, the buckets' dates on
 * the x axis. Colours come from the system's list colours, so that it reads in light and dark themes alike.
 */
final class ActivityChart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");
	private static final int TICKS = 5;

	private final Canvas canvas;
	private ActivityHistogram histogram;

	ActivityChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
	}

	Canvas control() {
		return canvas;
	}

	void setHistogram(ActivityHistogram value) {
		histogram = value;
		canvas.redraw();
	}

	ActivityHistogram histogram() {
		return histogram;
	}

	/** How many bars have a height (buckets with events). */
	int barsDrawn() {
		if (histogram == null) {
			return 0;
		}
		int bars = 0;
		for (int bucket = 0; bucket < histogram.size(); bucket++) {
			bars += histogram.count(bucket) > 0 ? 1 : 0;
		}
		return bars;
	}

	private void paint(GC gc) {
		Display display = canvas.getDisplay();
		Color background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		Color foreground = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		Color bar = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color grid = display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		Rectangle area = canvas.getClientArea();
		gc.setBackground(background);
		gc.fillRectangle(area);
		gc.setFont(JFaceResources.getDefaultFont());
		gc.setForeground(foreground);
		if (histogram == null || histogram.size() == 0) {
			gc.drawText(AccessMessages.Activity_empty, 10, 10, true);
			return;
		}
		int max = Math.max(histogram.max(), 1);
		Point labelSize = gc.textExtent(String.format("%,d", max));
		int left = labelSize.x + 14;
		int bottom = area.height - labelSize.y * 2 - 8;
		int top = labelSize.y + 4;
		int right = area.width - 10;
		if (bottom <= top || right <= left) {
			return;
		}
		int height = bottom - top;
		for (int tick = 0; tick <= TICKS; tick++) {
			int value = (int) Math.round((double) max * tick / TICKS);
			int y = bottom - height * tick / TICKS;
			gc.setForeground(grid);
			gc.drawLine(left, y, right, y);
			gc.setForeground(foreground);
			String label = String.format("%,d", value);
			gc.drawText(label, left - 6 - gc.textExtent(label).x, y - labelSize.y / 2, true);
		}
		int buckets = histogram.size();
		double width = (double) (right - left) / buckets;
		gc.setBackground(bar);
		for (int bucket = 0; bucket < buckets; bucket++) {
			int count = histogram.count(bucket);
			if (count > 0) {
				int x = left + (int) (bucket * width);
				int w = Math.max(1, (int) ((bucket + 1) * width) - (int) (bucket * width) - (width > 4 ? 1 : 0));
				int h = Math.max(1, (int) ((long) height * count / max));
				gc.fillRectangle(x, bottom - h, w, h);
			}
		}
		gc.setForeground(foreground);
		gc.drawLine(left, bottom, right, bottom);
		gc.drawLine(left, top, left, bottom);
		DateTimeFormatter format = histogram.step() == TimeStep.DAY ? DAY : HOUR;
		int labelWidth = gc.textExtent(format.format(histogram.start(0))).x + 12;
		int every = Math.max(1, (int) Math.ceil(labelWidth / width));
		for (int bucket = 0; bucket < buckets; bucket += every) {
			int x = left + (int) (bucket * width);
			gc.drawLine(x, bottom, x, bottom + 3);
			gc.drawText(format.format(histogram.start(bucket)), x, bottom + 4, true);
		}
		String caption = histogram.step() == TimeStep.DAY ? AccessMessages.Activity_perDayAxis
				: AccessMessages.Activity_perHourAxis;
		gc.drawText(caption, left, bottom + labelSize.y + 6, true);
		gc.drawText(AccessMessages.Activity_eventsAxis, 4, 2, true);
	}
}
