package codio.classdata.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;

/**
 * Popups for things that finish in the background (an export became ready, a download was saved), each with the
 * next useful actions. Respects the "show notifications" preference; safe to call from any thread.
 */
public final class Notifications {

	/** A link in a popup and what it does. */
	public record Action(String label, Runnable run) {
	}

	private static final long DISPLAY_MILLIS = 8000;

	private Notifications() {
	}

	public static void show(String title, String text, List<Action> actions) {
		if (!UiPreferences.showNotifications() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> NotificationPopup.forDisplay(display).title(title, true)
				.content(parent -> content(parent, text, actions)).delay(DISPLAY_MILLIS).open());
	}

	private static Composite content(Composite parent, String text, List<Action> actions) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(body);
		Label message = new Label(body, SWT.WRAP);
		message.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(message);
		if (!actions.isEmpty()) {
			Link links = new Link(body, SWT.NONE);
			StringBuilder markup = new StringBuilder();
			for (int i = 0; i < actions.size(); i++) {
				markup.append(i == 0 ? "" : "   ").append("<a href=\"").append(i).append("\">")
						.append(actions.get(i).label()).append("</a>");
			}
			links.setText(markup.toString());
			links.addListener(SWT.Selection, event -> actions.get(Integer.parseInt(event.text)).run().run());
		}
		return body;
	}
}
