using Sahel.Model;
using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

/// <summary>The issue's own examples, in the three languages (sentences written for these tests).</summary>
public sealed class AnalyzerTests
{
    private static readonly StoryAnalyzer Analyzer = new(Lexicon.Default);
    private static readonly DateTimeOffset When = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static StoryFeatures Analyze(string title, string? text = null) => Analyzer.Analyze(title, text, When);

    [Theory]
    [InlineData("Attaque à Aguelhok")]
    [InlineData("Attaque à Aguelhoc")]
    [InlineData("Attaque à Aguel'hoc")]
    [InlineData("هجوم في أغلهوك")]
    [InlineData("هجوم في أجلهوك")]
    [InlineData("هجوم وأغلهوك")]
    [InlineData("قصف بأغلهوك")]
    public void AguelhokSpellings_AreOnePlace(string title) => Assert.Contains(Analyze(title).Places, p => p.Id == "ml-aguelhok");

    [Fact]
    public void FrenchExample_PlaceActorAndType()
    {
        var f = Analyze("L'attaque d'Aguelhoc contre un convoi des FAMa");
        Assert.Equal("ml-aguelhok", f.TitlePlaces[0].Id);
        Assert.Contains(f.Actors, a => a.Name == "FAMa");
        Assert.Equal(EventType.Attack, f.EventType);
    }

    [Fact]
    public void ArabicExample_PlaceActorAndType()
    {
        var f = Analyze("هجوم على رتل للجيش المالي قرب أغلهوك");
        Assert.Contains(f.Places, p => p.Id == "ml-aguelhok");
        Assert.Contains(f.Actors, a => a.Name == "FAMa");
        Assert.Equal(EventType.Attack, f.EventType);
    }

    [Fact]
    public void EnglishExample_ActorsAndAmbush()
    {
        var f = Analyze("JNIM and FLA ambush Malian convoy near Kidal");
        Assert.Contains(f.Actors, a => a.Id == "jnim");
        Assert.Contains(f.Actors, a => a.Name == "FLA");
        Assert.Equal(EventType.Ambush, f.EventType);
    }

    [Theory]
    [InlineData("GSIM", "jnim")]
    [InlineData("جماعة نصرة الإسلام والمسلمين", "jnim")]
    [InlineData("Groupe de soutien à l'islam et aux musulmans", "jnim")]
    public void ActorAliases_FindTheSameActor(string alias, string id) => Assert.Equal(id, Lexicon.Default.FindActor(alias)?.Id);

    [Theory]
    [InlineData("Ménaka")]
    [InlineData("Menaka")]
    [InlineData("ميناكا")]
    public void MenakaSpellings(string name) => Assert.Contains("menaka", Lexicon.Default.FindPlace(name)?.Id);

    [Fact]
    public void SayTheVerb_IsNotTheTownOfSay() =>
        Assert.DoesNotContain(Analyze("Residents say the army left the area").Places, p => p.Name == "Say");

    [Fact]
    public void TrialAboutAnOldAmbush_IsRetrospective() =>
        Assert.True(Analyze("Procès de l'embuscade de 2024 près de Tillabéri : verdict attendu").Retrospective);

    [Fact]
    public void Numbers_InAnyScriptAndWithFrenchSeparators() =>
        Assert.Equal(new HashSet<int> { 12, 1400, 20 }, NumberExtractor.Extract("١٢ morts, 1 400 déplacés, at least 20"));

    [Fact]
    public void Normalisation_FoldsArabicLatinAndElisions() =>
        Assert.Equal("l attaque d aguelhoc ا ي ه 12", TextNormalizer.Normalize("L’attaque d'Aguelhoc أ ى ة ١٢"));

    [Fact]
    public void KidnappingAndAirStrike_InEachLanguage()
    {
        Assert.Equal(EventType.Kidnapping, Analyze("Enlèvement de quatre bergers près de Fassala").EventType);
        Assert.Equal(EventType.Kidnapping, Analyze("اختطاف أربعة رعاة قرب فصالة").EventType);
        Assert.Equal(EventType.AirStrike, Analyze("Drone strike hits market near Aguelhok").EventType);
        Assert.Equal(EventType.AirStrike, Analyze("غارة بطائرة مسيرة قرب أغلهوك").EventType);
        Assert.Equal(EventType.Ied, Analyze("Un engin explosif improvisé frappe une patrouille près de Ouallam").EventType);
    }

    [Fact]
    public void UserGazetteer_IsMergedById_AndABadFileIsNamed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sahel-places-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "version": 1, "places": [ { "id": "ml-tinfadimata", "name": "Tinfadimata", "kind": "village", "country": "ML", "region": "Kidal", "lat": 18.9, "lon": 1.2, "names": { "fr": ["Tin Fadimata"] } } ] }""");
        try
        {
            var lexicon = Lexicon.Load(gazetteerFile: file);
            Assert.Equal("ml-tinfadimata", lexicon.FindPlace("Tin Fadimata")?.Id);
            Assert.NotNull(lexicon.FindPlace("Kidal"));
            File.WriteAllText(file, "{ not json");
            var error = Assert.Throws<LexiconException>(() => Lexicon.Load(gazetteerFile: file));
            Assert.Contains(file, error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
