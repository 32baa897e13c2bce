using System.Globalization;
using Humanizer;
using Sahel.Cluster;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>How an incident is named and summed up in Markdown (timeline and incidents outputs share it).</summary>
public static class IncidentText
{
    /// <summary>"Ambush near Kidal, Anéfis (Mali)": what, then where.</summary>
    public static string Title(Incident incident)
    {
        var what = EventTypes.Label(incident.EventType).Transform(To.SentenceCase);
        var specific = incident.Places.Where(p => p.Kind is not ("country" or "region" or "area")).Take(2).Select(p => p.Name).ToList();
        var where = specific.Count > 0 ? string.Join(", ", specific) : incident.MainPlace?.Name ?? "unknown place";
        var country = incident.Places.Select(p => p.Country).FirstOrDefault(c => c is not null);
        var countryName = country is null ? "" : $" ({CountryName(country)})";
        return $"{what} near {where}{countryName}";
    }

    /// <summary>"9 reports from 6 outlets in 3 languages (ar, en, fr), 3 of them copies".</summary>
    public static string Coverage(Incident incident)
    {
        var copies = incident.Stories.Count(s => s.DuplicateOf is not null);
        var copyText = copies > 0 ? $", {copies} of them {(copies == 1 ? "a copy" : "copies")}" : "";
        return $"{"report".ToQuantity(incident.Stories.Count)} from {"outlet".ToQuantity(incident.OutletCount)} in " +
               $"{"language".ToQuantity(incident.Languages.Count)} ({string.Join(", ", incident.Languages)}){copyText}";
    }

    /// <summary>"continuing since 10 March: 6 earlier reports from 4 outlets", for an incident with reports before the window; else null.</summary>
    public static string? Continuing(Incident incident) =>
        incident.EarlierReports == 0 ? null
        : $"Continuing since {incident.FirstReported.UtcDateTime.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture)}: " +
          $"{incident.EarlierReports} earlier {(incident.EarlierReports == 1 ? "report" : "reports")} from {"outlet".ToQuantity(incident.EarlierOutlets)}";

    public static string Actors(Incident incident) =>
        incident.Actors.Count == 0 ? "not named" : string.Join(", ", incident.Actors.Select(a => a.Name));

    /// <summary>A story line; copies are not listed but counted after their original ("+2 copies: A, B").</summary>
    /// <param name="details">When read: the story's gloss (and English title) on a second, indented line.</param>
    public static string StoryLine(IncidentStory entry, IReadOnlyList<IncidentStory> copies, bool withDate, Digest.DigestDetails? details = null)
    {
        var story = entry.Story;
        var format = withDate ? "d MMM HH:mm" : "HH:mm";
        var time = story.Published.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
        if (story.PublishedIsEstimated)
            time += ", first seen; undated";
        var language = story.Lang is null ? "" : $" ({MarkdownText.Escape(story.Lang)})";
        var copyText = copies.Count == 0 ? ""
            : $" · +{"copy".ToQuantity(copies.Count)}: {string.Join(", ", copies.Select(c => MarkdownText.Escape(c.Story.Outlet)).Distinct(StringComparer.Ordinal))}";
        return $"- **{time}** {MarkdownText.Link(story.Title, story.Url)} — {MarkdownText.Escape(story.Outlet)}{language}{EditedMark.For(story)}{copyText}{GlossLine(story, details)}";
    }

    /// <summary>"\n  *Ambush · Anéfis (Kidal, Mali) · FAMa vs FLA* · “English title”", or nothing without details.</summary>
    public static string GlossLine(Story story, Digest.DigestDetails? details)
    {
        var gloss = details?.GlossOf(story);
        var english = details?.EnglishTitleOf(story);
        if (gloss is null && english is null)
            return "";
        var parts = new[] { gloss is null ? null : $"*{MarkdownText.Escape(gloss)}*", english is null ? null : $"“{MarkdownText.Escape(SafeText.Clean(english))}”" };
        return "\n  " + string.Join(" · ", parts.OfType<string>());
    }

    /// <summary>The originals of a list of stories, each with its copies.</summary>
    public static IEnumerable<(IncidentStory Original, IReadOnlyList<IncidentStory> Copies)> WithCopies(IReadOnlyList<IncidentStory> stories)
    {
        var copies = stories.Where(s => s.DuplicateOf is not null).ToLookup(s => s.DuplicateOf!.Id);
        foreach (var story in stories.Where(s => s.DuplicateOf is null))
            yield return (story, copies[story.Story.Id].ToList());
        // A copy whose original lies outside the list (another window or filter) is shown as itself.
        var present = stories.Where(s => s.DuplicateOf is null).Select(s => s.Story.Id).ToHashSet();
        foreach (var orphan in stories.Where(s => s.DuplicateOf is not null && !present.Contains(s.DuplicateOf.Id)))
            yield return (orphan, []);
    }

    public static string CountryName(string code) => code switch
    {
        "ML" => "Mali",
        "BF" => "Burkina Faso",
        "NE" => "Niger",
        "TD" => "Chad",
        "MR" => "Mauritania",
        "NG" => "Nigeria",
        "DZ" => "Algeria",
        "LY" => "Libya",
        "BJ" => "Benin",
        "TG" => "Togo",
        "CM" => "Cameroon",
        "CI" => "Côte d'Ivoire",
        "SN" => "Senegal",
        "GH" => "Ghana",
        "SD" => "Sudan",
        _ => code,
    };
}
