using System.Text;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// Where a command's output goes: stdout, or the -o file. A file is written beside its final name and moved
/// into place, so a nightly job never publishes half a digest.
/// </summary>
public static class OutputTarget
{
    public static async Task WriteAsync(string? path, TextWriter stdout, Action<TextWriter> render)
    {
        if (path is null or "-")
        {
            render(stdout);
            await stdout.FlushAsync().ConfigureAwait(false);
            return;
        }
        if (string.IsNullOrWhiteSpace(path))
            throw CliException.Usage("-o: the file name is empty");
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
            throw CliException.Usage($"{path}: is a directory; -o takes a file name");
        if (WritesInPlace(fullPath))
        {
            await WriteInPlaceAsync(path, fullPath, render).ConfigureAwait(false);
            return;
        }
        var temporary = fullPath + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
                render(file);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new CliException($"{path}: cannot write the output: {Reason(e, temporary, fullPath)}");
        }
    }

    /// <summary>
    /// Whether -o names a device or a process's stream (/dev/null, /dev/stdout, /proc/self/fd/1) rather than a file:
    /// those are written into, never replaced. Moving a file over /dev/null, as root, would replace the device
    /// itself for every program on the machine.
    /// </summary>
    public static bool WritesInPlace(string fullPath)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            return false;
        var target = fullPath;
        try
        {
            if (File.ResolveLinkTarget(fullPath, returnFinalTarget: true) is { } link)
                target = link.FullName;
        }
        catch (IOException)
        {
            // A link that cannot be followed: judged by its own name.
        }
        return IsSystemPath(fullPath) || IsSystemPath(target);

        static bool IsSystemPath(string path) =>
            path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static async Task WriteInPlaceAsync(string path, string fullPath, Action<TextWriter> render)
    {
        try
        {
            await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Write);
            await using var file = new StreamWriter(stream, new UTF8Encoding(false));
            render(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the output: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
    }

    // The temporary file is how the output is written, not what the user asked for: the reason names the target.
    private static string Reason(Exception e, string temporary, string fullPath) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => $"cannot create a file in {Path.GetDirectoryName(fullPath)}",
        _ => e.Message.Replace(temporary, fullPath, StringComparison.Ordinal),
    };

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was created there, or it cannot be removed either: the error above says why.
        }
    }
}
