using System.Globalization;

namespace Sahel.Render;

/// <summary>`sahel eval --format json`: one line, the scores rounded to three decimals as the text shows them.</summary>
public sealed class JsonEvalRenderer : IReportRenderer<EvalReport>
{
    public void Render(EvalReport report, TextWriter output)
    {
        static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        var (incidents, batch, copies) = (report.Incidents, report.Batch, report.Copies);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"stories\": {report.Stories}, \"incidents\": {{\"precision\": {F(incidents.Precision)}, \"recall\": {F(incidents.Recall)}, \"f1\": {F(incidents.F1)}}}, \"batch\": {{\"precision\": {F(batch.Precision)}, \"recall\": {F(batch.Recall)}, \"f1\": {F(batch.F1)}}}, \"copies\": {{\"labelled\": {copies.Items}, \"precision\": {F(copies.Precision)}, \"recall\": {F(copies.Recall)}}}}}"));
    }
}
