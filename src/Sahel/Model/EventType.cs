namespace Sahel.Model;

/// <summary>What kind of incident a story reports. <see cref="Other"/>: no violent event recognised.</summary>
public enum EventType
{
    Other,
    Attack,
    Ambush,
    Ied,
    AirStrike,
    Kidnapping,
    Massacre,
    Clashes,

    /// <summary>Indirect fire: mortar rounds, shells or rockets fired at a camp or town (not an air strike).</summary>
    Shelling,
}
