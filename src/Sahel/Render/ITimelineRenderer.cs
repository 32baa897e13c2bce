namespace Sahel.Render;

/// <summary>One output format of a timeline. Implementations share no formatting code with each other.</summary>
public interface ITimelineRenderer
{
    void Render(Timeline.Timeline timeline, TextWriter output);
}
