using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 38, responsibility: the victims told as arrested by a force before they died or went missing ("tués après
/// avoir été interpellés par des militaires maliens et leurs alliés russes", "killed after they were detained by Malian troops
/// and Russian forces"), or the missing taken away ("emmenés par les militaires", "taken by soldiers"): the arrest's agent is
/// blamed, each actor joined to it too, bare soldiers as the story's army. Not when the arrested are suspects or fighters, nor
/// in a sentence that counts no dead or missing victims (no missing ones for "taken"). Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound38Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string[]> ArrestedVictims => new()
    {
        { "Mali : trois éleveurs tués près de Nara",
          "Trois éleveurs ont été tués après avoir été interpellés par des militaires maliens et leurs alliés russes près de Nara, affirment des habitants.",
          ["blamed fama by Local", "blamed africa-corps by Local"] },
        { "Mali : des corps retrouvés près de Nara",
          "Selon des notables, les victimes avaient été arrêtées par l'armée malienne avant d'être retrouvées mortes.",
          ["blamed fama by Local"] },
        { "Mali: four herders killed near Nara",
          "Residents said four herders were killed after they were detained by Malian troops and Russian forces near Nara.",
          ["blamed fama by Local", "blamed africa-corps by Local"] },
        { "Mali: men missing after market raid",
          "A rights group said 12 men detained by Malian soldiers at a market remain missing.",
          ["blamed fama by Ngo"] },
        // the missing taken away by bare soldiers, the story's army
        { "Mali : quatre hommes disparus",
          "L'armée malienne n'a pas réagi.\nDes proches affirment que quatre hommes ont été emmenés par les militaires et restent portés disparus.",
          ["blamed fama by Local"] },
        { "Mali: eleven men missing",
          "The Malian army did not comment.\nRelatives said 11 men taken by soldiers were still unaccounted for.",
          ["blamed fama by Local"] },
    };

    [Theory]
    [MemberData(nameof(ArrestedVictims))]
    public void TheAgentOfTheVictimsArrest_IsBlamed(string title, string text, string[] blames)
    {
        var read = Read(title, text);
        foreach (var blame in blames)
            Assert.Contains(blame, read);
    }

    public static TheoryData<string, string> NotVictims => new()
    {
        // suspects arrested after an attack: a force's operation
        { "Mali: suspects held", "Police said 14 suspects were arrested by Malian troops after the attack that killed six civilians." },
        // no dead or missing counted, no victims named
        { "Mali: men detained", "Residents said six men were detained by Malian troops near Nara." },
        // attackers killed and taken: the army's fight
        { "Mali : assaillants", "Des habitants affirment que deux assaillants ont été tués et trois autres arrêtés par l'armée malienne." },
        { "Mali : suspects", "Selon des habitants, cinq terroristes présumés ont été interpellés par l'armée malienne, au lendemain de l'attaque qui a fait dix morts." },
        // "taken" with no one missing: the wounded carried to hospital
        { "Mali: wounded", "The Malian army did not comment.\nRelatives said the 6 wounded were taken by soldiers to the hospital in Mopti after the attack that killed 3 civilians." },
    };

    [Theory]
    [MemberData(nameof(NotVictims))]
    public void AnArrestOfSuspectsOrWithNoVictims_BlamesNoOne(string title, string text)
    {
        var read = Read(title, text);
        Assert.DoesNotContain(read, r => r.StartsWith("blamed fama", StringComparison.Ordinal));
    }
}
