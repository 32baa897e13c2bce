using Sahel.Cli.Terminal;
using Xunit;

namespace Sahel.Cli.Tests.Terminal;

public sealed class TableWriterTests
{
    [Fact]
    public void TerminalTable_KeepsEachUrlOnOneLine()
    {
        const string url = "https://letamarinier.example/2026/03/10/embuscade-kidal-anefis-armee-cinq-soldats-tues/";
        var output = new StringWriter();
        TableWriter.Write(output, terminal: true, ["published", "outlet", "lang", "title", "url"],
            [["2026-03-10 14:30", "Le Tamarinier", "fr", "Embuscade entre Kidal et Anéfis : l'armée annonce cinq soldats tués", url]], width: 100);
        Assert.True(output.ToString().Contains(url), output.ToString());
        Assert.True(output.ToString().Contains("2026-03-10 14:30"), output.ToString());
    }

    [Fact]
    public void Cells_AreCleaned_OnATerminalAndInPipes()
    {
        foreach (var terminal in new[] { true, false })
        {
            var output = new StringWriter();
            TableWriter.Write(output, terminal, ["name"], [["Outlet\u202E\tname\u0007"]], width: 80);
            Assert.Contains("Outlet name", output.ToString());
            Assert.DoesNotContain('\u202E', output.ToString());
            Assert.DoesNotContain('\u0007', output.ToString());
        }
    }
}
