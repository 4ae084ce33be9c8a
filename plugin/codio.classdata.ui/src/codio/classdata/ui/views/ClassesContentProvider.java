package codio.classdata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.Assignment;
import codio.classdata.api.Course;
import codio.classdata.api.CourseModule;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportNotOfferedException;
import codio.classdata.ui.Messages;

/**
 * Classes at the top; under each, its Exports (links, loaded on demand) and its Units (modules, then
 * assignments, already part of the class list).
 */
final class ClassesContentProvider implements ITreeContentProvider {

	private final ExportLinkCache links;

	ClassesContentProvider(ExportLinkCache links) {
		this.links = links;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Course course) {
			return new Object[] { new ClassFolder(course, ClassFolder.Kind.EXPORTS),
					new ClassFolder(course, ClassFolder.Kind.UNITS) };
		}
		if (parent instanceof ClassFolder folder) {
			return folder.kind() == ClassFolder.Kind.EXPORTS ? exportChildren(folder) : unitChildren(folder);
		}
		if (parent instanceof ModuleNode module) {
			List<Object> assignments = new ArrayList<>();
			for (Assignment assignment : module.module().assignments()) {
				assignments.add(new AssignmentNode(module.course(), assignment));
			}
			return assignments.toArray();
		}
		return new Object[0];
	}

	private Object[] exportChildren(ClassFolder folder) {
		ExportLinkCache.State state = links.state(folder.course().id());
		List<Object> children = new ArrayList<>();
		if (state instanceof ExportLinkCache.Loaded loaded) {
			children.addAll(loaded.list().links());
			if (loaded.list().links().isEmpty()) {
				children.add(new MessageNode(folder, Messages.ClassesView_noLinks, MessageNode.Severity.INFO));
			}
			if (!loaded.list().unlisted().isEmpty()) {
				children.add(new MessageNode(folder, NLS.bind(Messages.ClassesView_unlisted, loaded.list().unlisted()
						.stream().map(ExportKind::label).collect(Collectors.joining(", "))), MessageNode.Severity.INFO));
			}
			for (ExportNotOfferedException notOffered : loaded.list().notOffered()) {
				children.add(new MessageNode(folder, NLS.bind(Messages.ClassesView_notOffered,
						notOffered.exportKind().label(), notOffered.exportKind().webUiPath()),
						MessageNode.Severity.INFO));
			}
		} else if (state instanceof ExportLinkCache.Failed failed) {
			children.add(new MessageNode(folder, failed.message(), MessageNode.Severity.ERROR));
		} else {
			children.add(new MessageNode(folder, Messages.ClassesView_loadingLinks, MessageNode.Severity.PENDING));
		}
		return children.toArray();
	}

	private static Object[] unitChildren(ClassFolder folder) {
		List<Object> modules = new ArrayList<>();
		for (CourseModule module : folder.course().modules()) {
			modules.add(new ModuleNode(folder.course(), module));
		}
		return modules.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ClassFolder folder) {
			return folder.course();
		}
		if (element instanceof ModuleNode module) {
			return new ClassFolder(module.course(), ClassFolder.Kind.UNITS);
		}
		if (element instanceof MessageNode message) {
			return message.parent();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Course || element instanceof ClassFolder) {
			return true;
		}
		return element instanceof ModuleNode module && !module.module().assignments().isEmpty();
	}
}
