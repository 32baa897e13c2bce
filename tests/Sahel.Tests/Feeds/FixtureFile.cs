namespace Sahel.Tests.Feeds;

/// <summary>Reads fixtures copied beside the test assembly (Fixtures/** is copied to the output directory).</summary>
internal static class FixtureFile
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));
}
