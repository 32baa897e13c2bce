using Sahel.Normalize;

namespace Sahel.Diff.Claims;

internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// One reading of a sentence by <see cref="FindAll"/>: what the walk over its words shares (the sentence, its actors,
    /// what was found so far, where the first denial and blame are), read by one step after another.
    /// </summary>
    private sealed partial class Walk(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Func<string, string> actorName, Func<List<TollFinder.Found>>? figures, bool readResults, Attribution? previous, Attribution? previousSubject, Attribution? previousLast, bool doersBefore, bool answersWho, string? storyArmy)
    {
        private readonly IReadOnlyList<ClaimWord> words = sentence.Words;

        // What was targeted and what the claimant says it did matter only in a sentence that claims: read them then.
        private string? target;
        private List<string>? outcomes;
        private bool targetRead;
        private List<TollFinder.Found>? tolls;
        private readonly List<ResponsibilityClaim> found = [];
        private readonly List<SourceFinder.Mention> groups = mentions.Where(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null).ToList();
        private readonly List<SourceFinder.Mention> actors = mentions.Where(m => m.Name is not null).ToList();
        private int i; // the word the walk is at; a step that reads a statement moves it to the statement's last word
        private bool stated;
        // A sentence whose verb is a denial claims nothing by its results ("نفت الجماعة أي علاقة لها بانفجار … أسفر عن مقتل").
        private bool denies;
        private int deniedAt = -1; // where the first denial is: a force's operation told before it is still claimed
        private int blamedAt = -1; // where the first blame cue is: a group's own deed told after it is still its claim

        /// <summary>What the sentence says was targeted, read once.</summary>
        private string? Targeted()
        {
            if (!targetRead)
                (target, targetRead) = (Target(words, mentions, actorName), true);
            return target;
        }

        /// <summary>What the claimant says it did, read once.</summary>
        private List<string> Outcomes() => outcomes ??= ReadOutcomes(words);

        // Session 11, round 20: "killed seven of them" after "the attackers" counts attackers here, whatever the toll's victims.
        /// <summary>The sentence's tolls, read once.</summary>
        private List<TollFinder.Found> Tolls() => tolls ??= WithBackReferredAttackers(words, mentions, figures?.Invoke() ?? TollFinder.Find(sentence),
            attributions.Exists(a => a.Attribution.Kind == SourceKind.ArmedGroup));

        /// <summary>Reads every statement of the sentence, word by word and then for the sentence as a whole.</summary>
        public List<ResponsibilityClaim> Run()
        {
            // At each word the first statement that reads it wins, in this order (the order matters), and may move past its cue.
            for (i = 0; i < words.Count; i++)
                _ = ReadClaimCue() || ReadBehindCue() || ReadNoSaidDeed() || ReadBlameCue() || ReadStructure() || ReadDenyCue();

            // "JNIM says it killed 30 soldiers", "le FLA affirme avoir détruit le convoi", "أعلنت الجبهة استهداف رتل":
            // a group speaking of what it did claims it.
            // "since last year, when its fighters killed more than 70 civilians": another event's results claim nothing for this one.
            // "The army said its air strikes had killed about 70 terrorists, and denied reports that a wedding had been hit":
            // the force's own operation, told before its denial, is still its claim.
            if (denies && readResults && deniedAt > 0 && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied) && attributions.All(a => a.Attribution.Kind != SourceKind.ArmedGroup)
                && ForceOfItsOwnOperation(words, Tolls().Where(t => t.Last < deniedAt).ToList(), mentions, attributions) is { } denyingForce)
                found.Add(Claimed(denyingForce.Name!, null, null, sentence.Text));
            // Session 8: "L'état-major dément toute perte et assure que ses aéronefs ont frappé…, tuant une dizaine de combattants":
            // a statement joined after the denial with its own verb of saying is the force's own account again.
            else if (denies && readResults && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied) && attributions.All(a => a.Attribution.Kind != SourceKind.ArmedGroup)
                && ResumedStatement(sentence, deniedAt) is var resumed and >= 0
                && ForceOfItsOwnOperation(words, Tolls().Where(t => t.First > resumed).ToList(), mentions, attributions, resumed) is { } resumingForce)
                found.Add(Claimed(resumingForce.Name!, null, null, sentence.Text));
            // Session 8, round 14: "le GSIM rejette toute implication et affirme que ce sont les khawarij de l'EIGS qui ont commis la
            // tuerie": after its denial the accused singles out another doer, and blames it.
            if (denies && readResults && found.Count > 0 && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied)
                && attributions.FirstOrDefault(a => a.Attribution is { Kind: SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government, Name: not null }) is { } denying)
                found.AddRange(CleftOfOthers(sentence, actors, denying.Attribution, deniedAt));
            if (!stated && !denies && readResults)
                ReadResults(sentence, mentions, attributions, actors, found, Tolls, Targeted, Outcomes, storyArmy, previous);
            // Session 12, round 23: "JNIM denied attacking traders and said it had killed six informants": a group saying it killed
            // claims it, with or without a figure, beside its own denial too.
            if (readResults && GroupSaysItDid(sentence, mentions, attributions, found, Tolls) is { } sayer
                && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed && f.Actor == sayer))
                found.Add(Claimed(sayer, Targeted(), Outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
            // Session 10, round 19: "ISWAP accused Boko Haram of attacking its positions and said its fighters had killed 33 of them":
            // a group's own deed, told in a statement resumed after its blame of a rival, is its claim.
            if (readResults && !denies && blamedAt >= 0 && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed)
                && OwnDeedAfterBlame(sentence, mentions, found, blamedAt, Tolls) is { } deed)
                found.Add(Claimed(deed, null, null, sentence.Text));
            // Session 11, round 20: "The army said its troops had pursued the attackers, believed to be ISWAP fighters, and killed seven
            // of them": a force naming whom it fought (a blame by the force) still tells of its own operation, and claims it.
            // Session 13, round 25: also when the blame names no one the story knows ("and accused Libyan-based groups of harbouring
            // them", "et accuse des complices"): the force's own operation told before it is still its claim.
            if (stated && readResults && !denies && (found.Count > 0 || blamedAt >= 0) && found.TrueForAll(f => f is { Polarity: ResponsibilityPolarity.Blamed, By.Kind: SourceKind.Army or SourceKind.Government })
                && ForceOfItsOwnOperation(words, Tolls(), mentions, attributions, storyArmy: storyArmy, previous: previous) is { } fighting && !found.Exists(f => f.Actor == fighting.Name))
                found.Add(Claimed(fighting.Name!, Targeted(), Outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
            // Session 11, round 20: "ISWAP claimed the attack, while the army said its troops had killed 12 terrorists": the force's own
            // operation in the clause after a group's claim is its claim too.
            if (readResults && !denies && found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed) && ForceAfterAClaim(sentence, Tolls(), mentions, attributions, storyArmy) is { } answering
                && !found.Exists(f => f.Actor == answering.Name))
                found.Add(Claimed(answering.Name!, null, null, sentence.Text));
            // Session 10, round 19: "The army said its drone had destroyed a terrorist base": a force's own operation told with no
            // figure is its claim too, beside an accuser's clause or its own denial of harm to civilians.
            if (readResults && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed)
                && ForceOfItsFigurelessOperation(sentence, Tolls, mentions, attributions, storyArmy) is { } own)
                found.Add(Claimed(own.Name!, Targeted(), Outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
            // "The army called the accusations baseless", "L'armée a qualifié ces accusations de mensongères", "ووصف الجيش هذه
            // الاتهامات بأنها باطلة": the accused calling the accusation false denies it.
            if (!denies && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied) && Falsified(sentence, mentions) is { } falsified)
                found.Add(falsified);
            if (!denies && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Denied) && NoCivilianHarmed(sentence, attributions) is { } harmless)
                found.Add(harmless);
            if (!stated && !denies && found.Count == 0
                && attributions.FirstOrDefault(a => a.Attribution is { Kind: SourceKind.ArmedGroup, Name: not null }) is { } denier && OwnMenDenied(words))
                // Only a group named in the sentence: "the group said" may stand for another group than the last one named.
                if (mentions.Exists(m => m.Kind == SourceKind.ArmedGroup && m.Name == denier.Attribution.Name && !GenericGroups.Contains(TextNormalizer.Normalize(sentence.Quote(m.First, m.Last)))))
                    found.Add(new ResponsibilityClaim { Actor = denier.Attribution.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });

            // "« Je tiens le JNIM pour responsable », a ajouté le chef", "Residents believe the kidnappers were ISWAP fighters": a
            // blame naming no one blaming is the sentence's speaker's, or the believer's.
            // "les accusations du gouvernement contre le FLA", "the army's accusation that ISWAP…": a blame told as a noun.
            if (!denies && found.Count == 0 && NominalBlame(sentence, mentions, actors) is { } nominal)
                found.Add(nominal);
            if (answersWho && !found.Exists(f => f.Polarity is ResponsibilityPolarity.Blamed or ResponsibilityPolarity.Claimed) && Answer(sentence, actors, attributions) is { } answer)
                found.Add(answer);
            AnaphoricBlamer(sentence, found, previousSubject ?? previous);
            CourtAsBlamer(sentence, actors, found);
            SpeakerOfUnnamedBlames(sentence, mentions, attributions, found);
            // "He said the abductors were Lakurawa fighters", "It said …", "وأضاف أن المهاجمين …": a speaker left as a pronoun (or
            // carried by an Arabic verb of saying) is the subject of the sentence before; a blame with no one blaming is theirs.
            // The pronoun is the subject's, not the last name of the sentence before ("Le chef de canton a reçu notre correspondant.
            // Il affirme …" is the chief's word).
            bool Unnamed(ResponsibilityClaim f) => f.Polarity == ResponsibilityPolarity.Blamed
                && (f.By is null || f.By.Kind == SourceKind.Media && attributions.Exists(a => a.Back && ReferenceEquals(a.Attribution, f.By)));
            if (previousSubject is { Kind: not (SourceKind.Unattributed or SourceKind.Media) } && found.Exists(Unnamed)
                // Session 11, round 20: or one that speaks after its words ("…, dit-il", "…, one of them said"), not for a group (whose
                // own name the blame may carry under another of its names)
                && (SpeakerLeftImplicit(words) || previousSubject.Kind != SourceKind.ArmedGroup && PronounSpeaksLater(sentence)))
                for (var k = 0; k < found.Count; k++)
                    if (Unnamed(found[k]) && found[k].Actor != previousSubject.Name)
                        found[k] = found[k] with { By = previousSubject };
            // "حسب مصدر أمني … ونقلت الإذاعة عن المصدر قوله إن …", "…, and he holds that group responsible": a sentence that reports
            // speech without naming its speaker (only the medium relaying it, or a pronoun) goes on with the speaker of the
            // sentence before. Not the writer's own voice ("Nous tenons …", "Everyone knows …"): that names no one.
            // The medium itself is no speaker when the sentence says it relays someone ("نقلت الإذاعة عن المصدر").
            var relays = words.Any(w => RelayOrPronoun.Contains(w.Text));
            bool Relayed(ResponsibilityClaim f) => f.Polarity == ResponsibilityPolarity.Blamed && (f.By is null || relays && f.By.Kind == SourceKind.Media);
            if (previous is { Kind: not (SourceKind.Unattributed or SourceKind.Media or SourceKind.ArmedGroup) } && found.Exists(Relayed)
                && attributions.TrueForAll(a => a.Attribution.Kind is SourceKind.Media or SourceKind.Unattributed)
                && (attributions.Exists(a => a.Attribution.Kind == SourceKind.Media) || relays))
                for (var k = 0; k < found.Count; k++)
                    if (Relayed(found[k]) && found[k].Actor != previous.Name)
                        found[k] = found[k] with { By = previous };

            if (readResults)
                ClaimsOfJoinedForces(words, actors, found);
            // "la colonne a été détruite et des véhicules saisis": one claim per result the sentence claims.
            foreach (var claim in found.ToList())
                if (claim.Polarity == ResponsibilityPolarity.Claimed)
                    found.AddRange(Outcomes().Where(o => o != claim.Outcome && o != "repelled").Select(o => claim with { Outcome = o }));
            return found;
        }

        /// <summary>A claim cue and the group claiming, or the claim's absence when it is negated (<see cref="ReadClaim"/>).</summary>
        private bool ReadClaimCue()
        {
            // "claim" is a cue as the infinitive only ("No group has come forward to claim the attack"), not the noun ("a claim that…").
            if (PhraseMatch.At(words, i, ClaimCues) is { } claim && (claim.Length > 1 || words[i].Text != "claim" || i > 0 && words[i - 1].Text == "to" || PublishedClaim(words, i) || NegatedBareVerb(words, i))
                // "the attack claimed the lives of 20 soldiers": a toll, not a claim
                && !(claim.Length == 1 && i + 1 < words.Count && (words[i + 1].Text == "lives" || i + 2 < words.Count && words[i + 1].Text == "the" && words[i + 2].Text == "lives"))
                && !(i > 0 && Pluperfect.Contains(words[i - 1].Text) && !Negated(sentence, i) && !(ThisDeedClaimed(words, i + claim.Length) && !SaidWrongly(words, i))))
            {
                // "JNIM has claimed previous attacks in the area", "a revendiqué en 2025 plus de 300 attaques": other events' claims.
                if (!Negated(sentence, i) && ClaimOfOtherEvents(words, i, i + claim.Length - 1))
                {
                    stated = true;
                    i += claim.Length - 1;
                    return true;
                }
                stated = true;
                var last = i + claim.Length - 1;
                ReadClaim(sentence, groups, actors, found, i, last, Targeted, Outcomes);
                i = last;
                return true;
            }
            return false;
        }

        /// <summary>"was behind", "est derrière", "تقف وراء": the claimed, unclaimed or blamed doer of the attack.</summary>
        private bool ReadBehindCue()
        {
            // "the kidnappers were suspected ISWAP fighters", "is suspected by the authorities": the suspects named after, or the
            // suspicion's agent, are read by the membership and blame cues, not as the suspects named before.
            if (PhraseMatch.At(words, i, BehindCues) is { } behind
                && !(words[i + behind.Length - 1].Text == "suspected" && (!actors.Exists(m => m.Last < i && i - m.Last <= 3) || i + behind.Length < words.Count && words[i + behind.Length].Text is "by" or "of")))
            {
                stated = true;
                var last = i + behind.Length - 1;
                // "ISSP fighters were behind the raid, the governor added": reported speech names its speaker after.
                var said = attributions.LastOrDefault(a => a.Last < i && a.Attribution.Kind != SourceKind.ArmedGroup)?.Attribution
                    ?? attributions.FirstOrDefault(a => a.First > i && a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed))?.Attribution;
                // "No one has said it was behind the attack": no claim; "the group says it was behind the kidnapping": its claim.
                // "من دون أن تحدد الجهة التي تقف وراء الكمين", "without saying who was behind it": a speaker naming no one, not
                // the absence of a claim.
                if (Negated(sentence, i) && WithoutNaming(words, i))
                {
                }
                else if (Negated(sentence, i))
                    found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
                else if ((i > 0 && SpeakerPronouns.Contains(words[i - 1].Text) || words[i].Text == "etre") && !(denies && (words[i].Text == "etre" || i - deniedAt <= 8))
                    && attributions.LastOrDefault(a => a.Last < i && a.Attribution is { Kind: SourceKind.ArmedGroup, Name: not null }) is { } speaker)
                    found.Add(Claimed(speaker.Attribution.Name!, Targeted(), Outcomes().FirstOrDefault(), sentence.Text));
                // "وتتهم ولاية الساحل بالوقوف وراءه", "accuses ISSP of being behind it": the blame verb already said it; "denied it
                // was responsible", "nie être derrière", "نفت … وقوفها وراء الهجوم": what a denial denies is no blame.
                // Session 9, round 15: past the group's men and an aside ("les mercenaires du FACT, venus de Libye, étaient responsables")
                else if (actors.LastOrDefault(m => m.Last < i && (i - m.Last <= 3 || VerbAfterGroup(sentence, m) == i)) is { } behindActor
                    && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.Actor == behindActor.Name) && !(denies && i - deniedAt <= 8))
                    // Session 12, round 23: "ISSP and JNIM were responsible": each actor of the joined subject
                    foreach (var doer in JoinedSubject(words, actors, behindActor).Where(d => !found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed && f.Actor == d.Name)))
                        found.Add(new ResponsibilityClaim { Actor = doer.Name, Polarity = ResponsibilityPolarity.Blamed, By = said, Attackers = doer.Name, Text = sentence.Text });
                i = last;
                return true;
            }
            return false;
        }

        /// <summary>"no group has said it carried out…": a negated saying of the deed, the claim's absence.</summary>
        private bool ReadNoSaidDeed()
        {
            if (SaidDeedLength(words, i) is var saidDeed and > 0 && Negated(sentence, i - 1))
            {
                // "no group has said it carried out the kidnapping", "aucun groupe n'a dit l'avoir mené": the claim's absence.
                stated = true;
                found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
                i += saidDeed - 1;
                return true;
            }
            return false;
        }

        /// <summary>A blame cue: a group crediting itself claims, anyone else blames (<see cref="Blame"/>).</summary>
        private bool ReadBlameCue()
        {
            if (PhraseMatch.At(words, i, BlameCues) is { } blame && !AuthorOfDocument(words, i, blame.Length) && !SignDenied(words, i, blame.Length)
                && DesignationNamesTheGroup(sentence, actors, i, blame.Length) && (!PluralParticiples.Contains(words[i].Text) || sentence.CommaBefore(i)))
            {
                stated = true;
                blamedAt = blamedAt < 0 ? i : blamedAt;
                var last = i + blame.Length - 1;
                // "le JNIM s'attribue l'assaut", "se sont attribué": a group crediting itself claims.
                // Session 10, round 19: "نسبت الجماعة الهجوم إلى مقاتليها", "attributed the raid to its own fighters": the same.
                if ((Reflexive(words, i) || ToItsOwnMen(words, last)) && Claimant(words, groups, i, last) is { } self)
                    found.Add(Claimed(self.Name!, Targeted(), Outcomes().FirstOrDefault(), sentence.Text));
                else
                    found.AddRange(Blame(sentence, mentions, attributions, actors, i, last, previous, previousSubject ?? previous, previousLast));
                i = last;
                return true;
            }
            return false;
        }
    }
}
