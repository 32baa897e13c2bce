using System.Text;

namespace Sahel.Extract;

/// <summary>Runs of whitespace (including no-break and zero-width spaces) become one space; ends trimmed.</summary>
internal static class Whitespace
{
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pending = sb.Length > 0;
                continue;
            }
            if (pending)
            {
                sb.Append(' ');
                pending = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
