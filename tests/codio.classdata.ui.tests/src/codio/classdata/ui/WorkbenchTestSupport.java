package codio.classdata.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What UI tests share: the active page, an event loop that waits for a condition, screenshots. */
public final class WorkbenchTestSupport {

	private WorkbenchTestSupport() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until the condition holds: jobs post their results to the UI thread. */
	public static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, what, 30_000);
	}

	public static void waitUntil(BooleanSupplier condition, String what, long timeoutMillis) {
		waitUntil(condition, () -> what, timeoutMillis);
	}

	/** As above; {@code what} is asked at the timeout, so it can say what was seen instead. */
	public static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what,
			long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets pending paints and layouts happen. */
	public static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// dispatch everything pending
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** A PNG of the area into docs/images (or target/images outside the build). */
	public static void saveScreenshot(Rectangle bounds, String name) throws Exception {
		Display display = Display.getCurrent();
		settle(500);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path directory = Path.of(System.getProperty("codio.classdata.docsImages", "target/images"));
			Files.createDirectories(directory);
			loader.save(directory.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * A PNG of the shell as it paints itself ({@code Control.print}); unlike copying from the screen this never
	 * picks up pixels of a window that was there before, which happens under Xvfb.
	 */
	public static void saveScreenshot(Shell shell, String name) throws Exception {
		shell.layout(true, true);
		settle(500);
		Rectangle size = shell.getClientArea();
		Image image = new Image(shell.getDisplay(), size.width, size.height);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path directory = Path.of(System.getProperty("codio.classdata.docsImages", "target/images"));
			Files.createDirectories(directory);
			loader.save(directory.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Closes dialogs and popups a test left open, keeping the workbench windows. */
	public static void closeOtherShells() {
		Display display = Display.getCurrent();
		for (Shell shell : display.getShells()) {
			boolean workbenchWindow = false;
			for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				workbenchWindow |= window.getShell() == shell;
			}
			if (!workbenchWindow && !shell.isDisposed()) {
				shell.close();
			}
		}
	}

	/**
	 * Signs the workbench in to an emulator as the demo organisation (its server in the preferences, its secret in
	 * secure storage), with a fresh session.
	 */
	public static codio.classdata.api.CodioClient signInTo(codio.classdata.emulator.CodioEmulator emulator)
			throws Exception {
		codio.classdata.api.CodioEndpoints endpoints = new codio.classdata.api.CodioEndpoints(emulator.apiUrl(),
				emulator.oauthUrl());
		new codio.classdata.api.ConnectionSettings(codio.classdata.api.ConnectionSettings.CUSTOM_SERVER,
				endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(), codio.classdata.emulator.DemoData.CLIENT_ID).save();
		new codio.classdata.api.CodioSecureStore().setClientSecret(endpoints,
				codio.classdata.emulator.DemoData.CLIENT_SECRET);
		CodioSession.reset();
		return CodioSession.client().orElseThrow();
	}
}
