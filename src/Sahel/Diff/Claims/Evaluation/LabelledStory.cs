using System.Text;
using System.Text.RegularExpressions;
using Sahel.Cluster;

namespace Sahel.Diff.Claims.Evaluation;

/// <summary>
/// One story of a labelled claims file with what a careful reader finds in it. The format (docs/claims-labels.md):
/// <code>
/// === fr-006 wire                  story id (language-anything) and register
/// title: Ménaka : le bilan s'alourdit à 18 morts
/// text: one paragraph              one line per paragraph
/// toll: killed people 18 government
/// resp: blamed issp by government
/// </code>
/// </summary>
public sealed partial record LabelledStory(string Id, string Register, string Title, string Text, IReadOnlyList<TollLabel> Tolls, IReadOnlyList<ResponsibilityLabel> Responsibility)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "killed", "wounded", "kidnapped", "missing" };
    public static readonly IReadOnlySet<string> VictimGroups = new HashSet<string>(StringComparer.Ordinal) { "soldiers", "civilians", "attackers", "people" };
    public static readonly IReadOnlySet<string> Sources = new HashSet<string>(StringComparer.Ordinal)
        { "army", "government", "un", "ngo", "security", "local", "hospital", "armed-group", "media", "unattributed" };
    public static readonly IReadOnlySet<string> Polarities = new HashSet<string>(StringComparer.Ordinal) { "claimed", "blamed", "denied", "unclaimed" };

    /// <summary>The story's language: the id's first two letters ("fr-006").</summary>
    public string Lang => Id[..2];

    /// <summary>
    /// The stories of a labelled file, or of a directory's <c>stories-*.txt</c> files in name order. A line that is
    /// not the format is refused with its file and line number: a label that silently never matched would score as a
    /// miss of the extractor.
    /// </summary>
    /// <param name="actorIds">When given, a statement naming an actor not among them is refused too.</param>
    public static List<LabelledStory> Load(string path, IReadOnlySet<string>? actorIds = null) => Load([path], actorIds);

    /// <summary>The stories of several files or directories; a story id labelled twice anywhere among them is refused.</summary>
    public static List<LabelledStory> Load(IEnumerable<string> paths, IReadOnlySet<string>? actorIds = null)
    {
        var firstAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = new List<LabelledStory>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "stories-*.txt").Order(StringComparer.Ordinal).ToList() : [path];
            if (files.Count == 0)
                throw new LabelsException($"{path}: no stories-*.txt files in this directory");
            foreach (var file in files)
                stories.AddRange(ReadFile(file, actorIds, firstAt));
        }
        return stories;
    }

    /// <param name="firstAt">Where each story id seen so far was labelled ("file:line").</param>
    private static List<LabelledStory> ReadFile(string file, IReadOnlySet<string>? actorIds, Dictionary<string, string> firstAt)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LabelsException($"{file}: cannot read the labelled stories: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LabelsException($"{file}: cannot read the labelled stories: {e.Message.ReplaceLineEndings(" ")}");
        }
        var stories = new List<LabelledStory>();
        string? id = null, register = null, title = null;
        var text = new StringBuilder();
        var tolls = new List<TollLabel>();
        var responsibility = new List<ResponsibilityLabel>();
        int number = 0, storyLine = 0;
        LabelsException Refuse(string reason, int? at = null) => new($"{file}:{at ?? number}: {reason}");
        void Flush()
        {
            if (id is null)
                return;
            if (title is null)
                throw Refuse($"{id} has no 'title:' line", storyLine);
            stories.Add(new LabelledStory(id, register!, title, text.ToString().TrimEnd('\n'), tolls.ToList(), responsibility.ToList()));
            text.Clear();
            tolls.Clear();
            responsibility.Clear();
            title = null;
        }
        foreach (var line in lines)
        {
            number++;
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                var head = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (head.Length == 0 || !StoryId().IsMatch(head[0]))
                    throw Refuse($"a story starts with '=== ID REGISTER', its id a language and a name (fr-006): {line}");
                if (firstAt.TryGetValue(head[0], out var first))
                    throw Refuse($"{head[0]}: labelled twice, first at {first}");
                firstAt[head[0]] = $"{file}:{number}";
                (id, register, storyLine) = (head[0], head.Length > 1 ? string.Join(' ', head[1..]) : "", number);
            }
            else if (line.Length == 0 || line.StartsWith('#'))
                continue;
            else if (id is null)
                throw Refuse($"a line before the first '=== ID' line: {line}");
            else if (line.StartsWith("title: ", StringComparison.Ordinal))
                title = line[7..];
            else if (line.StartsWith("text: ", StringComparison.Ordinal))
                text.Append(line[6..]).Append('\n');
            else if (line.StartsWith("toll: ", StringComparison.Ordinal))
                tolls.Add(Toll(line[6..]) ?? throw Refuse($"a toll is KIND VICTIMS COUNT SOURCE ({string.Join(", ", Kinds)}; {string.Join(", ", VictimGroups)}; 12, >=12, >40, <=4, ~20, 5-10, dozens, several; a source kind): {line}"));
            else if (line.StartsWith("resp: ", StringComparison.Ordinal))
            {
                var statement = Statement(line[6..]) ?? throw Refuse($"a statement is POLARITY [ACTOR] [by SOURCE] ({string.Join(", ", Polarities)}; 'unclaimed' names no actor, only 'blamed' has 'by'): {line}");
                if (statement.Actor is { } actor && actorIds is not null && !actorIds.Contains(actor))
                    throw Refuse($"unknown actor '{actor}': an actor is an id of the lexicon (src/Sahel/Normalize/Lexicon/actors.json, or your --actors file): {line}");
                responsibility.Add(statement);
            }
            else
                throw Refuse($"unknown line (title:, text:, toll:, resp: or '=== ID'): {line}");
        }
        Flush();
        return stories;
    }

    private static TollLabel? Toll(string fields)
    {
        var parts = fields.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !Kinds.Contains(parts[0]) || !VictimGroups.Contains(parts[1]) || !Count().IsMatch(parts[2]) || !Sources.Contains(parts[3]))
            return null;
        return new TollLabel(parts[0], parts[1], parts[2], parts[3]);
    }

    private static ResponsibilityLabel? Statement(string fields)
    {
        var parts = fields.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Polarities.Contains(parts[0]))
            return null;
        var at = Array.IndexOf(parts, "by");
        var by = at >= 0 && at == parts.Length - 2 ? parts[at + 1] : null;
        var actor = parts.Length > 1 && parts[1] != "by" ? parts[1] : null;
        var expected = 1 + (actor is null ? 0 : 1) + (by is null ? 0 : 2);
        var valid = parts.Length == expected && (at < 0 || by is not null)
            && (parts[0] == "unclaimed" ? actor is null : actor is not null)
            && (parts[0] == "blamed") == (by is not null)
            && (by is null || Sources.Contains(by));
        return valid ? new ResponsibilityLabel(parts[0], actor, by) : null;
    }

    [GeneratedRegex(@"^[a-z]{2}-\S+$")]
    private static partial Regex StoryId();

    [GeneratedRegex(@"^((>=|>|<=|<|~)?\d+|\d+-\d+|dozens|hundreds|several)$")]
    private static partial Regex Count();
}
