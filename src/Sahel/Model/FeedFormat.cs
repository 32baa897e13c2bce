namespace Sahel.Model;

/// <summary>The syndication format a feed document was parsed as.</summary>
public enum FeedFormat
{
    Rss,
    Rdf,
    Atom,
    JsonFeed,
}
