package codio.classdata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.access.AccessDataEditor;

/** Anonymised Export… of the Access Data editor: the rows the Events tab shows, with people replaced by pseudonyms. */
public final class AnonymisedExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof AccessDataEditor editor) {
			editor.exportFilteredRows(true);
		}
		return null;
	}
}
