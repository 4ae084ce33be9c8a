package codio.classdata.ui.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
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

import codio.classdata.api.Course;
import codio.classdata.export.ExportLink;
import codio.classdata.ui.Messages;

/**
 * Texts and 16 px icons of every node: a class with its term and archived mark, the Exports and Units folders,
 * export links with status, start, expiry, size and where they were saved, modules and assignments.
 */
final class ClassesLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT).withZone(ZoneId.systemDefault());

	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private final Map<String, ImageDescriptor> icons = Map.ofEntries(icon("class"), icon("class_archived"),
			icon("module"), icon("assignment"), icon("exports"), icon("units"), icon("link_ready"),
			icon("link_running"), icon("link_failed"), icon("link_expired"), icon("info"), icon("error"));
	private final Clock clock;

	ClassesLabelProvider(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof Course course) {
			return courseText(course);
		}
		if (element instanceof ClassFolder folder) {
			return new StyledString(folder.kind() == ClassFolder.Kind.EXPORTS ? Messages.ClassesView_exports
					: Messages.ClassesView_units);
		}
		if (element instanceof ExportLink link) {
			return linkText(link);
		}
		if (element instanceof ModuleNode module) {
			return new StyledString(module.module().name());
		}
		if (element instanceof AssignmentNode assignment) {
			return new StyledString(assignment.assignment().name());
		}
		if (element instanceof MessageNode message) {
			return new StyledString(message.text(), message.severity() == MessageNode.Severity.PENDING
					? StyledString.QUALIFIER_STYLER : null);
		}
		return new StyledString(String.valueOf(element));
	}

	private static StyledString courseText(Course course) {
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

	private StyledString linkText(ExportLink link) {
		StyledString text = new StyledString(link.kind().label());
		text.append(" \u2014 " + statusText(link), link.status() == ExportLink.Status.READY
				? StyledString.DECORATIONS_STYLER : StyledString.QUALIFIER_STYLER);
		StringBuilder details = new StringBuilder();
		link.startedAt().ifPresent(start -> details.append(NLS.bind(Messages.ClassesView_linkStarted,
				DATE_TIME.format(start))));
		if (link.status() == ExportLink.Status.READY) {
			link.expiresAt().ifPresentOrElse(expiry -> append(details, expiresIn(expiry)),
					() -> append(details, Messages.ClassesView_linkMadeElsewhere));
		}
		link.size().ifPresent(size -> append(details, String.format(Locale.ROOT, "%.1f MB", size / 1e6)));
		link.downloadedTo().ifPresent(path -> append(details, NLS.bind(Messages.ClassesView_linkSavedTo, path)));
		if (details.length() > 0) {
			text.append("  " + details, StyledString.QUALIFIER_STYLER);
		}
		return text;
	}

	private static String statusText(ExportLink link) {
		return switch (link.status()) {
		case RUNNING -> Messages.ClassesView_statusRunning;
		case READY -> Messages.ClassesView_statusReady;
		case EXPIRED -> Messages.ClassesView_statusExpired;
		case FAILED -> NLS.bind(Messages.ClassesView_statusFailed, link.error());
		};
	}

	private String expiresIn(Instant expiry) {
		Duration left = Duration.between(clock.instant(), expiry);
		if (left.toDays() >= 1) {
			return NLS.bind(Messages.ClassesView_expiresInDays, left.toDays());
		}
		return NLS.bind(Messages.ClassesView_expiresInHours, Math.max(1, left.toHours()));
	}

	private static void append(StringBuilder details, String part) {
		if (details.length() > 0) {
			details.append(" \u00b7 ");
		}
		details.append(part);
	}

	@Override
	public Image getImage(Object element) {
		String name = null;
		if (element instanceof Course course) {
			name = course.archived() ? "class_archived" : "class";
		} else if (element instanceof ClassFolder folder) {
			name = folder.kind() == ClassFolder.Kind.EXPORTS ? "exports" : "units";
		} else if (element instanceof ExportLink link) {
			name = "link_" + link.status().name().toLowerCase(Locale.ROOT);
		} else if (element instanceof ModuleNode) {
			name = "module";
		} else if (element instanceof AssignmentNode) {
			name = "assignment";
		} else if (element instanceof MessageNode message) {
			name = switch (message.severity()) {
			case PENDING -> "link_running";
			case INFO -> "info";
			case ERROR -> "error";
			};
		}
		ImageDescriptor descriptor = name == null ? null : icons.get(name);
		return descriptor == null ? null : images.create(descriptor);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private static Map.Entry<String, ImageDescriptor> icon(String name) {
		return Map.entry(name, ResourceLocator.imageDescriptorFromBundle(ClassesLabelProvider.class,
				"icons/obj16/" + name + ".png").orElse(ImageDescriptor.getMissingImageDescriptor()));
	}
}
