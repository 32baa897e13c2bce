namespace Sahel.Render.Feeds;

/// <summary>
/// RFC 4151 tag: URIs for feed ids. The authority is the project's domain and the date the year the scheme was
/// minted, both fixed forever: an id must never change, or every reader would show every entry again.
/// </summary>
public static class TagUri
{
    private const string Prefix = "tag:sahel-osint.github.io,2026:";

    public static string Incident(string incidentId) => Prefix + "incident/" + incidentId;

    public static string Story(string storyKey) => Prefix + "story/" + storyKey;

    public static string Feed(string name) => Prefix + "feed/" + name;
}
