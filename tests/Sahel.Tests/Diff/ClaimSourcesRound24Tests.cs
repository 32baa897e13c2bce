using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

public sealed class ClaimSourcesRound24Tests
{
    [Theory]
    [InlineData("قتل عشرة أشخاص في هجوم شنه مسلحو بوكو حرام على قرية، وفق ما أعلن المتحدث باسم الحكومة.", SourceKind.Government)]
    [InlineData("قتل عشرة أشخاص في هجوم على سوق، حسب ما أفاد متحدث باسم الشرطة.", SourceKind.Security)]
    [InlineData("Dix personnes ont été tuées dans l'attaque d'un poste, selon la police républicaine.", SourceKind.Security)]
    [InlineData("Ten people were killed by Boko Haram fighters in the village, a government spokesman said.", SourceKind.Government)]
    [InlineData("Ten people were killed in the village, a group of local activists said.", SourceKind.Local)]
    [InlineData("وقال ناشطون محليون إن عشرة أشخاص قتلوا.", SourceKind.Local)]
    [InlineData("وحمّل ناشطون محليون الجماعة المسؤولية، مشيرين إلى مقتل عشرة أشخاص.", SourceKind.Local)]
    [InlineData("Researchers at the Sahel Institute put the toll at between 20 and 25.", SourceKind.Ngo)]
    [InlineData("Researchers at the Sahel Institute estimate that 25 people were killed.", SourceKind.Ngo)]
    [InlineData("Selon l'ONG Sahelwatch, qui recoupe plusieurs sources, vingt personnes ont été tuées.", SourceKind.Ngo)]
    [InlineData("According to ACLED data, more than 300 people were killed in the region.", SourceKind.Ngo)]
    [InlineData("وبحسب مشروع بيانات مواقع النزاعات المسلحة وأحداثها (أكليد)، قتل أكثر من ثلاثمئة شخص.", SourceKind.Ngo)]
    [InlineData("Deux gardes ont été tués, selon une source administrative locale.", SourceKind.Government)]
    [InlineData("Vingt personnes ont été tuées, a indiqué un chef de milice.", SourceKind.Local)]
    [InlineData("Twenty people were killed, a militia leader said.", SourceKind.Local)]
    [InlineData("Le Gouvernement informe que le convoi escorté par les forces armées nationales a été attaqué. Le bilan fait état de dix civils tués.", SourceKind.Government)]
    [InlineData("The Kaduna State Police Command confirms the abduction of eight worshippers.", SourceKind.Security)]
    [InlineData("The army says the situation is under control. The government gives its first toll: twelve gendarmes killed.", SourceKind.Government)]
    [InlineData("The state government said ten students were freed. A parent, Musa Bello, told the Daily Trust that four students were still missing.", SourceKind.Local)]
    [InlineData("Videos verified by the BBC showed at least 20 bodies.", SourceKind.Media)]
    [InlineData("Dix morts, selon une source sécuritaire. « Plusieurs blessés ont été évacués vers la capitale », a ajouté cette source.", SourceKind.Security)]
    [InlineData("Le Gouverneur a parlé de dix morts. Des proches des victimes interrogés par l'AFP évoquent, eux, « au moins vingt-cinq morts ».", SourceKind.Local)]
    [InlineData("Human Rights Watch, qui cite des témoins, indique que cinq hommes ont été enlevés.", SourceKind.Ngo)]
    [InlineData("Two rangers were killed, African Parks, which manages the reserve, said in a statement.", SourceKind.Ngo)]
    [InlineData("A coordination of volunteers in the region said in a statement that its members had killed about 30 jihadists.", SourceKind.ArmedGroup)]
    [InlineData("Le préfet a fait état de 23 morts, contre 31 annoncés lundi par des responsables locaux.", SourceKind.Local)]
    [InlineData("وكان ناشطون محليون قد حمّلوا الجماعة المسؤولية، مشيرين إلى فقدان نحو عشرين شخصا آخرين.", SourceKind.Local)]
    [InlineData("ونفت الجماعة أي صلة لها بمقتل ١٢ قرويا. وكان ناشطون محليون قد حمّلوا الجماعة المسؤولية، مشيرين إلى فقدان نحو عشرين شخصا آخرين.", SourceKind.Local)]
    public void Probe(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
