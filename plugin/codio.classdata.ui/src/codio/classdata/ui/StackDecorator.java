package codio.classdata.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;

import codio.classdata.workspace.StackRecord;

/**
 * Shows the Codio stack an imported project was configured for after its name, such as {@code [Java 17]}.
 * Lightweight, so the platform calls it off the UI thread; it reads only the project's preferences.
 */
public final class StackDecorator extends LabelProvider implements ILightweightLabelDecorator {

	@Override
	public void decorate(Object element, IDecoration decoration) {
		// JDT UI adapts an IJavaProject to its project; without it loaded, ask the Java project itself
		IProject project = element instanceof IJavaProject javaProject ? javaProject.getProject()
				: Adapters.adapt(element, IProject.class);
		if (project != null && project.isOpen()) {
			StackRecord.read(project).ifPresent(stack -> decoration.addSuffix(" [" + stack + "]"));
		}
	}
}
