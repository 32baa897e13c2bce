using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Which event types can describe the same incident. Outlets name one event differently ("attaque" for an
/// ambush, "violents combats" for it in the army's words, "massacre" for a drone strike in the victims'), so
/// only combinations no account would give are incompatible: a kidnapping is not an air strike.
/// </summary>
public static class EventTypes
{
    public static bool Compatible(EventType a, EventType b)
    {
        if (a == b || a == EventType.Attack || b == EventType.Attack || a == EventType.Other || b == EventType.Other)
            return true;
        // Civilians killed is how victims describe many events (a strike, a bomb, a raid); only a kidnapping is not one.
        if ((a == EventType.Massacre || b == EventType.Massacre) && a != EventType.Kidnapping && b != EventType.Kidnapping)
            return true;
        return Group(a) == Group(b);
    }

    /// <summary>More specific types win when accounts differ; Attack and Other are the least specific.</summary>
    public static int Specificity(EventType type) => type switch
    {
        EventType.Other => 0,
        EventType.Attack => 1,
        EventType.Clashes => 2,
        _ => 3,
    };

    private static int Group(EventType type) => type switch
    {
        EventType.Ambush or EventType.Clashes or EventType.Ied => 1,
        EventType.AirStrike or EventType.Massacre => 2,
        EventType.Kidnapping => 3,
        EventType.Shelling => 4,
        _ => 0,
    };

    public static string Label(EventType type) => type switch
    {
        EventType.Ied => "IED",
        EventType.AirStrike => "drone or air strike",
        EventType.Massacre => "massacre of civilians",
        EventType.Clashes => "clashes",
        EventType.Shelling => "shelling",
        EventType.Kidnapping => "kidnapping",
        EventType.Ambush => "ambush",
        EventType.Attack => "attack",
        _ => "other",
    };

    /// <summary>The JSON spelling: lower camel case of the enum name.</summary>
    public static string Code(EventType type) => type switch
    {
        EventType.Ied => "ied",
        EventType.AirStrike => "airStrike",
        _ => type.ToString().ToLowerInvariant(),
    };
}
