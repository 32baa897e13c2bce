using Sahel.Model;

namespace Sahel.Reconcile;

/// <summary>
/// Which of sahel's event types an ACLED event type and sub-event type can be. Attack is sahel's least specific
/// type and goes with any political violence; an incident whose type sahel could not tell goes with anything.
/// </summary>
public static class AcledEventTypes
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), IReadOnlySet<EventType>> Cache = new();

    public static IReadOnlySet<EventType> Of(AcledEvent acled) =>
        Cache.GetOrAdd((acled.EventType, acled.SubEventType), key => Read(key.Item1, key.Item2));

    private static IReadOnlySet<EventType> Read(string eventType, string subEventType) => subEventType.ToLowerInvariant() switch
    {
        "armed clash" => Set(EventType.Clashes, EventType.Ambush, EventType.Attack),
        "government regains territory" or "non-state actor overtakes territory" => Set(EventType.Clashes, EventType.Attack),
        "air/drone strike" => Set(EventType.AirStrike, EventType.Massacre),
        "remote explosive/landmine/ied" or "suicide bomb" or "grenade" => Set(EventType.Ied, EventType.Attack),
        "shelling/artillery/missile attack" => Set(EventType.Shelling, EventType.Attack, EventType.Clashes),
        "attack" => Set(EventType.Attack, EventType.Massacre),
        "abduction/forced disappearance" => Set(EventType.Kidnapping),
        "sexual violence" => Set(EventType.Attack),
        _ => eventType.ToLowerInvariant() switch
        {
            "battles" => Set(EventType.Clashes, EventType.Ambush, EventType.Attack),
            "explosions/remote violence" => Set(EventType.Ied, EventType.AirStrike, EventType.Shelling, EventType.Attack),
            "violence against civilians" => Set(EventType.Attack, EventType.Massacre, EventType.Kidnapping),
            _ => Set(),
        },
    };

    public static bool Compatible(AcledEvent acled, EventType incident)
    {
        if (incident == EventType.Other)
            return true;
        var types = Of(acled);
        return incident == EventType.Other || types.Contains(incident) || (incident == EventType.Attack && types.Count > 0);
    }

    private static HashSet<EventType> Set(params EventType[] types) => [.. types];
}
