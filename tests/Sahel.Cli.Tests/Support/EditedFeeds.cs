using System.Globalization;
using System.Security;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// Feeds written for the version tests (fictional outlets on .example, invented events), each as first
/// published and as edited a day later. In each language one article is really edited (its toll raised, its
/// attribution dropped) and another only touched up (spacing, markup, a tracking parameter, an update stamp).
/// </summary>
public static class EditedFeeds
{
    public static readonly DateTimeOffset Day = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public sealed record Item(string Guid, string Link, string Title, string Html, DateTimeOffset Published);

    public sealed record Edition(string Lang, string Outlet, string EditedUrl, string TouchedUrl, Item[] Before, Item[] After);

    public static readonly Edition French = new("fr", "Le Guetteur de Gao", "https://guetteur.example/2026/03/10/embuscade-anefis", "https://guetteur.example/2026/03/10/marche-gao",
        [
            new("g-101", "https://guetteur.example/2026/03/10/embuscade-anefis", "Embuscade entre Kidal et Anéfis : 12 soldats tués, selon l'armée",
                "<p>Un convoi de l'armée est tombé mardi dans une embuscade entre Kidal et Anéfis, sur la route de Tessalit. Selon l'armée, 12 soldats ont été tués et le convoi a été détruit.</p><p>Le convoi ravitaillait la garnison de Tessalit.</p>", Day),
            new("g-102", "https://guetteur.example/2026/03/10/marche-gao?utm_source=rss", "Le marché de Gao rouvre après les travaux",
                "<p>Les commerçants ont retrouvé leurs étals ce mardi.</p>", Day.AddHours(2)),
        ],
        [
            new("g-101", "https://guetteur.example/2026/03/10/embuscade-anefis", "Embuscade entre Kidal et Anéfis : au moins 20 soldats tués",
                "<p>Un convoi de l'armée est tombé mardi dans une embuscade entre Kidal et Anéfis, sur la route de Tessalit. Au moins 20 soldats ont été tués et le convoi a été détruit.</p><p>Le convoi ravitaillait la garnison de Tessalit.</p>", Day),
            new("g-102", "https://guetteur.example/2026/03/10/marche-gao?utm_source=newsletter&utm_medium=email", "Le marché de Gao rouvre après les travaux",
                "<p>Les commerçants ont  retrouvé <em>leurs étals</em> ce mardi.</p>\n<p>Mis à jour le 11 mars 2026 à 10h32</p>", Day.AddHours(2)),
        ]);

    public static readonly Edition Arabic = new("ar", "نافذة الصحراء", "https://nafidha.example/ar/2026/03/10/kamin-anefis", "https://nafidha.example/ar/2026/03/10/suq-gao",
        [
            new("n-201", "https://nafidha.example/ar/2026/03/10/kamin-anefis", "مقتل ١٢ جنديا في كمين قرب أنفيس بحسب بيان للجيش",
                "<p>بحسب بيان للجيش، قتل ١٢ جنديا في كمين استهدف قافلة عسكرية على الطريق بين كيدال وأنفيس.</p>", Day.AddHours(1)),
            new("n-202", "https://nafidha.example/ar/2026/03/10/suq-gao", "إعادة فتح سوق غاو بعد أشغال الترميم",
                "<p>عاد التجار إلى محلاتهم صباح الثلاثاء.</p>", Day.AddHours(3)),
        ],
        [
            new("n-201", "https://nafidha.example/ar/2026/03/10/kamin-anefis", "مقتل ٢٠ جنديا في كمين قرب أنفيس",
                "<p>قتل ٢٠ جنديا على الأقل في كمين استهدف قافلة عسكرية على الطريق بين كيدال وأنفيس.</p>", Day.AddHours(1)),
            new("n-202", "https://nafidha.example/ar/2026/03/10/suq-gao", "إعادة فتح سوق غاو بعد أشغال الترميم",
                "<p>عاد التجار إلى <b>محلاتهم</b> صباح الثلاثاء.</p><p>تم التحديث: الأربعاء ١١ مارس ٢٠٢٦ - ١٠:٣٢</p>", Day.AddHours(3)),
        ]);

    public static readonly Edition English = new("en", "Dune Line Monitor", "https://duneline.example/news/anefis-convoy-ambush", "https://duneline.example/news/gao-market-reopens",
        [
            new("d-301", "https://duneline.example/news/anefis-convoy-ambush", "Convoy ambushed near Anefis, 12 soldiers killed, army says",
                "<p>An army convoy was ambushed on Tuesday between Kidal and Anefis, on the road to Tessalit. According to the army, 12 soldiers were killed.</p>", Day.AddHours(4)),
            new("d-302", "https://duneline.example/news/gao-market-reopens", "Gao market reopens after repairs",
                "<p>Traders were back at their stalls on Tuesday.</p>", Day.AddHours(5)),
        ],
        [
            new("d-301", "https://duneline.example/news/anefis-convoy-ambush", "Convoy ambushed near Anefis, at least 20 soldiers killed",
                "<p>An army convoy was ambushed on Tuesday between Kidal and Anefis, on the road to Tessalit. At least 20 soldiers were killed.</p>", Day.AddHours(4)),
            new("d-302", "https://duneline.example/news/gao-market-reopens?fbclid=abc123", "Gao market reopens after repairs",
                "<p>Traders were back at their stalls  on Tuesday.</p><p>Updated: March 11, 2026, 10:32 GMT</p>", Day.AddHours(5)),
        ]);

    public static IEnumerable<Edition> All => [French, Arabic, English];

    public static Edition ByLang(string lang) => All.Single(e => e.Lang == lang);

    public static string Rss(Edition edition, bool edited)
    {
        var items = string.Concat((edited ? edition.After : edition.Before).Select(i => $"""
            <item>
              <guid isPermaLink="false">{SecurityElement.Escape(i.Guid)}</guid>
              <title>{SecurityElement.Escape(i.Title)}</title>
              <link>{SecurityElement.Escape(i.Link)}</link>
              <pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
              <description>{SecurityElement.Escape(i.Html)}</description>
            </item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>{SecurityElement.Escape(edition.Outlet)}</title>
              <link>https://{new Uri(edition.EditedUrl).Host}/</link>
              <language>{edition.Lang}</language>
              {items}
            </channel></rss>
            """;
    }
}
