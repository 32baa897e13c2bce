namespace Sahel.Cluster;

/// <summary>
/// What was hit, when a report says: a convoy, a military post, a market, a village, a patrol, a mine site.
/// Two reports at the same place days apart that name different targets are usually different incidents
/// (the convoy ambushed on Monday, the camp shelled on Wednesday). Words are in normalised form (lower case,
/// accents and Arabic letter variants folded), matched with Arabic proclitics removed.
/// </summary>
public static class IncidentTargets
{
    private static readonly Dictionary<string, string> Words = Build(new()
    {
        ["convoy"] = ["convoi", "convois", "convoy", "convoys", "colonne", "رتل", "قافله", "ارتال"],
        ["post"] = ["poste", "camp", "base", "detachement", "caserne", "garnison", "post", "outpost", "barracks", "garrison",
                    "ثكنه", "معسكر", "قاعده", "موقع", "مركز"],
        ["market"] = ["marche", "foire", "market", "سوق"],
        ["village"] = ["village", "villages", "hameau", "villagers", "villageois", "قريه", "قري"],
        ["patrol"] = ["patrouille", "patrol", "دوريه"],
        ["mine"] = ["orpaillage", "orpailleurs", "aurifere", "gold", "goldmine", "منجم", "الذهب"],
        ["bus"] = ["bus", "car", "autocar", "vehicule", "passagers", "passengers", "حافله", "ركاب"],
    });

    public static HashSet<string> Of(IReadOnlyList<string> tokens)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (Words.TryGetValue(token, out var target) || Words.TryGetValue(WithoutProclitics(token), out target))
                targets.Add(target);
        }
        return targets;
    }

    private static string WithoutProclitics(string token)
    {
        foreach (var prefix in (string[])["وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف"])
        {
            if (token.Length > prefix.Length + 2 && token.StartsWith(prefix, StringComparison.Ordinal))
                return token[prefix.Length..];
        }
        return token;
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> byTarget) =>
        byTarget.SelectMany(pair => pair.Value.Select(word => (word, pair.Key)))
            .ToDictionary(x => x.word, x => x.Key, StringComparer.Ordinal);
}
