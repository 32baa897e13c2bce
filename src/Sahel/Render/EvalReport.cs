using Sahel.Cluster;

namespace Sahel.Render;

/// <summary>
/// What `sahel eval` shows: grouping and copy detection scored against labels, on the labelled stories found.
/// <see cref="Incidents"/> scores the stored incidents (grown sweep by sweep: what users see), <see cref="Batch"/>
/// all stories regrouped at once, for comparison.
/// </summary>
public sealed record EvalReport(IncidentEvaluation.Scores Incidents, IncidentEvaluation.Scores Batch, IncidentEvaluation.Scores Copies, int Stories);
