namespace Sahel.Diff.Claims;

internal static partial class ResponsibilityFinder
{
    private sealed partial class Walk
    {
        /// <summary>The structures read only in a sentence with an actor: membership, holding responsible, the agent, "the work of".</summary>
        private bool ReadStructure()
        {
            // The structures below all need an actor: a sentence without one is not read for them.
            (Structure Value, int Length)? structure = actors.Count == 0 && !IsArrest(words, i) ? null : PhraseMatch.At(words, i, StructureCues);
            if (structure is { Value: Structure.Membership } membership)
                return ReadMembership(membership);
            if (structure is { Value: Structure.Hold } hold)
                return ReadHold(hold);
            if (structure is { Value: Structure.Agent } agent)
                return ReadAgent(agent);
            if (structure is { Value: Structure.Work } work)
                return ReadWork(work);
            return false;
        }

        /// <summary>"the attackers belonged to…", "were ISWAP fighters": the doers' group, a blame by whoever says so.</summary>
        private bool ReadMembership((Structure Value, int Length) membership)
        {
            if ((NamesTheDoers(words, i - 1, membership.Length == 1 && Copulas.Contains(words[i].Text))
                    // Session 11, round 20: "the gunmen spoke Fulfulde and belonged to JNIM": the doers of the verb joined before
                    || !(membership.Length == 1 && Copulas.Contains(words[i].Text)) && DoersOfTheJoinedVerb(sentence, i - 1)
                    // Session 12, round 23: "gunmen who police say belong to JNIM": past the clause of who says so
                    || !Copulas.Contains(words[i].Text) && DoersSaidToBelong(words, i - 1)
                    // "Residents say the drone belonged to the armed forces", "طائرة مسيّرة تابعة للجيش": whose weapon it was, told by others
                    || !Copulas.Contains(words[i].Text) && i > 0 && ForceInstruments.Contains(words[i - 1].Text)
                        && !attributions.Exists(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government or SourceKind.ArmedGroup))
                // the nominal sentence, not a clash with the group's men ("اشتبكت مع عناصر من جماعة بوكو حرام": the army's own fight)
                && (words[i].Text != "من" || i < 2 || words[i - 2].Text is not ("مع" or "ضد" or "بين" or "عن" or "على"))
                // Session 10, round 19: the men a force killed or captured, counted ("قالت القوة … إن قواتها قتلت خمسة مقاتلين من بوكو
                // حرام"): the victims' group, not the doers (with no force before, "قتل خمسون مقاتلا من" may be the doers, unvocalised)
                // Session 16, round 33: or a group its foe's men ("أعلنت الجبهة أن مقاتليها قتلوا ثلاثة عناصر من فاغنر"): the group
                // named before the count is the doer, the force after "من" whose men died
                && !(words[i].Text == "من" && Tolls().Exists(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Victims == "attackers" && t.First < i && i - 1 - t.Last is >= 0 and <= 1
                    && mentions.Exists(m => m is { Kind: SourceKind.Army or SourceKind.ArmedGroup, Name: not null } && m.Last < t.First)))
                // and men with no count, the object of a killing noun ("مقتل عناصر من فاغنر") or joined by "and" to the victims of a
                // killing before ("قتلت العشرات من الجنود وعناصر من فاغنر")
                && !(words[i].Text == "من" && KilledMenOf(i - 1))
                && actors.FirstOrDefault(m => m.First > i + membership.Length - 1 && m.First - (i + membership.Length - 1) <= (i + membership.Length < words.Count && CopulaHedges.Contains(words[i + membership.Length].Text) ? 6 : 5)
                    // after a bare copula only articles and "fighters": "were ISWAP fighters", "étaient des combattants de l'EIGS", not "were killed in clashes between JNIM and"
                    && (!Copulas.Contains(words[i].Text) || Enumerable.Range(i + 1, m.First - i - 1).All(k => CleftArticles.Contains(words[k].Text) || FightersWords.Contains(words[k].Text) || words[k].Text is "a" or "an" or "of" or "من" || CopulaHedges.Contains(words[k].Text)))) is { } member)
            {
                // "the attackers belonged to Katiba Macina", "les assaillants appartenaient à l'EIGS", "المهاجمين ينتمون إلى": a blame by whoever says so.
                stated = true;
                var said = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != member.Name)?.Attribution;
                // Session 14, round 28: every actor joined to the group ("يُعتقد أنهم من الجيش المالي ومجموعة فاغنر", "belonged to JNIM
                // and Ansarul Islam"), as the agent of a passive already was
                found.AddRange(Coordinated(words, actors, member).Where(m => m.Name != said?.Name).Select(m => BlameOf(m, said, sentence)));
                i += membership.Length - 1;
                return true;
            }
            return false;
        }

