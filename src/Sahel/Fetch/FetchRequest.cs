namespace Sahel.Fetch;

/// <summary>
/// One document to fetch. <see cref="Location"/> is an http(s) URL or an absolute file path; the validators
/// are what the last successful fetch returned, for a conditional request.
/// </summary>
public sealed record FetchRequest(string Location, string? RedirectLocation = null, string? ETag = null, string? LastModified = null);
