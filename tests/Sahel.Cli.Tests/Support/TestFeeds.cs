using System.Globalization;
using System.Security;

namespace Sahel.Cli.Tests.Support;

/// <summary>Small RSS documents written for the tests (fictional outlet, invented events).</summary>
public static class TestFeeds
{
    public static string Rss(string title, params (string Guid, string Title, DateTimeOffset Published)[] items)
    {
        var entries = string.Concat(items.Select(i => $"""
            <item>
              <guid isPermaLink="false">{SecurityElement.Escape(i.Guid)}</guid>
              <title>{SecurityElement.Escape(i.Title)}</title>
              <link>https://sahel-test.example/{SecurityElement.Escape(i.Guid)}</link>
              <pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
              <description>Texte de test pour {SecurityElement.Escape(i.Title)}.</description>
            </item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>{SecurityElement.Escape(title)}</title>
              <link>https://sahel-test.example/</link>
              <language>fr</language>
              {entries}
            </channel></rss>
            """;
    }

    public static readonly DateTimeOffset Day = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static string TwoItems(string title = "Le Veilleur du Sahel") => Rss(title,
        ("a1", "Attaque contre un poste militaire près de Ménaka", Day),
        ("a2", "Embuscade entre Kidal et Anéfis : le bilan s'alourdit", Day.AddHours(5)));
}
