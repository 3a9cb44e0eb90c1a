package vn.giamngheo.plan;

/** Where a target stands for the time of year; see {@link Progress} for the rule. */
public enum ProgressState {

	ON_TRACK, AT_RISK, BEHIND, NO_DATA

}
