using System.Text.Json;
using Sahel.Diff.Claims.Evaluation;

namespace Sahel.Render;

/// <summary>`sahel eval claims --format json` (docs/schema/eval-claims.v1.schema.json).</summary>
public sealed class JsonClaimsEvalRenderer : IReportRenderer<ClaimsEvalReport>
{
    public void Render(ClaimsEvalReport report, TextWriter output)
    {
        var score = report.Score;
        // No generatedAt: the same labels and build give the same document, so a CI job can diff two runs.
        JsonEnvelope.Write(output, "eval-claims.v1.schema.json", 1, null, json =>
        {
            json.WriteStartArray("files");
            foreach (var file in report.Files)
                json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteNumber("stories", score.Stories);

            json.WriteStartObject("tolls");
            WriteFigures(json, score.TollsLabelled, score.TollsExtracted, score.TollsRight);
            json.WriteNumber("victimsRight", score.VictimsRight);
            WriteTallies(json, "byLanguage", score.TollsByLanguage, report.Languages);
            WriteTallies(json, "byKind", score.TollsByKind, ClaimsEvalReport.TollKinds);
            json.WriteEndObject();

            json.WriteStartObject("responsibility");
            WriteFigures(json, score.ResponsibilityLabelled, score.ResponsibilityExtracted, score.ResponsibilityRight);
            json.WriteNumber("blames", score.BlameLabelled);
            json.WriteNumber("blamerRight", score.BlameByRight);
            WriteTallies(json, "byLanguage", score.ResponsibilityByLanguage, report.Languages);
            WriteTallies(json, "byPolarity", score.ResponsibilityByPolarity, ClaimsEvalReport.Polarities);
            json.WriteEndObject();

            json.WriteStartArray("misses");
            foreach (var miss in score.Misses.OrderBy(m => ClaimsEvalReport.MissRank(m.Class)))
            {
                json.WriteStartObject();
                json.WriteString("class", miss.Class);
                json.WriteString("story", miss.StoryId);
                json.WriteString("label", miss.Label);
                if (miss.Got is { } got)
                    json.WriteString("got", got);
                else
                    json.WriteNull("got");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    // Recall and precision from the counts, as ClaimsScore derives them.
    private static void WriteFigures(Utf8JsonWriter json, int labelled, int extracted, int right)
    {
        json.WriteNumber("labelled", labelled);
        json.WriteNumber("extracted", extracted);
        json.WriteNumber("right", right);
        json.WriteNumber("recall", Round(new ClaimsScore.Tally(right, labelled).Share));
        json.WriteNumber("precision", Round(new ClaimsScore.Tally(right, extracted).Share));
    }

    private static void WriteTallies(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, ClaimsScore.Tally> tallies, IEnumerable<string> order)
    {
        json.WriteStartObject(name);
        foreach (var key in order.Where(tallies.ContainsKey))
        {
            var tally = tallies[key];
            json.WriteStartObject(key);
            json.WriteNumber("right", tally.Right);
            json.WriteNumber("labelled", tally.Labelled);
            json.WriteNumber("share", Round(tally.Share));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // Four decimals: 0.9003 reads as the text's 90.0 % and stays the same from run to run.
    private static double Round(double share) => Math.Round(share, 4, MidpointRounding.AwayFromZero);
}
