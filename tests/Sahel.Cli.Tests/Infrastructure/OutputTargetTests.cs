using Sahel.Cli.Infrastructure;
using Xunit;

namespace Sahel.Cli.Tests.Infrastructure;

/// <summary>
/// Regression: `-o /dev/null` run as root moved the rendered temporary file over /dev/null, turning the device
/// into a plain file for the whole machine. Devices and process streams are written into, never replaced.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sahel-output-").FullName;

    [SkippableTheory]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdout")]
    [InlineData("/proc/self/fd/1")]
    public void DevNullIsWrittenIntoNotReplaced_Devices(string path)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "device paths are Linux's");
        Assert.True(OutputTarget.WritesInPlace(path));
    }

    [SkippableFact]
    public void DevNullIsWrittenIntoNotReplaced_LinkToDevice()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "device paths are Linux's");
        var link = Path.Combine(_dir, "sink");
        File.CreateSymbolicLink(link, "/dev/null");
        Assert.True(OutputTarget.WritesInPlace(link));
    }

    [Fact]
    public void DevNullIsWrittenIntoNotReplaced_OrdinaryFilesStillReplacedWhole()
    {
        Assert.False(OutputTarget.WritesInPlace(Path.Combine(_dir, "digest.md")));
    }

    [SkippableFact]
    public async Task DevNullIsWrittenIntoNotReplaced_DeviceStaysADevice()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/null"), "needs /dev/null");
        await OutputTarget.WriteAsync("/dev/null", TextWriter.Null, writer => writer.Write("digest"));
        Assert.Equal(0, new FileInfo("/dev/null").Length);
        Assert.Empty(Directory.GetFiles("/dev", "null.tmp-*"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
