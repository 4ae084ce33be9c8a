package codio.classdata.ui.wizards;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.CourseMember;
import codio.classdata.ui.CodioSession;

/**
 * Opens the import wizard on a file that came from a Codio class (a downloaded export link, a file dropped on the
 * class): the class names the projects' {class} placeholder and working set, and its roster, fetched on the
 * wizard's scan thread, tells student folders from assignment folders.
 */
public final class ImportWizardLauncher {

	private ImportWizardLauncher() {
	}

	/**
	 * @param course the class the file belongs to, or null when not known
	 */
	public static void open(Shell shell, Path input, Course course) {
		ImportWorkspacesWizard wizard = new ImportWorkspacesWizard(input, course,
				monitor -> course == null ? Set.of() : studentLogins(course, monitor));
		new WizardDialog(shell, wizard).open();
	}

	/** The logins, or none when not signed in or the server cannot say: the layout is then guessed. */
	private static Set<String> studentLogins(Course course, org.eclipse.core.runtime.IProgressMonitor monitor) {
		try {
			Optional<CodioClient> client = CodioSession.client();
			Set<String> logins = new HashSet<>();
			if (client.isPresent()) {
				for (CourseMember student : client.get().listStudents(course.id(), monitor)) {
					if (student.login() != null) {
						logins.add(student.login());
					}
				}
			}
			return logins;
		} catch (CodioApiException | StorageException e) { // the roster only sharpens a guess; import works without
			return Set.of();
		}
	}
}
