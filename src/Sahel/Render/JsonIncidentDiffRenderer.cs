using System.Text.Json;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;

namespace Sahel.Render;

/// <summary>
/// `sahel diff INCIDENT --format json` (docs/schema/diff-incident.v2.schema.json): every account with its
/// claims, then the figures compared across accounts, the claims of responsibility, copies, languages and the
/// details only one outlet has. Stories are referred to by their public key.
/// </summary>
public sealed class JsonIncidentDiffRenderer : IReportRenderer<IncidentDiffReport>
{
    void IReportRenderer<IncidentDiffReport>.Render(IncidentDiffReport report, TextWriter output) => Render(report.Diff, report.GeneratedAt, output);

    public void Render(IncidentComparison diff, DateTimeOffset generatedAt, TextWriter output)
    {
        JsonEnvelope.Write(output, "diff-incident.v2.schema.json", 2, generatedAt, json =>
        {
            json.WriteString("incident", diff.Incident.Id);
            json.WriteString("title", IncidentText.Title(diff.Incident));
            json.WriteString("firstSeen", StoryJsonWriter.Time(diff.Incident.FirstSeen));
            json.WriteString("lastSeen", StoryJsonWriter.Time(diff.Incident.LastSeen));
            json.WriteBoolean("disagree", diff.Disagree);
            json.WriteString("firstReport", diff.FirstReport.Story.Key);

            json.WriteStartArray("accounts");
            foreach (var account in diff.Accounts)
                WriteAccount(json, account);
            json.WriteEndArray();

            json.WriteStartArray("tolls");
            foreach (var toll in diff.Tolls)
                WriteToll(json, toll);
            json.WriteEndArray();

            json.WriteStartArray("claims");
            foreach (var claim in diff.Claims)
            {
                json.WriteStartObject();
                json.WriteString("claimant", claim.Claimant);
                json.WriteString("claimantName", diff.ActorName(claim.Claimant));
                StoryJsonWriter.WriteNullable(json, "target", claim.Target);
                WriteStrings(json, "outcomes", claim.Outcomes);
                json.WriteBoolean("givesFigure", claim.GivesFigure);
                WriteStrings(json, "stories", claim.Accounts.Select(a => a.Story.Key));
                WriteStrings(json, "copies", claim.Copies.Select(a => a.Story.Key));
                json.WriteString("evidence", claim.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("blames");
            foreach (var blame in diff.Blames)
            {
                json.WriteStartObject();
                StoryJsonWriter.WriteNullable(json, "actor", blame.Actor);
                StoryJsonWriter.WriteNullable(json, "actorName", blame.Actor is null ? null : diff.ActorName(blame.Actor));
                json.WriteString("polarity", ClaimsJsonWriter.PolarityName(blame.Polarity));
                json.WriteStartArray("by");
                foreach (var by in blame.By)
                    WriteAttribution(json, null, by);
                json.WriteEndArray();
                WriteStrings(json, "stories", blame.Accounts.Select(a => a.Story.Key));
                WriteStrings(json, "copies", blame.Copies.Select(a => a.Story.Key));
                json.WriteString("evidence", blame.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("languages");
            foreach (var (language, outlets) in diff.Languages)
            {
                json.WriteStartObject();
                json.WriteString("lang", language);
                WriteStrings(json, "outlets", outlets);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("uniqueDetails");
            foreach (var detail in diff.UniqueDetails)
            {
                json.WriteStartObject();
                json.WriteString("kind", detail.Kind);
                json.WriteString("value", detail.Value);
                json.WriteString("outlet", detail.Outlet);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteAccount(Utf8JsonWriter json, StoryAccount account)
    {
        var story = account.Story;
        json.WriteStartObject();
        json.WriteString("key", story.Key);
        json.WriteString("outlet", story.Outlet);
        StoryJsonWriter.WriteNullable(json, "lang", story.Lang);
        StoryJsonWriter.WriteNullable(json, "url", story.Url);
        json.WriteString("title", story.Title);
        json.WriteString("published", StoryJsonWriter.Time(story.Published));
        StoryJsonWriter.WriteNullable(json, "copyOf", account.CopyOf?.Key);
        json.WriteStartArray("tolls");
        foreach (var toll in account.Claims.Tolls)
        {
            json.WriteStartObject();
            json.WriteString("kind", ClaimChanges.Name(toll.Kind));
            StoryJsonWriter.WriteNullable(json, "victims", toll.Victims);
            WriteCount(json, toll.Count);
            WriteAttribution(json, "source", toll.Source ?? Attribution.None);
            json.WriteString("evidence", toll.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("attributions");
        foreach (var attribution in account.Claims.Attributions)
            WriteAttribution(json, null, attribution);
        json.WriteEndArray();
        json.WriteStartArray("responsibility");
        foreach (var claim in account.Claims.Responsibility)
        {
            json.WriteStartObject();
            StoryJsonWriter.WriteNullable(json, "actor", claim.Actor);
            json.WriteString("polarity", ClaimsJsonWriter.PolarityName(claim.Polarity));
            if (claim.By is { } by)
                WriteAttribution(json, "by", by);
            else
                json.WriteNull("by");
            StoryJsonWriter.WriteNullable(json, "attackers", claim.Attackers);
            StoryJsonWriter.WriteNullable(json, "target", claim.Target);
            StoryJsonWriter.WriteNullable(json, "outcome", claim.Outcome);
            json.WriteString("text", claim.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "places", account.Places.Select(p => p.Id));
        WriteStrings(json, "actors", account.Actors.Select(a => a.Id));
        json.WriteEndObject();
    }

    private static void WriteToll(Utf8JsonWriter json, TollComparison toll)
    {
        json.WriteStartObject();
        json.WriteString("kind", ClaimChanges.Name(toll.Kind));
        StoryJsonWriter.WriteNullable(json, "victims", toll.Victims);
        StoryJsonWriter.WriteNullable(json, "low", toll.Low);
        StoryJsonWriter.WriteNullable(json, "high", toll.High);
        json.WriteBoolean("highIsOpen", toll.HighIsOpen);
        json.WriteBoolean("agree", toll.Agree);
        json.WriteStartArray("reports");
        foreach (var report in toll.Reports)
        {
            json.WriteStartObject();
            WriteCount(json, report.Count);
            json.WriteString("sourceKind", SourceLabel.Id(report.SourceKind));
            StoryJsonWriter.WriteNullable(json, "sourceName", report.SourceName);
            json.WriteString("sourceText", report.SourceText);
            WriteStrings(json, "stories", report.Accounts.Select(a => a.Story.Key));
            WriteStrings(json, "copies", report.Copies.Select(a => a.Story.Key));
            json.WriteString("evidence", report.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter json, NumberRange count)
    {
        json.WriteStartObject("count");
        StoryJsonWriter.WriteNullable(json, "min", count.Min);
        StoryJsonWriter.WriteNullable(json, "max", count.Max);
        json.WriteString("qualifier", count.Qualifier);
        json.WriteString("text", count.Text);
        json.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter json, string? name, Attribution attribution)
    {
        if (name is null)
            json.WriteStartObject();
        else
            json.WriteStartObject(name);
        json.WriteString("kind", SourceLabel.Id(attribution.Kind));
        StoryJsonWriter.WriteNullable(json, "name", attribution.Name);
        json.WriteString("text", attribution.Text);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
