package codio.classdata.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One method of a student's own code in the similarity bench ({@link StudentCode}): its shape, statements,
 * conditions and expressions come only from its random generator and the student's habits, its looks only from the
 * style, so the same generator in another style writes a disguised copy.
 */
final class MethodWriter {

	private static final String[] VERBS = { "compute", "find", "count", "check", "build", "sum", "scan", "pick",
			"solve", "measure", "collect", "sort", "filter", "convert", "walk", "merge" };

	private final SplittableRandom random;
	private final CodeStyle style;
	private final int number;
	private final int[] habits;
	private final int statementsPerMethod;
	private final StringBuilder text = new StringBuilder();
	private final List<String> ints = new ArrayList<>();
	private int depth = 1;
	private int names;
	private int comments;

	MethodWriter(SplittableRandom random, CodeStyle style, int number, int[] habits, int statementsPerMethod) {
		this.random = random;
		this.style = style;
		this.number = number;
		this.habits = habits;
		this.statementsPerMethod = statementsPerMethod;
	}

	String write() {
		int shape = random.nextInt(12);
		comment();
		String array = name();
		String n = name();
		switch (shape) {
		case 0 -> accumulate(n, array);
		case 1 -> search(n, array);
		case 2 -> recursion(n);
		case 3 -> build(n, array);
		case 4 -> countInMap(n, array);
		case 5 -> stateMachine(n);
		case 6 -> sort(array);
		case 7 -> validate(n);
		case 8 -> streams(n, array);
		case 9 -> grid(n);
		case 10 -> gcdLike(n);
		default -> chain(n);
		}
		return text.toString();
	}

	private String methodName() {
		return VERBS[Math.floorMod(number * 7 + style.offset(), VERBS.length)]
				+ capital(style.vocabulary()[Math.floorMod(number + style.offset(), style.vocabulary().length)])
				+ (number / 16 + 1);
	}

	private void accumulate(String n, String array) {
		open("static int " + methodName() + "(int[] " + array + ", int " + n + ")");
		String total = declare("0");
		String i = name();
		open("for (int " + i + " = 0; " + op(i, "<", array + ".length") + "; " + i + "++)");
		ints.add(i);
		if (random.nextBoolean()) {
			open("if (" + condition() + ")");
			line(total + " += " + op(array + "[" + i + "]", pick("*", "+", "-"), expression(1)) + ";");
			close();
		} else {
			line(total + " = " + op(total, "+", expression(2)) + ";");
		}
		block(1 + random.nextInt(2));
		close();
		ints.remove(i);
		block(random.nextInt(statementsPerMethod));
		line("return " + total + ";");
		close();
	}

	private void search(String n, String array) {
		open("static int " + methodName() + "(int[] " + array + ", int " + n + ")");
		String low = declare("0");
		String high = declare(array + ".length - 1");
		open("while (" + op(low, "<=", high) + ")");
		String middle = declare(op(op(low, "+", high), "/", literal(2)));
		open("if (" + op(array + "[" + middle + "]", "==", n) + ")");
		line("return " + middle + ";");
		closeOpen("else if (" + op(array + "[" + middle + "]", "<", n) + ")");
		line(low + " = " + op(middle, "+", literal(1)) + ";");
		closeOpen("else");
		line(high + " = " + op(middle, "-", literal(1)) + ";");
		close();
		block(random.nextInt(2));
		close();
		block(random.nextInt(statementsPerMethod));
		line("return -1;");
		close();
	}

	private void recursion(String n) {
		open("static long " + methodName() + "(int " + n + ")");
		open("if (" + op(n, pick("<=", "<", "=="), literal(random.nextInt(3))) + ")");
		line("return " + literal(1 + random.nextInt(2)) + ";");
		close();
		block(random.nextInt(statementsPerMethod / 2 + 1));
		String call = methodName() + "(" + op(n, "-", literal(1)) + ")";
		line("return " + switch (random.nextInt(3)) {
		case 0 -> op(n, "*", call);
		case 1 -> op(call, "+", methodName() + "(" + op(n, "-", literal(2)) + ")");
		default -> op(call, "+", expression(1));
		} + ";");
		close();
	}

