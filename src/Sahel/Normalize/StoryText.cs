using System.Runtime.CompilerServices;
using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// Gives <see cref="Story.Summary"/> its HTML-to-text conversion when the library loads: the model stays a leaf
/// that depends on nothing, and every story still converts its summary lazily, only when something reads it.
/// </summary>
internal static class StoryText
{
    // CA2255 warns that library initialisers run without the host asking; that is the point here: the hook is
    // internal wiring of this library, set before any story can be read.
#pragma warning disable CA2255
    [ModuleInitializer]
    internal static void Register() => Story.PlainText = HtmlText.ToPlainText;
#pragma warning restore CA2255
}
