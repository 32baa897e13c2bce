using Sahel.Normalize;

namespace Sahel.Diff.Claims;

internal static partial class ResponsibilityFinder
{
    private sealed partial class Walk
    {
        /// <summary>After a denial: the force's own operation told before it or resumed after it, and the other doer the accused blames.</summary>
        private void ClaimsBesideTheDenial()
        {
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
            // Session 15, round 32: "…, saying the air force had neutralised dozens", "…, مؤكدة أن الجيش حيّد": a government or a
            // force telling its force's operation in a participle after its denial claims it too
            else if (denies && readResults && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied)
                && attributions.Exists(a => a.Attribution.Kind is SourceKind.Government or SourceKind.Army)
                && SayingParticipleAfter(sentence, deniedAt) is var saying and >= 0
                && ForceOfItsOwnOperation(words, Tolls().Where(t => t.First > saying).ToList(), mentions.Where(m => m.First > saying).ToList(), attributions, saying) is { } sayingForce)
            {
                found.Add(Claimed(sayingForce.Name!, null, null, sentence.Text));
                // what it denied, harm to civilians that named no doer the reading kept, is the denial of that force's operation
                // (a denial read with no one named gives way to it)
                if (!found.Exists(f => f is { Polarity: ResponsibilityPolarity.Denied, Actor: not null }) && DeniesHarmToCivilians(words, deniedAt, saying)
                    && found.RemoveAll(f => f is { Polarity: ResponsibilityPolarity.Denied, Actor: null }) >= 0)
                    found.Add(new ResponsibilityClaim { Actor = sayingForce.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });
            }
            // Session 8, round 14: "le GSIM rejette toute implication et affirme que ce sont les khawarij de l'EIGS qui ont commis la
            // tuerie": after its denial the accused singles out another doer, and blames it.
            if (denies && readResults && found.Count > 0 && found.TrueForAll(f => f.Polarity == ResponsibilityPolarity.Denied)
                && attributions.FirstOrDefault(a => a.Attribution is { Kind: SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government, Name: not null }) is { } denying)
                found.AddRange(CleftOfOthers(sentence, actors, denying.Attribution, deniedAt));
        }

        /// <summary>The sentence's results and its sayers' own deeds: a group or a force telling what it did claims it.</summary>
        private void ReadResultsAndOwnDeeds()
        {
            // "JNIM says it killed 30 soldiers", "le FLA affirme avoir détruit le convoi", "أعلنت الجبهة استهداف رتل":
            // a group speaking of what it did claims it.
            // "since last year, when its fighters killed more than 70 civilians": another event's results claim nothing for this one.
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
        }

        /// <summary>Denials told in other words: calling the accusation false, no civilian harmed, a group denying its own men.</summary>
        private void DenialsInOtherWords()
        {
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
        }

        /// <summary>Blames told as a noun or as an answer, and who blames when the sentence names no one blaming.</summary>
        private void BlamesNamingNoOne()
        {
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
        }

        /// <summary>A blame with no one blaming, carried over from the speaker of the sentence before.</summary>
        private void BlamersOfTheSentenceBefore()
        {
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
            // Session 16, round 34: "وأوضحت المصادر أن …" (ResponsibilityFinder.SpeakerNamedAgain)
            BlamesOfTheSpeakerNamedAgain(words, attributions, found, previous);
        }

        /// <summary>Claims of joined forces, then one claim per result the sentence claims.</summary>
        private void OneClaimPerResult()
        {
            if (readResults)
                ClaimsOfJoinedForces(words, actors, found);
            // "la colonne a été détruite et des véhicules saisis": one claim per result the sentence claims.
            foreach (var claim in found.ToList())
                if (claim.Polarity == ResponsibilityPolarity.Claimed)
                    found.AddRange(Outcomes().Where(o => o != claim.Outcome && o != "repelled").Select(o => claim with { Outcome = o }));
        }
    }
}