	private void build(String n, String array) {
		open("static String " + methodName() + "(int[] " + array + ", int " + n + ")");
		String builder = name();
		line("StringBuilder " + builder + " = new StringBuilder();");
		String each = name();
		open("for (int " + each + " : " + array + ")");
		ints.add(each);
		open("if (" + op(builder + ".length()", ">", literal(0)) + ")");
		line(builder + ".append(" + string() + ");");
		close();
		line(builder + ".append(" + expression(1) + ");");
		block(random.nextInt(2));
		close();
		ints.remove(each);
		block(random.nextInt(statementsPerMethod));
		line("return " + builder + ".toString();");
		close();
	}

	private void countInMap(String n, String array) {
		open("static java.util.Map<Integer, Integer> " + methodName() + "(int[] " + array + ", int " + n + ")");
		String counts = name();
		line("java.util.Map<Integer, Integer> " + counts + " = new java.util.HashMap<>();");
		String each = name();
		open("for (int " + each + " : " + array + ")");
		ints.add(each);
		String key = declare(op(each, "%", op(n, "+", literal(1))));
		line(counts + ".merge(" + key + ", 1, Integer::sum);");
		block(random.nextInt(2));
		close();
		ints.remove(each);
		block(random.nextInt(statementsPerMethod));
		line("return " + counts + ";");
		close();
	}

	private void stateMachine(String n) {
		open("static int " + methodName() + "(int " + n + ")");
		String state = declare("0");
		String steps = declare("0");
		open("while (" + op(state, "!=", literal(3)) + " && " + op(steps, "<", n) + ")");
		open("switch (" + state + ")");
		for (int c = 0; c < 3; c++) {
			line("case " + c + ":");
			depth++;
			if (random.nextBoolean()) {
				line(state + " = " + literal(random.nextInt(4)) + ";");
			} else {
				open("if (" + condition() + ")");
				line(state + " = " + literal(random.nextInt(4)) + ";");
				close();
			}
			line("break;");
			depth--;
		}
		line("default:");
		depth++;
		line(state + " = 0;");
		depth--;
		close();
		line(steps + "++;");
		close();
		block(random.nextInt(statementsPerMethod));
		line("return " + op(steps, "*", literal(10)) + " + " + state + ";");
		close();
	}

	private void sort(String array) {
		open("static void " + methodName() + "(int[] " + array + ")");
		String i = name();
		String j = name();
		open("for (int " + i + " = 0; " + op(i, "<", array + ".length") + "; " + i + "++)");
		open("for (int " + j + " = " + (random.nextBoolean() ? "0" : op(i, "+", "1")) + "; "
				+ op(j, "<", array + ".length - 1") + "; " + j + "++)");
		open("if (" + op(array + "[" + j + "]", pick(">", "<"), array + "[" + j + " + 1]") + ")");
		String temp = name();
		line("int " + temp + " = " + array + "[" + j + "];");
		line(array + "[" + j + "] = " + array + "[" + j + " + 1];");
		line(array + "[" + j + " + 1] = " + temp + ";");
		close();
		close();
		close();
		block(random.nextInt(statementsPerMethod));
		close();
	}

	private void validate(String n) {
		open("static int " + methodName() + "(String " + n + ")");
		open("try");
		String parsed = declare("Integer.parseInt(" + n + ".trim())");
		open("if (" + op(parsed, "<", literal(0)) + ")");
		line("throw new IllegalArgumentException(" + string() + ");");
		close();
		block(1 + random.nextInt(statementsPerMethod));
		line("return " + parsed + ";");
		closeOpen("catch (NumberFormatException " + name() + ")");
		line("System.out.println(" + string() + ");");
		line("return " + literal(-1) + ";");
		close();
		close();
	}

