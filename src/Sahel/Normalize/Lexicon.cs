using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// The gazetteer and the actors lexicon: the shipped files (embedded in the assembly), with the user's own
/// files merged by id (an entry with a shipped id replaces it). Loaded once per process.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shipped = new(() => Load());
    private readonly Dictionary<string, Place> _placesById;
    private readonly Dictionary<string, Actor> _actorsById;
    private EntityRecognizer? _recognizer;

    private Lexicon(List<(Place Place, List<string> Names)> places, List<(Actor Actor, List<string> Names)> actors)
    {
        PlaceNames = places;
        ActorNames = actors;
        _placesById = places.ToDictionary(p => p.Place.Id, p => p.Place, StringComparer.Ordinal);
        _actorsById = actors.ToDictionary(a => a.Actor.Id, a => a.Actor, StringComparer.Ordinal);
    }

    public static Lexicon Default => Shipped.Value;

    public IReadOnlyList<Place> Places => PlaceNames.Select(p => p.Place).ToList();

    public IReadOnlyList<Actor> Actors => ActorNames.Select(a => a.Actor).ToList();

    internal List<(Place Place, List<string> Names)> PlaceNames { get; }

    internal List<(Actor Actor, List<string> Names)> ActorNames { get; }

    internal EntityRecognizer Recognizer => _recognizer ??= new EntityRecognizer(this);

    public static Lexicon Load(string? gazetteerFile = null, string? actorsFile = null)
    {
        var places = Merge(ReadEmbedded("Sahel.places.json", LexiconFile.ReadPlaces), gazetteerFile, LexiconFile.ReadPlaces, p => p.Place.Id);
        var actors = Merge(ReadEmbedded("Sahel.actors.json", LexiconFile.ReadActors), actorsFile, LexiconFile.ReadActors, a => a.Actor.Id);
        return new Lexicon(places, actors);
    }

    /// <summary>By id, else by any name or alias (case, accents and Arabic variants ignored).</summary>
    public Place? FindPlace(string idOrName) =>
        _placesById.GetValueOrDefault(idOrName) ?? Recognizer.FindPlaceByName(idOrName);

    public Actor? FindActor(string idOrName) =>
        _actorsById.GetValueOrDefault(idOrName) ?? Recognizer.FindActorByName(idOrName);

    private static List<T> ReadEmbedded<T>(string resource, Func<Stream, string, List<T>> read)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the built-in {resource} is missing from the assembly");
        return read(stream, resource);
    }

    private static List<T> Merge<T>(List<T> shipped, string? userFile, Func<Stream, string, List<T>> read, Func<T, string> id)
    {
        if (userFile is null)
            return shipped;
        if (Directory.Exists(userFile))
            throw new LexiconException($"{userFile}: is a directory, not a JSON file");
        List<T> own;
        try
        {
            using var stream = File.OpenRead(userFile);
            own = read(stream, userFile);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LexiconException($"{userFile}: cannot read: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException($"{userFile}: cannot read: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
        var replaced = own.Select(id).ToHashSet(StringComparer.Ordinal);
        return shipped.Where(entry => !replaced.Contains(id(entry))).Concat(own).ToList();
    }
}
