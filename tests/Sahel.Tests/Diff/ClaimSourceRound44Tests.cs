using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19's toll sources (round 44): a speaker AFTER its figure (the agent of a passive participle of giving, past an
/// adverbial, and the Arabic relative verb of giving with its object pronoun) gives that figure, and only that one; a verb of
/// giving, counting or revising a figure ("a donné un bilan de", "a chiffré le bilan à", "revised the figure to") is a cue of
/// saying. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourceRound44Tests
{
    /// <summary>The source of the toll whose lower bound is <paramref name="count"/>.</summary>
    private static SourceKind SourceOf(string title, string text, int count) =>
        ClaimExtractor.Extract(title, text, null).Tolls.First(t => t.Count.Min == count).Source!.Kind;

    [Theory]
    // the agent after its figure, past an adverbial, against a speaker named nearer or a "that"-clause holding it
    [InlineData("Attaque", "Le bilan s'est alourdi à vingt morts, a indiqué jeudi le gouverneur de la région, contre neuf annoncés dans un premier temps par la mairie.", 9, SourceKind.Local)]
    [InlineData("Attaque", "Le porte-parole du gouvernement a affirmé que le bilan restait de huit morts, loin des 60 morts avancés à l'époque par Amnesty International.", 60, SourceKind.Ngo)]
    [InlineData("Attack", "The toll rose to 40 on Tuesday, the governor said, up from the 22 first announced on Sunday by the police.", 22, SourceKind.Security)]
    [InlineData("Attack", "The army spokesman said that only six soldiers had died, far fewer than the 35 deaths reported at the time by Human Rights Watch.", 35, SourceKind.Ngo)]
    [InlineData("هجوم", "قال المتحدث باسم الحكومة إن عدد القتلى لا يتجاوز عشرين، وهو رقم أقل بكثير من حصيلة بلغت تسعين قتيلا أعلنتها منظمة العفو الدولية.", 90, SourceKind.Ngo)]
    [InlineData("هجوم", "قال الوالي إن ٣٠ قرويا قتلوا، مقابل ١٢ قتيلا أعلنها الجيش في البداية.", 12, SourceKind.Army)]
    public void The_agent_after_a_figure_gives_it(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // the scope's other half: the agent does not take a figure told before the one it follows
    [InlineData("Attaque", "Le bilan a été revu à 12 soldats tués, contre 30 annoncés au départ par des sources locales, a précisé l'armée.", 12, SourceKind.Army)]
    [InlineData("Attack", "The toll was lowered to 12 soldiers killed, against 30 initially reported by local sources, the army said.", 12, SourceKind.Army)]
    // negatives: an agent who did the killing is no speaker; a figure before another speaker's own clause; a participle far
    // from any figure
    [InlineData("Attaque", "Selon le maire, 14 villageois ont été tués par des hommes armés venus à moto.", 14, SourceKind.Local)]
    [InlineData("Attack", "The mayor said 14 villagers were killed on Sunday by gunmen who arrived on motorbikes.", 14, SourceKind.Local)]
    [InlineData("هجوم", "قال رئيس البلدية إن ١٤ قرويا قتلوا على يد مسلحين.", 14, SourceKind.Local)]
    [InlineData("Attaque", "Douze soldats ont été tués, a annoncé l'armée. Un communiqué publié dimanche par le JNIM revendique l'attaque.", 12, SourceKind.Army)]
    [InlineData("Attack", "Twelve soldiers were killed, the army said, in an attack claimed on Monday by JNIM.", 12, SourceKind.Army)]
    public void The_agent_governs_only_its_own_figure(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // a verb of giving, counting or revising a figure, after another source named before
    [InlineData("Attaque", "Des villageois ont fui. Le ministère de la Sécurité a ensuite donné un bilan de 31 morts et 12 blessés.", 31, SourceKind.Government)]
    [InlineData("Attaque", "Des villageois ont fui. Le gouverneur a chiffré le bilan à 31 morts.", 31, SourceKind.Government)]
    [InlineData("Attaque", "L'armée a parlé de cinq morts. Le gouverneur a ensuite revu le chiffre à 31 morts.", 31, SourceKind.Government)]
    [InlineData("Attack", "The army said four soldiers died. The government later revised the figure to 12 dead and 8 wounded.", 12, SourceKind.Government)]
    [InlineData("Attack", "The army said four soldiers died. The interior ministry gave a toll of 19 dead on Tuesday.", 19, SourceKind.Government)]
    [InlineData("هجوم", "قال الجيش إن خمسة جنود قتلوا. وأعطت وزارة الداخلية حصيلة بلغت ٣١ قتيلا.", 31, SourceKind.Government)]
    public void A_verb_giving_a_figure_is_a_cue_of_saying(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // negatives: the noun "chiffre" is no verb; an attack giving no one's figure
    [InlineData("Attaque", "Selon la mairie, le chiffre de 31 morts donne une idée de la violence de l'attaque.", 31, SourceKind.Local)]
    [InlineData("Attack", "According to the police, the blast gave a toll of 19 dead.", 19, SourceKind.Security)]
    // a figure not given: the toll told after it is the speaker's named before, not the one who gave none
    [InlineData("Attaque", "Selon des sources locales, le gouverneur, sans donner de bilan, a dénoncé l'attaque où 15 villageois ont été tués.", 15, SourceKind.Local)]
    public void Figure_nouns_and_things_are_no_givers(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));
}
