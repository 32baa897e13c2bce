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
                _ = ReadClaimCue() || ReadAnnouncedResponsibility() || ReadBehindCue() || ReadNoSaidDeed() || ReadBlameCue() || ReadStructure() || ReadDenyCue();
            ClaimsBesideTheDenial();
            ReadResultsAndOwnDeeds();
            DenialsInOtherWords();
            BlamesNamingNoOne();
            BlamersOfTheSentenceBefore();
            OneClaimPerResult();
            HabitualBlamesDropped();
            return found;
        }

        /// <summary>A claim cue and the group claiming, or the claim's absence when it is negated (<see cref="ReadClaim"/>).</summary>
        private bool ReadClaimCue()
        {
            // "claim" is a cue as the infinitive only ("No group has come forward to claim the attack"), not the noun ("a claim that…").
            if (PhraseMatch.At(words, i, ClaimCues) is { } claim && (claim.Length > 1 || words[i].Text != "claim" || i > 0 && words[i - 1].Text == "to" || PublishedClaim(words, i) || NegatedBareVerb(words, i) || NegatedClaimNoun(words, i))
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

        /// <summary>Session 16, round 34: "أعلنت الجماعة المسؤولية عن", "لم تعلن أي جهة المسؤولية عن" (<see cref="AnnouncedResponsibility"/>).</summary>
        private bool ReadAnnouncedResponsibility()
        {
            if (!AnnouncedResponsibility(sentence, i))
                return false;
            stated = true;
            ReadClaim(sentence, groups, actors, found, i, i, Targeted, Outcomes);
            return true;
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
