package codio.classdata.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The Course Sources export as Codio makes it: a zip of one {@code {assignment}.tar.zst} per assignment, each the
 * published assignment: starter code, the guide with its assessments, and the hidden tests under
 * {@code .guides/secure/} that students' workspaces lack.
 */
final class SourcesZip implements ArchiveContent {

	private final EmulatedCourse course;
	private final WorkspaceShape shape;

	SourcesZip(EmulatedCourse course, WorkspaceShape shape) {
		this.course = course;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "sources/" + course.id() + "/" + shape.filesPerWorkspace();
	}

	@Override
	public String extension() {
		return "zip";
	}

	@Override
	public String contentType() {
		return "application/zip";
	}

	@Override
	public void writeTo(Path file) throws IOException {
		List<EmulatedAssignment> assignments = StudentWorkspace.assignments(course);
		List<String> folders = StudentWorkspace.folderNames(course);
		FileTime time = FileTime.from(ClassDataZip.entryTime(course));
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
			for (int i = 0; i < assignments.size(); i++) {
				ZipArchiveEntry entry = new ZipArchiveEntry(folders.get(i) + ".tar.zst");
				entry.setLastModifiedTime(time);
				// already compressed
				entry.setMethod(ZipArchiveEntry.STORED);
				java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
				StudentWorkspaceArchive.writeTarZst(StudentWorkspace.files(course, assignments.get(i), null, shape),
						course, tar);
				byte[] bytes = tar.toByteArray();
				entry.setSize(bytes.length);
				java.util.zip.CRC32 crc = new java.util.zip.CRC32();
				crc.update(bytes);
				entry.setCrc(crc.getValue());
				zip.putArchiveEntry(entry);
				zip.write(bytes);
				zip.closeArchiveEntry();
			}
		}
	}
}
