namespace Sahel.Cli;

/// <summary>
/// What `sahel` exits with. Scripts rely on these: they are documented in README.md and never renumbered.
/// "No new items" is success.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command failed as a whole: an unreadable feed list, a store that cannot be opened, a file that cannot be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: an unknown option, a bad date, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>Some feeds failed, but the others were stored and the output was produced.</summary>
    public const int SomeFeedsFailed = 3;

    /// <summary>Every feed failed; nothing new was stored (the output, if any, shows only what was stored before).</summary>
    public const int AllFeedsFailed = 4;

    /// <summary>`--exit-code` was given and there are differences: an article changed between sweeps, or the accounts of an incident disagree.</summary>
    public const int DifferencesFound = 5;

    /// <summary>Interrupted by Ctrl-C (SIGINT); every feed already committed stays in the store.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (a CI timeout, `kill`): handled like Ctrl-C, every committed feed stays; 128 + 15.</summary>
    public const int Terminated = 143;
}
