package codio.classdata.ui.review;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;

import codio.classdata.review.ChangeSummary;
import codio.classdata.review.FileChange;
import codio.classdata.review.ProjectChanges;
import codio.classdata.review.StarterBaseline;

/**
 * Project &gt; Properties &gt; Codio Changes: what the student changed against the starter code, counted in the
 * background (the page never waits on the disk).
 */
public final class ChangesPropertyPage extends PropertyPage {

	private Label summary;

	@Override
	protected Control createContents(Composite parent) {
		noDefaultAndApplyButton();
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(summary);
		IProject project = Adapters.adapt(getElement(), IProject.class);
		Optional<Path> baseline = project == null ? Optional.empty() : StarterBaseline.read(project);
		if (baseline.isEmpty()) {
			summary.setText(NLS.bind(ReviewMessages.Compare_noBaseline, project == null ? "" : project.getName()));
			return page;
		}
		summary.setText(ReviewMessages.ChangesPage_counting);
		Job job = Job.create(ReviewMessages.ChangesPage_counting, monitor -> {
			String text;
			try {
				ChangeSummary changes = ProjectChanges.of(project, baseline.get(), monitor);
				text = NLS.bind(ReviewMessages.ChangesPage_summary, new Object[] {
						changes.count(FileChange.Kind.ADDED), changes.count(FileChange.Kind.CHANGED),
						changes.count(FileChange.Kind.DELETED), changes.linesAdded(), changes.linesRemoved(),
						baseline.get() });
			} catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
				text = e.getMessage();
			}
			String shown = text;
			summary.getDisplay().asyncExec(() -> {
				if (!summary.isDisposed()) {
					summary.setText(shown);
					summary.getParent().layout();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return page;
	}

	/** What the page says now (for tests). */
	String summaryText() {
		return summary.getText();
	}
}
