using System.Text;

namespace Sahel.Tests.Diff.ClaimsSet;

/// <summary>A toll as Fixtures/ClaimsSet writes it: "killed soldiers >=12 local".</summary>
internal sealed record TollLabel(string Kind, string Victims, string Count, string Source)
{
    public override string ToString() => $"{Kind} {Victims} {Count} {Source}";
}

/// <summary>A statement of responsibility: "claimed jnim", "blamed issp by government", "unclaimed".</summary>
internal sealed record ResponsibilityLabel(string Polarity, string? Actor, string? By)
{
    public override string ToString() => Polarity + (Actor is null ? "" : " " + Actor) + (By is null ? "" : " by " + By);
}

/// <summary>One story of the claims set with its labels and the split it belongs to.</summary>
internal sealed record LabelledStory(string Id, string Register, string Title, string Text, IReadOnlyList<TollLabel> Tolls, IReadOnlyList<ResponsibilityLabel> Responsibility)
{
    public string Lang => Id[..2];

    /// <summary>The stories of Fixtures/ClaimsSet/stories-*.txt, in file order.</summary>
    public static List<LabelledStory> Load(string directory)
    {
        var stories = new List<LabelledStory>();
        foreach (var file in Directory.GetFiles(directory, "stories-*.txt").Order(StringComparer.Ordinal))
        {
            string? id = null, register = null, title = null;
            var text = new StringBuilder();
            var tolls = new List<TollLabel>();
            var responsibility = new List<ResponsibilityLabel>();
            void Flush()
            {
                if (id is not null)
                    stories.Add(new LabelledStory(id, register!, title ?? throw new InvalidDataException($"{file}: {id} has no title"), text.ToString().TrimEnd('\n'), tolls.ToList(), responsibility.ToList()));
                text.Clear();
                tolls.Clear();
                responsibility.Clear();
                title = null;
            }
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("=== ", StringComparison.Ordinal))
                {
                    Flush();
                    var head = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    (id, register) = (head[0], head[1]);
                }
                else if (line.StartsWith("title: ", StringComparison.Ordinal))
                    title = line[7..];
                else if (line.StartsWith("text: ", StringComparison.Ordinal))
                    text.Append(line[6..]).Append('\n');
                else if (line.StartsWith("toll: ", StringComparison.Ordinal))
                {
                    var parts = line[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length != 4)
                        throw new InvalidDataException($"{file}: {id}: a toll has four fields: {line}");
                    tolls.Add(new TollLabel(parts[0], parts[1], parts[2], parts[3]));
                }
                else if (line.StartsWith("resp: ", StringComparison.Ordinal))
                {
                    var parts = line[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var by = Array.IndexOf(parts, "by") is var at and >= 0 ? parts[at + 1] : null;
                    responsibility.Add(new ResponsibilityLabel(parts[0], parts.Length > 1 && parts[1] != "by" ? parts[1] : null, by));
                }
                else if (line.Length > 0 && !line.StartsWith('#'))
                    throw new InvalidDataException($"{file}: {id}: unknown line: {line}");
            }
            Flush();
        }
        return stories;
    }

    /// <summary>The split of each story, as split.txt records it.</summary>
    public static Dictionary<string, string> Splits(string directory) =>
        File.ReadLines(Path.Combine(directory, "split.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>The fixed rule: FNV-1a 32-bit hash of the id's UTF-8 bytes, modulo 10; 0–5 dev, 6–9 test.</summary>
    public static string SplitByRule(string id)
    {
        var hash = 0x811c9dc5u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
            hash = unchecked((hash ^ b) * 0x01000193u);
        return hash % 10 < 6 ? "dev" : "test";
    }
}
