using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// What <see cref="ClaimExtractor"/> carries from one sentence of a story to the next: what it has read so far, and
/// what a later sentence's bare words ("selon la même source", "Il", "l'armée", "That is what … said") may stand for.
/// One per story; the title is read first, then the text.
/// </summary>
internal sealed class ClaimReadingState(Lexicon lexicon)
{
    /// <summary>The lexicon the story is read with: actors' names, kinds and parents.</summary>
    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>The story's sources, found with the lexicon's names.</summary>
    public SourceFinder Sources { get; } = new(lexicon.Recognizer);

    // What has been read. A toll's source may still change after its sentence: a later sentence names it ("That is what … said",
    // a closing "(source : …)", the first speaker after figures no one attributed), the lead names the headline's.

    public List<TollClaim> Tolls { get; } = [];

    /// <summary>Where each toll of <see cref="Tolls"/> was read, and whether a source of its own attributed it.</summary>
    public List<TollOrigin> Origins { get; } = [];

    public List<Attribution> Attributions { get; } = [];

    public List<ResponsibilityClaim> Claims { get; } = [];

    /// <summary>
    /// Session 10, round 18: blames read from "the strike" pointing back at a force's own claimed operation
    /// (<see cref="ResponsibilityFinder.OperationBlame"/>); they give way to a blame the story words itself.
    /// </summary>
    public HashSet<ResponsibilityClaim> OperationBlames { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Session 16, round 35: the claims read from the title (<see cref="ResponsibilityFinder.HeadlineForceForItsBranch"/>).</summary>
    public HashSet<ResponsibilityClaim> TitleClaims { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The armed groups the story named: a parent group and its one affiliate named are one group.</summary>
    public HashSet<string> GroupsNamed { get; } = new(StringComparer.Ordinal);

    // Whom later words stand for.

    /// <summary>The armed group named last: what "the group", "ce groupe", "الجماعة نفسها" mean when the sentence names none before.</summary>
    public string? LastGroup { get; set; }

    /// <summary>"المتحدث باسم الجيش" … "ونسب المتحدث": whom a bare spokesman speaks for.</summary>
    public SourceFinder.Mention? LastSpokesman { get; set; }

    /// <summary>The national army named last: what a later "l'armée", "the army" means for responsibility.</summary>
    public string? LastArmy { get; set; }

    /// <summary>The army of the country named last, when no army was named: "Burkina Faso's government … the army".</summary>
    public string? CountryArmy { get; set; }

    /// <summary>The country of the places named, when neither an army nor a country was: "à Dori … l'armée".</summary>
    public string? PlaceArmy { get; set; }

    /// <summary>The army a bare "the army" means in this story: the one named, else the country's, else the places'.</summary>
    public string? StoryArmy => LastArmy ?? CountryArmy ?? PlaceArmy;

    /// <summary>The title's first attribution: the source of the text's figures that no source before them attributed.</summary>
    public Attribution? TitleAttribution { get; set; }

    /// <summary>The last attribution of the block read (the title, then the text): the source of a figure with none of its own.</summary>
    public Attribution? LastAttribution { get; set; }

    /// <summary>The last source named, attributing or not: "Le gouvernement a condamné… Selon le communiqué, …".</summary>
    public Attribution? LastSource { get; set; }

    /// <summary>
    /// The last source a back reference may stand for: as <see cref="LastSource"/>, but where the sentence read an attribution,
    /// a name it read as speaking, never a name inside what was said ("أعلنت الرئاسة في بيان أن … هجوم شنته جماعة بوكو حرام.
    /// وأضاف البيان": not the group).
    /// </summary>
    public Attribution? LastSpeakerSource { get; set; }

    /// <summary>Round 41: the previous sentence's opening speaker, when its verb was not read as saying: whom its pronoun means.</summary>
    public Attribution? UncuedSubject { get; set; }

    /// <summary>The first source the previous sentence named: what "Il", "It" stands for, whom "son porte-parole" speaks for.</summary>
    public Attribution? LastSubject { get; set; }

    /// <summary>The same, its army resolved to a country: whose claim "It says its soldiers killed" is.</summary>
    public SourceFinder.Mention? LastSubjectActor { get; set; }

    /// <summary>The sentence before named the doers or the accused: whom "they deny the charges" may mean.</summary>
    public bool DoersBefore { get; set; }

    /// <summary>The sentence before asked who did it ("Q: Who were these men?"): this one answers.</summary>
    public bool AskedWho { get; set; }

    // Figures waiting for a source named after them.

    /// <summary>
    /// Session 10: the text's figures that no source before them in the text attributed, waiting for the first source named
    /// later in their paragraph ("Deux militaires ont trouvé la mort … Trois autres ont été blessés, a indiqué une source
    /// sécuritaire."): what every writer of the claims set labels so. Indexes into <see cref="Tolls"/>.
    /// </summary>
    public List<int> Waiting { get; } = [];

    /// <summary>The first source the lead (the text's first sentence) names: the source of the headline's figure.</summary>
    public Attribution? LeadAttribution { get; set; }

    // An interview: whom the title names (the interviewee) speaks in the answers ("Entretien – Le maire de Tillia : …",
    // "حوار | وجيه من أندرامبوكان"), from an answer's mark to the next question's.

    public Attribution? Interviewee { get; set; }

    /// <summary>The text is in an answer of the interview (not in a question).</summary>
    public bool Answering { get; set; }

    /// <summary>What the last question blamed on the interviewee's side: the answer's flat "No." denies it.</summary>
    public List<ResponsibilityClaim> AskedBlames { get; set; } = [];

    // A document (a communiqué, a press release, a ministry's bulletin) speaks in its issuer's voice: whom its title names, else
    // the body's "notre organisation", "our company" (session 8).

    public Attribution? Issuer { get; set; }

    /// <summary>The title or the text's first sentence opens on a document.</summary>
    public bool Document { get; set; }

    /// <summary>The title names a source: the body's "our nurses" is then not the issuer.</summary>
    public bool TitleNamed { get; set; }

    // Where the reading is.

    /// <summary>The sentence that opened the current paragraph: how far back "هذا ما أعلنه" reaches.</summary>
    public int LineStart { get; set; }

    /// <summary>The text's sentence being read, from 0 (the lead); the title's sentences are not counted.</summary>
    public int SentenceNo { get; set; } = -1;

    /// <summary>Session 16, round 34: the text of the sentence read just before, whose group's denial a counter-accusation follows.</summary>
    public string? SentenceBefore { get; set; }
}

/// <summary>Where a toll was read (the title, else the text's sentence), and whether its own sentence attributed it (else it took an earlier source).</summary>
internal readonly record struct TollOrigin(bool Title, int Sentence, bool Own);
