package codio.classdata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;

import codio.classdata.workspace.CodioStack;
import codio.classdata.workspace.StackCatalogue;
import codio.classdata.workspace.StackRecord;

/**
 * Project &gt; Properties &gt; Codio Stack: the stack recorded when the workspace was imported, which a later upload
 * to Codio uses; it can be corrected here. Changing it does not reconfigure the project's build path.
 */
public final class StackPropertyPage extends PropertyPage {

	private final List<CodioStack> stacks = new ArrayList<>(StackCatalogue.certified().stacks());
	private Combo stackCombo;
	private Label details;

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Optional<CodioStack> recorded = project().flatMap(StackRecord::read);
		recorded.filter(stack -> !stacks.contains(stack)).ifPresent(stacks::add);

		new Label(page, SWT.NONE).setText(Messages.StackPage_stack);
		stackCombo = new Combo(page, SWT.READ_ONLY);
		stackCombo.setItems(stacks.stream().map(CodioStack::toString).toArray(String[]::new));
		recorded.ifPresent(stack -> stackCombo.select(stacks.indexOf(stack)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stackCombo);
		details = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(details);
		stackCombo.addListener(SWT.Selection, e -> showDetails());
		showDetails();
		if (recorded.isEmpty()) {
			setMessage(Messages.StackPage_none, INFORMATION);
		}
		return page;
	}

	private void showDetails() {
		int index = stackCombo.getSelectionIndex();
		if (index < 0) {
			details.setText("");
			return;
		}
		CodioStack stack = stacks.get(index);
		details.setText(org.eclipse.osgi.util.NLS.bind(Messages.StackPage_details, new Object[] { stack.id(),
				stack.version().isEmpty() ? "-" : stack.version(),
				stack.javaVersion() > 0 ? "Java " + stack.javaVersion() : stack.language() }));
		details.getParent().layout();
	}

	@Override
	public boolean performOk() {
		int index = stackCombo.getSelectionIndex();
		Optional<IProject> project = project();
		if (index >= 0 && project.isPresent()) {
			try {
				StackRecord.write(project.get(), stacks.get(index));
			} catch (org.eclipse.core.runtime.CoreException e) {
				setErrorMessage(e.getMessage());
				return false;
			}
		}
		return true;
	}

	private Optional<IProject> project() {
		return Optional.ofNullable(Adapters.adapt(getElement(), IProject.class));
	}
}
