package io.sentia.integrations.upload;

import java.util.List;
import java.util.stream.Collectors;

import io.sentia.integrations.connector.RecordRejectedException;

/** An upload record cannot become an event; names every row, column and problem. */
public class RowsRejectedException extends RecordRejectedException {

	private final List<RowProblem> problems;

	public RowsRejectedException(List<RowProblem> problems) {
		super(problems.stream().map(RowProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, row by row. */
	public List<RowProblem> problems() {
		return this.problems;
	}

}
