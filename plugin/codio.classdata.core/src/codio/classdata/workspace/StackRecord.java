package codio.classdata.workspace;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Codio stack an imported project was configured for, kept with the project (its project-scope preferences,
 * {@code .settings/codio.classdata.prefs}) so that it travels with the project and the label decorator and property
 * page can show it. Needs the Eclipse {@code .settings} folder: see {@link CodioSettingsFile}.
 */
public final class StackRecord {

	static final String NODE = "codio.classdata";
	static final String ID = "stack.id";
	static final String NAME = "stack.name";
	static final String VERSION = "stack.version";
	static final String LANGUAGE = "stack.language";
	static final String JAVA_VERSION = "stack.javaVersion";

	private StackRecord() {
	}

	/** Records the stack on the project, replacing any recorded before, and saves it at once. */
	public static void write(IProject project, CodioStack stack) throws CoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.put(ID, stack.id());
		node.put(NAME, stack.name());
		node.put(VERSION, stack.version());
		node.put(LANGUAGE, stack.language().name());
		node.putInt(JAVA_VERSION, stack.javaVersion());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(NLS.bind(WorkspaceText.StackRecord_cannotRecord,
					new Object[] { stack, project.getName(), e.getMessage() }), e));
		}
	}

	/** The stack recorded on the project; empty when none was, or the project is closed. */
	public static Optional<CodioStack> read(IProject project) {
		if (!project.isOpen()) {
			return Optional.empty();
		}
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		String id = node.get(ID, null);
		if (id == null) {
			return Optional.empty();
		}
		return Optional.of(new CodioStack(id, node.get(NAME, id), node.get(VERSION, ""),
				language(node.get(LANGUAGE, null)), node.getInt(JAVA_VERSION, 0)));
	}

	private static StackLanguage language(String name) {
		try {
			return name == null ? StackLanguage.OTHER : StackLanguage.valueOf(name);
		} catch (IllegalArgumentException e) {
			// Written by a later version that knows more languages.
			return StackLanguage.OTHER;
		}
	}
}
