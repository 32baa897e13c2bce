namespace Sahel.Render;

/// <summary>
/// One output format of one kind of report (a <see cref="Timeline.Timeline"/>, an <see cref="IncidentReport"/>, a
/// <see cref="StoryList"/>…). Renderers share no formatting code with each other; each writes the whole document.
/// </summary>
public interface IReportRenderer<in TReport>
{
    void Render(TReport report, TextWriter output);
}
