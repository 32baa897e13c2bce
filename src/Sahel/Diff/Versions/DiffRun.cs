namespace Sahel.Diff.Versions;

/// <summary>What a run of a word diff is: text both versions have, text only the old one had, text only the new one has.</summary>
public enum DiffOp
{
    Same,
    Removed,
    Added,
}

/// <summary>One run of a word diff: consecutive tokens with the same fate, spaces included as written.</summary>
public sealed record DiffRun(DiffOp Op, string Text);
