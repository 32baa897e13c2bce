namespace Sahel.Diff.Claims;

/// <summary>
/// Which army a generic mention means, for who is blamed and who denies: "Mali's armed forces", "the Niger army",
/// "l'armée du Mali" name their country; a bare "l'armée", "the army", "الجيش" is the national army the story named
/// last, else the army of the country it named last ("L'armée rejette ces accusations" after "des militaires de l'armée burkinabè"). Sources keep their generic
/// mention: only responsibility reads the resolved name.
/// </summary>
internal static class ArmyReferences
{
    /// <summary>Country names (normalised) and the lexicon id of their national army.</summary>
    private static readonly Dictionary<string, string> ArmyOfCountry = new(StringComparer.Ordinal)
    {
        ["mali"] = "fama", ["مالي"] = "fama",
        ["burkina"] = "bf-army", ["faso"] = "bf-army", ["بوركينا"] = "bf-army",
        ["niger"] = "ne-fan", ["النيجر"] = "ne-fan",
        ["chad"] = "td-army", ["tchad"] = "td-army", ["تشاد"] = "td-army",
        ["nigeria"] = "ng-army", ["نيجيريا"] = "ng-army",
        ["mauritania"] = "mr-army", ["mauritanie"] = "mr-army", ["موريتانيا"] = "mr-army",
        ["cameroon"] = "cm-army", ["cameroun"] = "cm-army",
        ["benin"] = "bj-army", ["togo"] = "tg-army",
        ["algeria"] = "dz-anp", ["algerie"] = "dz-anp", ["الجزائر"] = "dz-anp",
        // The country's adjective: "Malian troops", "l'armée malienne", "الجيش المالي", "Nigerien soldiers".
        ["malian"] = "fama", ["malien"] = "fama", ["malienne"] = "fama", ["maliens"] = "fama", ["maliennes"] = "fama", ["المالي"] = "fama",
        ["burkinabe"] = "bf-army", ["burkinabes"] = "bf-army", ["البوركينابي"] = "bf-army",
        ["nigerien"] = "ne-fan", ["nigerienne"] = "ne-fan", ["nigeriens"] = "ne-fan", ["النيجري"] = "ne-fan",
        ["chadian"] = "td-army", ["tchadien"] = "td-army", ["tchadienne"] = "td-army", ["tchadiens"] = "td-army", ["التشادي"] = "td-army",
        ["nigerian"] = "ng-army", ["النيجيري"] = "ng-army",
        ["mauritanian"] = "mr-army", ["mauritanien"] = "mr-army", ["mauritanienne"] = "mr-army", ["الموريتاني"] = "mr-army",
        ["cameroonian"] = "cm-army", ["camerounais"] = "cm-army", ["camerounaise"] = "cm-army",
        ["algerian"] = "dz-anp", ["algerien"] = "dz-anp", ["algerienne"] = "dz-anp", ["الجزائري"] = "dz-anp",
    };

    /// <summary>The army of the last country a sentence names ("Burkina Faso's government", "Nigerien soldiers"), if any.</summary>
    public static string? NamedCountry(IReadOnlyList<ClaimWord> words)
    {
        for (var k = words.Count - 1; k >= 0; k--)
            if (ArmyOfCountry.TryGetValue(words[k].Text, out var army))
                return army;
        return null;
    }

    /// <summary>
    /// The national army of a state force's country (its lexicon affiliation, "Burkina Faso" for the BIR): a bare "the
    /// army" after "soldiers of a Rapid Intervention Battalion" is Burkina Faso's army, not the battalion.
    /// </summary>
    public static string? NationalArmy(string? affiliation)
    {
        if (affiliation is null)
            return null;
        foreach (var word in Sahel.Normalize.TextNormalizer.Normalize(affiliation).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (ArmyOfCountry.TryGetValue(word, out var army))
                return army;
        return null;
    }

    /// <summary>The mentions, with each generic army mention named after its country or the story's last army.</summary>
    public static List<SourceFinder.Mention> Resolve(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, string? lastArmy)
    {
        List<SourceFinder.Mention>? resolved = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention is not { Kind: SourceKind.Army, Name: null, Self: false })
                continue;
            if ((Country(words, mention) ?? lastArmy) is not { } army)
                continue;
            resolved ??= [.. mentions];
            resolved[k] = mention with { Name = army };
        }
        return resolved ?? mentions;
    }

    /// <summary>"Mali's army", "the Niger army", "l'armée du Mali", "army of Chad", "جيش مالي": the country beside the mention.</summary>
    private static string? Country(IReadOnlyList<ClaimWord> words, SourceFinder.Mention mention)
    {
        var before = mention.First - 1;
        if (before >= 1 && words[before].Text == "s")
            before--;
        if (before >= 0 && ArmyOfCountry.TryGetValue(words[before].Text, out var army))
            return army;
        var after = mention.Last + 1;
        if (after < words.Count && words[after].Text is "du" or "of" or "de")
            after++;
        return after < words.Count && ArmyOfCountry.TryGetValue(words[after].Text, out army) ? army : null;
    }
}
