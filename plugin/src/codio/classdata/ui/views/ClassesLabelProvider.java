package codio.classdata.ui.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import codio.classdata.api.Assignment;
import codio.classdata.api.Course;
import codio.classdata.api.CourseModule;
import codio.classdata.ui.Messages;

/** Name, term dates and archived mark of a class; names of modules and assignments; an icon per node type. */
final class ClassesLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private final ImageDescriptor classIcon = icon("icons/obj16/class.png");
	private final ImageDescriptor archivedClassIcon = icon("icons/obj16/class_archived.png");
	private final ImageDescriptor moduleIcon = icon("icons/obj16/module.png");
	private final ImageDescriptor assignmentIcon = icon("icons/obj16/assignment.png");

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof Course course) {
			StyledString text = new StyledString(course.name());
			Optional<Instant> start = course.startDate();
			Optional<Instant> end = course.endDate();
			if (start.isPresent() || end.isPresent()) {
				text.append("  " + NLS.bind(Messages.ClassesView_dates, start.map(DATE::format).orElse("?"),
						end.map(DATE::format).orElse("?")), StyledString.DECORATIONS_STYLER);
			}
			if (course.archived()) {
				text.append("  [" + Messages.ClassesView_archived + "]", StyledString.QUALIFIER_STYLER);
			}
			return text;
		}
		if (element instanceof CourseModule module) {
			return new StyledString(module.name());
		}
		if (element instanceof Assignment assignment) {
			return new StyledString(assignment.name());
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public Image getImage(Object element) {
		ImageDescriptor descriptor = null;
		if (element instanceof Course course) {
			descriptor = course.archived() ? archivedClassIcon : classIcon;
		} else if (element instanceof CourseModule) {
			descriptor = moduleIcon;
		} else if (element instanceof Assignment) {
			descriptor = assignmentIcon;
		}
		return descriptor == null ? null : images.create(descriptor);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private static ImageDescriptor icon(String path) {
		return ResourceLocator.imageDescriptorFromBundle(ClassesLabelProvider.class, path)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}
}
