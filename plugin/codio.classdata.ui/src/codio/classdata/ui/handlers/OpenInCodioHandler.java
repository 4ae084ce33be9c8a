package codio.classdata.ui.handlers;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import codio.classdata.api.CodioWebPages;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.ui.Messages;
import codio.classdata.ui.Problems;
import codio.classdata.ui.views.AssignmentNode;
import codio.classdata.ui.views.ClassesView;

/**
 * Open in Codio: a class's overview page, or an assignment's grading queue, on the server the user signed in to,
 * in the browser the user chose (General > Web Browser: internal or external).
 */
public final class OpenInCodioHandler extends ClassesViewHandler {

	private static final String BROWSER_ID = "codio.classdata.ui.browser";

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		pageOf(selection.getFirstElement(), ConnectionSettings.load()).ifPresent(page -> {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().createBrowser(BROWSER_ID).openURL(page.toURL());
			} catch (PartInitException | MalformedURLException e) {
				Problems.show(NLS.bind(Messages.OpenInCodio_failed, page, e.getMessage()), e);
			}
		});
	}

	/** The page for a class or an assignment of the view, or empty for anything else. */
	static Optional<URI> pageOf(Object element, ConnectionSettings settings) {
		if (element instanceof Course course) {
			return Optional.of(CodioWebPages.of(settings).classOverview(course.id()));
		}
		if (element instanceof AssignmentNode node) {
			return Optional.of(CodioWebPages.of(settings).gradingQueue(node.course().id(), node.assignment().id()));
		}
		return Optional.empty();
	}
}