	private void streams(String n, String array) {
		open("static int " + methodName() + "(java.util.List<Integer> " + array + ", int " + n + ")");
		String x = name();
		String result = name();
		line("int " + result + " = " + array + ".stream().filter(" + x + " -> " + op(x, pick(">", "<", "!="),
				n) + ").mapToInt(" + x + " -> " + op(x, pick("*", "+", "%"), literal(2 + random.nextInt(5)))
				+ ").sum();");
		ints.add(result);
		block(1 + random.nextInt(statementsPerMethod));
		line("return " + result + ";");
		close();
	}

	private void grid(String n) {
		open("static int[][] " + methodName() + "(int " + n + ")");
		String grid = name();
		line("int[][] " + grid + " = new int[" + n + "][" + n + "];");
		String r = name();
		String c = name();
		open("for (int " + r + " = 0; " + op(r, "<", n) + "; " + r + "++)");
		open("for (int " + c + " = 0; " + op(c, "<", n) + "; " + c + "++)");
		ints.add(r);
		ints.add(c);
		line(grid + "[" + r + "][" + c + "] = " + expression(2) + ";");
		block(random.nextInt(2));
		close();
		close();
		ints.remove(r);
		ints.remove(c);
		block(random.nextInt(statementsPerMethod));
		line("return " + grid + ";");
		close();
	}

	private void gcdLike(String n) {
		String m = name();
		open("static int " + methodName() + "(int " + n + ", int " + m + ")");
		ints.add(m);
		open("while (" + op(m, "!=", literal(0)) + ")");
		String t = declare(op(n, "%", m));
		line(n + " = " + m + ";");
		line(m + " = " + t + ";");
		block(random.nextInt(2));
		close();
		block(random.nextInt(statementsPerMethod));
		line("return " + n + ";");
		close();
	}

	private void chain(String n) {
		open("static String " + methodName() + "(int " + n + ")");
		block(random.nextInt(statementsPerMethod / 2 + 1));
		int branches = 2 + random.nextInt(3);
		open("if (" + condition() + ")");
		for (int b = 0; b < branches; b++) {
			block(random.nextInt(2));
			line("return " + string() + " + " + expression(1) + ";");
			closeOpen(b < branches - 1 ? "else if (" + condition() + ")" : "else");
		}
		line("return " + string() + ";");
		close();
		close();
	}

	/** Random statements, by this student's habits. */
	private void block(int statements) {
		for (int s = 0; s < statements; s++) {
			statement(0);
		}
	}

	private void statement(int nesting) {
		int total = 0;
		for (int habit : habits) {
			total += habit;
		}
		int roll = random.nextInt(total);
		int kind = 0;
		while (roll >= habits[kind]) {
			roll -= habits[kind++];
		}
		if (nesting > 1 && kind >= 4 && kind <= 8) {
			kind = random.nextInt(4); // no deeper nesting than two levels
		}
		comment();
		switch (kind) {
		case 0 -> declare(expression(2));
		case 1 -> line(variable() + " = " + expression(2) + ";");
		case 2 -> line(variable() + " " + pick("+=", "-=", "*=", "/=", "%=") + " " + expression(1) + ";");
		case 3 -> line(variable() + pick("++", "--") + ";");
		case 4 -> {
			open("if (" + condition() + ")");
			statement(nesting + 1);
			if (random.nextBoolean()) {
				closeOpen("else");
				statement(nesting + 1);
			}
			close();
		}
		case 5 -> {
			String i = name();
			open("for (int " + i + " = " + literal(random.nextInt(2)) + "; " + op(i, "<", expression(1)) + "; "
					+ i + pick("++", " += 2") + ")");
			ints.add(i);
			statement(nesting + 1);
			if (random.nextBoolean()) {
				statement(nesting + 1);
			}
			ints.remove(i);
			close();
		}
		case 6 -> {
			open("while (" + condition() + ")");
			statement(nesting + 1);
			line(variable() + pick("--", "++") + ";");
			close();
		}
		case 7 -> {
			open("do");
			statement(nesting + 1);
			close("while (" + condition() + ");");
		}
		case 8 -> {
			String value = variable();
			open("switch (" + op(value, "%", literal(3 + random.nextInt(3))) + ")");
			for (int c = 0; c < 2; c++) {
				line("case " + c + ":");
				depth++;
				line(variable() + " = " + expression(1) + ";");
				line("break;");
				depth--;
			}
			line("default:");
			depth++;
			line("break;");
			depth--;
			close();
		}
		case 9 -> line("System.out.println(" + string() + " + " + expression(1) + ");");
		default -> line(variable() + " = " + (random.nextInt(3) == 0 ? "Math.abs(" + expression(1) + ");"
				: "Math." + pick("max", "min", "floorMod") + "(" + expression(1) + ", " + expression(1) + ");"));
		}
	}

