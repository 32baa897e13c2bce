using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18's toll sources (round 39): a figure read with another speaker's kind. An Arabic speaker after "لكن", "غير أن",
/// "إلا أن" is in the accusative ("زعيما محليا", "أعيانا محليين", "عضوا في ميليشيا"); read in the nominative, it is the
/// figure's own speaker, not the account before it that it contradicts. The English plural present "report that" ("Partners
/// report that", "Residents report that") is a saying verb, as "say" is beside "says". Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesConfusedRound39Tests
{
    private static SourceKind LastSource(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls.Last().Source!.Kind;

    [Theory]
    [InlineData("أعلن الجيش أنه صد هجوما على قرية قرب تيلابيري. لكن زعيما قبليا قال إن أربعين مدنيا قتلوا في الهجوم.")]
    [InlineData("أعلن الجيش أنه صد هجوما على قرية قرب تيلابيري. غير أن شاهدا قال إن أربعين مدنيا قتلوا في الهجوم.")]
    [InlineData("أعلن الجيش أنه صد هجوما على قرية قرب تيلابيري. إلا أن أعيانا محليين أكدوا أن أربعين مدنيا قتلوا في الهجوم.")]
    [InlineData("أعلنت الحكومة مقتل عشرة أشخاص في الهجوم على السوق. غير أن زعيما محليا في المنطقة قال لنا إن القتلى أربعون.")]
    [InlineData("أعلن الجيش أنه صد هجوما على قرية قرب تيلابيري. ولكن عضوا في ميليشيا محلية قال إن أربعين مدنيا قتلوا في الهجوم.")]
    public void An_accusative_speaker_after_a_contrast_speaks_as_a_local(string text) => Assert.Equal(SourceKind.Local, LastSource("هجوم قرب تيلابيري", text));

    [Theory]
    // guards (read before this round): the accusatives the vocabulary wrote out, and the nominative
    [InlineData("أعلن الجيش أنه صد هجوما قرب غاو. لكن مصدرا أمنيا قال إن تسعة جنود قتلوا.", SourceKind.Security)]
    [InlineData("أعلن الجيش أنه صد هجوما قرب غاو. لكن مسؤولا محليا قال إن أحد عشر مدنيا قتلوا.", SourceKind.Local)]
    [InlineData("أعلن الجيش أنه صد هجوما قرب غاو. وقال زعيم قبلي إن أربعين مدنيا قتلوا.", SourceKind.Local)]
    // negatives: an accusative that is no speaker keeps the speaker before; an accusative after "قال إن" is what was said, not who
    [InlineData("قال الجيش إن هجوما وقع قرب غاو. لكن هجوما آخر أسفر عن مقتل تسعة جنود.", SourceKind.Army)]
    [InlineData("قال الجيش إن شاهدا رأى المسلحين، وإن تسعة جنود قتلوا في الهجوم.", SourceKind.Army)]
    [InlineData("قال الجيش إن الهجوم صد. لكن أيضا قتل تسعة جنود في الهجوم.", SourceKind.Army)]
    public void Read_as_before(string text, SourceKind kind) => Assert.Equal(kind, LastSource("هجوم قرب غاو", text));

    [Theory]
    [InlineData("According to local authorities, 20 civilians were killed in the attack. Humanitarian partners report that 12 people were abducted.", SourceKind.Ngo)]
    [InlineData("According to local authorities, 20 civilians were killed in the attack. Partners report that 12 people were abducted.", SourceKind.Ngo)]
    [InlineData("According to local authorities, 20 civilians were killed. Humanitarian partners on the ground report that 12 people were abducted.", SourceKind.Ngo)]
    [InlineData("Officials said 20 civilians were killed in the attack. Residents report that 30 people were killed.", SourceKind.Local)]
    public void A_plural_subject_reports_that(string text, SourceKind kind) => Assert.Equal(kind, LastSource("Attack near Sebba", text));

    [Theory]
    // negatives: the noun "report" after its article or a medium is no verb of the speaker before it
    [InlineData("The army dismissed a media report that 12 soldiers were killed.", SourceKind.Army)]
    [InlineData("Officials said 20 civilians were killed. The report that 12 soldiers were also killed was denied.", SourceKind.Local)]
    public void Not_a_plural_subject_reporting(string text, SourceKind kind) => Assert.NotEqual(kind, LastSource("Attack near Sebba", text));
}