        /// <summary>
        /// Session 16, round 33: the Arabic men word at <paramref name="men"/> ("عناصر", "وعناصر") as victims: right after the verbal noun
        /// of killing ("مقتل", "بمقتل") or joined by "و" to a count of the killed or taken just before it. Not after a verb, whose
        /// subject may follow it ("قتل عناصر من بوكو حرام ثلاثة مدنيين").
        /// </summary>
        private bool KilledMenOf(int men)
        {
            if (men < 1 || !ArabicScript.Starts(words[men].Text))
                return false;
            var joined = words[men].Text.StartsWith('و') && FightersWords.Contains(words[men].Text[1..]);
            if (!joined && !FightersWords.Contains(words[men].Text))
                return false;
            var k = men - 1;
            if (!joined && words[k].Text is "مقتل" or "ومقتل" or "بمقتل")
                return true;
            if (!joined && words[k].Text == "و")
            {
                joined = true;
                k--;
            }
            return joined && Tolls().Exists(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Last <= k && k - t.Last <= 2);
        }

        /// <summary>"holds … responsible", "tient … pour responsable": who is held responsible, by whom.</summary>
        private bool ReadHold((Structure Value, int Length) hold)
        {
            // "has not publicly named the group it holds responsible": a negated naming blames no one.
            if (!Negated(sentence, i) && HeldResponsible(sentence, mentions, attributions, actors, i, i + hold.Length - 1, previousSubject ?? previous) is { Count: > 0 } held)
            {
                stated = true;
                found.AddRange(held);
                i += hold.Length - 1;
                return true;
            }
            return false;
        }

        /// <summary>"carried out by", "perpetrated by": the agent of the attack (<see cref="Agent"/>).</summary>
        private bool ReadAgent((Structure Value, int Length) agent)
        {
            if (ArrestOfVictims(sentence, Tolls(), i) && Agent(sentence, attributions, WithSoldiersBesideAMilitia(sentence, Tolls(), ArrestAgents(sentence, Tolls(), actors, storyArmy, i), storyArmy), i, i + agent.Length - 1) is { Count: > 0 } perpetrated)
            {
                stated = true;
                found.AddRange(perpetrated);
                i += agent.Length - 1;
                return true;
            }
            return false;
        }

        /// <summary>"the work of", "l'œuvre de": the group whose work the attack was, a blame by whoever tells it.</summary>
        private bool ReadWork((Structure Value, int Length) work)
        {
            if (((words[i].Text is "il" or "الامر" or "يتعلق" ? null : actors.FirstOrDefault(m => m.First > i + work.Length - 1 && m.First - (i + work.Length - 1) <= 4))
                    ?? PastFillers(words, actors, i + work.Length)) is { } worker
                && (attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != worker.Name)?.Attribution
                    // Session 11, round 20: "« Ces actes sont l'œuvre du JNIM », a-t-il répondu": the pronoun after the quote tells
                    // it, for the subject before (read after the loop); no one else
                    ?? (PronounSpeaksLater(sentence) ? Attribution.None : null)) is { } teller)
            {
                stated = true;
                found.Add(BlameOf(worker, teller.Kind == SourceKind.Unattributed ? null : teller, sentence));
                i += work.Length - 1;
                return true;
            }
            return false;
        }

        /// <summary>A denial cue: what is denied and by whom (<see cref="ReadDenial"/>), remembering where the first denial is.</summary>
        private bool ReadDenyCue()
        {
            if (PhraseMatch.At(words, i, DenyCues) is { } deny)
            {
                var last = i + deny.Length - 1;
                // What is denied may be a whole clause: "نفت … أن تكون غارتها الجوية على سوق قرب نيونو قد أصابت مدنيين".
                denies = true;
                deniedAt = deniedAt < 0 ? i : deniedAt;
                stated |= ReadDenial(sentence, mentions, attributions, actors, found, i, last, Tolls, doersBefore, previousSubject ?? previous);
                i = last;
                return true;
            }
            return false;
        }
    }
}