	private String condition() {
		String condition = op(expression(1), pick("<", ">", "<=", ">=", "==", "!="), expression(1));
		return switch (random.nextInt(4)) {
		case 0 -> condition + " && " + op(variable(), pick("!=", ">"), literal(random.nextInt(10)));
		case 1 -> op(op(variable(), "%", literal(2 + random.nextInt(5))), "==", literal(random.nextInt(2)));
		default -> condition;
		};
	}

	private String expression(int depthLeft) {
		int roll = random.nextInt(depthLeft > 0 ? 6 : 3);
		return switch (roll) {
		case 0 -> variable();
		case 1 -> literal(random.nextInt(50));
		case 2 -> op(variable(), pick("+", "-", "*"), literal(1 + random.nextInt(20)));
		case 3 -> "(" + op(expression(depthLeft - 1), pick("+", "-", "*", "/", "%"), expression(depthLeft - 1))
				+ ")";
		case 4 -> "Math.abs(" + expression(depthLeft - 1) + ")";
		default -> "(" + op(variable(), pick(">", "<"), literal(random.nextInt(30))) + " ? " + expression(0)
				+ " : " + expression(0) + ")";
		};
	}

	/** An int in scope, declaring one first when there is none. */
	private String variable() {
		if (ints.isEmpty()) {
			declare(literal(random.nextInt(10)));
		}
		return ints.get(random.nextInt(ints.size()));
	}

	private String declare(String initialiser) {
		String name = name();
		line("int " + name + " = " + initialiser + ";");
		ints.add(name);
		return name;
	}

	private String name() {
		int k = names++;
		String[] words = style.vocabulary();
		String word = words[Math.floorMod(k * 11 + style.offset() + number, words.length)];
		return k < words.length ? word : word + (k / words.length + 1);
	}

	private String literal(int value) {
		return Integer.toString(value == 0 || value == 1 ? value : value + style.literalBase());
	}

	private String string() {
		String[] phrases = CodeStyle.PHRASES;
		return "\"" + phrases[Math.floorMod(random.nextInt(phrases.length) + style.phraseShift(), phrases.length)]
				+ "\"";
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private String op(String left, String operator, String right) {
		return style.spaced() ? left + " " + operator + " " + right : left + operator + right;
	}

	/** A comment line, at random places; the draw happens whatever the style, so disguises keep the code. */
	private void comment() {
		int roll = random.nextInt(4);
		if (roll == 0 && style.comments() != null) {
			line("// " + style.comments()[comments++ % style.comments().length]);
		}
	}

	private void open(String header) {
		if (style.allman()) {
			line(header);
			line("{");
		} else {
			line(header + " {");
		}
		depth++;
	}

	private void closeOpen(String header) {
		depth--;
		if (style.allman()) {
			line("}");
			line(header);
			line("{");
		} else {
			line("} " + header + " {");
		}
		depth++;
	}

	private void close() {
		close("");
	}

	private void close(String tail) {
		depth--;
		line(tail.isEmpty() ? "}" : "} " + tail);
	}

	private void line(String code) {
		text.append(style.indent().repeat(depth)).append(code).append('\n');
	}

	private static String capital(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}
}
