package io.sentia.deploychecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile read as its instructions: continuation lines joined, comments and blank
 * lines dropped, each instruction tagged with the build stage it belongs to.
 *
 * @param path where it was read from
 * @param instructions its instructions in order
 */
record Dockerfile(Path path, List<Instruction> instructions) {

	static Dockerfile read(Path path) {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		int stage = -1;
		for (String line : Repository.read(path).split("\n", -1)) {
			String trimmed = line.strip();
			if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			pending.append(trimmed);
			String text = pending.toString().strip();
			pending.setLength(0);
			int space = text.indexOf(' ');
			String keyword = ((space < 0) ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
			String arguments = (space < 0) ? "" : text.substring(space + 1).strip();
			if (keyword.equals("FROM")) {
				stage++;
			}
			instructions.add(new Instruction(stage, keyword, arguments));
		}
		return new Dockerfile(path, List.copyOf(instructions));
	}

	List<Instruction> all(String keyword) {
		return this.instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	/**
	 * The instructions of the stage the image is made of: the last one.
	 * @param keyword the instruction
	 * @return those instructions of the final stage
	 */
	List<Instruction> finalStage(String keyword) {
		int last = this.instructions.stream().mapToInt(Instruction::stage).max().orElse(-1);
		return all(keyword).stream().filter((instruction) -> instruction.stage() == last).toList();
	}

	/**
	 * One instruction.
	 *
	 * @param stage index of its build stage, 0 for the first {@code FROM}
	 * @param keyword the instruction, upper case
	 * @param arguments everything after it
	 */
	record Instruction(int stage, String keyword, String arguments) {

	}

}
