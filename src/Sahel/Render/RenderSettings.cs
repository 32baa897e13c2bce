namespace Sahel.Render;

/// <summary>What a renderer may need to know beyond the report: decided by the caller (the CLI), never by the renderer.</summary>
public sealed record RenderSettings
{
    /// <summary>"3 hours ago" beside times: only when a person reads the output live on a terminal.</summary>
    public bool RelativeTimes { get; init; }

    /// <summary>The output is a terminal: tables may use box drawing and colour.</summary>
    public bool Terminal { get; init; }

    public static RenderSettings Default { get; } = new();
}
