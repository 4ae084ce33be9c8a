package codio.classdata.ui.similarity;

import java.util.Comparator;
import java.util.function.Function;

import codio.classdata.review.SimilarPair;

/** The columns of the Codio Similarity view's pairs table: title, width, cell text and order. */
enum PairColumn {
	A(SimilarityMessages.Column_a, 170, SimilarPair::a, Comparator.comparing(SimilarPair::a)),
	B(SimilarityMessages.Column_b, 170, SimilarPair::b, Comparator.comparing(SimilarPair::b)),
	SCORE(SimilarityMessages.Column_score, 80, pair -> percent(pair.score()),
			Comparator.comparingDouble(SimilarPair::score)),
	SHARE_OF_A(SimilarityMessages.Column_shareOfA, 90, pair -> percent(pair.shareOfA()),
			Comparator.comparingDouble(SimilarPair::shareOfA)),
	SHARE_OF_B(SimilarityMessages.Column_shareOfB, 90, pair -> percent(pair.shareOfB()),
			Comparator.comparingDouble(SimilarPair::shareOfB)),
	FRAGMENTS(SimilarityMessages.Column_fragments, 80, pair -> String.valueOf(pair.fragments().size()),
			Comparator.comparingInt(pair -> pair.fragments().size()));

	private final String title;
	private final int width;
	private final Function<SimilarPair, String> text;
	private final Comparator<SimilarPair> order;

	PairColumn(String title, int width, Function<SimilarPair, String> text, Comparator<SimilarPair> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	String title() {
		return title;
	}

	int width() {
		return width;
	}

	String text(SimilarPair pair) {
		return text.apply(pair);
	}

	Comparator<SimilarPair> order() {
		return order;
	}

	/** A fraction as the view shows it, and as the threshold compares it: whole percents. */
	static int percentOf(double fraction) {
		return (int) Math.round(fraction * 100);
	}

	private static String percent(double fraction) {
		return percentOf(fraction) + "%";
	}
}
