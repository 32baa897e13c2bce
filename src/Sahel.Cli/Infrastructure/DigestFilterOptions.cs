using System.CommandLine;
using Sahel.Normalize;
using Sahel.Store;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>The filters `incidents`, `timeline` and `sweep` share (<see cref="DigestFilter"/> says how they apply).</summary>
public sealed class DigestFilterOptions
{
    public Option<string?> Country { get; } = new("--country") { Description = "Only incidents and stories in this country (ML, BF, NE, TD, MR…)", HelpName = "CC" };
    public Option<string?> Lang { get; } = new("--lang") { Description = "Only incidents reported, and stories written, in this language (fr, ar, en…)", HelpName = "LANG" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Only incidents and stories involving this actor (JNIM, FAMa, \"Islamic State Sahel\"…)", HelpName = "NAME" };
    public Option<string?> Place { get; } = new("--place") { Description = "Only incidents and stories at or near this place (Kidal, Ménaka, تمبكتو…)", HelpName = "NAME" };
    public Option<string?> Search { get; } = new("--search") { Description = "Only incidents with a report, and stories, whose title or summary contains this text (accents, case and Arabic diacritics ignored)", HelpName = "TEXT" };
    public Option<string?> Feed { get; } = new("--feed") { Description = "Only incidents with a report, and stories, from feeds whose name or URL contains this text", HelpName = "TEXT" };

    public IEnumerable<Option> All => [Country, Lang, Actor, Place, Search, Feed];

    /// <summary>The actor and place named, from the lexicon; an unknown name is a usage error (checked before a sweep fetches).</summary>
    public (Model.Actor? Actor, Model.Place? Place) Names(ParseResult parse, Lexicon lexicon)
    {
        var actorName = parse.GetValue(Actor);
        var placeName = parse.GetValue(Place);
        var actor = actorName is null ? null
            : lexicon.FindActor(actorName) ?? throw CliException.Usage($"--actor: '{actorName}' is not in the actors lexicon (docs/gazetteer.md; add it with --actors FILE)");
        var place = placeName is null ? null
            : lexicon.FindPlace(placeName) ?? throw CliException.Usage($"--place: '{placeName}' is not in the gazetteer (docs/gazetteer.md; add it with --gazetteer FILE)");
        return (actor, place);
    }

    /// <summary>The filters of this run: names resolved in the lexicon (a usage error when unknown), story filters run in the store.</summary>
    public DigestFilter Resolve(ParseResult parse, Lexicon lexicon, ISahelStore store, StoryFilter window, double distanceKm)
    {
        var (actor, place) = Names(parse, lexicon);
        var (lang, search, feed) = (parse.GetValue(Lang), parse.GetValue(Search), parse.GetValue(Feed));
        IReadOnlySet<long>? matches = null;
        if (lang is not null || search is not null || feed is not null)
        {
            var filter = window with { Lang = lang?.ToLowerInvariant(), Search = search, Feed = feed, IncludeSummaries = search is not null, Limit = null };
            matches = store.Stories.Query(filter).Select(s => s.Id).ToHashSet();
        }
        return new DigestFilter { Country = parse.GetValue(Country), Actor = actor, Place = place, DistanceKm = distanceKm, StoryMatches = matches };
    }
}
