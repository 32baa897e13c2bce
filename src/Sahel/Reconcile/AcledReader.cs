using System.Globalization;
using System.Text;

namespace Sahel.Reconcile;

/// <summary>
/// Reads an ACLED CSV export as users download it (docs/reconcile.md): fields by header name, so the current
/// layout and the pre-2023 one (data_id, event_id_no_cnty, iso3; no disorder_type, civilian_targeting, tags) read
/// alike, and so do exports with columns reordered or removed by a spreadsheet; a UTF-8 or UTF-16 BOM; ',' or ';';
/// ISO or spelled-out dates; inter codes as numbers or words. A malformed row becomes a warning with its line number
/// and the rest is read.
/// </summary>
public static class AcledReader
{
    private static readonly string[] Required = ["event_id_cnty", "event_date", "event_type", "actor1", "country", "location", "fatalities"];

    public static AcledExport Read(string path, string? name = null)
    {
        string text;
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AcledFormatException($"{name ?? path}: cannot read: {e.Message}");
        }
        return Parse(text, name ?? path);
    }

    public static AcledExport Parse(string text, string name)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var separator = CsvRecords.DetectSeparator(text);
        var records = new CsvRecords(text, separator);
        var header = records.Next() ?? throw new AcledFormatException($"{name}: empty file; expected an ACLED export with a header row (docs/reconcile.md)");
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
            columns.TryAdd(header.Fields[i].Trim().Trim('\uFEFF'), i);
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new AcledFormatException($"{name}: not an ACLED export: no column {string.Join(", ", missing.Select(m => $"'{m}'"))} in the header (docs/reconcile.md)");
        var layout = columns.ContainsKey("event_id_no_cnty") || columns.ContainsKey("data_id") ? "pre-2023" : "current";

        var events = new List<AcledEvent>();
        var warnings = new List<AcledWarning>();
        var rows = 0;
        while (records.Next() is { } record)
        {
            rows++;
            var row = new Row(record, columns);
            var reason = record.Error
                ?? (record.Fields.Count != header.Fields.Count ? $"{record.Fields.Count} fields where the header has {header.Fields.Count}" : null);
            if (reason is null && TryEvent(row, out var acled, out reason))
                events.Add(acled);
            else
                warnings.Add(new AcledWarning(name, record.Line, reason!));
        }
        return new AcledExport { Name = name, Layout = layout, Separator = separator, Rows = rows, Events = events, Warnings = warnings };
    }

    private static bool TryEvent(Row row, out AcledEvent acled, out string? reason)
    {
        acled = null!;
        reason = null;
        var id = row["event_id_cnty"];
        if (id.Length == 0)
            return Fail("no event_id_cnty", out reason);
        if (!AcledCodes.TryDate(row["event_date"], out var date))
            return Fail($"event_date '{row["event_date"]}' is not a date (2024-01-15 or 15 January 2024)", out reason);
        if (!int.TryParse(row["fatalities"].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var fatalities))
            return Fail($"fatalities '{row["fatalities"]}' is not a whole number", out reason);
        var precisionText = row["time_precision"];
        var precision = 1;
        if (precisionText.Length > 0 && (!int.TryParse(precisionText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out precision) || precision is < 1 or > 3))
            return Fail($"time_precision '{precisionText}' is not 1, 2 or 3", out reason);
        if (!AcledCodes.TryInter(row["inter1"], out var inter1))
            return Fail($"inter1 '{row["inter1"]}' is not an inter code", out reason);
        if (!AcledCodes.TryInter(row["inter2"], out var inter2))
            return Fail($"inter2 '{row["inter2"]}' is not an inter code", out reason);
        if (!AcledCodes.TryCoordinate(row["latitude"], out var latitude) || latitude is < -90 or > 90)
            return Fail($"latitude '{row["latitude"]}' is not a latitude", out reason);
        if (!AcledCodes.TryCoordinate(row["longitude"], out var longitude) || longitude is < -180 or > 180)
            return Fail($"longitude '{row["longitude"]}' is not a longitude", out reason);
        var eventType = row["event_type"];
        if (eventType.Length == 0)
            return Fail("no event_type", out reason);
        _ = int.TryParse(row["geo_precision"].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var geoPrecision);
        var countryName = row["country"];
        acled = new AcledEvent
        {
            Id = id,
            Line = row.Line,
            Date = date,
            TimePrecision = precision,
            DisorderType = row.Has("disorder_type") ? row["disorder_type"] : null,
            EventType = eventType,
            SubEventType = row["sub_event_type"],
            Actor1 = row["actor1"],
            AssocActor1 = row["assoc_actor_1"],
            Inter1 = inter1,
            Actor2 = row["actor2"],
            AssocActor2 = row["assoc_actor_2"],
            Inter2 = inter2,
            Country = AcledCodes.Country(countryName, row["iso"], row["iso3"], id),
            CountryName = countryName,
            Admin1 = row["admin1"],
            Admin2 = row["admin2"],
            Admin3 = row["admin3"],
            Location = row["location"],
            Latitude = latitude,
            Longitude = longitude,
            GeoPrecision = geoPrecision is >= 1 and <= 3 ? geoPrecision : 1,
            Source = row["source"],
            Notes = row["notes"],
            Fatalities = fatalities,
        };
        return true;
    }

    private static bool Fail(string message, out string? reason)
    {
        reason = message;
        return false;
    }

    /// <summary>A record's fields by column name; a column the export lacks reads as empty.</summary>
    private readonly struct Row(CsvRecord record, Dictionary<string, int> columns)
    {
        public int Line => record.Line;

        public bool Has(string column) => columns.ContainsKey(column);

        public string this[string column] =>
            columns.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index].Trim() : "";
    }
}
