using System.Globalization;

namespace Sahel.Render.Tables;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled.
/// Text fields are hostile input opened in spreadsheets: one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// a tab or a carriage return would run as a formula, so it gets a leading apostrophe (OWASP's advice, which
/// spreadsheets show as plain text). Numbers are written as numbers and never altered.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    private bool _lineStarted;

    public CsvWriter Text(string? value)
    {
        var text = SafeText.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return Field(text);
    }

    public CsvWriter Number(int? value) => Field(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    public CsvWriter Number(double? value, string format = "0.######") => Field(value?.ToString(format, CultureInfo.InvariantCulture) ?? "");

    public CsvWriter Time(DateTimeOffset? value) => Field(value is { } time ? StoryJsonWriter.Time(time) : "");

    public void Header(params IEnumerable<string> names)
    {
        foreach (var name in names)
            Field(name);
        EndLine();
    }

    public void EndLine()
    {
        output.Write("\r\n");
        _lineStarted = false;
    }

    private CsvWriter Field(string text)
    {
        if (_lineStarted)
            output.Write(',');
        _lineStarted = true;
        if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            output.Write('"' + text.Replace("\"", "\"\"", StringComparison.Ordinal) + '"');
        else
            output.Write(text);
        return this;
    }
}
