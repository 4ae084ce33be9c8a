package codio.classdata.ui.launching;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.IDynamicVariable;
import org.eclipse.core.variables.IDynamicVariableResolver;
import org.eclipse.debug.ui.DebugUITools;

/** {@code ${codio_filename_no_ext}}: the selected resource's name without its extension, Codio's {@code {{filename_no_ext}}}. */
public final class FileNameWithoutExtension implements IDynamicVariableResolver {

	@Override
	public String resolveValue(IDynamicVariable variable, String argument) throws CoreException {
		IResource resource = DebugUITools.getSelectedResource();
		if (resource == null) {
			throw new CoreException(Status.error(variable.getDescription()));
		}
		String name = resource.getName();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
