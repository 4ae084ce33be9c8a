package codio.classdata.ui.refresh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEditableContent;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import codio.classdata.review.FileRefresh;

/**
 * One conflict of a refresh in Eclipse's three-way compare: the version imported as the ancestor, the project's
 * file on the left, editable, and the student's newer version on the right, read-only. The left side is held in
 * memory and never written to the project: what the user saves becomes the conflict's resolution, which the refresh
 * writes with the rest of the project (or not at all). The three files are read in {@link #prepareInput}, which
 * the compare dialog runs off the UI thread.
 */
public final class ConflictCompareInput extends CompareEditorInput {

	/**
	 * Compare's property for showing the ancestor pane (its value in {@code ICompareUIConstants}, an internal
	 * interface): without it the common ancestor stays hidden until the user toggles it, and a conflict is hard to
	 * judge without seeing what both sides started from.
	 */
	private static final String ANCESTOR_VISIBLE = "org.eclipse.compare.AncestorVisible";

	private final FileRefresh file;
	private final Path current;
	private Side left;

	/**
	 * @param project the project's name, for the title
	 * @param file    the conflicting file
	 * @param current the project's file on disk (it may not exist: the instructor deleted it)
	 */
	public ConflictCompareInput(String project, FileRefresh file, Path current) {
		super(configuration());
		this.file = file;
		this.current = current;
		setTitle(NLS.bind(RefreshMessages.Compare_title, project, file.path()));
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(true);
		configuration.setRightEditable(false);
		configuration.setProperty(ANCESTOR_VISIBLE, Boolean.TRUE);
		return configuration;
	}

	@Override
	public String getOKButtonLabel() {
		return RefreshMessages.Compare_ok;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException {
		try {
			String type = typeOf(file.path());
			boolean mine = Files.isRegularFile(current);
			left = new Side(mine ? RefreshMessages.Compare_left : RefreshMessages.Compare_leftMissing, type,
					mine ? Files.readAllBytes(current) : new byte[0], true);
			Side right = file.incoming() == null ? null
					: new Side(RefreshMessages.Compare_right, type, Files.readAllBytes(file.incoming()), false);
			Side ancestor = file.base() == null ? null
					: new Side(RefreshMessages.Compare_ancestor, type, Files.readAllBytes(file.base()), false);
			CompareConfiguration configuration = getCompareConfiguration();
			configuration.setLeftLabel(left.getName());
			configuration.setRightLabel(right != null ? right.getName() : RefreshMessages.Compare_rightMissing);
			configuration.setAncestorLabel(RefreshMessages.Compare_ancestor);
			// the student's side is empty when they deleted the file: the user still sees and edits their own
			return new DiffNode(null, Differencer.CONFLICTING, ancestor, left,
					right != null ? right : new Side(RefreshMessages.Compare_rightMissing, type, new byte[0], false));
		} catch (IOException e) {
			throw new InvocationTargetException(e, NLS.bind(RefreshMessages.Read_failed, file.path(),
					e.getMessage()));
		}
	}

	/** The conflicting file. */
	public FileRefresh file() {
		return file;
	}

	/** What the user saved on the left, or null when they did not change it. */
	public byte[] edited() {
		return left == null ? null : left.edited;
	}

	/** The editable left side, once {@link #prepareInput} made it; for tests. */
	IEditableContent left() {
		return left;
	}

	private static String typeOf(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(dot + 1) : ITypedElement.TEXT_TYPE;
	}

	/** One version of the file, in memory; the editable one keeps what the compare saves into it. */
	private static final class Side implements ITypedElement, IEncodedStreamContentAccessor, IEditableContent {

		private final String label;
		private final String type;
		private final boolean editable;
		private byte[] content;
		private byte[] edited;

		Side(String label, String type, byte[] content, boolean editable) {
			this.label = label;
			this.type = type;
			this.content = content;
			this.editable = editable;
		}

		@Override
		public String getName() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return type;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(content);
		}

		@Override
		public String getCharset() {
			return "UTF-8"; // Codio's workspaces are Linux folders: their text is UTF-8
		}

		@Override
		public boolean isEditable() {
			return editable;
		}

		@Override
		public void setContent(byte[] newContent) {
			if (editable) {
				content = newContent;
				edited = newContent;
			}
		}

		@Override
		public ITypedElement replace(ITypedElement dest, ITypedElement src) {
			return dest; // a content merge viewer copies text through setContent; no structure to replace
		}
	}
}
