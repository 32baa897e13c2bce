using Sahel.Diff.Incidents;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>What `sahel diff INCIDENT` shows: the accounts of one incident compared, at a time.</summary>
public sealed record IncidentDiffReport(IncidentComparison Diff, DateTimeOffset GeneratedAt);

/// <summary>What `sahel diff URL` shows: two versions of one article compared, at a time.</summary>
public sealed record ArticleDiffReport(ArticleComparison Diff, DateTimeOffset GeneratedAt);
