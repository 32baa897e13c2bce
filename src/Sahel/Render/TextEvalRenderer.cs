using System.Globalization;

namespace Sahel.Render;

/// <summary>`sahel eval` for people: three lines, stored incidents, batch regrouping, then copies.</summary>
public sealed class TextEvalRenderer : IReportRenderer<EvalReport>
{
    public void Render(EvalReport report, TextWriter output)
    {
        static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        var (incidents, batch, copies) = (report.Incidents, report.Batch, report.Copies);
        output.WriteLine($"incidents  B-cubed precision {F(incidents.Precision)}  recall {F(incidents.Recall)}  F1 {F(incidents.F1)}  ({report.Stories} labelled stories, stored incidents as sweeps grew them)");
        output.WriteLine($"batch      B-cubed precision {F(batch.Precision)}  recall {F(batch.Recall)}  F1 {F(batch.F1)}  (all stories regrouped at once)");
        output.WriteLine($"copies     precision {F(copies.Precision)}  recall {F(copies.Recall)}  ({copies.Items} labelled copies)");
    }
}
