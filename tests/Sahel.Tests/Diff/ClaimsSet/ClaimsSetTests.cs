using System.Globalization;
using Sahel.Diff.Claims.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Diff.ClaimsSet;

/// <summary>
/// The claims extractor on Fixtures/ClaimsSet, a labelled set written for the project with a held-back test split.
/// Prints the figures per language and claim kind and every miss by class; fails when a change makes a split worse
/// than its floors, which sit just under what the extractor achieves. The dev split is what rules are tuned on;
/// the test split is the judge, and its misses are never fixed by widening a vocabulary.
/// </summary>
public sealed class ClaimsSetTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, Floors> FloorsBySplit = new(StringComparer.Ordinal)
    {
        // Session 6: fresh3 joined dev (dev 93.4 / 96.1 / 89.2 -> 89.1 / 92.8 / 85.8); after rounds 9 and 10 92.2 / 95.1 / 87.7.
        // Session 7: fresh4 joined dev (92.2 / 95.1 / 87.7 -> 90.0 / 93.0 / 86.3).
        // Session 7, rounds 11 and 12: 90.0 / 93.0 / 86.3 -> 93.8 / 96.9 / 88.7.
        // Session 8: fresh5 joined dev (93.8 / 96.9 / 88.7 -> 90.0 / 93.9 / 85.5).
        // Session 8, round 13: 90.0 / 93.9 / 85.5 -> 95.5 / 97.9 / 88.1; dev8 joined (-> 92.7 / 96.1 / 84.9);
        // round 14: 92.7 / 96.1 / 85.3.
        // Session 9: fresh6 joined dev (92.7 / 96.1 / 85.3 -> 90.4 / 93.7 / 83.5).
        // Session 9, rounds 15 and 16: 93.9 / 96.0 / 86.6; dev9 joined (-> 91.7 / 94.1 / 84.7).
        // Session 10: fresh7 joined dev (91.7 / 94.2 / 84.7 -> 90.3 / 93.1 / 83.5).
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): 93.2 / 95.1 / 87.8.
        // Session 11: fresh8 joined dev (93.2 / 95.1 / 87.8 -> 91.8 / 94.1 / 87.1); dev10 joined (-> 89.8 / 92.4 / 86.3).
        // Session 11 (rounds 20 to 22): 92.4 / 94.8 / 87.9; dev11 joined (-> 90.3 / 93.3 / 87.4).
        // Session 12 (round 23): 91.7 / 94.6 / 88.4; dev12 joined (-> 90.9 / 94.0 / 87.9); round 24: 91.7 / 94.7 / 88.5.
        // Session 13: dev13 and dev14 joined (91.7 / 94.7 / 88.5 -> 90.4 / 93.5 / 87.9); round 25: 91.0 / 94.2 / 88.8; round 26: 91.5 / 94.4 / 88.8.
        // Session 14: dev15 and dev16 joined (91.5 / 94.4 / 88.8 -> 90.5 / 93.7 / 88.6).
        // Session 14, rounds 27 to 29 (dev15 and dev16 tuned in rounds 28 and 29): 91.5 / 94.6 / 89.6.
        // Session 15: dev17 and dev18 joined (91.5 / 94.6 / 89.6 -> 91.0 / 93.9 / 89.1); dev19 and dev20 (-> 89.7 / 92.8 / 88.5).
        // Session 15, rounds 30 to 32 (dev17 to dev20 tuned in rounds 31 and 32): 90.9 / 94.0 / 89.5.
        // Session 16: dev21 to dev23 joined (90.9 / 94.0 / 89.5 -> 90.2 / 93.4 / 89.2).
        // Session 16 (rounds 33 to 35; dev21 to dev23 tuned in rounds 34 and 35): 90.9 / 94.1 / 89.5.
        // Session 17: dev24 to dev26 joined (90.9 / 94.1 / 89.5 -> 90.4 / 93.6 / 89.1).
        // Session 17 (rounds 36 to 38; tuned on in rounds 36 and 38, and dev24 to dev26 in 37 and 38): 91.1 / 94.0 / 89.4
        // Session 18: dev27 and dev28 joined (91.1 / 94.0 / 89.4 -> 90.8 / 93.9 / 88.9).
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 91.5 / 94.4 / 89.3
        // Session 18, the compound-tense denial fix: 91.5 / 94.4 / 89.4
        // Session 19: dev29 and dev30 joined (91.5 / 94.4 / 89.4 -> 91.4 / 94.2 / 88.9).
        // Session 19 (rounds 42 to 44; the older writers tuned in rounds 42 and 44, dev29 and dev30 in 43): 92.0 / 94.7 / 89.6
        ["dev"] = new(TollRecall: 0.917, TollPrecision: 0.944, ResponsibilityRecall: 0.894),
        // Session 5's responsibility round cost the test split two statements (88.6 % -> 84.1 %); its tolls round
        // gained three tolls (83.3 % -> 85.6 %). Scored at merge, summary lines only.
        // Session 5's precision round: precision 86.9 -> 88.2 %, value and source 85.6 -> 84.8 % (one toll): floor set just under.
        // Session 6's rounds 9 and 10: 84.8 / 88.2 / 84.1 -> 86.4 / 89.8 / 86.4.
        // Session 7, rounds 11 and 12: 86.4 / 89.8 / 86.4 -> 87.1 / 90.6 / 86.4.
        // Session 8, round 13: 87.1 / 90.6 / 86.4 -> 88.6 / 91.4 / 86.4.
        // Session 9, rounds 15 and 16: 90.2 / 91.5 / 86.4.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): 91.7 / 93.1 / 88.6 (the scorer alone: 38 -> 39 statements).
        // Session 11 (rounds 20 to 22; scored at merge, summary lines only): 92.4 / 93.8 / 88.6.
        // Session 12 (rounds 23 and 24; scored at merge, summary lines only): 93.2 / 93.9 / 90.9.
        // Session 13 (rounds 25 and 26): 93.9 / 94.7 / 90.9.
        // Session 14 (rounds 27 to 29; scored at merge, summary lines only): 94.7 / 96.9 / 93.2.
        // Session 16 (rounds 33 to 35; never tuned on): 94.7 / 96.9 / 93.2; floor a point under, so that a helper's full run does not learn of one held-out toll.
        ["test"] = new(TollRecall: 0.937, TollPrecision: 0.959, ResponsibilityRecall: 0.922),
        // Fixtures/ClaimsSet/fresh: written by another hand after the first set, held out in sessions 2 and 3 (its last
        // unseen figure: 82.0 / 85.8 / 71.6), folded into dev in session 4 and tuned on from then. Still scored apart.
        // Session 7: 96.6 / 99.5 / 90.8.
        // Session 8: 97.6 / 99.5 / 90.8.
        // Session 9: 98.1 / 99.5 / 93.6.
        // Session 17 (rounds 36 to 38; tuned on): 99.0 / 99.5 / 99.1
        ["fresh"] = new(TollRecall: 0.988, TollPrecision: 0.990, ResponsibilityRecall: 0.930),
        // Fixtures/ClaimsSet/fresh2: a third hand, session 3, held out in sessions 3 and 4 (its last unseen figure:
        // 70.1 / 74.4 / 72.1), folded into dev in session 5 and tuned on from then. Still scored apart.
        // Session 7: 93.8 / 95.2 / 85.6.
        // Session 8: 95.7 / 97.1 / 85.6.
        // Session 9: 95.7 / 97.1 / 85.6.
        // Session 17 (rounds 36 to 38; tuned on): 95.7 / 96.7 / 88.6
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 95.7 / 96.7 / 89.5
        ["fresh2"] = new(TollRecall: 0.955, TollPrecision: 0.965, ResponsibilityRecall: 0.893),
        // Fixtures/ClaimsSet/fresh3: a fourth hand, session 4, held out in sessions 4 and 5 (on arrival 57.4 / 65.3 / 58.1,
        // its last unseen figure 67.3 / 75.0 / 63.8), folded into dev in session 6 and tuned on from then. Still scored apart.
        // Session 7: 84.8 / 92.6 / 75.2.
        // Session 8, round 13 (tolls missed): 87.4 / 91.1 / 75.2 — six more tolls right, five more read with the source left
        // wrong (a radio transcript's speakers, a press review, an interview): toll precision floor set just under.
        // Session 8: 88.3 / 92.1 / 75.2.
        // Session 9: 91.0 / 94.4 / 79.0.
        // Session 17 (rounds 36 to 38; tuned on): 93.3 / 96.3 / 84.9
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 93.7 / 96.8 / 85.8
        ["fresh3"] = new(TollRecall: 0.935, TollPrecision: 0.965, ResponsibilityRecall: 0.856),
        // Fixtures/ClaimsSet/fresh4: a fifth hand, session 5, held out in sessions 5 and 6 (its last unseen figure:
        // 73.6 / 77.5 / 75.9), folded into dev in session 7 and tuned on from then. Still scored apart.
        // On arrival, before session 5's rules: 68.7 / 73.1 / 70.5; after them 73.1 / 75.6 / 73.2.
        // Session 5's precision round: 72.5 / 76.3 / 73.2 (one toll fewer, precision up): toll floor set just under.
        // Session 6's rounds 9 and 10: 73.6 / 77.5 / 75.9.
        // Session 7 (tuned on from now): 89.6 / 93.7 / 80.4.
        // Session 8: 96.7 / 97.8 / 82.1.
        // Session 9: 98.4 / 98.4 / 83.9.
        ["fresh4"] = new(TollRecall: 0.98, TollPrecision: 0.98, ResponsibilityRecall: 0.83),
        // Fixtures/ClaimsSet/fresh5: a sixth hand, session 6, held out in sessions 6 and 7 (its last unseen figure:
        // 67.3 / 74.9 / 67.1), folded into dev in session 8 and tuned on from then. Still scored apart.
        // On arrival, before session 6's rules: 60.7 / 67.8 / 62.7; after them 61.5 / 68.1 / 63.3.
        // Session 7, rounds 11 and 12 (never tuned on): 67.3 / 74.9 / 67.1.
        // Session 8 (tuned on from now): 91.8 / 99.2 / 82.9.
        // Session 9, round 16: 92.2 / 98.8: fr-j012's "le nombre de militaires blessés est de 11" is read now, with a wrong
        // source (a source cell, another helper's); precision floor set just under.
        // Session 9: 92.2 / 98.8 / 84.8.
        // Session 17 (rounds 36 to 38; tuned on): 94.2 / 98.4 / 92.4
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 94.2 / 98.4 / 93.7
        ["fresh5"] = new(TollRecall: 0.940, TollPrecision: 0.982, ResponsibilityRecall: 0.934),
        // Fixtures/ClaimsSet/fresh6: a seventh hand, session 7, held out in sessions 7 and 8 (its last unseen figure:
        // 75.7 / 79.1 / 70.8), folded into dev in session 9 and tuned on from then. Still scored apart.
        // On arrival, before session 7's rules: 67.4 / 72.5 / 68.5.
        // Session 7, rounds 11 and 12 (never tuned on): 70.2 / 74.8 / 70.8.
        // Session 8, round 13 (never tuned on): 75.7 / 79.1 / 70.8.
        // Session 9, rounds 15 and 16 (tuned on from now): 88.3 / 90.0 / 83.1.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): 88.3 / 90.3 / 84.8.
        // Session 17 (rounds 36 to 38; tuned on): 89.5 / 90.7 / 87.1
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 90.8 / 91.9 / 87.1
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 91.1 / 92.2 / 87.6
        ["fresh6"] = new(TollRecall: 0.908, TollPrecision: 0.920, ResponsibilityRecall: 0.874),
        // Fixtures/ClaimsSet/fresh7: an eighth hand, session 8, held out in sessions 8 and 9 (its last unseen figure:
        // 75.9 / 81.5 / 71.5), folded into dev in session 10 and tuned on from then. Still scored apart.
        // On arrival, before session 8's rules: 70.7 / 77.7 / 69.5.
        // Session 8, round 13 (never tuned on): 73.7 / 80.7 / 69.5.
        // Session 9, rounds 15 and 16 (never tuned on): 75.9 / 81.5 / 71.5.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): (tuned on) 90.5 / 92.1 / 86.8.
        // Session 11 (rounds 20 to 22): 91.4 / 93.4 / 86.8.
        // Session 17 (rounds 36 to 38; tuned on): 94.0 / 95.2 / 90.1
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 95.3 / 96.5 / 90.1
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 95.7 / 96.9 / 90.1
        ["fresh7"] = new(TollRecall: 0.954, TollPrecision: 0.967, ResponsibilityRecall: 0.898),
        // Fixtures/ClaimsSet/dev8: a ninth hand, session 8, written blind as development data heavy on responsibility, in
        // dev from its arrival. Scored apart too. On arrival, after round 13 and before anyone read it: 70.9 / 80.2 / 65.1.
        // Round 14 (tuned on it): 70.9 / 80.2 / 66.9. Session 9, round 15 (tolls missed): 75.3 / 79.2: the tolls found anew carry
        // sources the source cells read wrong (a precision miss each), so the toll precision floor is set just under (.79).
        // Session 9, rounds 15 and 16: 84.8 / 87.5 / 73.7.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): 89.2 / 91.3 / 80.0.
        // Session 11 (rounds 20 to 22): 89.2 / 91.3 / 81.1.
        // Session 17 (rounds 36 to 38; tuned on): 89.7 / 91.4 / 84.0
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 90.6 / 92.3 / 84.0
        ["dev8"] = new(TollRecall: 0.904, TollPrecision: 0.920, ResponsibilityRecall: 0.838),
        // Fixtures/ClaimsSet/fresh8: a tenth hand, session 9, held out in sessions 9 and 10 (its last unseen figure:
        // 74.9 / 81.0 / 78.1), folded into dev in session 11 and tuned on from then. Still scored apart.
        // On arrival, before session 9's rules: 68.7 / 75.0 / 68.0.
        // Session 9, rounds 15 and 16 (never tuned on): 71.4 / 77.1 / 71.9.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): (never tuned on) 74.9 / 81.0 / 78.1 (the scorer alone: responsibility 94 -> 99).
        // Session 11 (rounds 20 to 22, tuned on from round 20): 89.4 / 92.7 / 87.5.
        // Session 17 (rounds 36 to 38; tuned on): 90.4 / 93.2 / 88.3
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 90.8 / 93.7 / 89.1
        ["fresh8"] = new(TollRecall: 0.905, TollPrecision: 0.934, ResponsibilityRecall: 0.888),
        // Fixtures/ClaimsSet/dev9: an eleventh hand, session 9, written blind as development data heavy on responsibility and
        // captivity, in dev from its arrival. Scored apart too. On arrival, after round 16 and before anyone read it: 62.4 / 68.1 / 64.7.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): (tuned on) 79.0 / 82.2 / 78.9.
        // Session 11 (rounds 20 to 22): 82.9 / 86.2 / 81.2.
        // Session 13: round 25 82.3 / 86.6 / 82.7; fr-p012 relabelled by the one-person decision (a toll more): 81.9 / 86.6 / 82.7.
        // Session 17 (rounds 36 to 38; tuned on): 86.8 / 90.8 / 83.5
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 87.9 / 92.0 / 83.5
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 87.9 / 92.0 / 84.2
        ["dev9"] = new(TollRecall: 0.877, TollPrecision: 0.917, ResponsibilityRecall: 0.840),
        // Fixtures/ClaimsSet/dev10: a fourteenth hand, session 11, written blind as development data heavy on speakers named in
        // many ways and registers no earlier set used, in dev from its arrival. Scored apart too.
        // On arrival, before anyone read it: 63.8 / 69.2 / 74.0.
        // Session 11 (rounds 21 and 22 tuned on it): 81.5 / 86.3 / 82.1.
        // Session 12 (round 23, dev11 first): 82.3 / 87.2 / 85.4.
        // Session 14, round 27: 82.3 / 86.8 / 85.4: a right value newly read (ar-s006, "السائقين الخمسة") under the source the story's
        // other toll already takes (a radio relaying a chief's message read as `media`, a source-finder matter), so precision 87.0 -> 86.8.
        // Session 14 (rounds 27 to 29): 83.2 / 87.7 / 85.4.
        // Session 17 (rounds 36 to 38; tuned on): 86.2 / 90.1 / 85.4
        // Session 18, the compound-tense denial fix: 86.2 / 90.1 / 86.2
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 87.1 / 91.0 / 87.0
        ["dev10"] = new(TollRecall: 0.868, TollPrecision: 0.907, ResponsibilityRecall: 0.867),
        // Fixtures/ClaimsSet/dev11: a fifteenth hand, session 11, written blind as development data after rounds 20 to 22, in
        // registers no earlier set used; in dev from its arrival and scored apart too.
        // On arrival, with rounds 20 to 22 in and before anyone read it: 63.7 / 73.6 / 80.5.
        // Session 12 (round 23 tuned on it): 80.5 / 88.7 / 89.8; round 24: 82.8 / 90.0 / 89.8.
        // Session 17 (rounds 36 to 38; tuned on): 84.4 / 90.9 / 89.8
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 85.1 / 91.0 / 89.8
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 86.3 / 91.9 / 89.8
        ["dev11"] = new(TollRecall: 0.860, TollPrecision: 0.916, ResponsibilityRecall: 0.896),
        // Fixtures/ClaimsSet/dev12: an eighteenth hand, session 12, written blind as development data in the mainstream
        // registers issue 10 names, after round 23; in dev from its arrival and scored apart too.
        // On arrival, with round 23 in and before anyone read it: 79.4 / 86.3 / 78.5.
        // Session 12, round 24 (tuned on it): 90.5 / 96.0 / 84.3. Session 13, round 25: 91.6 / 96.4 / 84.3; round 26: 92.0 / 96.4 / 85.1.
        // Session 14 (rounds 27 to 29): 92.7 / 96.4 / 89.3.
        // Session 16 (rounds 33 to 35): 93.5 / 96.8 / 89.3.
        // Session 17 (rounds 36 to 38; tuned on): 93.5 / 96.8 / 91.7
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 94.3 / 96.9 / 91.7
        ["dev12"] = new(TollRecall: 0.940, TollPrecision: 0.966, ResponsibilityRecall: 0.915),
        // Fixtures/ClaimsSet/dev13 and dev14: a nineteenth and a twenty-first hand, session 13, written blind as development
        // data in the mainstream registers after round 24; in dev from their arrival and scored apart too.
        // On arrival, with round 24 in and before anyone read them: dev13 83.2 / 87.4 / 83.5, dev14 79.2 / 84.0 / 81.8.
        // Session 13, round 25 (tuned on them): dev13 86.6 / 90.4 / 86.3, dev14 84.9 / 90.5 / 86.8; round 26: dev13 88.7 / 90.6 / 86.3,
        // dev14 85.3 / 90.5 / 86.8; round 26's toll sources: dev13 90.4 / 92.3 / 86.3, dev14 86.7 / 92.0 / 86.8.
        // Session 14 (rounds 27 to 29): 91.8 / 93.4 / 87.8.
        // Session 16 (rounds 33 to 35): 92.5 / 93.8 / 89.9.
        // Session 17 (rounds 36 to 38; tuned on): 93.2 / 94.4 / 90.6
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 93.2 / 94.4 / 91.4
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 93.2 / 94.4 / 92.8
        ["dev13"] = new(TollRecall: 0.930, TollPrecision: 0.942, ResponsibilityRecall: 0.926),
        // Session 14 (rounds 27 to 29): 89.6 / 94.7 / 88.4.
        // Session 16, round 33 (tolls): responsibility 89.3 -> 87.6 %: en-z018's blame of the army and its denial were read off a
        // wrong toll (the men soldiers "had arrested" read as the dead); the count of an arrest is no toll now, and the blame
        // ("arrested 20 men … the bodies of 17 of them were found") is left to the responsibility reading. Floor 88.2 -> 87.4.
        // Session 16 (rounds 33 to 35): 90.3 / 95.8 / 87.6.
        // Session 17 (rounds 36 to 38; tuned on): 91.4 / 96.2 / 87.6
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 91.8 / 96.6 / 88.4
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 91.8 / 96.6 / 90.1
        ["dev14"] = new(TollRecall: 0.915, TollPrecision: 0.964, ResponsibilityRecall: 0.898),
        // Fixtures/ClaimsSet/dev15 and dev16: a twenty-third and a twenty-fourth hand, session 14, written blind as development
        // data in the mainstream registers after round 26; in dev from their arrival and scored apart too.
        // On arrival, with round 26 in and before anyone read them: dev15 83.1 / 86.0 / 86.3, dev16 84.1 / 92.5 / 87.0.
        // Session 14, rounds 28 and 29 (tuned on it): 88.3 / 91.4 / 90.1.
        // Session 16 (rounds 33 to 35): 90.2 / 94.5 / 90.8.
        // Session 17 (rounds 36 to 38; tuned on): 90.5 / 94.6 / 90.8
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 90.8 / 94.9 / 92.4
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 91.1 / 94.9 / 92.4
        ["dev15"] = new(TollRecall: 0.909, TollPrecision: 0.946, ResponsibilityRecall: 0.921),
        // Session 14, rounds 28 and 29 (tuned on it): 88.3 / 97.5 / 90.2.
        // Session 15, round 30: 97.5 -> 97.1 % precision, one toll: en-b028's 'put the figure "above 400"' is now read, its value right,
        // its source taken from the channel ("speaking to local media") instead of the residents (a source matter).
        // Session 16 (rounds 33 to 35): 89.0 / 97.9 / 91.1.
        // Session 17 (rounds 36 to 38; tuned on): 90.2 / 98.3 / 91.9
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 90.5 / 98.8 / 91.9
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 91.3 / 98.8 / 91.9
        ["dev16"] = new(TollRecall: 0.910, TollPrecision: 0.985, ResponsibilityRecall: 0.917),
        // Fixtures/ClaimsSet/dev17 and dev18: a twenty-sixth and a twenty-seventh hand, session 15, written blind as
        // development data in the mainstream registers after round 29; in dev from their arrival and scored apart too.
        // On arrival, with round 29 in and before anyone read them: dev17 86.9 / 87.7 / 83.8, dev18 88.5 / 90.8 / 84.5.
        // dev17, session 15, after round 30 (not tuned on it): 86.9 / 87.7 / 85.3; rounds 31 and 32 (tuned on it): 89.9 / 91.5 / 86.8.
        // Session 16 (rounds 33 to 35): 90.8 / 92.4 / 87.5.
        // Session 17 (rounds 36 to 38; tuned on): 91.1 / 92.7 / 88.2
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 91.4 / 93.0 / 89.7
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 92.0 / 93.4 / 89.7
        ["dev17"] = new(TollRecall: 0.917, TollPrecision: 0.931, ResponsibilityRecall: 0.895),
        // dev18, session 15, after round 30 (not tuned on it): 89.0 / 91.4 / 84.5; rounds 31 and 32 (tuned on it): 91.3 / 93.7 / 89.9.
        // Session 16 (rounds 33 to 35): 91.6 / 93.7 / 90.5.
        // Session 17 (rounds 36 to 38; tuned on): 92.1 / 93.7 / 90.5
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 92.4 / 94.0 / 90.5
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 93.5 / 94.6 / 92.6
        ["dev18"] = new(TollRecall: 0.933, TollPrecision: 0.944, ResponsibilityRecall: 0.923),
        // Fixtures/ClaimsSet/dev19 and dev20: a twenty-eighth and a twenty-ninth hand, session 15, written blind as
        // development data in the mainstream registers after round 29 (ids of two letters: every single letter was taken).
        // On arrival, with round 29 in and before anyone read them: dev19 77.8 / 82.5 / 79.2, dev20 78.2 / 82.5 / 85.1.
        // dev19, session 15, after round 30 (not tuned on it): 78.5 / 82.9 / 79.2; rounds 31 and 32 (tuned on it): 84.4 / 88.2 / 82.4.
        // Session 16 (rounds 33 to 35): 85.1 / 88.9 / 83.2.
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 85.8 / 89.3 / 83.2
        ["dev19"] = new(TollRecall: 0.855, TollPrecision: 0.891, ResponsibilityRecall: 0.830),
        // dev20, session 15, after round 30 (not tuned on it): 78.5 / 82.8 / 85.8; rounds 31 and 32 (tuned on it): 82.8 / 87.9 / 88.1.
        // Session 16 (rounds 33 to 35): 84.7 / 89.0 / 88.8.
        // Session 17 (rounds 36 to 38; tuned on): 85.6 / 89.4 / 89.6
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 86.8 / 90.4 / 90.3
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 87.4 / 90.8 / 90.3
        ["dev20"] = new(TollRecall: 0.872, TollPrecision: 0.905, ResponsibilityRecall: 0.900),
        // Fixtures/ClaimsSet/dev21, dev22 and dev23: a thirty-first to a thirty-third hand, session 16, written blind as
        // development data in the mainstream registers (state media and rewrites of communiqués; the humanitarian and
        // human-rights beat; a local radio network). In dev from their arrival and scored apart too.
        // On arrival, with session 15's code and before anyone read them: dev21 85.7 / 87.1 / 90.4, dev22 83.6 / 89.6 / 82.7,
        // dev23 86.1 / 90.6 / 87.8.
        // Session 16 (rounds 33 to 35; dev21 to dev23 tuned in rounds 34 and 35): 90.0 / 91.2 / 91.2. After round 33 (not tuned on it): 86.3 / 87.8 / 90.4.
        // Session 17 (rounds 36 to 38; tuned on): 90.7 / 91.9 / 92.8
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 91.3 / 92.6 / 93.6
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 92.0 / 92.9 / 93.6
        ["dev21"] = new(TollRecall: 0.918, TollPrecision: 0.927, ResponsibilityRecall: 0.934),
        // Session 16 (rounds 33 to 35; dev21 to dev23 tuned in rounds 34 and 35): 87.2 / 91.9 / 82.7. After round 33 (not tuned on it): 84.2 / 90.3 / 82.7.
        // Session 17 (rounds 36 to 38; tuned on): 87.2 / 91.5 / 83.5
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 88.3 / 92.3 / 83.5
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 88.6 / 92.3 / 84.9
        ["dev22"] = new(TollRecall: 0.883, TollPrecision: 0.921, ResponsibilityRecall: 0.846),
        // Session 16 (rounds 33 to 35; dev21 to dev23 tuned in rounds 34 and 35): 89.4 / 94.4 / 88.6. After round 33 (not tuned on it): 86.1 / 90.6 / 87.8.
        // Session 17 (rounds 36 to 38; tuned on): 89.4 / 94.8 / 88.6
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 91.0 / 95.7 / 90.2
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 92.2 / 96.6 / 91.9
        ["dev23"] = new(TollRecall: 0.920, TollPrecision: 0.963, ResponsibilityRecall: 0.916),
        // Fixtures/ClaimsSet/dev24, dev25 and dev26: a thirty-fifth to a thirty-seventh hand, session 17, written blind as
        // development data in the mainstream registers (an international newspaper's Africa pages; a security-risk brief for
        // NGOs and companies; the Maghreb and Mauritanian press on northern Mali). In dev from their arrival and scored apart too.
        // On arrival, with session 16's code (e23da42) and before anyone read them: dev24 87.4 / 87.0 / 89.4,
        // dev25 89.6 / 93.3 / 91.2, dev26 76.6 / 86.1 / 75.6.
        // Session 17 (rounds 36 to 38; tuned in rounds 37 and 38): 88.5 / 88.5 / 89.4
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 88.5 / 88.5 / 90.1
        ["dev24"] = new(TollRecall: 0.883, TollPrecision: 0.883, ResponsibilityRecall: 0.898),
        // Session 17 (rounds 36 to 38; tuned in rounds 37 and 38): 93.2 / 96.7 / 91.2
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 94.4 / 97.5 / 93.6
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 94.8 / 97.5 / 94.4
        ["dev25"] = new(TollRecall: 0.946, TollPrecision: 0.973, ResponsibilityRecall: 0.942),
        // Session 17 (rounds 36 to 38; tuned in rounds 37 and 38): 81.2 / 89.4 / 78.7
        // Session 18 (rounds 39 to 41; tuned on in rounds 39 and 41): 82.6 / 90.5 / 80.3
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 82.6 / 90.5 / 81.1
        ["dev26"] = new(TollRecall: 0.823, TollPrecision: 0.902, ResponsibilityRecall: 0.809),
        // Fixtures/ClaimsSet/dev27 and dev28: a thirty-ninth and a fortieth hand, session 18, written blind as development data
        // in the mainstream registers (the independent and exile press critical of the juntas; a Chad and Lake Chad basin
        // desk). In dev from their arrival and scored apart too. On arrival, with session 17's code (a545607) and before
        // anyone read them: dev27 85.3 / 91.4 / 74.0, dev28 87.3 / 90.1 / 85.4.
        // Session 18 (rounds 39 to 41; dev27 and dev28 tuned in round 40): 88.4 / 93.0 / 75.6
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 89.7 / 94.4 / 78.7
        ["dev27"] = new(TollRecall: 0.895, TollPrecision: 0.941, ResponsibilityRecall: 0.785),
        // Session 18 (rounds 39 to 41; dev27 and dev28 tuned in round 40): 92.8 / 95.5 / 88.6
        // Session 18, the compound-tense denial fix: 92.8 / 95.5 / 90.2
        // Session 19 (rounds 42 to 44; tuned on in rounds 42 and 44): 93.2 / 95.5 / 90.2
        ["dev28"] = new(TollRecall: 0.930, TollPrecision: 0.953, ResponsibilityRecall: 0.900),
        // Fixtures/ClaimsSet/dev29 and dev30: a forty-third and a forty-fourth hand, session 19, written blind as development
        // data in the mainstream registers (a fact-checking and verification desk; a Liptako-Gourma regional desk). In dev
        // from their arrival and scored apart too. On arrival, with session 18's code (eb2d859) and before anyone read
        // them: dev29 83.6 / 85.4 / 72.4, dev30 93.7 / 96.0 / 85.6.
        // Session 19 (rounds 42 to 44; dev29 and dev30 tuned in round 43): 91.6 / 93.6 / 75.6
        ["dev29"] = new(TollRecall: 0.913, TollPrecision: 0.933, ResponsibilityRecall: 0.754),
        // Session 19 (rounds 42 to 44; dev29 and dev30 tuned in round 43): 93.7 / 96.0 / 87.2
        ["dev30"] = new(TollRecall: 0.935, TollPrecision: 0.958, ResponsibilityRecall: 0.870),
        // Fixtures/ClaimsSet/fresh9: a twelfth hand, session 10, entirely held out, scored only (its misses are not read).
        // On arrival, before session 10's rules: 73.3 / 78.0 / 78.7.
        // Session 10, round 18's toll sources lose it one toll (fresh8 +4, test +2): 72.8 / 77.5.
        // Session 10 (rounds 18 and 19; responsibility also by the scorer pairing right answers first): (never tuned on) 72.8 / 77.5 / 81.1 (the scorer alone: responsibility 96 -> 99).
        // Session 11 (rounds 20 to 22; never tuned on): 74.6 / 78.3 / 82.0.
        // Session 12 (round 23; never tuned on): 74.6 / 78.3 / 82.0 (unchanged); round 24: 75.0 / 78.4 / 82.0.
        // Session 13 (round 25; never tuned on): 75.0 / 78.7 / 82.8.
        // Session 14 (rounds 27 to 29; never tuned on): 75.0 / 78.7 / 83.6.
        // Session 15 (rounds 30 to 32; never tuned on): 75.0 / 79.1 / 83.6.
        // Session 16 (rounds 33 to 35; never tuned on): 75.0 / 79.1 / 83.6; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 18 (rounds 39 to 41; never tuned on): 75.4 / 79.5 / 84.4; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 75.9 / 79.3 / 85.2; floor a point under.
        ["fresh9"] = new(TollRecall: 0.748, TollPrecision: 0.785, ResponsibilityRecall: 0.842),
        // Fixtures/ClaimsSet/fresh10: a thirteenth hand, session 11, entirely held out, scored only (its misses are not read).
        // On arrival, before session 11's rules: 64.2 / 71.6 / 84.3.
        // Session 11 (rounds 20 to 22; never tuned on): 64.9 / 71.8 / 85.1.
        // Session 12 (round 23; never tuned on): 65.3 / 72.2 / 85.1; round 24: 65.7 / 71.8 / 85.1.
        // Session 13 (round 25; never tuned on): 65.7 / 71.8 / 86.0.
        // Session 14 (rounds 27 to 29; never tuned on): 66.4 / 72.3 / 86.0.
        // Session 15 (rounds 30 to 32; never tuned on): 67.2 / 72.8 / 86.0.
        // Session 16 (rounds 33 to 35; never tuned on): 67.2 / 72.8 / 86.8; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 18 (rounds 39 to 41; never tuned on): 69.4 / 75.2 / 86.8; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 69.4 / 74.6 / 86.8; floor a point under.
        ["fresh10"] = new(TollRecall: 0.683, TollPrecision: 0.742, ResponsibilityRecall: 0.858),
        // Fixtures/ClaimsSet/fresh11: a sixteenth hand, session 12, entirely held out in registers no earlier set used, scored
        // only (its misses are not read). On arrival, before session 12's rules: 63.6 / 71.5 / 78.8.
        // Session 12 (rounds 23 and 24; never tuned on): 64.9 / 72.6 / 79.5.
        // Session 13 (round 25; never tuned on): 65.8 / 73.7 / 79.5; round 26: 66.1 / 73.8 / 79.5.
        // Session 14 (rounds 27 to 29; never tuned on): 65.5 / 73.1 / 79.5.
        // Session 15 (rounds 30 to 32; never tuned on): 66.1 / 73.8 / 79.5.
        // Session 16 (rounds 33 to 35; never tuned on): 66.8 / 74.5 / 79.5; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 68.7 / 76.6 / 79.5; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 68.0 / 75.9 / 79.5; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 68.3 / 76.0 / 79.5; floor a point under.
        ["fresh11"] = new(TollRecall: 0.677, TollPrecision: 0.756, ResponsibilityRecall: 0.785),
        // Fixtures/ClaimsSet/fresh12: a seventeenth hand, session 12, entirely held out, written in the mainstream registers
        // issue 10 names (wire copy, communiqués, group statements relayed, local radio, Arabic outlets, English agencies,
        // live blogs) after round 23, scored only. On arrival, with round 23 in: 79.7 / 84.8 / 80.4 (tolls fr 80/99, ar 82/97, en 78/105).
        // Session 12, round 24 (tuned on dev12, in the same registers; never tuned on): 80.7 / 85.6 / 80.4.
        // Session 13 (round 25 tuned on dev13 and dev14, in the same registers; never tuned on): 81.7 / 86.0 / 81.1; round 26 unchanged.
        // Session 14 (rounds 27 to 29; never tuned on): 83.7 / 88.7 / 81.1.
        // Session 15 (rounds 30 to 32; never tuned on): 84.1 / 89.1 / 81.8.
        // Session 16 (rounds 33 to 35; never tuned on): 84.4 / 89.8 / 83.1; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 85.7 / 91.2 / 83.1; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 86.4 / 91.9 / 83.8; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 86.4 / 91.5 / 84.5; floor a point under.
        ["fresh12"] = new(TollRecall: 0.853, TollPrecision: 0.908, ResponsibilityRecall: 0.834),
        // Fixtures/ClaimsSet/fresh13: a twentieth hand, session 13, entirely held out, written in the mainstream registers after
        // round 24, scored only (its misses are not read). On arrival: 82.1 / 85.5 / 79.2.
        // Session 13, round 25 (tuned on dev13 and dev14, in the same registers; never tuned on): 82.5 / 85.5 / 79.2; round 26: 83.1 / 86.2 / 79.2.
        // Session 14 (rounds 27 to 29; never tuned on): 85.7 / 89.2 / 79.2.
        // Session 15 (rounds 30 to 32; never tuned on): 86.0 / 89.8 / 79.2.
        // Session 16 (rounds 33 to 35; never tuned on): 86.4 / 90.2 / 79.2; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 86.4 / 90.5 / 79.2; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 87.0 / 90.5 / 79.2; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 87.7 / 91.2 / 80.8; floor a point under.
        ["fresh13"] = new(TollRecall: 0.866, TollPrecision: 0.902, ResponsibilityRecall: 0.798),
        // Fixtures/ClaimsSet/fresh14: a twenty-second hand, session 14, entirely held out, written in the mainstream registers
        // after round 26, scored only (its misses are not read). On arrival: 82.0 / 84.2 / 86.6.
        // Session 14 (rounds 27 to 29; never tuned on): 83.0 / 85.6 / 88.7.
        // Session 15 (rounds 30 to 32; never tuned on): 84.7 / 87.3 / 89.4.
        // Session 16 (rounds 33 to 35; never tuned on): 85.0 / 88.2 / 89.4; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 85.7 / 88.9 / 90.1; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 86.0 / 89.0 / 90.1; floor a point under.
        ["fresh14"] = new(TollRecall: 0.850, TollPrecision: 0.879, ResponsibilityRecall: 0.891),
        // Fixtures/ClaimsSet/fresh15: a twenty-fifth hand, session 15, entirely held out, written in the mainstream registers
        // after round 29, scored only (its misses are not read). On arrival: 85.6 / 89.5 / 89.6.
        // Session 15 (rounds 30 to 32; never tuned on): 86.9 / 90.7 / 89.6.
        // Session 16 (rounds 33 to 35; never tuned on): 87.8 / 91.4 / 89.6; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 89.0 / 92.1 / 89.6; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 89.9 / 93.0 / 89.6; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 90.8 / 93.1 / 89.6; floor a point under.
        ["fresh15"] = new(TollRecall: 0.898, TollPrecision: 0.921, ResponsibilityRecall: 0.886),
        // Fixtures/ClaimsSet/fresh16: a thirtieth hand, session 16, entirely held out, written in the mainstream registers
        // (a wire agency's West Africa bureau); scored only, summary lines only.
        // On arrival, with session 15's code: 85.2 / 87.8 / 82.9.
        // Session 16 (rounds 33 to 35; never tuned on): 85.2 / 87.8 / 82.9; floor a point under, so that a helper's full run does not learn of one held-out toll.
        // Session 17 (rounds 36 to 38; never tuned on): 85.2 / 87.8 / 87.0; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 85.7 / 88.2 / 87.0; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 86.1 / 88.2 / 87.8; floor a point under.
        ["fresh16"] = new(TollRecall: 0.850, TollPrecision: 0.872, ResponsibilityRecall: 0.868),
        // Fixtures/ClaimsSet/fresh17: a thirty-fourth hand, session 17, entirely held out, written in the mainstream registers
        // (a regional daily's correspondents: day-after follow-ups, funerals, late communiqués); scored only, summary lines only.
        // On arrival, with session 16's code (e23da42): 85.0 / 87.5 / 92.7; floor a point under.
        // Session 17 (rounds 36 to 38; never tuned on): 86.9 / 89.4 / 92.7; floor a point under.
        // Session 18 (rounds 39 to 41; never tuned on): 86.9 / 89.4 / 93.5; floor a point under.
        ["fresh17"] = new(TollRecall: 0.859, TollPrecision: 0.884, ResponsibilityRecall: 0.924),
        // Fixtures/ClaimsSet/fresh18 and fresh19: a thirty-eighth and a forty-first hand, session 18, entirely held out, written in
        // the mainstream registers (a journalist relaying and checking the armed groups' own media; an economic and mining
        // news service); scored only, summary lines only. On arrival, with session 17's code (a545607): fresh18
        // 94.0 / 96.5 / 84.4, fresh19 80.3 / 85.7 / 88.5; floors a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 94.4 / 96.9 / 84.4; floor a point under.
        ["fresh18"] = new(TollRecall: 0.933, TollPrecision: 0.959, ResponsibilityRecall: 0.834),
        // Session 18 (rounds 39 to 41; never tuned on): 81.7 / 87.2 / 88.5; floor a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 83.1 / 88.1 / 89.2; floor a point under.
        ["fresh19"] = new(TollRecall: 0.820, TollPrecision: 0.870, ResponsibilityRecall: 0.882),
        // Fixtures/ClaimsSet/fresh20 and fresh21: a forty-second and a forty-fifth hand, session 19, entirely held out, written
        // in the mainstream registers (a humanitarian news service, whose three languages often tell the same events; an
        // Arabic-first pan-African news channel's website); scored only, summary lines only. On arrival, with session 18's
        // code (eb2d859): fresh20 88.3 / 88.3 / 84.8, fresh21 91.9 / 94.9 / 89.3; floors a point under.
        // Session 19 (rounds 42 to 44; never tuned on): 88.3 / 88.3 / 85.6; floor a point under.
        ["fresh20"] = new(TollRecall: 0.873, TollPrecision: 0.873, ResponsibilityRecall: 0.846),
        ["fresh21"] = new(TollRecall: 0.909, TollPrecision: 0.939, ResponsibilityRecall: 0.883),
    };

    private sealed record Floors(double TollRecall, double TollPrecision, double ResponsibilityRecall);

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ClaimsSet");

    [Fact]
    public void Split_IsTheFixedRule_AndCoversEveryStory()
    {
        var stories = LabelledStory.Load(Directory);
        var splits = ClaimsSplit.Of(Directory);
        Assert.Equal(stories.Select(s => s.Id).Order(StringComparer.Ordinal), splits.Keys.Order(StringComparer.Ordinal));
        foreach (var story in stories)
            Assert.True(splits[story.Id] == ClaimsSplit.ByRule(story.Id), $"{story.Id} is in {splits[story.Id]}, the rule says {ClaimsSplit.ByRule(story.Id)}");
        Assert.True(stories.Sum(s => s.Tolls.Count + s.Responsibility.Count) >= 400, "the set holds at least 400 labelled claims");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    [InlineData("fresh")]
    [InlineData("fresh2")]
    [InlineData("fresh3")]
    [InlineData("fresh4")]
    [InlineData("fresh5")]
    [InlineData("fresh6")]
    [InlineData("fresh7")]
    [InlineData("dev8")]
    [InlineData("fresh8")]
    [InlineData("dev9")]
    [InlineData("dev10")]
    [InlineData("dev11")]
    [InlineData("dev12")]
    [InlineData("dev13")]
    [InlineData("dev14")]
    [InlineData("dev15")]
    [InlineData("dev16")]
    [InlineData("dev17")]
    [InlineData("dev18")]
    [InlineData("dev19")]
    [InlineData("dev20")]
    [InlineData("dev21")]
    [InlineData("dev22")]
    [InlineData("dev23")]
    [InlineData("dev24")]
    [InlineData("dev25")]
    [InlineData("dev26")]
    [InlineData("dev27")]
    [InlineData("dev28")]
    [InlineData("dev29")]
    [InlineData("dev30")]
    [InlineData("fresh9")]
    [InlineData("fresh10")]
    [InlineData("fresh11")]
    [InlineData("fresh12")]
    [InlineData("fresh13")]
    [InlineData("fresh14")]
    [InlineData("fresh15")]
    [InlineData("fresh16")]
    [InlineData("fresh17")]
    [InlineData("fresh18")]
    [InlineData("fresh19")]
    [InlineData("fresh20")]
    [InlineData("fresh21")]
    public void Claims_OnASplit_AreAboveItsFloors(string split)
    {
        var splits = ClaimsSplit.Of(Directory);
        var stories = split switch
        {
            "fresh" or "fresh2" or "fresh3" or "fresh4" or "fresh5" or "fresh6" or "fresh7" or "dev8" or "fresh8" or "dev9" or "dev10" or "dev11" or "dev12" or "dev13" or "dev14" or "dev15" or "dev16" or "dev17" or "dev18" or "dev19" or "dev20" or "dev21" or "dev22" or "dev23" or "dev24" or "dev25" or "dev26" or "dev27" or "dev28" or "dev29" or "dev30" or "fresh9" or "fresh10" or "fresh11" or "fresh12" or "fresh13" or "fresh14" or "fresh15" or "fresh16" or "fresh17" or "fresh18" or "fresh19" or "fresh20" or "fresh21" => LabelledStory.Load(Path.Combine(Directory, split)),
            // Sessions 4 to 11 folded the second to eighth and the tenth writers' sets into dev: tuning needs more than one
            // writer's habits. dev8 (a ninth writer, session 8), dev9 (an eleventh, session 9), dev10 and dev11 (a fourteenth
            // and a fifteenth, session 11), dev12 (an eighteenth, session 12), dev13 and dev14 (a nineteenth and a twenty-first,
            // session 13), dev15 and dev16 (a twenty-third and a twenty-fourth, session 14), dev17 and dev18 (a twenty-sixth and
            // a twenty-seventh, session 15), dev19 and dev20 (a twenty-eighth and a twenty-ninth, session 15), dev21 to dev23 (a
            // thirty-first to a thirty-third, session 16), dev24 to dev26 (a thirty-fifth to a thirty-seventh, session 17) and
            // dev27 and dev28 (a thirty-ninth and a fortieth, session 18) and dev29 and dev30 (a forty-third and a forty-fourth,
            // session 19) were written for dev.
            // A held-out set joins dev only once a newer held-out set has been written to judge what it teaches.
            "dev" => LabelledStory.Load(Directory).Where(s => splits[s.Id] == split)
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh2")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh3")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh4")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh5")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh6")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh7")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "fresh8")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev8")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev9")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev10")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev11")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev12")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev13")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev14")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev15")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev16")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev17")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev18")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev19")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev20")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev21")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev22")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev23")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev24")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev25")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev26")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev27")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev28")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev29")))
                .Concat(LabelledStory.Load(Path.Combine(Directory, "dev30"))).ToList(),
            _ => LabelledStory.Load(Directory).Where(s => splits[s.Id] == split).ToList(),
        };
        // SAHEL_CLAIMS_ONLY=REGEX scores only the stories whose id matches, to score a new batch apart before tuning on
        // it (ClaimsSet/README.md); the floors are for whole splits, so such a run may fail them.
        if (System.Environment.GetEnvironmentVariable("SAHEL_CLAIMS_ONLY") is { Length: > 0 } only)
            stories = stories.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s.Id, only)).ToList();
        var score = ClaimsScore.Of(stories);
        foreach (var group in score.Misses.GroupBy(m => m.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key} ({group.Count()}):");
            foreach (var miss in group)
                output.WriteLine("  " + miss);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{split}: tolls {score.TollsRight}/{score.TollsLabelled} right (value and source) = {score.TollRecall:P1}; precision {score.TollPrecision:P1} of {score.TollsExtracted}; victims right on {score.VictimsRight}/{score.TollsRight}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{split}: responsibility {score.ResponsibilityRight}/{score.ResponsibilityLabelled} right (actor and polarity) = {score.ResponsibilityRecall:P1}; precision {score.ResponsibilityPrecision:P1} of {score.ResponsibilityExtracted}; blamer right on {score.BlameByRight}/{score.BlameLabelled} blames"));
        foreach (var line in Breakdown(score))
            output.WriteLine(line);

        var floors = FloorsBySplit[split];
        Assert.True(score.TollRecall >= floors.TollRecall, $"{split}: toll value+source {score.TollRecall:P1} below {floors.TollRecall:P1}");
        Assert.True(score.TollPrecision >= floors.TollPrecision, $"{split}: toll precision {score.TollPrecision:P1} below {floors.TollPrecision:P1}");
        Assert.True(score.ResponsibilityRecall >= floors.ResponsibilityRecall, $"{split}: responsibility {score.ResponsibilityRecall:P1} below {floors.ResponsibilityRecall:P1}");
    }

    /// <summary>Figures per language and per claim kind, one line each ("  tolls fr  43/48  89.6 %", "  fr toll:killed …").</summary>
    private static IEnumerable<string> Breakdown(ClaimsScore score)
    {
        var lines = score.TollsByLanguage.Select(t => ("tolls " + t.Key, t.Value))
            .Concat(score.TollsByKind.Select(t => ("toll:" + t.Key, t.Value)))
            .Concat(score.TollsByLanguageAndKind.Select(t => (t.Key.Replace(" ", " toll:", StringComparison.Ordinal), t.Value)))
            .Concat(score.ResponsibilityByLanguage.Select(t => ("responsibility " + t.Key, t.Value)))
            .Concat(score.ResponsibilityByPolarity.Select(t => ("resp:" + t.Key, t.Value)))
            .Concat(score.ResponsibilityByLanguageAndPolarity.Select(t => (t.Key.Replace(" ", " resp:", StringComparison.Ordinal), t.Value)));
        foreach (var (key, tally) in lines.OrderBy(k => k.Item1.Length > 3 && k.Item1[2] == ' ').ThenBy(k => k.Item1, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {key,-22} {tally.Right,3}/{tally.Labelled,-3} {tally.Share,7:P1}");
    }
}
