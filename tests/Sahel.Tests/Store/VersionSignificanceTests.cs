using Sahel.Normalize;
using Sahel.Store;
using Xunit;

namespace Sahel.Tests.Store;

/// <summary>What makes a new version of an article: changed words or figures, never form alone.</summary>
public sealed class VersionSignificanceTests
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static ItemVersion State(string title, string? summary, string? link = "https://veilleur.example/1") =>
        new() { Title = title, SummaryHtml = summary, Link = link, SeenAt = Seen };

    private static bool IsEdit(ItemVersion before, ItemVersion after) =>
        VersionFingerprint.Of(before).IsEditedIn(VersionFingerprint.Of(after));

    public static TheoryData<string, string, string> CosmeticChanges => new()
    {
        // language, before, after (summaries)
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués près de Ménaka.</p>", "<p>Selon l'armée,  12 soldats\n ont été tués près de Ménaka.</p>" },
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p>", "<div><p><strong>Selon l'armée</strong>, 12 soldats ont été <em>tués</em>.</p></div>" },
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p>", "<p>Selon l'armée, 12 soldats ont été tués.</p><p>Mis à jour le 11 mars 2026 à 10h32</p>" },
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p><p><em>Mis à jour le 10 mars à 18h</em></p>", "<p>Selon l'armée, 12 soldats ont été tués.</p><p><em>Mis à jour le 11 mars 2026 à 10h32</em></p>" },
        { "fr", "Selon l'armée, 12 soldats ont été tués. Lire https://veilleur.example/a?utm_source=rss", "Selon l'armée, 12 soldats ont été tués. Lire https://veilleur.example/a?utm_source=twitter&utm_medium=social" },
        { "fr", "Selon l&#8217;armée, 12 soldats ont été tués.", "Selon l’armée, 12 soldats ont été tués." },
        { "ar", "<p>قتل ١٢ جنديا في هجوم قرب ميناكا.</p>", "<p>قتل ١٢ جنديا في  هجوم قرب ميناكا.</p><p>تم التحديث في ١١ مارس ٢٠٢٦ - ١٠:٣٢</p>" },
        { "ar", "<p>قتل ١٢ جنديا في هجوم قرب ميناكا.</p>", "<p>قتل <b>١٢</b> جنديا في هجوم قرب ميناكا.</p>" },
        { "ar", "قتل 12 جنديا في هجوم قرب ميناكا. آخر تحديث: 10 مارس", "قتل 12 جنديا في هجوم قرب ميناكا. آخر تحديث: 11 مارس 2026" },
        { "en", "<p>At least 12 soldiers were killed, the army said.</p>", "<p>At least 12 soldiers were killed, the army said.</p>\n<p>Updated: March 11, 2026, 10:32 GMT</p>" },
        { "en", "At least 12 soldiers were killed, the army said. (Updated 10:32 GMT)", "At least 12 soldiers were killed, the army said." },
        { "en", "At least 12 soldiers were killed. <a href=\"https://wire.example/x?utm_campaign=a\">More</a>", "At least 12 soldiers were killed. <a href=\"https://wire.example/x?utm_campaign=b&fbclid=1\">More</a>" },
    };

    [Theory]
    [MemberData(nameof(CosmeticChanges))]
    public void FormOnly_IsNotAVersion(string lang, string before, string after)
    {
        Assert.False(IsEdit(State("Titre", before), State("Titre", after)), $"{lang}: {before} → {after}");
    }

    public static TheoryData<string, string, string> RealEdits => new()
    {
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p>", "<p>Selon l'armée, 20 soldats ont été tués.</p>" },
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p>", "<p>12 soldats ont été tués.</p>" },
        { "fr", "<p>Selon l'armée, 12 soldats ont été tués.</p><p>Mis à jour le 11 mars</p>", "<p>Mise à jour : le bilan passe à 20 morts.</p>" },
        { "ar", "<p>قتل ١٢ جنديا في هجوم قرب ميناكا.</p>", "<p>قتل ٢٠ جنديا في هجوم قرب ميناكا.</p>" },
        { "ar", "<p>أفادت مصادر محلية بمقتل ١٢ جنديا.</p>", "<p>بمقتل ١٢ جنديا.</p>" },
        { "en", "<p>At least 12 soldiers were killed, the army said.</p>", "<p>At least 20 soldiers were killed, the army said.</p>" },
        { "en", "<p>At least 12 soldiers were killed, the army said.</p>", "<p>At least 12 soldiers were killed.</p>" },
    };

    [Theory]
    [MemberData(nameof(RealEdits))]
    public void ChangedWordsOrFigures_AreAVersion(string lang, string before, string after)
    {
        Assert.True(IsEdit(State("Titre", before), State("Titre", after)), $"{lang}: {before} → {after}");
    }

    [Theory]
    [InlineData("Embuscade près d'Anéfis : 12 soldats tués", "Embuscade près d'Anéfis : 12 soldats tués (mis à jour)", false)]
    [InlineData("Embuscade près d'Anéfis : 12 soldats tués", "Embuscade près d’Anéfis :  12 soldats tués", false)]
    [InlineData("Embuscade près d'Anéfis : 12 soldats tués", "Embuscade près d'Anéfis : 20 soldats tués", true)]
    [InlineData("كمين قرب أنفيس: مقتل ١٢ جنديا", "كمين قرب انفيس: مقتل 12 جنديا", false)]
    [InlineData("كمين قرب أنفيس: مقتل ١٢ جنديا", "كمين قرب أنفيس: مقتل ٢٠ جنديا", true)]
    [InlineData("Convoy ambushed: 12 soldiers killed", "Convoy ambushed: 12 soldiers killed [Updated]", false)]
    [InlineData("Convoy ambushed: 12 soldiers killed", "Convoy ambushed: at least 20 soldiers killed", true)]
    public void Titles(string before, string after, bool edited) =>
        Assert.Equal(edited, IsEdit(State(before, "Texte."), State(after, "Texte.")));

    [Fact]
    public void ALinkWithOtherTrackingParameters_IsNotAVersion() =>
        Assert.False(IsEdit(State("T", "x", "https://veilleur.example/1?utm_source=rss"), State("T", "x", "https://veilleur.example/1?utm_source=mail")));

    [Fact]
    public void APageTextFetchedForTheFirstTime_IsNotAnEdit_ButAChangedOneIs()
    {
        var feedOnly = State("T", "Résumé.");
        var withPage = feedOnly with { PageText = "Le corps de l'article : 12 morts." };
        Assert.False(IsEdit(feedOnly, withPage));
        Assert.True(IsEdit(withPage, withPage with { PageText = "Le corps de l'article : 20 morts." }));
    }

    [Theory]
    [InlineData("Texte. Mis à jour le 11/03/2026 à 10h32.", "Texte.")]
    [InlineData("Publié le 10/03/2026 | Mis à jour le 11/03/2026 à 10:32", "Publié le 10/03/2026")]
    [InlineData("Dernière mise à jour : mercredi 11 mars 2026, 10 h 32", "")]
    [InlineData("Le bilan a été mis à jour le 11 mars : 20 morts.", "Le bilan a été mis à jour le 11 mars : 20 morts.")]
    [InlineData("Mise à jour : le bilan passe à 20 morts.", "Mise à jour : le bilan passe à 20 morts.")]
    [InlineData("Update: 20 killed in the attack", "Update: 20 killed in the attack")]
    [InlineData("Last updated 2 hours ago", "")]
    [InlineData("تم التحديث: الأربعاء ١١ مارس ٢٠٢٦ - ١٠:٣٢ بتوقيت غرينتش", "")]
    [InlineData("قتل ١٢ جنديا. آخر تحديث: ١١ مارس", "قتل ١٢ جنديا.")]
    public void UpdateStamps_AreRemoved_NewsIsKept(string line, string expected) =>
        Assert.Equal(expected, UpdateStamp.Remove(line));
}
