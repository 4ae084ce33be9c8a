package codio.classdata.ui.similarity;

import java.util.List;
import java.util.Optional;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.SimilarPair;

/**
 * What a similarity search found: the projects compared (whose folders the compare editor and the report read) and
 * the pairs, highest score first.
 */
record SimilarityResult(List<ReviewedProject> projects, List<SimilarPair> pairs) {

	SimilarityResult {
		projects = List.copyOf(projects);
		pairs = List.copyOf(pairs);
	}

	Optional<ReviewedProject> project(String name) {
		return projects.stream().filter(project -> project.name().equals(name)).findFirst();
	}
}
