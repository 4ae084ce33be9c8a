package codio.classdata.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** The sources export: a zip of each assignment's starter project and guide, {@code {assignment}/…}. */
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
				for (WorkspaceFile workspaceFile : StudentWorkspace.files(course, assignments.get(i), null, shape)) {
					ClassDataZip.write(zip, folders.get(i) + "/" + workspaceFile.path(), workspaceFile, time);
				}
			}
		}
	}
}
