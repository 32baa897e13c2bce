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
        var fullPath = Path.GetFullPath(path);
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
            File.Delete(temporary);
            throw new CliException($"{path}: cannot write the output: {e.Message}");
        }
    }
}
