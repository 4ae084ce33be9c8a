package codio.classdata.ui.preferences;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * The line under Test Connection: nothing, "Testing … Cancel", the outcome with an info icon, or the error with an
 * error icon. The text wraps to the width the page gives it, so a long error stays inside the page.
 */
final class ConnectionStatusLine {

	/** Keeps a long message from widening the dialog; the real width comes from the page. */
	private static final int WRAP_WIDTH_HINT = 200;

	private final Composite composite;
	private final Label icon;
	private final Label text;
	private final Link cancel;
	private String message = "";

	/** @param onCancel what the Cancel link does */
	ConnectionStatusLine(Composite parent, Runnable onCancel) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(composite);
		icon = new Label(composite, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		text = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(text);
		cancel = new Link(composite, SWT.NONE);
		cancel.setText(PreferenceMessages.PreferencePage_testCancel);
		cancel.addListener(SWT.Selection, event -> onCancel.run());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(cancel);
		text.addListener(SWT.Resize, event -> fitHeight());
		clear();
	}

	Control control() {
		return composite;
	}

	boolean isDisposed() {
		return composite.isDisposed();
	}

	void showTesting(String host) {
		show(null, NLS.bind(PreferenceMessages.PreferencePage_testing, host), true);
	}

	void show(ConnectionTestResult result) {
		boolean failed = result instanceof ConnectionTestResult.Failed;
		show(JFaceResources.getImage(failed ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_INFO),
				result.message(), false);
	}

	void showCancelled() {
		show(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_INFO), PreferenceMessages.PreferencePage_testCancelled,
				false);
	}

	void clear() {
		show(null, "", false);
	}

	/** The message shown, for tests and for the page. */
	String message() {
		return message;
	}

	/** The Cancel link, shown while a test runs; the page gives it the keyboard focus then. */
	Link cancelLink() {
		return cancel;
	}

	private void show(Image image, String newMessage, boolean cancellable) {
		message = newMessage;
		icon.setImage(image);
		((GridData) icon.getLayoutData()).exclude = image == null;
		icon.setVisible(image != null);
		// A label takes & as a mnemonic; a message from the server shows it as written.
		text.setText(newMessage.replace("&", "&&"));
		text.setToolTipText(newMessage.isEmpty() ? null : newMessage);
		// "Testing … Cancel" keeps the link next to the short text; a result takes the whole width and wraps.
		GridData textData = (GridData) text.getLayoutData();
		textData.grabExcessHorizontalSpace = !cancellable;
		textData.horizontalAlignment = cancellable ? SWT.BEGINNING : SWT.FILL;
		textData.widthHint = cancellable ? SWT.DEFAULT : WRAP_WIDTH_HINT;
		((GridData) cancel.getLayoutData()).exclude = !cancellable;
		cancel.setVisible(cancellable);
		composite.layout(true);
		fitHeight();
	}

	/** Gives the wrapped text the height it needs at the width it actually has, and lays the page out again. */
	private void fitHeight() {
		int width = text.getSize().x;
		if (width <= 0) {
			return;
		}
		GridData data = (GridData) text.getLayoutData();
		int height = text.computeSize(width, SWT.DEFAULT).y;
		if (data.heightHint != height) {
			data.heightHint = height;
			fitPage();
		}
	}

	/**
	 * Lays the page out again for the new height. The preference dialog holds the page in a scrolled area sized
	 * when the page was shown: the area learns the new size, and the dialog grows (within the screen) rather than
	 * hide what follows under a long error.
	 */
	private void fitPage() {
		ScrolledComposite scrolled = null;
		for (Composite parent = composite.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite found) {
				scrolled = found;
				break;
			}
		}
		if (scrolled == null || scrolled.getContent() == null) {
			composite.getParent().layout(true, true);
			return;
		}
		Point needed = scrolled.getContent().computeSize(SWT.DEFAULT, SWT.DEFAULT);
		scrolled.setMinSize(needed);
		if (scrolled.getContent() instanceof Composite content) {
			content.layout(true, true);
		}
		int missing = needed.y - scrolled.getClientArea().height;
		if (missing > 0) {
			Shell shell = composite.getShell();
			Rectangle screen = shell.getMonitor().getClientArea();
			Rectangle bounds = shell.getBounds();
			int height = Math.min(bounds.height + missing, screen.y + screen.height - bounds.y);
			if (height > bounds.height) {
				shell.setSize(bounds.width, height);
			}
		}
	}
}
