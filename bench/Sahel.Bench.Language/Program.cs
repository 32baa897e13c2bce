using System.Diagnostics;
using Lingua;
using Sahel.Normalize;

// Usage: dotnet run -c Release --project bench/Sahel.Bench.Language [-- SAMPLES_DIR]
// Prints, for dev.tsv and test.tsv, each detector's right/wrong/silent counts per language, then what Lingua costs
// to load (time to build and answer once, managed memory) for a restricted and a full language set.
var dir = args.Length > 0 ? args[0] : Path.Combine(FindRoot(), "samples", "language");
var sets = new[] { "dev.tsv", "test.tsv" }.ToDictionary(f => f, f => File.ReadAllLines(Path.Combine(dir, f))
    .Where(l => l.Length > 0).Select(l => l.Split('\t', 2)).Select(p => (Language: p[0], Text: p[1])).ToList());

var detectors = new List<(string Name, Func<string, string?> Detect)> { ("guesser", t => LanguageGuesser.Guess(t)) };
Language[] sahelSet = [Language.French, Language.English, Language.Arabic, Language.Portuguese, Language.Spanish,
    Language.German, Language.Italian, Language.Turkish, Language.Yoruba, Language.Somali, Language.Swahili];
foreach (var (name, builder) in new[]
         {
             ("lingua-11", LanguageDetectorBuilder.FromLanguages(sahelSet)),
             ("lingua-all", LanguageDetectorBuilder.FromAllLanguages()),
         })
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var clock = Stopwatch.StartNew();
    var detector = builder.Build();
    detector.DetectLanguageOf("Attaque contre un convoi près de Kidal");
    var load = clock.Elapsed;
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"{name}: first answer after {load.TotalMilliseconds:F0} ms, managed memory +{(after - before) / 1048576.0:F0} MB");
    detectors.Add((name, t => Code(detector.DetectLanguageOf(t))));
}

foreach (var (file, rows) in sets)
{
    Console.WriteLine($"\n{file} ({rows.Count} headlines): right / wrong / no answer");
    Console.WriteLine($"{"lang",-6}" + string.Concat(detectors.Select(d => $"{d.Name,16}")));
    var totals = new int[detectors.Count, 3];
    foreach (var group in rows.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        var line = $"{group.Key,-6}";
        for (var d = 0; d < detectors.Count; d++)
        {
            int right = 0, wrong = 0, none = 0;
            foreach (var (language, text) in group)
            {
                var guess = detectors[d].Detect(text);
                if (guess == language) right++;
                else if (guess is null) none++;
                else wrong++;
            }
            totals[d, 0] += right; totals[d, 1] += wrong; totals[d, 2] += none;
            line += $"{$"{right}/{wrong}/{none}",16}";
        }
        Console.WriteLine(line);
    }
    var sum = $"{"all",-6}";
    for (var d = 0; d < detectors.Count; d++)
        sum += $"{$"{100.0 * totals[d, 0] / rows.Count:F1}% ({totals[d, 1]} wrong)",16}";
    Console.WriteLine(sum);
}

var timing = Stopwatch.StartNew();
var all = sets.Values.SelectMany(r => r).ToList();
for (var d = 0; d < detectors.Count; d++)
{
    timing.Restart();
    for (var k = 0; k < 5; k++) foreach (var (_, text) in all) detectors[d].Detect(text);
    Console.WriteLine($"{detectors[d].Name}: {timing.Elapsed.TotalMicroseconds / (5.0 * all.Count):F1} µs per headline");
}

static string? Code(Language language) =>
    language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "Sahel.slnx"))) return d.FullName;
    throw new DirectoryNotFoundException("Sahel.slnx not found above " + AppContext.BaseDirectory);
}
