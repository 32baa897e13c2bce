namespace Sahel.Bench.Claims;

/// <summary>Stories assembled from bench/gen_feeds.py's templates (the sweep benchmark's text), deterministic for a seed.</summary>
internal static class GeneratedStories
{
    private static readonly (string Fr, string Ar)[] Places =
    [
        ("Kidal", "كيدال"), ("Ménaka", "ميناكا"), ("Gao", "غاو"), ("Tombouctou", "تمبكتو"), ("Djibo", "جيبو"),
        ("Tillabéri", "تيلابيري"), ("Diffa", "ديفا"), ("Mopti", "موبتي"), ("Aguelhok", "أغلهوك"), ("Dori", "دوري"),
        ("Ouallam", "والام"), ("Bol", "بول"), ("Anéfis", "أنفيس"), ("Tessalit", "تساليت"), ("Arbinda", "أربيندا"),
    ];
    private static readonly string[] ActorsFr = ["le JNIM", "l'EIGS", "le FLA", "les FAMa", "l'armée burkinabè", "les FDS nigériennes", "Boko Haram"];
    private static readonly string[] ActorsEn = ["JNIM", "Islamic State Sahel", "the FLA", "Malian troops", "Burkina Faso's army", "Niger's army", "ISWAP"];
    private static readonly string[] ActorsAr = ["جماعة نصرة الإسلام والمسلمين", "ولاية الساحل", "جبهة تحرير أزواد", "الجيش المالي", "الجيش البوركينابي"];
    private static readonly string[] Fr = ["Attaque contre un poste militaire près de {p}", "Embuscade meurtrière sur l'axe de {p}", "{p} : {a} revendique une attaque", "Frappe de drone dans la région de {p}", "Enlèvement de civils près de {p}"];
    private static readonly string[] En = ["Attack on army post near {p}", "Deadly ambush on the {p} road", "{a} claims attack near {p}", "Drone strike reported in the {p} area", "Civilians abducted near {p}"];
    private static readonly string[] Ar = ["هجوم على موقع عسكري قرب {p}", "كمين دام على طريق {p}", "{a} تتبنى هجوما قرب {p}", "غارة بطائرة مسيرة في منطقة {p}", "اختطاف مدنيين قرب {p}"];
    private const string BodyFr = "<p>Selon des sources locales, au moins {n} personnes ont été tuées lors de l'incident survenu dans la matinée. L'armée évoque de violents combats et affirme avoir repris le contrôle de la zone.</p>";
    private const string BodyEn = "<p>At least {n} people were killed in the incident on Tuesday morning, according to local sources. The army said its forces repelled the attackers after heavy fighting and secured the area.</p>";
    private const string BodyAr = "<p>أفادت مصادر محلية بمقتل {n} أشخاص على الأقل في الهجوم الذي وقع صباح اليوم، فيما تحدث الجيش عن اشتباكات عنيفة وأكد أنه استعاد السيطرة على المنطقة.</p>";

    public static List<(string Title, string Text, string Lang)> Make(int count, int seed)
    {
        var random = new Random(seed);
        var stories = new List<(string, string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var lang = (i % 4) switch { 0 or 1 => "fr", 2 => "en", _ => "ar" };
            var (fr, ar) = Places[random.Next(Places.Length)];
            var n = random.Next(2, 61).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (titles, actors, body, place) = lang switch
            {
                "fr" => (Fr, ActorsFr, BodyFr, fr),
                "en" => (En, ActorsEn, BodyEn, fr),
                _ => (Ar, ActorsAr, BodyAr, ar),
            };
            var title = titles[random.Next(titles.Length)].Replace("{p}", place, StringComparison.Ordinal).Replace("{a}", actors[random.Next(actors.Length)], StringComparison.Ordinal);
            stories.Add((title, body.Replace("{n}", n, StringComparison.Ordinal), lang));
        }
        return stories;
    }
}
