using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19's toll sources (round 43): content that circulates (a viral post, messages on a social network, a figure
/// "circulating", a statement purported to be a known speaker's) gives its figure as no one's, not as the source named before it
/// nor as the speaker it is attributed to; and the outlet counting for itself in its own first person ("we counted", "nous avons
/// compté", "our review of the footage shows") gives the outlet's count. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourceRound43Tests
{
    /// <summary>The source of the toll whose lower bound is <paramref name="count"/>.</summary>
    private static SourceKind SourceOf(string title, string text, int count) =>
        ClaimExtractor.Extract(title, text, null).Tolls.First(t => t.Count.Min == count).Source!.Kind;

    [Theory]
    // the figure circulates: after a source named before in the text (which carried to it), or with a known speaker it is
    // falsely attributed to
    [InlineData("Vérification", "Le gouverneur a fait état de six morts. Des publications sur Facebook évoquent 70 morts.", 70)]
    [InlineData("Vérification", "Le préfet parle de six morts. Le chiffre de 70 morts circule depuis lundi sur les réseaux sociaux.", 70)]
    [InlineData("Vérification", "Un faux communiqué de l'armée malienne annonce la mort de 40 soldats à Léré.", 40)]
    [InlineData("Vérification", "Un document présenté comme un communiqué du JNIM annonce que 33 soldats ont été tués.", 33)]
    [InlineData("Check", "The army said on Monday that four soldiers were wounded near Gao. A post shared widely on Facebook claims that 60 soldiers died.", 60)]
    [InlineData("Check", "The prefect said nine people were killed. A viral post said 90 people died in the market attack.", 90)]
    [InlineData("Check", "A document purporting to be a JNIM statement says its fighters killed 33 soldiers near Djibo.", 33)]
    [InlineData("Check", "A graphic styled as an army bulletin announces that 40 soldiers were killed.", 40)]
    [InlineData("تحقق", "قال المحافظ إن ستة أشخاص قتلوا. وتتحدث منشورات متداولة عن مقتل ٧٠ شخصا.", 70)]
    [InlineData("تحقق", "تداولت صفحات على فيسبوك بيانا منسوبا إلى الجيش المالي يعلن مقتل ٤٠ جنديا.", 40)]
    [InlineData("تحقق", "قال الجيش إن جنديين أصيبا. وتحدثت حسابات عن مقتل ٣٠ جنديا.", 30)]
    [InlineData("تحقق", "قال الجيش إن جنديين أصيبا. ونشرت حسابات بيانا منسوبا للجيش النيجري يعلن مقتل ٥٠ مسلحا.", 50)]
    public void Circulating_content_gives_no_ones_figure(string title, string text, int count) =>
        Assert.Equal(SourceKind.Unattributed, SourceOf(title, text, count));

    [Theory]
    // negatives: the owner's own content ("partagée par le JNIM", "its video", "In the video, … says"), a statement attributed
    // to a group that does not circulate, a figure "présenté par" a ministry, a statement noun pointing back
    [InlineData("Attaque", "Une vidéo partagée par le JNIM affirme que 20 soldats ont été tués.", 20, SourceKind.ArmedGroup)]
    [InlineData("Attaque", "Un audio attribué au JNIM revendique l'attaque et affirme que 20 soldats ont été tués.", 20, SourceKind.ArmedGroup)]
    [InlineData("Attack", "JNIM released a video on Sunday. In the video, shared on messaging apps, the group says it killed 20 soldiers.", 20, SourceKind.ArmedGroup)]
    [InlineData("Bilan", "Le bilan présenté par le ministère de la Santé fait état de 20 morts.", 20, SourceKind.Government)]
    [InlineData("هجوم", "قالت جماعة نصرة الإسلام والمسلمين في بيان إن مقاتليها قتلوا ٢٠ جنديا.", 20, SourceKind.ArmedGroup)]
    // a voice message passed around that the story gives to its author (a notable) is the author's
    [InlineData("خطف", "تداولت مجموعات على واتساب رسالة صوتية لأحد أعيان القرية يقول فيها إن مسلحين خطفوا ١١ راعيا.", 11, SourceKind.Local)]
    [InlineData("Attack", "The army said in its statement that 20 attackers were killed.", 20, SourceKind.Army)]
    // a title names circulating content without hearing it: its figure takes the lead's source (a chief's voice message)
    [InlineData("Message vocal viral : neuf bergers enlevés près de Ségou", "Dans un message vocal partagé sur WhatsApp, un chef de village affirme que neuf bergers ont été enlevés.", 9, SourceKind.Local)]
    public void Owned_content_keeps_its_owner(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // the desk's own count, after a source named before
    [InlineData("Vérification", "Le gouverneur a fait état de six morts. Nous avons compté neuf corps sur les images.", 9)]
    [InlineData("Vérification", "L'armée parle de six morts. Nous n'avons pu compter que 12 corps distincts sur la vidéo.", 12)]
    [InlineData("Check", "The prefect said nine people were killed. We counted 14 bodies in the footage.", 14)]
    [InlineData("Check", "The army said six soldiers died. Our review of the footage shows at least 11 bodies.", 11)]
    [InlineData("تحقق", "قال الجيش إن ستة جنود قتلوا. وأحصينا ١٤ جثة في المقطع.", 14)]
    public void The_desks_own_count_is_the_outlets(string title, string text, int count) => Assert.Equal(SourceKind.Media, SourceOf(title, text, count));

    [Theory]
    // negatives: a witness's "we counted" in quotation marks is the witness's; "nous" as the object of another's verb
    [InlineData("Attaque", "« Nous avons compté neuf corps », raconte un habitant du village.", 9, SourceKind.Local)]
    [InlineData("Attack", "\"We counted 14 bodies,\" a resident of the village said.", 14, SourceKind.Local)]
    [InlineData("Attaque", "Un habitant du village nous a dit que neuf personnes ont été tuées.", 9, SourceKind.Local)]
    [InlineData("Attack", "A VILLAGE CHIEF: We counted nine bodies after the raid.", 9, SourceKind.Local)]
    public void Not_the_desks_count(string title, string text, int count, SourceKind kind) => Assert.Equal(kind, SourceOf(title, text, count));
}
