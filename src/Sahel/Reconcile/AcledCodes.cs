using System.Globalization;

namespace Sahel.Reconcile;

/// <summary>
/// ACLED's codes as exports write them: inter codes as numbers or words, countries by name, ISO number, ISO3 or
/// ACLED's own event-id prefix (BFO is Burkina Faso, NIR Niger, NIG Nigeria), and the dates of both layouts.
/// </summary>
public static class AcledCodes
{
    private static readonly Dictionary<string, AcledInter> InterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["state forces"] = AcledInter.StateForces,
        ["rebel group"] = AcledInter.RebelGroup, ["rebel groups"] = AcledInter.RebelGroup,
        ["political militia"] = AcledInter.PoliticalMilitia, ["political militias"] = AcledInter.PoliticalMilitia,
        ["identity militia"] = AcledInter.IdentityMilitia, ["identity militias"] = AcledInter.IdentityMilitia,
        ["rioters"] = AcledInter.Rioters,
        ["protesters"] = AcledInter.Protesters,
        ["civilians"] = AcledInter.Civilians,
        ["external/other forces"] = AcledInter.ExternalForces, ["external forces"] = AcledInter.ExternalForces, ["other forces"] = AcledInter.ExternalForces,
    };

    // Country → ISO 3166 alpha-2, by English name, ISO 3166 numeric, ISO3 and ACLED's event-id prefix.
    private static readonly (string Iso2, string Name, int Number, string Iso3, string AcledPrefix)[] Countries =
    [
        ("ML", "Mali", 466, "MLI", "MLI"),
        ("BF", "Burkina Faso", 854, "BFA", "BFO"),
        ("NE", "Niger", 562, "NER", "NIR"),
        ("TD", "Chad", 148, "TCD", "CHA"),
        ("MR", "Mauritania", 478, "MRT", "MAU"),
        ("NG", "Nigeria", 566, "NGA", "NIG"),
        ("DZ", "Algeria", 12, "DZA", "ALG"),
        ("LY", "Libya", 434, "LBY", "LBY"),
        ("BJ", "Benin", 204, "BEN", "BEN"),
        ("TG", "Togo", 768, "TGO", "TOG"),
        ("CM", "Cameroon", 120, "CMR", "CAO"),
        ("CI", "Ivory Coast", 384, "CIV", "CDI"),
        ("SN", "Senegal", 686, "SEN", "SEN"),
        ("GH", "Ghana", 288, "GHA", "GHA"),
        ("SD", "Sudan", 729, "SDN", "SUD"),
        ("GN", "Guinea", 324, "GIN", "GUI"),
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "dd MMMM yyyy", "d-MMMM-yyyy", "d MMM yyyy", "yyyy/MM/dd"];

    /// <summary>An inter code written as a number (1–8, 0 for none) or as ACLED's words; false when it is neither.</summary>
    public static bool TryInter(string text, out AcledInter inter)
    {
        text = text.Trim();
        inter = AcledInter.None;
        if (text.Length == 0)
            return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            inter = (AcledInter)number;
            return number is >= 0 and <= 8;
        }
        return InterWords.TryGetValue(text, out inter);
    }

    /// <summary>The words of an inter code, as current exports write them.</summary>
    public static string InterName(AcledInter inter) => inter switch
    {
        AcledInter.StateForces => "State forces",
        AcledInter.RebelGroup => "Rebel group",
        AcledInter.PoliticalMilitia => "Political militia",
        AcledInter.IdentityMilitia => "Identity militia",
        AcledInter.Rioters => "Rioters",
        AcledInter.Protesters => "Protesters",
        AcledInter.Civilians => "Civilians",
        AcledInter.ExternalForces => "External/Other forces",
        _ => "",
    };

    /// <summary>ISO alpha-2 from whichever the row gives: the country's name, ISO number, ISO3, else the event id's prefix.</summary>
    public static string? Country(string name, string isoNumber, string iso3, string eventId)
    {
        foreach (var c in Countries)
            if (string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
                || (int.TryParse(isoNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == c.Number)
                || string.Equals(c.Iso3, iso3.Trim(), StringComparison.OrdinalIgnoreCase))
                return c.Iso2;
        var prefix = new string(eventId.TakeWhile(char.IsAsciiLetter).ToArray());
        foreach (var c in Countries)
            if (string.Equals(c.AcledPrefix, prefix, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Iso3, prefix, StringComparison.OrdinalIgnoreCase))
                return c.Iso2;
        return null;
    }

    /// <summary>The English name of a country code, as ACLED writes it.</summary>
    public static string CountryName(string iso2) =>
        Countries.FirstOrDefault(c => c.Iso2 == iso2).Name ?? iso2;

    /// <summary>2024-01-15 (current exports) or 15 January 2024 (older exports and Excel).</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A coordinate with '.' or, in ';'-separated exports from European Excel, ',' as the decimal mark.</summary>
    public static bool TryCoordinate(string text, out double? value)
    {
        text = text.Trim();
        value = null;
        if (text.Length == 0)
            return true;
        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    public const string Battles = "Battles";
    public const string RemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";

    /// <summary>The event types counted in "in ACLED, not in sahel": what sahel's incidents can be.</summary>
    public static bool IsViolent(string eventType) =>
        string.Equals(eventType, Battles, StringComparison.OrdinalIgnoreCase)
        || string.Equals(eventType, RemoteViolence, StringComparison.OrdinalIgnoreCase)
        || string.Equals(eventType, ViolenceAgainstCivilians, StringComparison.OrdinalIgnoreCase);
}
